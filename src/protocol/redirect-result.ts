import * as z from 'zod/mini';
import { describeErrorCode, type DescribedError } from './error-codes.js';
import { jitless } from './jitless.js';

const required = z.string().check(z.minLength(1), z.maxLength(255));

/**
 * The query parameters the client appends to `web.successUrl` / `web.errorUrl` (seed: "After the
 * User Journey"). `customerInternalReference` is tolerated missing, like in messages.
 */
export const RedirectQuerySchema = jitless(() =>
  z.object({
    accountId: required,
    workflowExecutionId: required,
    acquisitionStatus: z.enum(['SUCCESS', 'ERROR']),
    customerInternalReference: z.optional(z.string()),
    errorCode: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
  }),
);

/** The outcome a redirect page was sent. `error` is set exactly when the status is `ERROR`. */
export interface RedirectResult {
  readonly accountId: string;
  readonly workflowExecutionId: string;
  readonly acquisitionStatus: 'SUCCESS' | 'ERROR';
  readonly customerInternalReference: string | undefined;
  readonly error: DescribedError | undefined;
}

/** The result of {@link parseRedirectResult}: the outcome, or a message saying what is missing. */
export type ParsedRedirectResult =
  { ok: true; result: RedirectResult } | { ok: false; message: string };

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
  const parsed = RedirectQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    return {
      ok: false,
      message:
        `parseRedirectResult: the URL lacks valid ${fields.join(', ')}. Call it on the page ` +
        'you set as web.successUrl or web.errorUrl, with the query the client appended.',
    };
  }
  const { errorCode, ...query } = parsed.data;
  const failed = query.acquisitionStatus === 'ERROR';
  return {
    ok: true,
    result: {
      ...query,
      // always a key, `undefined` when the URL lacks it, as RedirectResult promises
      customerInternalReference: query.customerInternalReference,
      error: failed
        ? describeErrorCode(errorCode === undefined ? undefined : Number(errorCode))
        : undefined,
    },
  };
}
