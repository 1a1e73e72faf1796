import * as z from 'zod/mini';
import { jitless } from './jitless.js';

/**
 * The hosted client's postMessage format (seed: "Optional iFrame logging"): `event.data` is a JSON
 * string whose object carries the transaction's identifiers and a `payload` saying what happened.
 *
 * Policy for what the seed marks required. Trust never comes from the payload (the channel checks
 * the sender's window and origin first), so the schema only has to keep the detail types honest:
 * - strict, the message is dropped: `data` is not a JSON string of an object; `payload.value` is not
 *   `loaded`, `success` or `error`; `eventType` is present and is not 510 (another kind of event);
 *   any documented field is present with another JSON type than the seed's (`"code": "9200"`);
 * - tolerant, the message is kept: the identifiers, `dateTime`, `eventType`, `metainfo` and
 *   `metainfo.code` may be missing or `null`, and become `undefined` (an `error` without a code is
 *   still an error: dropping it would strand the user); keys the seed does not document are dropped.
 */

/** Longer data is refused before it is parsed. Real messages are well under 1 KiB. */
export const MAX_MESSAGE_LENGTH = 64 * 1024;

/** The documented `eventType`: "application state-change". */
export const STATE_CHANGE_EVENT = 510;

/** The documented `payload.value`s. */
export const CLIENT_EVENTS = ['loaded', 'success', 'error'] as const;

/** What the client reports: `loaded`, `success` or `error`. */
export type ClientEventName = (typeof CLIENT_EVENTS)[number];

const optionalText = z.optional(z.string());

/** `event.data.payload`: what happened, and for errors the error code. */
export const ClientPayloadSchema = jitless(() =>
  z.object({
    value: z.enum(CLIENT_EVENTS),
    metainfo: z.optional(z.object({ code: z.optional(z.number()) })),
  }),
);

/** `event.data` once parsed from JSON. */
export const ClientMessageSchema = jitless(() =>
  z.object({
    accountId: optionalText,
    authorizationToken: optionalText,
    workflowExecutionId: optionalText,
    customerInternalReference: optionalText,
    eventType: z.optional(z.literal(STATE_CHANGE_EVENT)),
    dateTime: optionalText,
    payload: ClientPayloadSchema,
  }),
);

/** A message from the hosted client, as validated by {@link ClientMessageSchema}. */
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/** Why {@link parseClientMessage} refused some data. */
export type MessageRejection = 'not-a-string' | 'too-long' | 'not-json' | 'invalid';

/** The result of {@link parseClientMessage}: the message, or why it was refused. */
export type ParsedClientMessage =
  { ok: true; message: ClientMessage } | { ok: false; reason: MessageRejection };

/**
 * Parses `event.data` of a message event. Never throws, whatever it is given: the window's
 * `message` event carries anything any frame chooses to post.
 */
export function parseClientMessage(data: unknown): ParsedClientMessage {
  if (typeof data !== 'string') return { ok: false, reason: 'not-a-string' };
  if (data.length > MAX_MESSAGE_LENGTH) return { ok: false, reason: 'too-long' };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const result = ClientMessageSchema.safeParse(withoutNulls(json));
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'invalid' };
}

/** `null` in an optional field means the client had nothing to send: the same as leaving it out. */
function withoutNulls(json: unknown): unknown {
  const message = dropNulls(json, OPTIONAL_FIELDS);
  if (!isRecord(message) || !isRecord(message['payload'])) return message;
  const payload = dropNulls(message['payload'], ['metainfo']) as Record<string, unknown>;
  payload['metainfo'] = dropNulls(payload['metainfo'], ['code']);
  if (payload['metainfo'] === undefined) delete payload['metainfo'];
  return { ...message, payload };
}

const OPTIONAL_FIELDS = [
  'accountId',
  'authorizationToken',
  'workflowExecutionId',
  'customerInternalReference',
  'eventType',
  'dateTime',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `value` without the `keys` that are `null`; anything but a plain object as it is. */
function dropNulls(value: unknown, keys: readonly string[]): unknown {
  if (!isRecord(value)) return value;
  // Object.fromEntries defines own properties, so a "__proto__" key stays an inert own key.
  return Object.fromEntries(
    Object.entries(value).filter(([key, item]) => !(item === null && keys.includes(key))),
  );
}
