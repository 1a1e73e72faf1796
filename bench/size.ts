/**
 * What the standalone script is made of: each required dependency bundled alone the way the
 * standalone build bundles it (Vite library mode, IIFE, minified), then all three together with
 * this project's zod schemas, then the whole script. The difference between the last two is the
 * element's own code. Prints figures in gzipped kB (1000 bytes, as size-limit counts them);
 * asserts nothing. The budget itself is enforced by size-limit (`.size-limit.json`).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (path: string): string => JSON.stringify(`${root}src/${path}`);

// The schemas are exported (not just built) so that tree-shaking keeps them, as the package does.
const SCHEMAS = `
export { ClientMessageSchema } from ${src('protocol/message.ts')};
export { AccountResponseSchema, HrefResponseSchema } from ${src('protocol/session-response.ts')};
export { RedirectQuerySchema } from ${src('protocol/redirect-result.ts')};
`;
const LIT = `export { ReactiveElement, css } from '@lit/reactive-element';`;
const EVENTEMITTER = `export { EventEmitter } from 'eventemitter3';`;

const bundles: [name: string, code: string][] = [
  ["Lit's ReactiveElement", LIT],
  ['eventemitter3', EVENTEMITTER],
  ["zod/mini with this project's schemas", SCHEMAS],
  ['the required stack together', `${LIT}\n${EVENTEMITTER}\n${SCHEMAS}`],
  ['the standalone script', `export * from ${src('index.ts')};`],
];

/** Bundles `code` exactly as `vite build --mode standalone` bundles src/index.ts. */
async function bundle(code: string): Promise<Uint8Array> {
  const entry = 'virtual:size-entry';
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-entry',
        enforce: 'pre',
        // Library mode makes the entry an absolute path under the root.
        resolveId: (id) => (id.endsWith(entry) ? entry : undefined),
        load: (id) => (id === entry ? code : undefined),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'Bundle', fileName: () => 'bundle.js' },
    },
  });
  const [result] = output as Rolldown.RolldownOutput[];
  const chunk = result?.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('size: the build produced no chunk');
  return new TextEncoder().encode(chunk.code);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

export async function benchSize(): Promise<void> {
  console.log('Standalone script, gzipped (minified, gzip -9)');
  const sizes = new Map<string, number>();
  for (const [name, code] of bundles) {
    const bytes = gzipSync(await bundle(code), { level: 9 }).length;
    sizes.set(name, bytes);
    console.log(`  ${name.padEnd(38)} ${kB(bytes).padStart(9)}`);
  }
  const stack = sizes.get('the required stack together') ?? 0;
  const total = sizes.get('the standalone script') ?? 0;
  console.log(`  ${'the element on top of the stack'.padEnd(38)} ${kB(total - stack).padStart(9)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSize();
