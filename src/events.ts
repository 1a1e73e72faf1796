import type { CaptureReason } from './protocol/capability.js';
import type { ConfigProblem, ConfigWarningReason } from './protocol/config-problem.js';
import type { ClientError } from './protocol/error-codes.js';
import type { ClientMessage } from './protocol/message.js';

/** `jumio-timeout`: no `loaded` message came in time. The URL has its token redacted. */
export interface TimeoutDetail {
  readonly timeoutMs: number;
  readonly url: string;
}

/**
 * Why camera capture cannot work for the client (a `CaptureReason`), why a new tab could not
 * open (`popup-blocked`), why the iframe's messages are ignored (`foreign-origin`), or what in the
 * configuration may not work as meant (`unknown-host`, `unlisted-locale`), and what to change.
 */
export type WarningReason =
  CaptureReason | 'popup-blocked' | 'foreign-origin' | ConfigWarningReason;

/** How an outcome reached the element: the client's message, or your redirect page's URL. */
export type OutcomeVia = 'message' | 'redirect';

/** `jumio-success`: the client's message (or what a redirect said), and how it came. */
export type JumioSuccessDetail = ClientMessage & { readonly via: OutcomeVia };

/** `jumio-error`: the error described (see `ClientError`), and how it came. */
export type JumioErrorDetail = ClientError & { readonly via: OutcomeVia };

/** `jumio-warning`: the flow goes on, but something about the page will hurt it. */
export interface WarningDetail {
  readonly reason: WarningReason;
  readonly message: string;
}

/** `jumio-refresh`: the element is getting a fresh `web.href` from its session source. */
export interface RefreshDetail {
  /** 1 for the first refresh since the source was set or `reload()` was called. */
  readonly attempt: number;
  readonly maxRefresh: number;
  /** `expired`: the client reported 9200 or 9210; `timeout`: no `loaded` in time. */
  readonly cause: 'expired' | 'timeout';
  /** The error code for `expired`. */
  readonly code: number | undefined;
}

/** Every event `<jumio-verify>` dispatches, with its `detail`. */
export interface JumioEventDetails {
  'jumio-loaded': ClientMessage;
  'jumio-success': JumioSuccessDetail;
  'jumio-error': JumioErrorDetail;
  'jumio-config-error': ConfigProblem;
  'jumio-timeout': TimeoutDetail;
  'jumio-warning': WarningDetail;
  'jumio-refresh': RefreshDetail;
}

/** The name of an event `<jumio-verify>` dispatches. */
export type JumioEventName = keyof JumioEventDetails;

// Listing each name once more as a key makes the compiler check the list is complete and exact.
const eventNames = {
  'jumio-loaded': true,
  'jumio-success': true,
  'jumio-error': true,
  'jumio-config-error': true,
  'jumio-timeout': true,
  'jumio-warning': true,
  'jumio-refresh': true,
} satisfies Record<JumioEventName, true>;

/** Every event `<jumio-verify>` dispatches, by name: for wiring them all up (a log, a wrapper). */
export const JUMIO_EVENTS = Object.keys(eventNames) as readonly JumioEventName[];

/** The events as `CustomEvent`s, keyed by name: merged into the DOM's event maps below. */
export type JumioEventMap = { [K in JumioEventName]: CustomEvent<JumioEventDetails[K]> };

/** `jumio-loaded` as a `CustomEvent`. */
export type JumioLoadedEvent = JumioEventMap['jumio-loaded'];
/** `jumio-success` as a `CustomEvent`. */
export type JumioSuccessEvent = JumioEventMap['jumio-success'];
/** `jumio-error` as a `CustomEvent`. */
export type JumioErrorEvent = JumioEventMap['jumio-error'];
/** `jumio-config-error` as a `CustomEvent`. */
export type JumioConfigErrorEvent = JumioEventMap['jumio-config-error'];
/** `jumio-timeout` as a `CustomEvent`. */
export type JumioTimeoutEvent = JumioEventMap['jumio-timeout'];
/** `jumio-warning` as a `CustomEvent`. */
export type JumioWarningEvent = JumioEventMap['jumio-warning'];
/** `jumio-refresh` as a `CustomEvent`. */
export type JumioRefreshEvent = JumioEventMap['jumio-refresh'];

declare global {
  // The events bubble and are composed, so they are typed wherever they can be heard: on the
  // element, its ancestors, the document and the window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends JumioEventMap {}
}
