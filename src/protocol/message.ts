import * as z from 'zod/mini';
import { jitless, lazy } from './jitless.js';

/**
 * The hosted client's postMessage format (seed: "Optional iFrame logging"): `event.data` is a JSON
 * string whose object carries the transaction's identifiers and a `payload` saying what happened.
 * The current client (`@jumio/websdk` 0.3.19) adds `transactionReference` and
 * `jumioIdScanReference` (both the workflow execution id), sends `customerInternalReference: ""`
 * when there is none, and puts `metainfo` on every message: `{ mode: "original" }`, and for errors
 * the `code` (also as `codeExternal`), a `publicErrorCode` such as `C060401` and `retriable`.
 *
 * Policy for what the seed marks required. Trust never comes from the payload (the channel checks
 * the sender's window and origin first), so the schema only has to keep the detail types honest:
 * - strict, the message is dropped: `data` is not a JSON string of an object; `payload.value` is not
 *   `loaded`, `success` or `error`; `eventType` is present and is not 510 (another kind of event);
 *   any documented field is present with another JSON type than the client's (`"code": "9200"`);
 * - tolerant, the message is kept: the identifiers, `dateTime`, `eventType`, `metainfo` and its
 *   fields may be missing or `null`, and become `undefined` (an `error` without a code is still an
 *   error: dropping it would strand the user); keys neither documents are dropped.
 *
 * The client also posts its log events to the parent, from the same window: JSON strings of an
 * object with a string `eventType` (`action`, `screen`, `arbitrary`, `trace`) and no `payload`.
 * They are refused as `log-event`, which the channel drops without a word.
 */

/** Longer data is refused before it is parsed. Real messages are well under 1 KiB. */
export const MAX_MESSAGE_LENGTH = 64 * 1024;

/** The documented `eventType`: "application state-change". */
export const STATE_CHANGE_EVENT = 510;

/** The documented `payload.value`s. */
export const CLIENT_EVENTS = ['loaded', 'success', 'error'] as const;

/** What the client reports: `loaded`, `success` or `error`. */
export type ClientEventName = (typeof CLIENT_EVENTS)[number];

const optionalText = () => z.optional(z.string());

// Each schema is a function that builds it: the exported constants for those who use them (a
// bundler drops them where nobody does), and a lazily built copy for parseClientMessage.
const metainfo = () =>
  z.object({
    /** `original` in the current client. */
    mode: optionalText(),
    /** The error code of the seed's table (9100–9836), and a few newer ones (9301, 9900). */
    code: z.optional(z.number()),
    /** The same code again, in the current client. */
    codeExternal: z.optional(z.number()),
    /** The client's finer code: a letter for the kind of failure, then call and HTTP status. */
    publicErrorCode: optionalText(),
    /** True when the user can go on in the same client: the error does not end the journey. */
    retriable: z.optional(z.boolean()),
  });

const payload = () =>
  z.object({
    value: z.enum(CLIENT_EVENTS),
    metainfo: z.optional(metainfo()),
  });

const message = () =>
  z.object({
    accountId: optionalText(),
    authorizationToken: optionalText(),
    workflowExecutionId: optionalText(),
    transactionReference: optionalText(),
    jumioIdScanReference: optionalText(),
    customerInternalReference: optionalText(),
    eventType: z.optional(z.literal(STATE_CHANGE_EVENT)),
    dateTime: optionalText(),
    payload: payload(),
  });

/** `event.data.payload.metainfo`: how the client runs, and for errors what failed. */
export const ClientMetainfoSchema = /* @__PURE__ */ jitless(metainfo);

/** `event.data.payload`: what happened, and for errors the error code. */
export const ClientPayloadSchema = /* @__PURE__ */ jitless(payload);

/** `event.data` once parsed from JSON. */
export const ClientMessageSchema = /* @__PURE__ */ jitless(message);

const messageSchema = lazy(message);

/** A message from the hosted client, as validated by {@link ClientMessageSchema}. */
export type ClientMessage = z.infer<ReturnType<typeof message>>;

/** Why {@link parseClientMessage} refused some data. */
export type MessageRejection = 'not-a-string' | 'too-long' | 'not-json' | 'log-event' | 'invalid';

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
  if (isRecord(json) && typeof json['eventType'] === 'string' && !('payload' in json)) {
    return { ok: false, reason: 'log-event' };
  }
  if (tooWide(json)) return { ok: false, reason: 'invalid' };
  const result = messageSchema().safeParse(withoutNulls(json));
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'invalid' };
}

/**
 * More keys in the message, its payload or its metainfo than any message has (about ten): the
 * copies below would cost as much as the size of the data allows, which is a lot of keys.
 */
export const MAX_KEYS = 32;

function tooWide(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const payload = json['payload'];
  const metainfo = isRecord(payload) ? payload['metainfo'] : undefined;
  return [json, payload, metainfo].some(
    (level) => isRecord(level) && Object.keys(level).length > MAX_KEYS,
  );
}

/**
 * Warms the parser up off the message path: the first parse sets up zod's internals, which cost
 * the first real message half a millisecond. For an idle moment after the element starts.
 */
export function warmUpParser(): void {
  parseClientMessage(
    '{"eventType":510,"payload":{"value":"loaded","metainfo":{"mode":"original"}}}',
  );
}

/** `null` in an optional field means the client had nothing to send: the same as leaving it out. */
function withoutNulls(json: unknown): unknown {
  const message = dropNulls(json, OPTIONAL_FIELDS);
  if (!isRecord(message) || !isRecord(message['payload'])) return message;
  const payload = dropNulls(message['payload'], ['metainfo']) as Record<string, unknown>;
  payload['metainfo'] = dropNulls(payload['metainfo'], METAINFO_FIELDS);
  if (payload['metainfo'] === undefined) delete payload['metainfo'];
  return { ...message, payload };
}

const OPTIONAL_FIELDS = [
  'accountId',
  'authorizationToken',
  'workflowExecutionId',
  'transactionReference',
  'jumioIdScanReference',
  'customerInternalReference',
  'eventType',
  'dateTime',
];
const METAINFO_FIELDS = ['mode', 'code', 'codeExternal', 'publicErrorCode', 'retriable'];

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
