import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
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
      // The element's CSS is a tagged template literal, which the minifier leaves as written.
      plugins: [minifyTemplateLiterals()],
      // A classic script cannot be split: the texts of other languages stay files next to it,
      // the ones the ES build writes to dist/texts/, loaded from the script's own URL.
      resolve: {
        alias: [{ find: /^\.\/texts-loader\.js$/, replacement: src('texts-loader.standalone.ts') }],
      },
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
          react: src('react.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // react and @lit/react are optional peer dependencies, for jumio-verify/react only.
        external: [/^@lit\//, /^zod($|\/)/, 'eventemitter3', 'react'],
        // The wrapper's 'use client' (for React Server Components: Next.js's app router) is
        // kept as the first line of dist/react.js, its entry's own chunk, which the package test
        // checks; the warning that it might not be is for directives in shared chunks.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id === src('react.ts')) return;
          warn(warning);
        },
        // The texts of each language keep their code as name: the standalone script loads them
        // by it (src/texts-loader.standalone.ts).
        output: {
          chunkFileNames: ({ facadeModuleId }) =>
            facadeModuleId?.includes('/src/texts/') ? 'texts/[name].js' : 'chunks/[name].js',
        },
      },
    },
  };
});
