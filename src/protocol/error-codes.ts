import type { ClientMessage } from './message.js';

/**
 * What an error code means and what a site can do about it.
 *
 * `retryable`: a new attempt (a fresh `web.href`) can succeed, so offering "Try again" makes sense.
 * `sessionExpired`: the authorization token or the session ran out (seed: "Workflow Transaction
 * Token Timeout"); with a session source the element fetches a fresh `web.href` by itself.
 * `seed`: the code is in the seed's table; the others were found in the current client.
 */
export interface ErrorCodeInfo {
  readonly description: string;
  readonly retryable: boolean;
  readonly sessionExpired: boolean;
  readonly seed: boolean;
}

const info = (
  description: string,
  retryable: boolean,
  sessionExpired = false,
  seed = true,
): ErrorCodeInfo => ({ description, retryable, sessionExpired, seed });

/**
 * The error codes of the seed's "After the User Journey" table (9100–9836), and the two the
 * current client (`@jumio/websdk` 0.3.19) sends besides, described in our own words. The same code
 * reaches the page as `payload.metainfo.code` of an `error` message; older clients append it to the
 * `errorUrl` as `errorCode`.
 */
export const ERROR_CODES = {
  9100: info('Error occurred on our server.', true),
  9200: info('Authorization token missing, invalid, or expired.', true, true),
  9210: info('Session expired after the user journey started.', true, true),
  9300: info('Error occurred transmitting image to our server.', true),
  9301: info('The consent could not be submitted.', true, false, false),
  9400: info('Error occurred during verification step.', true),
  9800: info('User has no network connection.', true),
  9801: info('Unexpected error occurred in the client.', true),
  9810: info('Problem while communicating with our server.', true),
  9820: info('File upload not enabled and camera unavailable.', false),
  9821: info('The biometric face capture process failed, e.g. issue with iProov', true),
  9822: info('Browser does not support camera.', false),
  9835: info('No acceptable submission in 3 attempts.', false),
  9836: info('Authentication Failure.', false),
  9900: info('The credentials of this transaction cannot be used (HTTP 406).', false, false, false),
} as const satisfies Record<number, ErrorCodeInfo>;

/** A documented error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error code with its meaning; `code` is `undefined` when the client sent none. */
export interface DescribedError extends ErrorCodeInfo {
  readonly code: number | undefined;
}

/**
 * Descriptions by a `publicErrorCode`'s kind (its letter) where the legacy code alone would mislead.
 * `@jumio/websdk` 0.3.19 posts its kind `H` ("no camera connection", legacy 9822) from one screen
 * only: "Connection error" after a photo failed to upload, with "Try again" (its camera errors are
 * shown without a message to the page), where the seed's "Browser does not support camera" would
 * send a site the wrong way.
 */
export const KIND_DESCRIPTIONS: Readonly<Partial<Record<string, string>>> = {
  H: 'A photo could not be uploaded (the client shows "Connection error" and "Try again").',
};

/** True for the codes in {@link ERROR_CODES}. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'number' && Object.hasOwn(ERROR_CODES, code);
}

/**
 * Describes any code the client may send, with the `publicErrorCode` it came with, if any: where
 * that code's kind says more than the legacy code, the description is the kind's
 * ({@link KIND_DESCRIPTIONS}), and an embargo (HTTP 451, with 9801) is never retryable, since a
 * fresh session would meet it again. Unknown codes are still errors: they get a generic
 * description and count as retryable, so a newer client never strands a user.
 */
export function describeErrorCode(
  code: number | undefined,
  publicErrorCode?: string,
): DescribedError {
  const described: DescribedError = isErrorCode(code)
    ? { code, ...ERROR_CODES[code] }
    : {
        code,
        ...info(
          code === undefined
            ? 'The verification could not be completed (the client sent no error code).'
            : `The verification could not be completed (error code ${code}, not in the documented list).`,
          true,
          false,
          false,
        ),
      };
  const parts = partsOf(publicErrorCode);
  if (!parts) return described;
  return {
    ...described,
    description: KIND_DESCRIPTIONS[parts.kind] ?? described.description,
    retryable: described.retryable && parts.status !== '0451',
  };
}

/**
 * An `error` message with its code described. Two flags that are easy to confuse:
 * - `retryable` (from {@link ERROR_CODES}, but never for an embargo, HTTP 451): a fresh href can
 *   succeed, so "Try again" is worth offering once this journey has ended;
 * - `final`: this error ends the journey in this client. The client marks errors the user can go
 *   on from in the same frame `retriable: true`, and those are `final: false`, but for the calls
 *   whose failure ends the journey whatever that flag says (see {@link JOURNEY_ENDING_CALLS}); an
 *   expired session is always final, and so is an error from an older client, which sends no
 *   such flag.
 */
export interface ClientError extends ClientMessage, DescribedError {
  readonly publicErrorCode: string | undefined;
  readonly final: boolean;
}

/**
 * A `publicErrorCode`'s parts: the client writes the kind of error as a letter, the call's two
 * digits, and the response's HTTP status in four (`A060500`: the finalize call answered 500);
 * `undefined` for anything else.
 */
export function partsOf(
  publicErrorCode: string | undefined,
): { kind: string; call: string; status: string } | undefined {
  const [, kind, call, status] = /^([A-Z])(\d\d)(\d{4})$/.exec(publicErrorCode ?? '') ?? [];
  return kind && call && status ? { kind, call, status } : undefined;
}

/**
 * The HTTP status a `publicErrorCode` ends with (`A060500`: 500), or `undefined` where the call
 * got no answer (`…0000`) or there is no code.
 */
export function httpStatusOf(publicErrorCode: string | undefined): number | undefined {
  return Number(partsOf(publicErrorCode)?.status) || undefined;
}

/**
 * The calls (the two digits after a `publicErrorCode`'s letter) whose failure ends the journey,
 * whatever the client's `retriable` flag says: in `@jumio/websdk` 0.3.19 the flag comes from the
 * kind of error (a network or server problem is "retriable"), not from the screen the user is left
 * on. The settings (01): the client never starts, and its error screen cannot be closed. The
 * finalize (06): the finish screen, then your error URL.
 */
export const JOURNEY_ENDING_CALLS: readonly string[] = ['01', '06'];

/** The `jumio-error` detail for an `error` message: see {@link ClientError}. */
export function describeClientError(message: ClientMessage): ClientError {
  const { code, publicErrorCode, retriable } = message.payload.metainfo ?? {};
  const described = describeErrorCode(code, publicErrorCode);
  return {
    ...message,
    ...described,
    publicErrorCode,
    final:
      described.sessionExpired ||
      retriable !== true ||
      JOURNEY_ENDING_CALLS.includes(partsOf(publicErrorCode)?.call ?? ''),
  };
}
