import * as z from 'zod/mini';
import { jitless, lazy } from './jitless.js';

/** Why the element asks for a session: the first load, or a refresh after expiry or a timeout. */
export type SessionReason = 'initial' | 'refresh';

/** What a session source is asked: the JSON body `session-url` is sent, a provider's argument. */
export interface SessionRequest {
  /** The element's locale as the client spells it (see `resolveLocale`), for `web.locale`. */
  readonly locale: string | undefined;
  readonly reason: SessionReason;
}

/**
 * What a session source may answer: `{ href }` (recommended), or an account response shaped like
 * the seed's Account Creation / Account Update answer. Never pass Jumio's own answer through to the
 * browser as it is: its `sdk.token` and `workflowExecution.credentials[].api.token` are bearer
 * tokens for other channels. Only `web.href` matters to the element, so only `web.href` is checked
 * there; a server checks Jumio's answer in full with AccountResponseSchema.
 */

const uuidLike = () => z.string().check(z.minLength(1), z.maxLength(100));
const href = () => z.string().check(z.minLength(1));

const accountResponse = () =>
  z.object({
    timestamp: z.optional(z.string()),
    account: z.optional(z.object({ id: uuidLike() })),
    web: z.object({
      href: href(),
      successUrl: z.optional(z.string()),
      errorUrl: z.optional(z.string()),
    }),
    workflowExecution: z.optional(z.object({ id: uuidLike() })),
  });
const hrefResponse = () => z.object({ href: href() });

/** The seed's account creation/update response (`200 OK`). */
export const AccountResponseSchema = /* @__PURE__ */ jitless(accountResponse);

/** The short form a site's own endpoint may answer with. */
export const HrefResponseSchema = /* @__PURE__ */ jitless(hrefResponse);

/** The one field of an account response the element uses, and the short form: built on first use. */
const webHrefSchema = lazy(() => z.object({ web: z.object({ href: href() }) }));
const hrefSchema = lazy(hrefResponse);

/** A validated account creation/update response. */
export type AccountResponse = z.infer<ReturnType<typeof accountResponse>>;
/** Either shape a session source may answer. */
export type SessionResponse = AccountResponse | z.infer<ReturnType<typeof hrefResponse>>;

/** The `web.href` (or `href`) of a session response, or `undefined` if it has neither. */
export function hrefOfSessionResponse(data: unknown): string | undefined {
  // Only an answer with a `web` can be an account response: the short form, the recommended
  // answer, is not parsed as one first, which fails, and failing costs zod its error objects.
  if (typeof data === 'object' && data !== null && 'web' in data) {
    const account = webHrefSchema().safeParse(data);
    if (account.success) return account.data.web.href;
  }
  const short = hrefSchema().safeParse(data);
  return short.success ? short.data.href : undefined;
}
