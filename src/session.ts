import { MAX_MESSAGE_LENGTH } from './protocol/message.js';
import {
  hrefOfSessionResponse,
  type SessionRequest,
  type SessionResponse,
} from './protocol/session-response.js';

export type { SessionReason, SessionRequest } from './protocol/session-response.js';

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
      // A redirect to an origin that is neither the page's nor the endpoint's would hand the
      // choice of client to that third origin.
      const landed = new URL(response.url).origin;
      if (
        response.redirected &&
        landed !== location.origin &&
        landed !== new URL(url, document.baseURI).origin
      ) {
        return fail(`${from} redirected to ${withoutSecrets(response.url)}, another origin`);
      }
      const text = await response.text();
      if (text.length > MAX_ANSWER_LENGTH) {
        return fail(`${from} answered more than ${MAX_ANSWER_LENGTH / 1024} KiB`);
      }
      body = parseJson(text);
      if (body === undefined) return fail(`${from} did not answer JSON`);
    }
  } catch (error) {
    return fail(`${from} failed: ${urlsWithoutSecrets(messageOf(error), url)}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
  signal.throwIfAborted();
  let href: string | undefined;
  try {
    href = typeof body === 'string' ? body : hrefOfSessionResponse(body);
  } catch (error) {
    // An answer a provider built with throwing getters, or a Proxy.
    return fail(
      `reading the answer of ${from} threw: ${urlsWithoutSecrets(messageOf(error), url)}`,
    );
  }
  // Blank is no href: the flow would find nothing to show and wait for nothing.
  return href?.trim()
    ? { ok: true, href }
    : fail(`${from} answered without an href: expected { "href": … } or an account response`);
}

/** A session answer is a few hundred bytes; refusing more keeps a broken endpoint cheap. */
const MAX_ANSWER_LENGTH = MAX_MESSAGE_LENGTH;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An error's message, never throwing, whatever was thrown. */
function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * `url` without its query, fragment and user:password: a site may keep a one-time key there, and
 * messages about the session source go to the console.
 */
function withoutSecrets(url: string): string {
  return url.replace(/[?#].*/s, '').replace(/^((?:[a-z][\w+.-]*:)?\/\/)[^/]*@/i, '$1');
}

/**
 * `text` with `url`, and any absolute or scheme-relative URL in it, {@link withoutSecrets}, and
 * a token's value outside one (`authorizationToken=…`, `"token": "…"`) blanked.
 */
function urlsWithoutSecrets(text: string, url: string): string {
  return (
    (url ? text.replaceAll(url, withoutSecrets(url)) : text)
      .replace(/(?:[a-z][\w+.-]*:)?\/\/\S+/gi, (found) => withoutSecrets(found))
      // A value as tokens look (16 or more of their characters, base64 and percent-encoded ones
      // too), quoted or not, as in JSON, escaped or not: not a status, a path or a word
      // ("getToken: HTTP 401", "token: /api/session", "invalid token: expired").
      .replace(
        /(token\w{0,40}\\?["']?\s*[=:]\s*\\?["']?)[\w.~+=%-][\w.~+/=%-]{15,}/gi,
        '$1[redacted]',
      )
  );
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
