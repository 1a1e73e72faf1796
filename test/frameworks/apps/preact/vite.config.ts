import { defineConfig } from 'vite';

// Preact's automatic JSX runtime, without a Babel plugin: Vite's own transform does JSX.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } });
