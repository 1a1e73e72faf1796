import type { LocaleCode } from './protocol/locales.js';
import { hrefOfSessionResponse, type SessionResponse } from './protocol/session-response.js';

/** Why the element asks for a session: the first load, or a refresh after expiry or a timeout. */
export type SessionReason = 'initial' | 'refresh';

/** What a {@link SessionProvider} is asked, and the JSON body `session-url` is sent. */
export interface SessionRequest {
  /** The element's locale, matched to a supported code, for `web.locale`. */
  readonly locale: LocaleCode | undefined;
  readonly reason: SessionReason;
}

/**
 * Creates (or updates) a Jumio account on the site's server and returns the response, its
 * `{ href }`, or the href itself. Aborted through `signal` when the element no longer needs it.
 */
export type SessionProvider = (
  request: SessionRequest,
  signal: AbortSignal,
) => Promise<SessionResponse | string>;

/** What {@link requestSession} got: the href, or a message for `session-failed`. */
export type SessionResult = { ok: true; href: string } | { ok: false; message: string };

/**
 * Asks the site for a fresh `web.href`: `provider` when given, else a `POST` of the request as JSON
 * to `url` (cookies on same-origin requests only). Never throws; an abort rejects with the signal's
 * reason so the caller can tell it from a failure.
 */
export async function requestSession(
  url: string,
  provider: SessionProvider | undefined,
  request: SessionRequest,
  signal: AbortSignal,
): Promise<SessionResult> {
  const from = provider ? 'sessionProvider' : `session-url ${url}`;
  let body: unknown;
  try {
    if (provider) {
      body = await provider(request, signal);
    } else {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        signal,
      });
      if (!response.ok) {
        return fail(`${from} answered HTTP ${response.status} ${response.statusText}`.trim());
      }
      body = await response.json().catch(() => undefined);
      if (body === undefined) return fail(`${from} did not answer JSON`);
    }
  } catch (error) {
    signal.throwIfAborted();
    return fail(`${from} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  signal.throwIfAborted();
  const href = typeof body === 'string' ? body : hrefOfSessionResponse(body);
  return href
    ? { ok: true, href }
    : fail(`${from} answered without an href: expected Jumio's account response or { "href": … }`);
}

function fail(what: string): SessionResult {
  return {
    ok: false,
    message:
      `jumio-verify: could not get a session: ${what}. The endpoint must create a Jumio account ` +
      'and answer its JSON (or { "href": "<web.href>" }) with status 200.',
  };
}
