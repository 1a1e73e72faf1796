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
 * response, or the href itself, or a promise of one. Aborted through `signal` when the element no
 * longer needs it.
 */
export type SessionProvider = (
  request: SessionRequest,
  signal: AbortSignal,
) => Promise<SessionResponse | string> | SessionResponse | string;

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
  const from = provider ? 'sessionProvider' : `session-url ${withoutSecrets(url)}`;
  // The element's signal or the deadline, joined by hand: AbortSignal.any and AbortSignal.timeout
  // need Safari 17.4 and Firefox 124, and a timeout signal's timer outlives a removed element.
  signal.throwIfAborted();
  const combined = new AbortController();
  const forward = (): void => {
    combined.abort(signal.reason);
  };
  signal.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          combined.abort();
        }, timeoutMs)
      : undefined;
  const fail = (what: string): SessionResult => {
    signal.throwIfAborted();
    if (timedOut) what = `${from} did not answer within ${timeoutMs} ms`;
    return {
      ok: false,
      message:
        `jumio-verify: could not get a session: ${what}. The endpoint must create a Jumio ` +
        'account and answer { "href": "<web.href>" } with status 200.',
    };
  };
  let body: unknown;
  try {
    if (provider) {
      // A provider may return the answer itself rather than a promise, or throw.
      const answer = new Promise<unknown>((resolve) => {
        resolve(provider(request, combined.signal));
      });
      body = await raceAbort(answer, combined.signal);
    } else {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        signal: combined.signal,
      });
      if (!response.ok) {
        return fail(`${from} answered HTTP ${response.status} ${response.statusText}`.trim());
      }
      body = await response.json().catch(() => undefined);
      if (body === undefined) return fail(`${from} did not answer JSON`);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The browser's own message may quote the URL, query and credentials included.
    return fail(`${from} failed: ${provider ? detail : urlsWithoutSecrets(detail, url)}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
  signal.throwIfAborted();
  const href = typeof body === 'string' ? body : hrefOfSessionResponse(body);
  return href
    ? { ok: true, href }
    : fail(`${from} answered without an href: expected { "href": … } or an account response`);
}

/**
 * `url` without its query, fragment and user:password: a site may keep a one-time key there, and
 * messages about the session source go to the console.
 */
function withoutSecrets(url: string): string {
  return url.replace(/[?#].*/s, '').replace(/^([a-z][\w+.-]*:\/\/)[^/]*@/i, '$1');
}

/** `text` with `url`, and any absolute URL in it, {@link withoutSecrets}. */
function urlsWithoutSecrets(text: string, url: string): string {
  return text
    .replaceAll(url, withoutSecrets(url))
    .replace(/[a-z][\w+.-]*:\/\/\S+/gi, (found) => withoutSecrets(found));
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
