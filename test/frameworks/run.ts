/**
 * `npm run test:frameworks`: the package, packed as npm would publish it, in a real app of each
 * framework (apps.ts): installed from the registry against the tarball, type-checked strictly,
 * built in production mode by the framework's own tools, served, and checked in Chromium
 * (check.ts) through the framework's own bindings. The README's code for each framework is
 * written into its app first (the blocks after `<!-- test/frameworks: <apps> <path> -->`), so
 * what the README shows is what compiles here.
 *
 * Needs `npm run build` first. Environment: FRAMEWORKS=react19,vue runs some apps only;
 * FRAMEWORKS_CONCURRENCY (default 2) apps at a time; FRAMEWORKS_KEEP=1 keeps the temp dir.
 * Nothing is cached but npm's own cache: every run installs and builds from scratch.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.mjs';
import { APPS, type Page } from './apps.js';
import { checkApp } from './check.js';
import { serveClient, serveStatic, type Served } from './serve.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const templates = join(root, 'test', 'frameworks', 'apps');

const selected = (process.env.FRAMEWORKS ?? '').split(/[\s,]+/).filter(Boolean);
const unknown = selected.filter((name) => !APPS.some((app) => app.name === name));
if (unknown.length) {
  throw new Error(
    `FRAMEWORKS names no app: ${unknown.join(', ')} (${APPS.map((a) => a.name).join(', ')})`,
  );
}
const apps = APPS.filter((app) => !selected.length || selected.includes(app.name));
const concurrency = Number(process.env.FRAMEWORKS_CONCURRENCY ?? 2);
/** No telemetry or analytics prompts from the frameworks' tools. */
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };

/** Seconds each step of each app took, printed at the end. */
const timings = new Map<string, Record<string, number>>();
const started = Date.now();

async function timed<T>(app: string, step: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    const steps = timings.get(app) ?? {};
    steps[step] = (steps[step] ?? 0) + (Date.now() - start) / 1000;
    timings.set(app, steps);
  }
}

/** Runs a command; rejects with its output when it fails. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}) in ${cwd}:\n${output}`));
    });
  });
}

/** The README's code for each app: path → content. */
async function readmeBlocks(): Promise<Map<string, Map<string, string>>> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const blocks = new Map<string, Map<string, string>>();
  const marker = /<!-- test\/frameworks: ([\w,-]+) (\S+) -->\s*```[\w-]*\n([\s\S]*?)```/g;
  for (const [, names = '', path = '', code = ''] of readme.matchAll(marker)) {
    for (const name of names.split(',')) {
      assert.ok(
        APPS.some((app) => app.name === name),
        `README: no app ${name} for ${path}`,
      );
      const files = blocks.get(name) ?? new Map<string, string>();
      assert.ok(!files.has(path), `README: two blocks for ${name} ${path}`);
      files.set(path, code);
      blocks.set(name, files);
    }
  }
  return blocks;
}

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** `npm run start` with PORT, until it answers; its process is killed on close. */
async function startServer(dir: string): Promise<Served> {
  const port = await freePort();
  const child = spawn('npm', ['run', 'start', '--silent'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      assert.fail(`npm run start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) assert.fail(`npm run start did not answer in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    close: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM'); // its process group: npm and the server it started
      await exited;
    },
  };
}

function nodeAtLeast([major, minor, patch]: readonly [number, number, number]): boolean {
  const [a = 0, b = 0, c = 0] = process.versions.node.split('.').map(Number);
  return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
}

describe('the package in framework apps', { concurrency }, () => {
  let work: string;
  let client: Served | undefined;
  let browser: Browser | undefined;
  let blocks: Map<string, Map<string, string>>;

  before(async () => {
    assert.ok(
      existsSync(join(root, 'dist', 'types', 'react.d.ts')),
      'dist/ is missing or old: run `npm run build` first',
    );
    blocks = await readmeBlocks();
    const missing = APPS.filter((app) => !blocks.has(app.name)).map((app) => app.name);
    if (!process.env.FRAMEWORKS_NO_README)
      assert.deepEqual(missing, [], 'every app has its README section');
    work = await mkdtemp(join(tmpdir(), 'jumio-verify-frameworks-'));
    const packed = JSON.parse(
      await run('npm', ['pack', '--json', '--silent', '--pack-destination', work], root),
    ) as [{ filename: string }];
    await rename(join(work, packed[0].filename), join(work, 'jumio-verify.tgz'));
    client = await serveClient();
    browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
  });

  after(async () => {
    await browser?.close();
    await client?.close();
    if (work && !process.env.FRAMEWORKS_KEEP) await rm(work, { recursive: true, force: true });
    else if (work) console.log(`kept ${work}`);
    const rows = [...timings].map(
      ([app, steps]) =>
        `  ${app.padEnd(8)} ${Object.entries(steps)
          .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
          .join(', ')}`,
    );
    console.log(
      `framework apps, ${concurrency} at a time, in ${((Date.now() - started) / 1000).toFixed(0)} s:\n${rows.join('\n')}`,
    );
  });

  for (const app of apps) {
    it(app.name, async (t) => {
      if (app.node && !nodeAtLeast(app.node)) {
        assert.fail(
          `${app.name}'s tools need Node ${app.node.join('.')} or newer; this is ${process.versions.node}`,
        );
      }
      const dir = join(work, app.name);
      await t.test('install', () =>
        timed(app.name, 'install', async () => {
          await cp(join(templates, app.name), dir, { recursive: true });
          const source = existsSync(join(dir, 'app')) ? 'app' : 'src';
          for (const file of ['probe.ts', ...(app.shared ?? [])]) {
            await cp(join(templates, 'shared', file), join(dir, source, file));
          }
          for (const [path, code] of blocks.get(app.name) ?? []) {
            await mkdir(dirname(join(dir, path)), { recursive: true });
            await writeFile(join(dir, path), code);
          }
          await run(
            'npm',
            ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline'],
            dir,
          );
        }),
      );
      for (const script of app.scripts) {
        await t.test(script, () =>
          timed(app.name, script, async () => {
            await run('npm', ['run', script, '--silent'], dir, QUIET);
          }),
        );
      }
      for (const page of app.pages) {
        await t.test(`in Chromium: ${page.name}`, () =>
          timed(app.name, 'Chromium', () => checkPage(dir, page)),
        );
      }
    });
  }

  async function checkPage(dir: string, page: Page): Promise<void> {
    const server =
      'static' in page.serve
        ? await serveStatic(join(dir, page.serve.static))
        : await startServer(dir);
    try {
      const query = new URLSearchParams({ client: client?.origin ?? '', ...page.query });
      const url = `${server.origin}/?${query.toString()}`;
      if (page.serverHtml) {
        const html = await (await fetch(url.replace('localhost', '127.0.0.1'))).text();
        for (const text of page.serverHtml.has)
          assert.ok(html.includes(text), `server HTML has ${text}`);
        for (const text of page.serverHtml.lacks)
          assert.ok(!html.includes(text), `server HTML lacks ${text}`);
      }
      await checkApp(browser ?? assert.fail('no browser'), { url, binding: page.binding });
    } finally {
      await server.close();
    }
  }
});
