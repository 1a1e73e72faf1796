/**
 * The servers of the framework check: a static server for an app's built files, and the stand-in
 * hosted client on a second origin. The apps are loaded from `http://localhost:<port>`, the client
 * from `http://127.0.0.1:<port>`: another origin, and one the element accepts over http (a
 * loopback host), so its origin and `event.source` checks are the real ones.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { stateMessage, type ClientErrorShape } from '../fixtures/client-messages.js';

export interface Served {
  /** The origin, as `http://<host>:<port>`. */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The error the stand-in client posts after `loaded` when the href asks for `error=<code>`. */
const FINAL_ERROR: Omit<ClientErrorShape, 'code'> = {
  publicErrorCode: 'A060500',
  retriable: false,
};

/**
 * The stand-in client's page: it posts `loaded` as Jumio's current client serialises it
 * (test/fixtures/client-messages.ts), with the href's `authorizationToken`, and then, if the href
 * has `error=<code>`, a final error with that code. The messages are made here, not in the page.
 */
function clientPage(url: URL): string {
  const token = url.searchParams.get('authorizationToken') ?? 'fixture-token';
  const error = url.searchParams.get('error');
  const messages = [stateMessage('loaded', undefined, { token })];
  if (error)
    messages.push(stateMessage('error', { code: Number(error), ...FINAL_ERROR }, { token }));
  return `<!doctype html>
<html lang="en">
  <title>Stand-in client</title>
  <p>Stand-in client: ${token.replace(/\W/g, '')}</p>
  <script>
    for (const message of ${JSON.stringify(messages)}) parent.postMessage(message, '*');
  </script>
</html>`;
}

function listen(server: Server, host: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://${host}:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

/** The stand-in client at `http://127.0.0.1:<port>/client?authorizationToken=…[&error=…]`. */
export function serveClient(): Promise<Served> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/client') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
    response.end(clientPage(url));
  });
  return listen(server, '127.0.0.1');
}

/** `dir`'s files at `http://localhost:<port>/`, index.html for `/` and for any unknown path. */
export function serveStatic(dir: string): Promise<Served> {
  const root = normalize(dir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(root, decodeURIComponent(pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const send = (file: string): void => {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    };
    stat(path).then(
      (found) => {
        send(found.isDirectory() ? join(path, 'index.html') : path);
      },
      () => {
        send(join(root, 'index.html'));
      },
    );
  });
  return listen(server, 'localhost');
}
