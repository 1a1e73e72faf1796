import * as z from 'zod/mini';
import { jitless } from './jitless.js';

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

const uuidLike = z.string().check(z.minLength(1), z.maxLength(100));
const href = z.string().check(z.minLength(1));

/** The seed's account creation/update response (`200 OK`). */
export const AccountResponseSchema = jitless(() =>
  z.object({
    timestamp: z.optional(z.string()),
    account: z.optional(z.object({ id: uuidLike })),
    web: z.object({
      href,
      successUrl: z.optional(z.string()),
      errorUrl: z.optional(z.string()),
    }),
    workflowExecution: z.optional(z.object({ id: uuidLike })),
  }),
);

/** The short form a site's own endpoint may answer with. */
export const HrefResponseSchema = jitless(() => z.object({ href }));

/** The one field of an account response the element uses. */
const WebHrefSchema = jitless(() => z.object({ web: z.object({ href }) }));

/** A validated account creation/update response. */
export type AccountResponse = z.infer<typeof AccountResponseSchema>;
/** Either shape a session source may answer. */
export type SessionResponse = AccountResponse | z.infer<typeof HrefResponseSchema>;

/** The `web.href` (or `href`) of a session response, or `undefined` if it has neither. */
export function hrefOfSessionResponse(data: unknown): string | undefined {
  const account = WebHrefSchema.safeParse(data);
  if (account.success) return account.data.web.href;
  const short = HrefResponseSchema.safeParse(data);
  return short.success ? short.data.href : undefined;
}
