// What a page sees of Jumio's current hosted client (@jumio/websdk 0.3.19, as read from its
// bundle), rebuilt for the simulator: the state-change messages and
// log events it posts to its parent, and the query it appends to the success and error URLs.
// Pure functions without the DOM, so that the Node tests can hold them against the shapes in
// test/fixtures/client-messages.ts (demo code never imports test code).

/** `payload.value` of a state-change message. */
export type StateValue = 'loaded' | 'success' | 'error';

/** The client's own error object, as it reaches `payload.metainfo` and the error URL. */
export interface ClientErrorInfo {
  /** The legacy code: `metainfo.code` and `codeExternal`. */
  readonly code: number;
  /** Such as `A060500`: absent when the client has no error object (finalize could not connect). */
  readonly publicErrorCode?: string | undefined;
  /** True when the user can go on in the same client. */
  readonly retriable: boolean;
}

/** What the client reads from its token and puts into every message. */
export interface MessageIds {
  readonly authorizationToken: string;
  /**
   * The token's `wfeId`: sent as workflowExecutionId, transactionReference, jumioIdScanReference.
   * `undefined` leaves the three keys out, as the client does when it cannot read its token.
   */
  readonly workflowExecutionId: string | undefined;
  /**
   * The token's `aId`. In the token of Jumio's documentation it equals `wfeId`, so the message's
   * `accountId` is most likely the workflow execution, not the account: the
   * simulator sends the workflow execution id here, and the account id only in the redirect.
   */
  readonly tokenAccountId: string | undefined;
  /** The token's `cRef`; `""` when unset. */
  readonly customerInternalReference: string;
}

/** The code of an `error` posted without an error object. */
const SYSTEM_ERROR = 9100;

/**
 * A state-change message as the current client serialises it: a JSON string with the keys in its
 * order, `metainfo.mode: "original"` on every value, and for errors the code twice, the public
 * code (left out when there is none) and `retriable`.
 */
export function stateMessage(
  value: StateValue,
  ids: MessageIds,
  error?: ClientErrorInfo,
  now: Date = new Date(),
): string {
  // Without an error object the client sends its system error, 9100, not retriable.
  const code = error?.code ?? SYSTEM_ERROR;
  const metainfo =
    value === 'error'
      ? {
          mode: 'original',
          code,
          codeExternal: code,
          publicErrorCode: error?.publicErrorCode, // undefined: JSON.stringify leaves the key out
          retriable: error?.retriable ?? false,
        }
      : { mode: 'original' };
  return JSON.stringify({
    authorizationToken: ids.authorizationToken,
    eventType: 510,
    dateTime: now,
    payload: { value, metainfo },
    workflowExecutionId: ids.workflowExecutionId,
    transactionReference: ids.workflowExecutionId,
    jumioIdScanReference: ids.workflowExecutionId,
    accountId: ids.tokenAccountId,
    customerInternalReference: ids.customerInternalReference,
  });
}

/** The kinds of log event the client posts besides its state changes. */
export type LogEventType = 'action' | 'screen' | 'arbitrary' | 'trace';

/** The `code` of each kind (`arbitrary` varies: 506 is the settings event). */
const LOG_CODES: Record<LogEventType, number> = {
  action: 501,
  screen: 500,
  arbitrary: 506,
  trace: 517,
};

export interface LogEventOptions {
  readonly level?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  readonly code?: number;
  /** Global tags, merged with `screen` for screen events. */
  readonly tags?: Readonly<Record<string, string | boolean>>;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly now?: Date;
}

/**
 * A log event as the client's post-message logger sends it, through the same window as its state
 * changes: a string `eventType`, `value` as `<type>:<name>`, and no `payload`.
 */
export function logEvent(
  eventType: LogEventType,
  eventName: string,
  { level = 'info', code, tags = {}, metadata, now = new Date() }: LogEventOptions = {},
): string {
  return JSON.stringify({
    eventType,
    eventName,
    value: `${eventType}:${eventName}`,
    code: code ?? LOG_CODES[eventType],
    level,
    tags: eventType === 'screen' ? { ...tags, screen: eventName } : tags,
    timestamp: now,
    ...(metadata === undefined ? {} : { metadata }),
  });
}

/** What the redirect builder needs from the settings (account) and the token (workflow). */
export interface RedirectIds {
  /** The settings' `accountId`: the account, unlike the message's. */
  readonly accountId: string;
  readonly workflowExecutionId: string;
  readonly customerInternalReference: string;
  /** The workflow has a DOCUMENT credential: adds jumioIdScanReference and idScanStatus. */
  readonly documentWorkflow: boolean;
}

/** How the journey ended, for the redirect: the status, and on errors the client's error. */
export type RedirectOutcome =
  | { readonly status: 'SUCCESS' }
  | { readonly status: 'ERROR'; readonly error: ClientErrorInfo | undefined };

/**
 * The success or error URL with the query the current client appends: no numeric `errorCode`,
 * `publicErrorCode` on errors that have one. `undefined` when the URL is not absolute http(s)
 * (the client passes it to `new URL()`).
 */
export function redirectUrl(
  base: string,
  outcome: RedirectOutcome,
  ids: RedirectIds,
): URL | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const set = (name: string, value: string) => {
    url.searchParams.set(name, value);
  };
  if (ids.accountId) set('accountId', ids.accountId);
  set('workflowExecutionId', ids.workflowExecutionId);
  set('transactionReference', ids.workflowExecutionId);
  set('acquisitionStatus', outcome.status);
  set('transactionStatus', outcome.status);
  if (ids.customerInternalReference)
    set('customerInternalReference', ids.customerInternalReference);
  if (ids.documentWorkflow) {
    set('idScanStatus', outcome.status);
    set('jumioIdScanReference', ids.workflowExecutionId);
  }
  if (outcome.status === 'ERROR' && outcome.error?.publicErrorCode) {
    set('publicErrorCode', outcome.error.publicErrorCode);
  }
  return url;
}
