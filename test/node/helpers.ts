import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Middleware } from '../../demo/server/api.js';
import type { BackendRequest } from '../../demo/server/session-backend.js';

/** A bare node:http server running `middleware`, with a 404 for whatever it passes on. */
export async function serve(
  middleware: Middleware,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    middleware(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('next()');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** Records what `console` prints until `restore()`, without printing it. */
export function captureConsole(): { output: () => string; restore: () => void } {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const original = methods.map((name) => console[name]);
  const lines: string[] = [];
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
  }
  return {
    output: () => lines.join('\n'),
    restore: () => {
      methods.forEach((name, i) => (console[name] = original[i] as (typeof console)[typeof name]));
    },
  };
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2024-05-01T12:00:00.000Z')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** POSTs a JSON session request the way the element does. */
export function postSession(
  url: string,
  body: unknown = { reason: 'initial' },
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A session request as the session route hands it to a back end: a new user, no preferences. */
export function backendRequest(overrides: Partial<BackendRequest> = {}): BackendRequest {
  return {
    accountId: undefined,
    customerInternalReference: 'demo-ref-1',
    locale: undefined,
    tokenLifetime: undefined,
    pageOrigin: 'http://localhost:5173',
    ...overrides,
  };
}

/** A loopback port nothing listens on: free for a test to take, or to find closed. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
