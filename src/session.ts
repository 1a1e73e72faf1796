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
 * Creates (or updates) a Jumio account on the site's server and returns `{ href }`, an account
 * response, or the href itself. Aborted through `signal` when the element no longer needs it.
 */
export type SessionProvider = (
  request: SessionRequest,
  signal: AbortSignal,
) => Promise<SessionResponse | string>;

/** What {@link requestSession} got: the href, or a message for `session-failed`. */
export type SessionResult = { ok: true; href: string } | { ok: false; message: string };

/**
 * Asks the site for a fresh `web.href`: `provider` when given, else a `POST` of the request as JSON
 * to `url` (cookies on same-origin requests only), giving up after `timeoutMs` (0: never). A
 * failure, whatever fails, is an answer; it rejects only when `signal` aborts (the element moved
 * on), with the signal's reason, so a late answer can never be taken for a current one.
 */
export async function requestSession(
  url: string,
  provider: SessionProvider | undefined,
  request: SessionRequest,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<SessionResult> {
  // Named without its query: a site may put a one-time key there, and this goes to the console.
  const from = provider ? 'sessionProvider' : `session-url ${url.replace(/[?#].*/s, '')}`;
  let deadline: AbortSignal | undefined;
  const fail = (what: string): SessionResult => {
    signal.throwIfAborted();
    if (deadline?.aborted) what = `${from} did not answer within ${timeoutMs} ms`;
    return {
      ok: false,
      message:
        `jumio-verify: could not get a session: ${what}. The endpoint must create a Jumio ` +
        'account and answer { "href": "<web.href>" } with status 200.',
    };
  };
  let body: unknown;
  try {
    // In here, so that a browser without AbortSignal.any (Safari < 17.4) gets a failure, too.
    deadline = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const combined = deadline ? AbortSignal.any([signal, deadline]) : signal;
    if (provider) {
      body = await raceAbort(provider(request, combined), combined);
    } else {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        signal: combined,
      });
      if (!response.ok) {
        return fail(`${from} answered HTTP ${response.status} ${response.statusText}`.trim());
      }
      body = await response.json().catch(() => undefined);
      if (body === undefined) return fail(`${from} did not answer JSON`);
    }
  } catch (error) {
    return fail(`${from} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  signal.throwIfAborted();
  const href = typeof body === 'string' ? body : hrefOfSessionResponse(body);
  return href
    ? { ok: true, href }
    : fail(`${from} answered without an href: expected { "href": … } or an account response`);
}

/** `promise`, or a rejection as soon as `signal` aborts: a provider may ignore its signal. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason as Error);
    };
    signal.throwIfAborted();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}
