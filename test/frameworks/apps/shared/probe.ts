// Copied into each app as src/probe.ts (app/probe.ts for Next.js) by test/frameworks/run.ts: the
// hrefs of the stand-in client, the session provider, and the record of what the framework's own
// event bindings received, which the check reads as window.__events. Nothing in it listens to the
// element: each app binds the events in its framework's way and calls record().
import type { JumioEventMap, JumioEventName, SessionProvider, SessionRequest } from 'jumio-verify';

/** An event as a binding received it, its detail copied as JSON. */
export interface Recorded {
  readonly binding: string;
  readonly type: string;
  readonly custom: boolean;
  readonly detail: unknown;
}

declare global {
  interface Window {
    __events?: Recorded[];
    __sessions?: SessionRequest[];
  }
}

/** The stand-in client's origin, from the page's `?client=` (read at call time: SSR has none). */
function clientOrigin(): string {
  return typeof location === 'undefined'
    ? 'http://127.0.0.1:9'
    : (new URLSearchParams(location.search).get('client') ?? 'http://127.0.0.1:9');
}

/** A client that posts `loaded`, and then an `error` with `code` if given. */
export function clientHref(token: string, error?: number): string {
  const query = new URLSearchParams({ authorizationToken: token });
  if (error !== undefined) query.set('error', String(error));
  return `${clientOrigin()}/client?${query.toString()}`;
}

/** The first href: `loaded`, then error 9100. */
export const firstHref = (): string => clientHref('first', 9100);
/** What the page changes the href to: `loaded`. */
export const secondHref = (): string => clientHref('second');

/** A session provider, as an app would write one: it answers the provided client's href. */
export const provideSession: SessionProvider = (request) => {
  (window.__sessions ??= []).push(request);
  return { href: clientHref('provided') };
};

/**
 * Records an event as the binding named `binding` received it. Only a typed event type-checks:
 * an `any` (a binding the app's types do not know) is refused, as a plain `Event` is.
 */
export function record<E extends JumioEventMap[JumioEventName]>(
  binding: string,
  event: 0 extends 1 & E ? never : E,
): void {
  (window.__events ??= []).push({
    binding,
    type: event.type,
    custom: event instanceof CustomEvent,
    detail: JSON.parse(JSON.stringify(event.detail)) as unknown,
  });
}
