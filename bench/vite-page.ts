/**
 * What the ES-module benchmarks serve, built with Vite into .tmp/bench/:
 * - vite/: a page whose one module imports the published ES entry (dist/jumio-verify.js), bundled
 *   as an application's bundler would bundle it;
 * - deps/: the entry's three dependencies, each as one module (as a CDN serves a package), for
 *   the page that loads the ES entry and its chunks unbundled, through an import map.
 * The page's HTML keeps two placeholders that pages.ts fills in per load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, WORK } from './servers.js';

export const RECORDER_PLACEHOLDER = '<!--bench:recorder-->';
export const HREF_PLACEHOLDER = '__BENCH_CLIENT_HREF__';

/** The import map the unbundled page gives the entry's bare imports. */
export const DEPENDENCY_MODULES = {
  '@lit/reactive-element': '/deps/lit.js',
  'zod/mini': '/deps/zod-mini.js',
  eventemitter3: '/deps/eventemitter3.js',
} as const;

const DEPENDENCY_SOURCES: Record<keyof typeof DEPENDENCY_MODULES, string> = {
  '@lit/reactive-element': `export * from '@lit/reactive-element';`,
  'zod/mini': `export * from 'zod/mini';`,
  eventemitter3: `export * from 'eventemitter3'; export { default } from 'eventemitter3';`,
};

export async function buildEsPages(): Promise<void> {
  await buildVitePage();
  await buildDependencies();
}

async function buildVitePage(): Promise<void> {
  const source = join(WORK, 'vite-src');
  mkdirSync(source, { recursive: true });
  writeFileSync(
    join(source, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Vite-bundled page</title>
    ${RECORDER_PLACEHOLDER}
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <jumio-verify href="${HREF_PLACEHOLDER}"></jumio-verify>
  </body>
</html>
`,
  );
  writeFileSync(
    join(source, 'main.js'),
    `import 'jumio-verify';\nperformance.mark('script-end');\n`,
  );
  await build({
    configFile: false,
    root: source,
    base: '/vite/',
    logLevel: 'silent',
    resolve: { alias: { 'jumio-verify': join(ROOT, 'dist', 'jumio-verify.js') } },
    build: { outDir: join(WORK, 'vite'), emptyOutDir: true, target: 'es2022' },
  });
}

async function buildDependencies(): Promise<void> {
  const source = join(WORK, 'deps-src');
  mkdirSync(source, { recursive: true });
  const entries: Record<string, string> = {};
  for (const [name, code] of Object.entries(DEPENDENCY_SOURCES)) {
    const file = DEPENDENCY_MODULES[name as keyof typeof DEPENDENCY_MODULES].slice('/deps/'.length);
    const path = join(source, file);
    writeFileSync(path, `${code}\n`);
    entries[file.replace(/\.js$/, '')] = path;
  }
  await build({
    configFile: false,
    root: source,
    logLevel: 'silent',
    build: {
      outDir: join(WORK, 'deps'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  });
}
