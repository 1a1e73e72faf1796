/**
 * The package on a server (Next.js, Nuxt, Angular SSR, Astro): every entry of the exports map, as
 * built in dist/, imported by plain Node (no DOM, no loader, each in a fresh process so that one
 * entry's side effects cannot hide another's throw), and what the README's "Server-side
 * rendering" says of it: define() is harmless, the element is client-only (constructing it needs
 * a DOM), and jumio-verify/react renders nothing on the server. Needs `npm run build` first,
 * which `npm test` does.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `code` as an ES module in a new `node` (the package resolves itself by name from root). */
async function inNode(code: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', code],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as unknown;
}

/** Each entry and an export it must have. */
const ENTRIES = {
  'jumio-verify': 'JumioVerifyElement',
  'jumio-verify/element': 'JumioVerifyElement',
  'jumio-verify/protocol': 'renderClientFrame',
  'jumio-verify/redirect': 'completeRedirect',
  'jumio-verify/react': 'JumioVerify',
} as const;

describe('on a server (plain Node, no DOM)', () => {
  before(() => {
    assert.ok(existsSync(join(root, 'dist', 'react.js')), 'dist/ is missing: run `npm run build`');
  });

  for (const [entry, name] of Object.entries(ENTRIES)) {
    it(`imports ${entry} without throwing`, async () => {
      const result = await inNode(`
        const m = await import(${JSON.stringify(entry)});
        console.log(JSON.stringify({ window: typeof window, document: typeof document, has: m[${JSON.stringify(name)}] !== undefined }));
      `);
      assert.deepEqual(result, { window: 'undefined', document: 'undefined', has: true });
    });
  }

  it('define() is harmless: it returns the class, with or without a registry', async () => {
    const result = await inNode(`
      const { JumioVerifyElement } = await import('jumio-verify/element');
      const warnings = [];
      console.warn = (...args) => warnings.push(args.join(' '));
      // Lit's Node build puts a registry shim on globalThis: define() defines the tag there.
      const shim = JumioVerifyElement.define() === JumioVerifyElement &&
        globalThis.customElements?.get('jumio-verify') === JumioVerifyElement;
      // A second tag (the README's renaming) is a subclass there too: the shim refuses a class
      // twice with a plain Error, not a browser's NotSupportedError.
      const renamed = JumioVerifyElement.define('acme-verify');
      const second = renamed.prototype instanceof JumioVerifyElement &&
        globalThis.customElements.get('acme-verify') === renamed;
      delete globalThis.customElements;
      const none = JumioVerifyElement.define('other-verify') === JumioVerifyElement;
      console.log(JSON.stringify({ shim, second, none, warnings }));
    `);
    assert.deepEqual(result, { shim: true, second: true, none: true, warnings: [] });
  });

  it('the element is client-only: constructing it needs a DOM', async () => {
    const result = await inNode(`
      const { JumioVerifyElement } = await import('jumio-verify');
      let threw = false;
      try { new JumioVerifyElement(); } catch { threw = true; }
      console.log(JSON.stringify({ threw }));
    `);
    assert.deepEqual(result, { threw: true });
  });

  it('jumio-verify/react renders nothing on the server, and says so to no one', async () => {
    const result = await inNode(`
      const { createElement } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { JumioVerify } = await import('jumio-verify/react');
      const errors = [];
      console.error = (...args) => errors.push(args.join(' '));
      const html = renderToString(createElement('main', null,
        createElement(JumioVerify, { href: 'https://acme.web.amer-1.jumio.ai/web/v4/app?authorizationToken=t', onError: () => {} })));
      console.log(JSON.stringify({ html, errors }));
    `);
    assert.deepEqual(result, { html: '<main></main>', errors: [] });
  });
});
