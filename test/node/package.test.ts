/// <reference lib="dom" />
/**
 * The package as npm publishes it, used the way a bundler user uses it: `npm pack` of the built
 * dist/, unpacked into a throwaway app, type-checked by a consumer's strict TypeScript against the
 * published .d.ts files (skipLibCheck off), bundled by Vite through the exports map, and run in
 * Chromium. Needs `npm run build` first, which `npm test` does.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.mjs';
import { SUPPORTED_LOCALES } from '../../src/protocol/locales.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

interface PackedFile {
  path: string;
}
interface PackResult {
  filename: string;
  files: PackedFile[];
}

/** The consumer's code: each of the three module entries, as the README shows them. */
const CONSUMER = `
import { JumioVerifyElement, SUPPORTED_LOCALES, type ClientError } from 'jumio-verify';
import { JumioVerifyElement as Undefined } from 'jumio-verify/element';
import { buildClientUrl, parseClientMessage } from 'jumio-verify/protocol';

const el = document.createElement('jumio-verify');
// Never fires here: it is for the type-check, where event.detail must be a ClientError.
el.addEventListener('jumio-error', (event) => {
  const detail: ClientError = event.detail;
  console.info(detail.code);
});
el.href = 'http://127.0.0.1:9/web/v4/app?authorizationToken=t';
el.locale = 'pt-br';
document.body.append(el);

const url = buildClientUrl({ token: 't', subdomain: 'acme', dc: 'eu' }).url;
Object.assign(window, {
  result: {
    defined: customElements.get('jumio-verify') === JumioVerifyElement,
    sameClass: Undefined === JumioVerifyElement,
    locales: SUPPORTED_LOCALES.length,
    url: url?.href,
    parsed: parseClientMessage('{}').ok,
  },
});
`;

describe('the published package (npm pack)', () => {
  let dir: string;
  let packed: PackResult;
  let manifest: {
    exports: Record<string, string | Record<string, string>>;
    typesVersions: Record<string, Record<string, string[]>>;
    dependencies: Record<string, string>;
    license: string;
  };

  before(async () => {
    if (!existsSync(join(root, 'dist', 'jumio-verify.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    dir = await mkdtemp(join(tmpdir(), 'jumio-verify-consumer-'));
    // npm's notices go to stderr: shown only if pack fails, as part of the thrown error.
    const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    [packed] = JSON.parse(output) as [PackResult];
    const target = join(dir, 'node_modules', 'jumio-verify');
    await mkdir(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', target, '--strip-components=1']);
    manifest = JSON.parse(await readFile(join(target, 'package.json'), 'utf8')) as typeof manifest;
    // The package's dependencies, and only those, as npm would install them next to it.
    for (const name of Object.keys(manifest.dependencies)) {
      const link = join(dir, 'node_modules', name);
      await mkdir(dirname(link), { recursive: true });
      await symlink(join(root, 'node_modules', name), link, 'dir');
    }
    await writeFile(join(dir, 'main.ts'), CONSUMER);
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/main.ts"></script>',
    );
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ships the builds, their types and the manifest, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of [
      'dist/jumio-verify.js',
      'dist/jumio-verify.iife.js',
      'dist/types/index.d.ts',
      'dist/custom-elements.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `${file} is not in the package`);
    }
    const stray = files.filter((file) => /^(src|test|demo|bench|scripts)\//.test(file));
    assert.deepEqual(stray, []);
  });

  it("names the element's module and its definition by files the package ships", async () => {
    const elements = JSON.parse(
      await readFile(join(root, 'dist', 'custom-elements.json'), 'utf8'),
    ) as {
      modules: {
        path: string;
        declarations?: { name: string; tagName?: string }[];
        exports?: { kind: string; name: string; declaration: { module?: string } }[];
      }[];
    };
    const files = new Set(packed.files.map((file) => file.path));
    const element = elements.modules.find((module) =>
      module.declarations?.some((declaration) => declaration.tagName === 'jumio-verify'),
    );
    assert.equal(element?.path, 'dist/element.js');
    const definitions = elements.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((exported) => exported.kind === 'custom-element-definition')
        .map((exported) => [module.path, exported.name, exported.declaration.module]),
    );
    assert.deepEqual(definitions, [['dist/jumio-verify.js', 'jumio-verify', 'dist/element.js']]);
    for (const [path, , module] of definitions) {
      assert.ok(files.has(path!) && files.has(module!), `${path} and ${module} are shipped`);
    }
  });

  it('ships the license its package.json names', async () => {
    const license = await readFile(join(root, 'LICENSE'), 'utf8');
    assert.equal(manifest.license, 'MIT');
    assert.match(license, /^MIT License\n/);
  });

  it('has a file behind every target of its exports map', () => {
    const files = new Set(packed.files.map((file) => file.path));
    const targets = Object.values(manifest.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    );
    assert.ok(targets.length >= 8);
    const missing = targets.filter((target) => !files.has(target.replace(/^\.\//, '')));
    assert.deepEqual(missing, []);
  });

  it('names the same types for each subpath in typesVersions as in its exports map', () => {
    // typesVersions is for a consumer whose TypeScript ignores the exports map
    // (moduleResolution "node", still the default of older Angular and CRA-style configs).
    const exported = Object.entries(manifest.exports).flatMap(([subpath, entry]) =>
      typeof entry === 'object' && 'types' in entry && subpath !== '.'
        ? [[subpath.replace(/^\.\//, ''), [entry.types]] as const]
        : [],
    );
    assert.deepEqual(manifest.typesVersions, { '*': Object.fromEntries(exported) });
  });

  for (const moduleResolution of ['Bundler', 'Node10']) {
    it(`type-checks in a consumer's strict TypeScript against the published .d.ts files (${moduleResolution})`, async () => {
      await typeCheck(moduleResolution);
    });
  }

  async function typeCheck(moduleResolution: string): Promise<void> {
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution,
          // As older Angular and CRA configs have it (zod's CommonJS types need it there).
          ...(moduleResolution === 'Node10' ? { esModuleInterop: true } : {}),
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // The published types must not need a consumer to turn on decorators.
          experimentalDecorators: false,
        },
        files: ['main.ts'],
      }),
    );
    const tsc = require.resolve('typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      const { stdout } = error as { stdout: string };
      assert.fail(`tsc failed against the packed types:\n${stdout}`);
    }
  }

  it('bundles with Vite through the exports map and runs in Chromium', async () => {
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: join(dir, 'dist') },
    });
    const server = await preview({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0 },
      build: { outDir: join(dir, 'dist') },
    });
    const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.resolvedUrls?.local[0] ?? assert.fail('no preview URL'));
      await page.waitForFunction(() => 'result' in window);
      const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
      assert.deepEqual(result, {
        defined: true,
        sameClass: true,
        locales: SUPPORTED_LOCALES.length,
        url: 'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=t',
        parsed: false,
      });
      const src = await page.$eval(
        'jumio-verify',
        (el) => el.shadowRoot?.querySelector('iframe')?.src,
      );
      assert.equal(src, 'http://127.0.0.1:9/web/v4/app?authorizationToken=t&locale=pt-BR');
      assert.equal(await page.getAttribute('jumio-verify', 'state'), 'loading');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
