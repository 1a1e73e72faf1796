import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string): string => fileURLToPath(new URL(`src/${path}`, import.meta.url));

/**
 * `vite build`: the ES modules for bundler users, with lit, zod and eventemitter3 left as
 * dependencies. `vite build --mode standalone`: one classic script with everything inside that
 * defines <jumio-verify> and exposes the exports as `window.JumioVerify`, for a CMS or plain HTML.
 * `vite` (npm start): the demo with its session API and the simulated hosted client.
 */
export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  if (command === 'serve') {
    const { demoServer } = await import('./demo/server/vite-plugin.js');
    return {
      root: 'demo',
      server: { fs: { allow: [root] } },
      plugins: [demoServer()],
    };
  }
  if (mode === 'standalone') {
    return {
      build: {
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: src('standalone.ts'),
          formats: ['iife'],
          name: 'JumioVerify',
          fileName: () => 'jumio-verify.iife.js',
        },
      },
    };
  }
  return {
    build: {
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          'jumio-verify': src('index.ts'),
          element: src('element.ts'),
          protocol: src('protocol/index.ts'),
          redirect: src('redirect.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^@lit\//, /^zod($|\/)/, 'eventemitter3'],
        output: { chunkFileNames: 'chunks/[name].js' },
      },
    },
  };
});
