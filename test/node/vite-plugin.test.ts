import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import { createServer, type Logger, type ViteDevServer } from 'vite';
import type { ConfigAnswer } from '../../demo/server/api-types.js';
import { demoServer } from '../../demo/server/vite-plugin.js';
import { FakeJumio } from './fake-jumio.js';
import { freePort, postSession, serve } from './helpers.js';

const demoRoot = fileURLToPath(new URL('../../demo', import.meta.url));

/** Vite's logger, recording instead of printing. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (message: string) => {
    lines.push(message);
  };
  return {
    lines,
    info: record,
    warn: record,
    warnOnce: record,
    error: record,
    clearScreen: () => undefined,
    hasErrorLogged: () => false,
    hasWarned: false,
  };
}

async function startVite(
  env: Record<string, string>,
  options: { middlewareMode?: boolean; logger?: Logger } = {},
): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: demoRoot,
    logLevel: 'silent',
    customLogger: options.logger,
    server: {
      host: '127.0.0.1',
      port: 0,
      watch: null,
      middlewareMode: options.middlewareMode ?? false,
    },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [demoServer({ env })],
  });
  if (!options.middlewareMode) await server.listen();
  return server;
}

function viteOrigin(server: ViteDevServer): string {
  return `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;
}

/** `/api/config`, once the second origin has started (it starts just after Vite listens). */
async function configOnceReady(origin: string): Promise<{ simulatorOrigin: string }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const config = (await (await fetch(`${origin}/api/config`)).json()) as ConfigAnswer;
    if (config.simulatorOrigin) return { simulatorOrigin: config.simulatorOrigin };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail('the second origin did not start');
}

describe('demoServer, the Vite plugin', () => {
  let vite: ViteDevServer | undefined;
  afterEach(async () => {
    await vite?.close();
    vite = undefined;
  });

  it('serves the API and the same Vite app on a second, 127.0.0.1 origin', async () => {
    const port = await freePort();
    vite = await startVite({ DEMO_SIMULATOR_PORT: String(port) });
    const page = viteOrigin(vite);
    const { simulatorOrigin } = await configOnceReady(page);
    assert.equal(simulatorOrigin, `http://127.0.0.1:${port}`);

    // No other site may frame the demo's pages (their element would ask the session API there),
    // at whatever path Vite's fallback serves them; only what a client frames may be framed.
    for (const path of ['/', '/anything', '/%69ndex.html']) {
      const demo = await fetch(`${page}${path}`);
      assert.equal(demo.headers.get('content-security-policy'), "frame-ancestors 'self'", path);
      await demo.text();
    }
    for (const path of ['/web/client?baseUrl=x', '/redirect.html']) {
      const framed = await fetch(`${simulatorOrigin}${path}`);
      assert.equal(framed.headers.get('content-security-policy'), null, path);
      await framed.text();
    }

    // The same app: Vite's own client module, and the API.
    const client = await fetch(`${simulatorOrigin}/@vite/client`);
    assert.equal(client.status, 200);
    assert.match(client.headers.get('content-type') ?? '', /javascript/);
    await client.text();

    const session = (await (
      await postSession(
        `${page}/api/session`,
        { locale: 'de' },
        { Origin: 'http://localhost:5173' },
      )
    ).json()) as {
      web: { href: string };
    };
    const href = new URL(session.web.href);
    assert.equal(href.origin, simulatorOrigin);
    assert.equal(href.pathname, '/web/client');
    assert.equal(href.searchParams.get('locale'), 'de');

    // The client's API is where the href's baseUrl says.
    const lookup = await fetch(
      `${href.searchParams.get('baseUrl') ?? ''}/session?authorizationToken=${href.searchParams.get('authorizationToken') ?? ''}`,
    );
    assert.equal(((await lookup.json()) as { valid: boolean }).valid, true);
  });

  it('serves the simulated client at /web/client, as Jumio does, and still at /simulator/', async () => {
    vite = await startVite({ DEMO_SIMULATOR_PORT: String(await freePort()) });
    const { simulatorOrigin } = await configOnceReady(viteOrigin(vite));
    for (const path of [
      '/web/client?baseUrl=x&authorizationToken=y&locale=de',
      '/web/client/',
      '/simulator/',
    ]) {
      const page = await fetch(`${simulatorOrigin}${path}`);
      assert.equal(page.status, 200, path);
      const html = await page.text();
      assert.match(html, /<title>ID Verification \(simulated\)<\/title>/, path);
      // Absolute, so that they resolve from either path.
      assert.match(html, /src="\/simulator\/simulator\.ts"/, path);
    }
    const script = await fetch(`${simulatorOrigin}/simulator/simulator.ts`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    await script.text();
  });

  it("hands the HMR websocket on the second origin to Vite's", async () => {
    vite = await startVite({ DEMO_SIMULATOR_PORT: String(await freePort()) });
    const { simulatorOrigin } = await configOnceReady(viteOrigin(vite));
    // Without an Origin header, as from a non-browser client, Vite does not ask for its token.
    const url = new URL('/', simulatorOrigin);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': Buffer.from('0123456789abcdef').toString('base64'),
          'Sec-WebSocket-Protocol': 'vite-hmr',
        },
      });
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.setTimeout(2000, () => req.destroy(new Error('no answer to the upgrade')));
      req.end();
    });
    assert.equal(status, 101);
  });

  it("takes Vite's port + 1 by default, or any free port when that one is busy", async () => {
    const firstLogger = recordingLogger();
    vite = await startVite({}, { logger: firstLogger });
    const vitePort = (vite.httpServer?.address() as AddressInfo).port;
    const { simulatorOrigin } = await configOnceReady(viteOrigin(vite));
    vite.printUrls();
    // Vite's port + 1, unless another process happened to hold it.
    if (!firstLogger.lines.some((line) => line.includes('was busy'))) {
      assert.equal(simulatorOrigin, `http://127.0.0.1:${vitePort + 1}`);
    }

    const busy = await serve(() => undefined);
    const busyPort = Number(new URL(busy.url).port);
    const logger = recordingLogger();
    const second = await startVite({ DEMO_SIMULATOR_PORT: String(busyPort) }, { logger });
    try {
      const moved = await configOnceReady(viteOrigin(second));
      assert.notEqual(moved.simulatorOrigin, `http://127.0.0.1:${busyPort}`);
      second.printUrls();
      assert.ok(
        logger.lines.includes(
          `  ➜  Simulated client: ${moved.simulatorOrigin}/web/client (port ${busyPort} was busy)`,
        ),
        logger.lines.join('\n'),
      );
    } finally {
      await second.close();
      await busy.close();
    }
  });

  it("prints the back end and the simulator's URL under Vite's URLs", async () => {
    const logger = recordingLogger();
    vite = await startVite({}, { logger });
    const { simulatorOrigin } = await configOnceReady(viteOrigin(vite));
    vite.printUrls();
    const ours = logger.lines.filter(
      (line) => line.startsWith('  ➜  ') && !/Local|Network/.test(line),
    );
    assert.deepEqual(ours, [
      '  ➜  Session API: built-in simulator (set JUMIO_CLIENT_ID and JUMIO_CLIENT_SECRET for Jumio)',
      `  ➜  Simulated client: ${simulatorOrigin}/web/client`,
    ]);
  });

  it('closes the second origin with Vite', async () => {
    vite = await startVite({});
    const { simulatorOrigin } = await configOnceReady(viteOrigin(vite));
    const keepAlive = await fetch(`${simulatorOrigin}/api/config`);
    await keepAlive.json();
    await vite.close();
    vite = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await assert.rejects(fetch(`${simulatorOrigin}/api/config`), /fetch failed/);
  });

  it("works in middleware mode, with the simulator on the page's own origin", async () => {
    const logger = recordingLogger();
    vite = await startVite({}, { middlewareMode: true, logger });
    const app = vite.middlewares;
    const host = await serve((req, res, next) => {
      app(req, res, next);
    });
    try {
      assert.deepEqual(await (await fetch(`${host.url}/api/config`)).json(), {
        backend: 'simulator',
        dataCenter: 'us',
        simulatorOrigin: null,
        tokenLifetime: '30m',
        pageSetsTokenLifetime: true,
      } satisfies ConfigAnswer);
      const session = (await (await postSession(`${host.url}/api/session`)).json()) as {
        web: { href: string };
      };
      const href = new URL(session.web.href);
      assert.equal(`${href.origin}${href.pathname}`, `${host.url}/web/client`);
      assert.equal(href.searchParams.get('baseUrl'), `${host.url}/api/simulator`);
      const page = await fetch(session.web.href);
      assert.match(await page.text(), /ID Verification \(simulated\)/);
      assert.ok(
        logger.lines.some((line) => line.includes("Simulated client: on the page's own origin")),
      );
    } finally {
      await host.close();
    }
  });

  it('uses Jumio when the credentials are set, without a second origin', async () => {
    const fake = await FakeJumio.start();
    const logger = recordingLogger();
    try {
      vite = await startVite(fake.env({ JUMIO_DC: 'sg' }), { logger });
      const page = viteOrigin(vite);
      assert.deepEqual(await (await fetch(`${page}/api/config`)).json(), {
        backend: 'jumio',
        dataCenter: 'sg',
        simulatorOrigin: null,
        tokenLifetime: '30m',
        pageSetsTokenLifetime: false,
      } satisfies ConfigAnswer);
      const session = await postSession(`${page}/api/session`);
      assert.equal(session.status, 200);
      await session.json();
      assert.deepEqual(fake.refusals, []);
      vite.printUrls();
      assert.ok(
        logger.lines.includes(`  ➜  Session API: Jumio (sg, workflow 10011, ${fake.accountUrl})`),
      );
      const printed = logger.lines.join('\n');
      assert.ok(!printed.includes(fake.clientSecret) && !printed.includes(fake.clientId));
    } finally {
      await fake.close();
    }
  });

  it('refuses to start with an invalid configuration, naming the variable', async () => {
    await assert.rejects(
      startVite({ JUMIO_CLIENT_ID: 'id-only' }),
      /JUMIO_CLIENT_SECRET is missing/,
    );
    await assert.rejects(startVite({ JUMIO_DC: 'moon' }), /JUMIO_DC must be us, eu or sg/);
  });
});
