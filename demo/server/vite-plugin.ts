import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { createDemoApi, type Middleware } from './api.js';
import { DEFAULT_USER_AGENT, loadDotEnv, readDemoConfig } from './config.js';
import { DemoUsers } from './demo-users.js';
import { JumioBackend } from './jumio-backend.js';
import { closeNow, listenOnLoopback } from './second-origin.js';
import { serverRenderedPage } from './server-rendered.js';
import { SIMULATOR_CLIENT_PATH, SimulatorBackend } from './simulator-backend.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface DemoServerOptions {
  /** The settings to read instead of `process.env` and the project's `.env` (tests). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The demo's server side, for `vite` (npm start): the session API (api.ts) on Vite's own server,
 * and, with the simulator, the same Vite app served again on `http://127.0.0.1:<Vite's port + 1>`
 * (or `DEMO_SIMULATOR_PORT`) so that the simulated client is cross-origin to the demo page.
 */
export function demoServer(options: DemoServerOptions = {}): Plugin {
  return {
    name: 'jumio-verify-demo-server',
    apply: 'serve',
    configureServer(server) {
      const dotEnv = options.env ? undefined : loadDotEnv(projectRoot);
      const config = readDemoConfig(options.env ?? process.env);
      const { logger } = server.config;
      const announce = banner(server);
      server.middlewares.use(demoPagePolicies());
      // One user record for the session API and the server-rendered page.
      const users = new DemoUsers();

      if (config.jumio) {
        const backend = new JumioBackend(config.jumio);
        server.middlewares.use(createDemoApi({ backend, logger, users }));
        server.middlewares.use(serverRenderedPage(server, backend, logger, users));
        announce(
          `Session API: Jumio (${config.jumio.dataCenter}, workflow ${config.jumio.workflowKey}, ` +
            `${config.jumio.accountUrl})${dotEnv ? `, settings from ${dotEnv}` : ''}`,
        );
        if (config.jumio.userAgent === DEFAULT_USER_AGENT) {
          announce(
            'JUMIO_USER_AGENT is not set: Jumio asks that the User-Agent name your business',
          );
        }
        return;
      }

      const backend = new SimulatorBackend({ dataCenter: config.dataCenter });
      server.middlewares.use(simulatorPage());
      server.middlewares.use(createDemoApi({ backend, logger, users }));
      server.middlewares.use(serverRenderedPage(server, backend, logger, users));
      announce(
        'Session API: built-in simulator (set JUMIO_CLIENT_ID and JUMIO_CLIENT_SECRET for Jumio)',
      );
      serveSecondOrigin(server, backend, config.simulatorPort, announce);
    },
  };
}

/**
 * The demo's policies. No other site may frame its pages, whatever path Vite serves them at (its
 * HTML fallback answers any): their element would ask the session API from within that site's
 * page (with Jumio, creating accounts). Only the pages a client frames are exempt: the simulated
 * client (framed by the demo page, from another origin) and the redirect page (framed by the
 * client, the simulator's or Jumio's). And the demo page's camera pre-flight switch
 * (demo/preflight.ts): `/?preflight=camera-blocked` is served with `Permissions-Policy:
 * camera=(self)`, a real policy that keeps the camera from every frame on another origin, the
 * client's included, whatever its `allow` attribute says.
 */
function demoPagePolicies(): Middleware {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const framed =
      url.pathname.startsWith(SIMULATOR_CLIENT_PATH) ||
      url.pathname.startsWith('/simulator/') ||
      url.pathname === '/redirect.html';
    if (!framed) res.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
    const page = url.pathname === '/' || url.pathname === '/index.html';
    if (page && url.searchParams.get('preflight') === 'camera-blocked') {
      res.setHeader('Permissions-Policy', 'camera=(self)');
    }
    next();
  };
}

/**
 * Serves the simulated client (`demo/simulator/index.html`) at `/web/client`, the path of Jumio's
 * current hrefs, keeping the query for the page. `/simulator/` still serves it too, for old hrefs.
 * It runs before Vite's own middlewares, whose HTML fallback would otherwise answer the demo page.
 */
function simulatorPage(): Middleware {
  return (req, _res, next) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    if (url.pathname === SIMULATOR_CLIENT_PATH || url.pathname === `${SIMULATOR_CLIENT_PATH}/`) {
      req.url = `/simulator/index.html${url.search}`;
    }
    next();
  };
}

/**
 * Starts the second origin once Vite listens (its port may have moved from 5173), and stops it
 * when Vite's server closes, on exit or on a restart.
 */
function serveSecondOrigin(
  server: ViteDevServer,
  backend: SimulatorBackend,
  port: number | undefined,
  announce: (line: string) => void,
): void {
  const { httpServer } = server;
  if (!httpServer) {
    announce("Simulated client: on the page's own origin (middleware mode has no second server)");
    return;
  }
  const start = () => {
    const wanted = port ?? (httpServer.address() as AddressInfo).port + 1;
    listenOnLoopback(server.middlewares, wanted).then(
      ({ server: second, origin, movedFromBusyPort }) => {
        if (!httpServer.listening) {
          closeNow(second);
          return;
        }
        backend.origin = origin;
        httpServer.once('close', () => {
          closeNow(second);
        });
        // Vite's HMR client connects to the origin it was loaded from: hand its websocket to Vite.
        second.on('upgrade', (req, socket, head) => {
          httpServer.emit('upgrade', req, socket, head);
        });
        announce(
          `Simulated client: ${origin}${SIMULATOR_CLIENT_PATH}${movedFromBusyPort ? ` (port ${wanted} was busy)` : ''}`,
        );
      },
      (error: unknown) => {
        server.config.logger.error(
          `[demo] could not start the simulated client's server: ${String(error)}`,
        );
      },
    );
  };
  if (httpServer.listening) start();
  else httpServer.once('listening', start);
}

/**
 * Prints `  ➜  line` under Vite's own URLs. A line that comes after Vite printed them (the second
 * origin starts asynchronously), or when Vite never prints them (middleware mode), goes out at once.
 */
function banner(server: ViteDevServer): (line: string) => void {
  const lines: string[] = [];
  let printed = !server.httpServer;
  const print = (line: string) => {
    server.config.logger.info(`  ➜  ${line}`);
  };
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    printed = true;
    lines.forEach(print);
  };
  return (line) => {
    lines.push(line);
    if (printed) print(line);
  };
}
