/**
 * The benchmarks' network: three real origins on this machine, so that cross-origin (and
 * cross-site, out-of-process) behaviour is the browser's own.
 *
 * - the page, http://localhost:P: the benchmark pages, the element's scripts (delayed by the
 *   script latency of the moment), and a session endpoint;
 * - the stand-in client, http://127.0.0.1:Q (another site: its frames run in another process);
 * - the stand-in client on Jumio's domain, https://acme.web.amer-1.jumio.ai, which Chromium is
 *   told is this machine (`--host-rules`): the origin the element preconnects to for the hints
 *   `dc="us" subdomain="acme"`. Every new connection to it is held {@link HANDSHAKE_MS} before
 *   TLS starts, as DNS, TCP and TLS would take on a real network (on loopback they take
 *   nothing, and a preconnect would have nothing to save).
 *
 * Every response is `no-store` and `Connection: close`, and {@link BenchServers.dropConnections}
 * closes what is left (preconnected sockets) between loads: each load starts cold.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { once } from 'node:events';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, CLIENT_BUNDLE_MS, CLIENT_DOCUMENT_MS, clientDocument } from './stand-in-client.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the benchmarks build what they serve (the Vite page, the dependencies, a certificate). */
export const WORK = join(ROOT, '.tmp', 'bench');

/** The stand-in client's host on Jumio's domain: `subdomain="acme"`, `dc="us"`. */
export const JUMIO_HOST = 'acme.web.amer-1.jumio.ai';
/** What connection setup to {@link JUMIO_HOST} costs: DNS + TCP + TLS at about 25 ms RTT. */
export const HANDSHAKE_MS = 50;
/** The session endpoint's own time (it calls Jumio's account API). */
export const SESSION_MS = 50;

export interface Origins {
  /** http://localhost:P */
  readonly page: string;
  /** http://127.0.0.1:Q */
  readonly client: string;
  /** https://acme.web.amer-1.jumio.ai (served from 127.0.0.1). */
  readonly jumio: string;
}

/** A benchmark page's HTML by its name, or undefined for a name there is no page for. */
export type PageSource = (name: string, origins: Origins) => string | undefined;

export interface BenchServers {
  readonly origins: Origins;
  /** The Chromium flags that make {@link JUMIO_HOST} this machine, with a self-signed cert. */
  readonly chromeArgs: readonly string[];
  /** Where {@link JUMIO_HOST}'s connections go on 127.0.0.1 (what `--host-rules` maps it to). */
  readonly jumioPort: number;
  /** The pages served under /page/. */
  readonly pages: PageSource;
  /** Delays every script of the page's origin by `ms` from now on. */
  setScriptLatency(ms: number): void;
  /** Closes every open connection, so that the next load opens its own. */
  dropConnections(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** The folders the page origin serves files from, by URL prefix. */
const STATIC: Record<string, string> = {
  '/dist/': join(ROOT, 'dist'),
  '/vite/': join(WORK, 'vite'),
  '/deps/': join(WORK, 'deps'),
  // bench/compare.ts and bench/profile.ts: standalone scripts of another revision, or
  // unminified (bench/standalone-build.ts).
  '/compare/': join(WORK, 'compare'),
};

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    Connection: 'close',
    // Resource Timing's details (connect, first byte) for the page, across origins.
    'Timing-Allow-Origin': '*',
  });
  res.end(body);
}

export async function startServers(pages: PageSource): Promise<BenchServers> {
  let scriptLatency = 0;
  const { key, cert } = certificate();
  const holder: { origins?: Origins } = {};

  const page = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const origins = holder.origins;
      if (!origins) throw new Error('servers: no origins yet');
      if (url.pathname.startsWith('/page/')) {
        const html = pages(url.pathname.slice('/page/'.length), origins);
        if (html === undefined) send(res, 404, 'text/plain', 'no such page');
        else send(res, 200, TYPES['.html'] ?? '', html);
        return;
      }
      if (url.pathname === '/mark.js') {
        const name = JSON.stringify(url.searchParams.get('name') ?? 'mark');
        send(res, 200, TYPES['.js'] ?? '', `performance.mark(${name});`);
        return;
      }
      if (url.pathname === '/session' && req.method === 'POST') {
        await drain(req);
        await sleep(SESSION_MS);
        const client = url.searchParams.get('client') === 'local' ? origins.client : origins.jumio;
        const href = `${client}/web/v4/app?authorizationToken=bench-token`;
        send(res, 200, 'application/json', JSON.stringify({ href }));
        return;
      }
      const prefix = Object.keys(STATIC).find((p) => url.pathname.startsWith(p));
      const folder = prefix ? STATIC[prefix] : undefined;
      if (!prefix || !folder) {
        send(res, 404, 'text/plain', 'not found');
        return;
      }
      const file = normalize(join(folder, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(folder) || !existsSync(file)) {
        send(res, 404, 'text/plain', 'not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type === TYPES['.js']) await sleep(scriptLatency);
      send(res, 200, type, readFileSync(file));
    })().catch((error: unknown) => {
      send(res, 500, 'text/plain', String(error));
    });
  });

  const client = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://client');
    const echo = url.searchParams.has('echo');
    if (url.pathname === '/web/v4/app') {
      void sleep(echo ? 0 : CLIENT_DOCUMENT_MS).then(() => {
        send(res, 200, TYPES['.html'] ?? '', clientDocument(echo));
      });
    } else if (url.pathname === '/bundle.js') {
      void sleep(echo ? 0 : CLIENT_BUNDLE_MS).then(() => {
        send(res, 200, TYPES['.js'] ?? '', bundle(echo));
      });
    } else send(res, 404, 'text/plain', 'not found');
  };
  const plainClient = http.createServer(client);
  const tlsClient = https.createServer({ key, cert }, client);
  // In front of the TLS server: each new connection waits HANDSHAKE_MS, then TLS begins.
  const sockets = new Set<net.Socket>();
  const handshake = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    setTimeout(() => {
      if (!socket.destroyed) tlsClient.emit('connection', socket);
    }, HANDSHAKE_MS);
  });

  const listen = (server: net.Server, host: string): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => {
        const address = server.address();
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('servers: no port'));
      });
    });
  const pagePort = await listen(page, 'localhost');
  const clientPort = await listen(plainClient, '127.0.0.1');
  const jumioPort = await listen(handshake, '127.0.0.1');
  const origins: Origins = {
    page: `http://localhost:${pagePort}`,
    client: `http://127.0.0.1:${clientPort}`,
    jumio: `https://${JUMIO_HOST}`,
  };
  holder.origins = origins;

  const dropConnections = (): void => {
    page.closeAllConnections();
    plainClient.closeAllConnections();
    for (const socket of sockets) socket.destroy();
  };
  return {
    origins,
    chromeArgs: [
      `--host-rules=MAP ${JUMIO_HOST} 127.0.0.1:${jumioPort}`,
      '--ignore-certificate-errors',
    ],
    jumioPort,
    pages,
    setScriptLatency(ms) {
      scriptLatency = ms;
    },
    dropConnections,
    async close() {
      dropConnections();
      await Promise.all(
        [page, plainClient, handshake].map(
          (server) => new Promise((resolve) => server.close(resolve)),
        ),
      );
    },
  };
}

async function drain(req: IncomingMessage): Promise<void> {
  req.resume();
  await once(req, 'end');
}

/** A self-signed certificate for *.web.amer-1.jumio.ai (made once with openssl, in .tmp/). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(WORK, 'cert');
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '3650',
        '-subj',
        `/CN=${JUMIO_HOST}`,
        '-addext',
        'subjectAltName=DNS:*.web.amer-1.jumio.ai',
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}
