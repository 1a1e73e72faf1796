import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on 127.0.0.1, and the origin it serves. */
export interface SecondOrigin {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** True when the requested port was taken and the system chose another. */
  readonly movedFromBusyPort: boolean;
}

/**
 * Serves `handler` on 127.0.0.1 at `port`, or at a free port when that one is taken. The demo page
 * is on `localhost`, so this is another origin for the browser: the element's origin checks then
 * run exactly as they do against Jumio's client on its own domain.
 */
export async function listenOnLoopback(
  handler: RequestListener,
  port: number,
): Promise<SecondOrigin> {
  const server = createServer(handler);
  let movedFromBusyPort = false;
  try {
    await listen(server, port);
  } catch (error) {
    if (port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await listen(server, 0);
    movedFromBusyPort = true;
  }
  const address = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${address.port}`, movedFromBusyPort };
}

/** Stops listening and ends open keep-alive connections, so the port is free at once. */
export function closeNow(server: Server): void {
  server.close();
  server.closeAllConnections();
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError).once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}
