import * as z from 'zod/mini';
import { describeErrorCode, partsOf, type DescribedError } from './error-codes.js';
import { jitless, lazy } from './jitless.js';
import type { ClientMessage } from './message.js';

const id = () => z.string().check(z.minLength(1), z.maxLength(255));
const status = () => z.enum(['SUCCESS', 'ERROR']);

const redirectQuery = () =>
  z.object({
    accountId: z.optional(id()),
    workflowExecutionId: id(),
    transactionReference: z.optional(id()),
    acquisitionStatus: status(),
    transactionStatus: z.optional(status()),
    customerInternalReference: z.optional(z.string()),
    idScanStatus: z.optional(status()),
    jumioIdScanReference: z.optional(id()),
    publicErrorCode: z.optional(z.string().check(z.regex(/^[A-Z]\d{6}$/))),
    errorCode: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
  });
/**
 * The query parameters the client appends to `web.successUrl` / `web.errorUrl`. The seed's "After
 * the User Journey" lists `accountId`, `workflowExecutionId`, `acquisitionStatus`,
 * `customerInternalReference` and `errorCode`; the current client (`@jumio/websdk` 0.3.19) adds
 * `transactionReference`, `transactionStatus`, and for document workflows `idScanStatus` and
 * `jumioIdScanReference`, sends `publicErrorCode` on errors instead of `errorCode`, and leaves out
 * `accountId` and `customerInternalReference` when it has none.
 */
export const RedirectQuerySchema = /* @__PURE__ */ jitless(redirectQuery);
const redirectQuerySchema = lazy(redirectQuery);

/** The outcome a redirect page was sent. `error` is set exactly when the status is `ERROR`. */
export interface RedirectResult {
  readonly accountId: string | undefined;
  readonly workflowExecutionId: string;
  readonly transactionReference: string | undefined;
  readonly acquisitionStatus: 'SUCCESS' | 'ERROR';
  readonly transactionStatus: 'SUCCESS' | 'ERROR' | undefined;
  readonly customerInternalReference: string | undefined;
  readonly idScanStatus: 'SUCCESS' | 'ERROR' | undefined;
  readonly jumioIdScanReference: string | undefined;
  readonly error: RedirectError | undefined;
}

/**
 * What went wrong, by both codes: `code` is the URL's `errorCode` (older clients), or else the
 * legacy code that `publicErrorCode`'s letter stands for ({@link legacyCodeOf}); `undefined` when
 * there is neither.
 */
export interface RedirectError extends DescribedError {
  readonly publicErrorCode: string | undefined;
}

/** The result of {@link parseRedirectResult}: the outcome, or a message saying what is missing. */
export type ParsedRedirectResult =
  { ok: true; result: RedirectResult } | { ok: false; message: string };

/**
 * The legacy error codes the kinds of `publicErrorCode` stand for, as `@jumio/websdk` 0.3.19 maps
 * them when it posts an error. Its first letter says what failed, then come the API call (2 digits)
 * and the HTTP status (4): `A` the network or the server, `B` a secure connection, `C` the
 * authorization (HTTP 401), `E` the device is offline, `F` a resource, `G` cancelled by the user,
 * `H` the camera connection, `I` an invalid key, `J` the transaction is finished or expired (HTTP
 * 412), `N` the SDK token. `M` (cannot be completed) is 9900 for HTTP 406 and 9801 for 451 (an
 * embargo); `K` and `L` have none. `J000000` is ambiguous: the client sends it for an expired
 * session and also when its status poll finds that the acquisition failed.
 */
export const LEGACY_ERROR_CODES = {
  A: 9100,
  B: 9836,
  C: 9200,
  E: 9800,
  F: 9801,
  G: 9801,
  H: 9822,
  I: 9836,
  J: 9210,
  N: 9801,
} as const;

/** `M`'s codes, by the HTTP status. */
const CANNOT_BE_COMPLETED: Partial<Record<string, number>> = { '0406': 9900, '0451': 9801 };

/**
 * The legacy code for a `publicErrorCode`: the one the client would have posted for the same error
 * (see {@link LEGACY_ERROR_CODES}). As the client does, a failed upload call (04) is 9300 and a
 * failed usability call (07) 9400, but for `C` and `J`: an authorization that failed or a session
 * that expired is 9200 or 9210 at any call here, so that it refreshes (the journey is over by the
 * time the redirect page loads). The client's consent error, which it files under the upload call,
 * is 9301 in its messages but cannot be told from an upload error here.
 */
export function legacyCodeOf(publicErrorCode: string | undefined): number | undefined {
  const { kind = '', call, status = '' } = partsOf(publicErrorCode) ?? {};
  const code = Object.hasOwn(LEGACY_ERROR_CODES, kind)
    ? LEGACY_ERROR_CODES[kind as keyof typeof LEGACY_ERROR_CODES]
    : kind === 'M'
      ? CANNOT_BE_COMPLETED[status]
      : undefined;
  if (code === undefined || kind === 'C' || kind === 'J') return code;
  return call === '04' ? 9300 : call === '07' ? 9400 : code;
}

/**
 * Reads the outcome from a redirect page's URL (`location.href` on your success or error page, or
 * the request URL on your server). The browser redirect is a UX signal like the iframe's events:
 * the callback and the Retrieval API are the authoritative result.
 */
export function parseRedirectResult(url: string | URL): ParsedRedirectResult {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return { ok: false, message: 'parseRedirectResult: not an absolute URL.' };
  }
  const parsed = redirectQuerySchema().safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    return {
      ok: false,
      message:
        `parseRedirectResult: the URL lacks valid ${fields.join(', ')}. Call it on the page ` +
        'you set as web.successUrl or web.errorUrl, with the query the client appended.',
    };
  }
  const { errorCode, publicErrorCode, ...query } = parsed.data;
  const code = errorCode === undefined ? legacyCodeOf(publicErrorCode) : Number(errorCode);
  return {
    ok: true,
    result: {
      // every key, `undefined` when the URL lacks it, as RedirectResult promises
      accountId: query.accountId,
      workflowExecutionId: query.workflowExecutionId,
      transactionReference: query.transactionReference,
      acquisitionStatus: query.acquisitionStatus,
      transactionStatus: query.transactionStatus,
      customerInternalReference: query.customerInternalReference,
      idScanStatus: query.idScanStatus,
      jumioIdScanReference: query.jumioIdScanReference,
      error:
        query.acquisitionStatus === 'ERROR'
          ? { ...describeErrorCode(code, publicErrorCode), publicErrorCode }
          : undefined,
    },
  };
}

/** The `type` of what `completeRedirect()` sends the element. */
export const REDIRECT_MESSAGE = 'jumio-verify:redirect';

/** The BroadcastChannel a redirect page in a tab sends its outcome over. */
export const REDIRECT_CHANNEL = 'jumio-verify';

/**
 * The `type` of the element's answer to a redirect page in its tab: it has the outcome that page
 * sent, and the tab may close. `href` is the redirect page's URL, which the tab compares to its own.
 */
export const REDIRECT_TAKEN = 'jumio-verify:redirect-taken';

/** The element's answer to the tab whose redirect page sent `href`. */
export interface RedirectTaken {
  readonly type: typeof REDIRECT_TAKEN;
  readonly href: string;
}

/** Whether `data` is the element's answer to the redirect page at `href`. Never throws. */
export function isRedirectTaken(data: unknown, href: string): boolean {
  const answer = data as Partial<RedirectTaken> | null;
  return typeof answer === 'object' && answer?.type === REDIRECT_TAKEN && answer.href === href;
}

/** How long a redirect page in a tab waits for the element's answer before it stays open. */
export const REDIRECT_TAKEN_WAIT_MS = 3000;

/**
 * The sessionStorage key under which the element leaves the id of the flow it opens a tab for,
 * only while it opens it: the browser copies the page's sessionStorage into a tab as it creates it,
 * so the redirect page in that tab finds the id and sends it along, and only the element that
 * opened the tab takes the outcome (a tab opened later from the page finds none).
 */
export const TAB_FLOW_KEY = 'jumio-verify:flow';

const redirectMessage = () =>
  z.object({
    type: z.literal(REDIRECT_MESSAGE),
    href: z.string().check(z.maxLength(8192)),
    flow: z.optional(z.string().check(z.maxLength(100))),
  });
/**
 * What `completeRedirect()` sends: the redirect page's URL (the element parses the outcome from it
 * itself) and, from a tab, the id of the flow that opened it.
 */
export const RedirectMessageSchema = /* @__PURE__ */ jitless(redirectMessage);
const redirectMessageSchema = lazy(redirectMessage);

/** A message of {@link RedirectMessageSchema}. */
export type RedirectMessage = z.infer<ReturnType<typeof redirectMessage>>;

/** `data` as a {@link RedirectMessage}, or `undefined` for anything else. Never throws. */
export function parseRedirectMessage(data: unknown): RedirectMessage | undefined {
  const parsed = redirectMessageSchema().safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The outcome of a redirect as a message of the client would have said it, for the same
 * `jumio-success` and `jumio-error` events: the ids, and for an error its code and
 * `publicErrorCode` (a journey that redirected is over: no `retriable`).
 */
export function messageOfRedirect({ error, ...result }: RedirectResult): ClientMessage {
  return {
    accountId: result.accountId,
    workflowExecutionId: result.workflowExecutionId,
    transactionReference: result.transactionReference,
    jumioIdScanReference: result.jumioIdScanReference,
    customerInternalReference: result.customerInternalReference,
    payload: error
      ? { value: 'error', metainfo: { code: error.code, publicErrorCode: error.publicErrorCode } }
      : { value: 'success' },
  };
}
