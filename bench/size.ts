/**
 * What the standalone script is made of: each required dependency bundled alone by the standalone
 * build's own configuration (vite.config.ts, `--mode standalone`), then all three together with
 * this project's zod schemas, against the built script itself. The difference between the last
 * two is the element's own code. Prints figures in gzipped kB (1000 bytes, as size-limit counts
 * them); asserts nothing. The budget itself is enforced by size-limit (`.size-limit.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (path: string): string => JSON.stringify(`${root}src/${path}`);

// The schemas the standalone script holds, exported (not just built) so that tree-shaking keeps
// them, as the script does.
const SCHEMAS = `
export { ClientMessageSchema } from ${src('protocol/message.ts')};
export { hrefOfSessionResponse } from ${src('protocol/session-response.ts')};
export { RedirectQuerySchema } from ${src('protocol/redirect-result.ts')};
`;
const FLOW = `export { next } from ${src('flow.ts')};`;
const LIT = `export { ReactiveElement, css } from '@lit/reactive-element';`;
const EVENTEMITTER = `export { EventEmitter } from 'eventemitter3';`;

const DEPENDENCIES: [name: string, code: string][] = [
  ["Lit's ReactiveElement", LIT],
  ['eventemitter3', EVENTEMITTER],
  ["zod/mini with this project's schemas", SCHEMAS],
];
const STANDALONE = `${root}dist/jumio-verify.iife.js`;

/**
 * Bundles `code` exactly as `vite build --mode standalone` bundles src/standalone.ts; modules
 * that match `external` are left out.
 */
async function bundle(code: string, external?: RegExp): Promise<Uint8Array> {
  const entry = 'virtual:size-entry';
  const output = await build({
    root,
    mode: 'standalone',
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
      lib: { entry },
      ...(external ? { rolldownOptions: { external } } : {}),
    },
  });
  const [result] = output as Rolldown.RolldownOutput[];
  const chunk = result?.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('size: the build produced no chunk');
  return new TextEncoder().encode(chunk.code);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

const line = (name: string, bytes: number): void => {
  console.log(`  ${name.padEnd(38)} ${kB(bytes).padStart(9)}`);
};

export async function benchSize(): Promise<void> {
  if (!existsSync(STANDALONE)) {
    throw new Error('dist/jumio-verify.iife.js is missing: run `npm run build` first');
  }
  console.log('Standalone script, gzipped (minified, gzip -9)');
  const gzipped = async (code: string, external?: RegExp): Promise<number> =>
    gzipSync(await bundle(code, external), { level: 9 }).length;
  for (const [name, code] of DEPENDENCIES) line(name, await gzipped(code));
  const stack = await gzipped(DEPENDENCIES.map(([, code]) => code).join('\n'));
  line('the required stack together', stack);
  const total = gzipSync(readFileSync(STANDALONE), { level: 9 }).length;
  line('the standalone script', total);
  line('the element on top of the stack', total - stack);
  // The lifecycle's rules alone, without the protocol functions it calls (which the element
  // would need anyway): the price of the explicit flow.
  line("  of which the flow's rules (src/flow.ts)", await gzipped(FLOW, /\/protocol\//));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSize();
