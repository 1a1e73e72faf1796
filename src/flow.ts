/**
 * The element's lifecycle as one pure state machine: `next(state, input)` returns the next state
 * and the effects for the element to carry out. No DOM, no timers, no network, so every rule can
 * be read here and is tested in Node with a table of transitions (test/node/flow.test.ts).
 *
 * The element turns property changes, its connection, session answers, the client's messages and
 * timer ticks into {@link FlowInput}s, carries out the {@link FlowEffect}s (an iframe to show, a
 * session to ask for, an event to dispatch), and renders from {@link FlowState}.
 *
 * Ids: every load (one iframe) and every session request gets the next number of `serial`. Inputs
 * that answer one carry its id, and an id that is no longer current is ignored, so a late answer,
 * a stale timer or a replaced frame's message can never change the flow.
 */
import type {
  JumioEventDetails,
  JumioEventName,
  RefreshDetail,
  TimeoutDetail,
  WarningDetail,
} from './events.js';
import { buildClientUrl, redactUrl } from './protocol/client-url.js';
import { isFatal, type ConfigProblem, type ConfigWarning } from './protocol/config-problem.js';
import { describeClientError, type ClientError } from './protocol/error-codes.js';
import { resolveLocale } from './protocol/locales.js';
import type { ClientMessage } from './protocol/message.js';
import type { SessionReason, SessionRequest } from './protocol/session-response.js';

/** Where the verification is: `opened` means it went on in another tab. */
export type VerifyState = 'idle' | 'loading' | 'loaded' | 'success' | 'error' | 'opened';

/** `iframe`: embedded in the page. `window`: a button opens it in a new tab. */
export type VerifyMode = 'iframe' | 'window';

/** How long the client may take to report `loaded` before `jumio-timeout`, in milliseconds. */
export const DEFAULT_LOAD_TIMEOUT = 30_000;

/** How many times a session source is asked again after expiry or a timeout, by default. */
export const DEFAULT_MAX_REFRESH = 1;

// setTimeout's limit: a longer delay overflows and fires at once.
const MAX_TIMEOUT = 2 ** 31 - 1;

/** What the flow needs to know of the element's source properties, as strings. */
export interface FlowSource {
  readonly href: string;
  readonly token: string;
  readonly dc: string;
  readonly subdomain: string;
  readonly locale: string;
  readonly sessionUrl: string;
  /** A `sessionProvider` function is set (which one does not matter to the flow). */
  readonly provider: boolean;
  readonly mode: VerifyMode;
}

/** Why a refresh was asked for: the client said the session expired, or never said `loaded`. */
export type RefreshCause = 'expired' | 'timeout';

/** The outcome a refresh stands in for: passed on if the refresh cannot happen or fails. */
type Held =
  | { readonly event: 'jumio-error'; readonly detail: ClientError }
  | { readonly event: 'jumio-timeout'; readonly detail: TimeoutDetail };

export interface FlowState {
  /** The public `state`. */
  readonly state: VerifyState;
  /** The source properties; `undefined` until the element's first update. */
  readonly source: FlowSource | undefined;
  readonly connected: boolean;
  readonly loadTimeout: number;
  readonly maxRefresh: number;
  /** The last id handed out to a load or a session request. */
  readonly serial: number;
  /** The id of the load on show (its iframe); 0 when there is none. */
  readonly load: number;
  /** The client URL of the current load, or of the one ready to open in a tab; '' for none. */
  readonly url: string;
  /** The id of the pending session request; 0 when there is none. */
  readonly call: number;
  /** The newest href from the session source; it wins over `href` once there is one. */
  readonly sessionHref: string;
  /** The href shown last expired or timed out: a new load needs a fresh session, not that href. */
  readonly spent: boolean;
  /** Refreshes since the source was set or `reload()` was called. */
  readonly refreshes: number;
  /** Why the pending session request was made, when it is a refresh. */
  readonly refreshing: RefreshCause | undefined;
  /** A `jumio-refresh` was dispatched and its answer is awaited. */
  readonly confirming: boolean;
  readonly held: Held | undefined;
  /** The current load reported `loaded`. */
  readonly loaded: boolean;
  /** The current load's outcome stands: nothing it posts counts any more. */
  readonly finished: boolean;
  /** `code/publicErrorCode` of the error the current load reported last, for "twice in a row". */
  readonly lastError: string | undefined;
  /** The current load's iframe posted from a foreign origin, and that was reported. */
  readonly warnedForeign: boolean;
  /** Client origins whose environment (camera, secure context) was checked already. */
  readonly checkedOrigins: readonly string[];
  /** `blank`: a tab is open and waits for its URL; `open`: the flow went on in it. */
  readonly tab: 'none' | 'blank' | 'open';
}

export type FlowInput =
  /** The element's first update, or a change of a source property. */
  | { readonly type: 'configure'; readonly source: FlowSource }
  /** `load-timeout` or `max-refresh` changed (or the first update): the raw property values. */
  | { readonly type: 'options'; readonly loadTimeout?: unknown; readonly maxRefresh?: unknown }
  | { readonly type: 'reload' }
  | { readonly type: 'attach' }
  | { readonly type: 'detach' }
  | { readonly type: 'sessionAnswered'; readonly call: number; readonly href: string }
  | { readonly type: 'sessionFailed'; readonly call: number; readonly message: string }
  /** A message that passed the boundary (its frame's window, a client origin, the schema). */
  | { readonly type: 'message'; readonly load: number; readonly message: ClientMessage }
  /** The load's frame posted from another origin than the client's. */
  | { readonly type: 'foreignOrigin'; readonly load: number; readonly origin: string }
  | { readonly type: 'timeout'; readonly load: number }
  /** What the environment check found for the load's client origin, once its iframe is in. */
  | {
      readonly type: 'environment';
      readonly load: number;
      readonly warnings: readonly WarningDetail[];
    }
  /** `open()`: move the flow to a new tab. */
  | { readonly type: 'open' }
  /** The answer to `openTab`: the browser gave a tab, or blocked it. */
  | { readonly type: 'tabOpened' }
  | { readonly type: 'tabBlocked' }
  /** The answer to `confirmRefresh`: false when a listener cancelled `jumio-refresh`. */
  | { readonly type: 'refreshDecided'; readonly allowed: boolean };

/** Dispatch `event` with `detail` (and log it, for `jumio-config-error` and `jumio-warning`). */
export type DispatchEffect = {
  [K in JumioEventName]: {
    readonly type: 'dispatch';
    readonly event: K;
    readonly detail: JumioEventDetails[K];
  };
}[JumioEventName];

export type FlowEffect =
  /** Replace the iframe with a new one for `url`, whose messages and timer belong to `load`. */
  | {
      readonly type: 'show';
      readonly load: number;
      readonly url: string;
      readonly checkEnvironment: boolean;
    }
  /** Remove the iframe: its messages and timer stop with it. */
  | { readonly type: 'hide' }
  | { readonly type: 'startTimer'; readonly load: number; readonly ms: number }
  | { readonly type: 'stopTimer' }
  | { readonly type: 'requestSession'; readonly call: number; readonly request: SessionRequest }
  | { readonly type: 'cancelSession' }
  | DispatchEffect
  /** Dispatch the cancelable `jumio-refresh` now, and answer with `refreshDecided`. */
  | { readonly type: 'confirmRefresh'; readonly detail: RefreshDetail }
  /**
   * Open a blank tab now, while the click still counts as the user's (a tab opened after a
   * session request would be blocked), and answer with `tabOpened` or `tabBlocked`.
   */
  | { readonly type: 'openTab' }
  /** Send the open tab to `url`. */
  | { readonly type: 'navigateTab'; readonly url: string }
  /** Close the blank tab: its session failed, or the element moved on. */
  | { readonly type: 'closeTab' };

export interface FlowStep {
  readonly state: FlowState;
  readonly effects: readonly FlowEffect[];
}

/** The flow of an element that has not updated yet. */
export const INITIAL_FLOW: FlowState = {
  state: 'idle',
  source: undefined,
  connected: false,
  loadTimeout: DEFAULT_LOAD_TIMEOUT,
  maxRefresh: DEFAULT_MAX_REFRESH,
  serial: 0,
  load: 0,
  url: '',
  call: 0,
  sessionHref: '',
  spent: false,
  refreshes: 0,
  refreshing: undefined,
  confirming: false,
  held: undefined,
  loaded: false,
  finished: false,
  lastError: undefined,
  warnedForeign: false,
  checkedOrigins: [],
  tab: 'none',
};

type Draft = { -readonly [K in keyof FlowState]: FlowState[K] };

/**
 * The next state of the flow after `input`, and what the element must do about it. The rules are
 * the `switch` below and the helpers after it, which change `flow` (a copy of `state`) and add to
 * `effects`.
 */
export function next(state: FlowState, input: FlowInput): FlowStep {
  const flow: Draft = { ...state };
  const effects: FlowEffect[] = [];
  take();
  return { state: flow, effects };

  function take(): void {
    switch (input.type) {
      case 'configure':
        flow.source = input.source;
        forgetSession();
        report(build(''), { href: true, locale: true });
        load();
        return;
      case 'options':
        options(input);
        return;
      case 'reload':
        if (!flow.connected || !flow.source) return;
        forgetSession();
        load();
        return;
      case 'attach':
        flow.connected = true;
        // A finished outcome stands when the element moves (its token is spent), and so does a
        // flow that went on in a tab.
        if (flow.source && !flow.finished && flow.state !== 'opened') load();
        return;
      case 'detach':
        flow.connected = false;
        stop();
        return;
      case 'sessionAnswered':
        if (input.call !== flow.call) return;
        flow.call = 0;
        flow.sessionHref = input.href;
        flow.spent = false;
        if (flow.tab === 'blank') openTab({ reportHref: true });
        else load({ reportHref: true });
        return;
      case 'sessionFailed':
        if (input.call !== flow.call) return;
        flow.call = 0;
        flow.refreshing = undefined;
        closeTab();
        dispatch('jumio-config-error', { reason: 'session-failed', message: input.message });
        flow.state = 'error';
        passOn();
        return;
      case 'message':
        if (input.load === flow.load && !flow.finished) hear(input.message);
        return;
      case 'foreignOrigin':
        if (input.load !== flow.load || flow.warnedForeign) return;
        flow.warnedForeign = true;
        dispatch('jumio-warning', {
          reason: 'foreign-origin',
          message:
            `jumio-verify: ignoring messages from the verification iframe sent by ` +
            `${input.origin}, not by ${originOf(flow.url)}: it shows another page now, or the ` +
            "href is not the client's.",
        });
        return;
      case 'timeout':
        // Only while the client has said nothing: a retriable error shows it is up, too.
        if (input.load !== flow.load || flow.state !== 'loading' || flow.finished) return;
        refreshOr(
          {
            event: 'jumio-timeout',
            detail: { timeoutMs: flow.loadTimeout, url: redactUrl(flow.url) },
          },
          'timeout',
          undefined,
        );
        return;
      case 'environment':
        if (input.load !== flow.load) return;
        for (const warning of input.warnings) dispatch('jumio-warning', warning);
        return;
      case 'open':
        if (!flow.source) return;
        if (!flow.url && !hasSessionSource(flow.source)) {
          report(build(''), { href: true, locale: false }); // why there is nothing
          return;
        }
        emit({ type: 'openTab' });
        return;
      case 'tabBlocked':
        dispatch('jumio-warning', {
          reason: 'popup-blocked',
          message:
            'jumio-verify: the browser blocked the new tab. Call open() from a click handler, ' +
            'or use mode="iframe".',
        });
        return;
      case 'tabOpened':
        if (flow.url && !flow.spent) {
          openTab({ reportHref: false });
          return;
        }
        stop();
        flow.tab = 'blank';
        requestSession('initial');
        return;
      case 'refreshDecided':
        if (!flow.confirming) return;
        flow.confirming = false;
        if (!input.allowed) {
          passOn();
          return;
        }
        flow.refreshes++;
        flow.spent = true;
        load();
    }
  }

  /**
   * What the client says, by the rules of the current client: `loaded` once per load; `success`
   * ends the load; an error ends it unless the client marks it `retriable` (the user goes on in the
   * same frame), and an expired session always does, and refreshes. The same error twice in a row
   * is reported once (the client posts some from a render).
   */
  function hear(message: ClientMessage): void {
    switch (message.payload.value) {
      case 'loaded':
        flow.lastError = undefined;
        if (flow.loaded) return;
        flow.loaded = true;
        emit({ type: 'stopTimer' });
        flow.state = 'loaded';
        dispatch('jumio-loaded', message);
        return;
      case 'success':
        end('success');
        dispatch('jumio-success', message);
        return;
      case 'error': {
        const error = describeClientError(message);
        const key = `${error.code}/${error.publicErrorCode}`;
        if (key === flow.lastError) return;
        flow.lastError = key;
        if (error.sessionExpired) {
          end('loading');
          refreshOr({ event: 'jumio-error', detail: error }, 'expired', error.code);
        } else if (error.final) {
          end('error');
          dispatch('jumio-error', error);
        } else {
          // The client is up and shows its error screen, whether or not it said `loaded`.
          emit({ type: 'stopTimer' });
          flow.state = 'loaded';
          dispatch('jumio-error', error);
        }
      }
    }
  }

  /** The current load's outcome stands: nothing it posts counts any more. */
  function end(state: VerifyState): void {
    flow.finished = true;
    flow.state = state;
    emit({ type: 'stopTimer' });
  }

  /**
   * Asks for a fresh href after expiry or a timeout when there is a session source and refreshes
   * are left: `jumio-refresh` first, which a listener may cancel. Otherwise `held` is passed on.
   */
  function refreshOr(held: Held, cause: RefreshCause, code: number | undefined): void {
    flow.held = held;
    const attempt = flow.refreshes + 1;
    if (!hasSessionSource(flow.source) || attempt > flow.maxRefresh) {
      passOn();
      return;
    }
    flow.confirming = true;
    flow.refreshing = cause;
    emit({
      type: 'confirmRefresh',
      detail: { attempt, maxRefresh: flow.maxRefresh, cause, code },
    });
  }

  /** Reports the outcome a refresh stood in for, now that there will be none. */
  function passOn(): void {
    const held = flow.held;
    flow.held = flow.refreshing = undefined;
    if (!held) return;
    flow.state = 'error';
    // An error ends the flow until reload() or a new source; after a timeout, moving the element
    // tries the same href again.
    if (held.event === 'jumio-error') {
      flow.finished = true;
      dispatch('jumio-error', held.detail);
    } else {
      dispatch('jumio-timeout', held.detail);
    }
  }

  /**
   * Starts a load from the current source: the href (or the session's), or a session request when
   * there is a session source and no usable href. `reportHref`: the href is new (a session answer),
   * so what is wrong with it is reported; the source's own problems were reported when it was set.
   */
  function load({ reportHref = false } = {}): void {
    stop();
    flow.loaded = flow.finished = flow.warnedForeign = false;
    flow.lastError = undefined;
    flow.url = '';
    flow.tab = 'none';
    const source = flow.source;
    if (!flow.connected || !source) return;
    const hasOwnHref = Boolean(flow.sessionHref || source.href.trim() || source.token.trim());
    const session = hasSessionSource(source);
    if (session && (!hasOwnHref || flow.spent)) {
      if (source.mode === 'window') {
        // A tab's session is asked for on open(), so that its token is fresh when it is used.
        flow.state = 'idle';
        return;
      }
      requestSession(flow.spent ? 'refresh' : 'initial');
      return;
    }
    const built = build(flow.sessionHref);
    if (reportHref) report(built, { href: true, locale: false });
    if (!built.url) {
      flow.state = built.problems.some(isFatal) ? 'error' : 'idle';
      if (reportHref) passOn();
      return;
    }
    flow.url = built.url.href;
    flow.held = flow.refreshing = undefined;
    if (source.mode === 'window') {
      flow.state = 'idle';
      return;
    }
    flow.load = ++flow.serial;
    flow.state = 'loading';
    const origin = built.url.origin;
    const checkEnvironment = !flow.checkedOrigins.includes(origin);
    if (checkEnvironment) flow.checkedOrigins = [...flow.checkedOrigins, origin];
    emit({ type: 'show', load: flow.load, url: flow.url, checkEnvironment });
    if (flow.loadTimeout > 0) {
      emit({ type: 'startTimer', load: flow.load, ms: flow.loadTimeout });
    }
  }

  function requestSession(reason: SessionReason): void {
    flow.call = ++flow.serial;
    flow.state = 'loading';
    emit({
      type: 'requestSession',
      call: flow.call,
      request: { locale: resolveLocale(flow.source?.locale ?? '')?.code, reason },
    });
  }

  /** Sends the tab to the current href (or the session's): the flow goes on there. */
  function openTab({ reportHref }: { reportHref: boolean }): void {
    const built = build(flow.sessionHref);
    if (reportHref) report(built, { href: true, locale: false });
    if (!built.url) {
      closeTab();
      flow.state = 'error';
      return;
    }
    const url = built.url.href;
    flow.tab = 'open'; // before #stop(), which closes a blank tab
    stop();
    flow.url = url;
    flow.state = 'opened';
    emit({ type: 'navigateTab', url });
  }

  function closeTab(): void {
    if (flow.tab !== 'blank') return;
    flow.tab = 'none';
    emit({ type: 'closeTab' });
  }

  /** Stops what belongs to the current load and session request, and closes a blank tab. */
  function stop(): void {
    closeTab();
    if (flow.load) {
      emit({ type: 'hide' });
      flow.load = 0;
    }
    if (flow.call) {
      emit({ type: 'cancelSession' });
      flow.call = 0;
    }
  }

  /** A new source, or `reload()`: forget the session and the refresh count. */
  function forgetSession(): void {
    flow.sessionHref = '';
    flow.spent = flow.confirming = false;
    flow.refreshes = 0;
    flow.held = flow.refreshing = undefined;
    flow.finished = false;
  }

  /** The client URL for `sessionHref`, or else for the source's own href or token. */
  function build(sessionHref: string): ReturnType<typeof buildClientUrl> {
    const source = flow.source ?? NO_SOURCE;
    return buildClientUrl(sessionHref ? { href: sessionHref, locale: source.locale } : source);
  }

  /**
   * Reports what is wrong with a URL's parts: the href's (or token's) when `href`, the locale's
   * when `locale`. A missing href is no problem while a session source can give one.
   */
  function report(
    { problems, warnings }: ReturnType<typeof buildClientUrl>,
    parts: { href: boolean; locale: boolean },
  ): void {
    const locale = (reason: string): boolean => reason.endsWith('-locale');
    const wanted = ({ reason }: ConfigProblem | ConfigWarning): boolean =>
      locale(reason) ? parts.locale : parts.href;
    const session = hasSessionSource(flow.source);
    for (const problem of problems.filter(wanted)) {
      if (!(session && problem.reason === 'missing-source')) {
        dispatch('jumio-config-error', problem);
      }
    }
    for (const warning of warnings.filter(wanted)) dispatch('jumio-warning', warning);
  }

  /** `load-timeout` and `max-refresh`, each checked when it changes; a bad value is reported. */
  function options(input: { loadTimeout?: unknown; maxRefresh?: unknown }): void {
    if ('loadTimeout' in input) {
      flow.loadTimeout = numberOption(
        'load-timeout',
        input.loadTimeout,
        DEFAULT_LOAD_TIMEOUT,
        MAX_TIMEOUT,
      );
    }
    if ('maxRefresh' in input) {
      flow.maxRefresh = numberOption('max-refresh', input.maxRefresh, DEFAULT_MAX_REFRESH);
    }
  }

  /**
   * A numeric option's value, or its default (with a config error) when it is not a number from 0
   * to `max`. A removed attribute reads as `null`, which means the default too.
   */
  function numberOption(
    attribute: string,
    value: unknown,
    fallback: number,
    max = Number.MAX_SAFE_INTEGER,
  ): number {
    if (value === null || value === undefined) return fallback;
    const number = typeof value === 'number' ? value : Number(text(value));
    if (number >= 0 && number <= max) return number;
    const shown = text(value).slice(0, 35);
    dispatch('jumio-config-error', {
      reason: 'invalid-option',
      message: `jumio-verify: ${attribute} "${shown}" is not a number from 0 to ${max}; using ${fallback}.`,
    });
    return fallback;
  }

  function dispatch<K extends JumioEventName>(event: K, detail: JumioEventDetails[K]): void {
    emit({ type: 'dispatch', event, detail } as DispatchEffect);
  }

  function emit(effect: FlowEffect): void {
    effects.push(effect);
  }
}

const NO_SOURCE: FlowSource = {
  href: '',
  token: '',
  dc: '',
  subdomain: '',
  locale: '',
  sessionUrl: '',
  provider: false,
  mode: 'iframe',
};

/**
 * A value a page may have set, as a string: `null` and `undefined` (a cleared value) are '', and
 * a value whose conversion throws counts as '' too, since a property must never throw.
 */
export function text(value: unknown): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever a page sets
    return value === null || value === undefined ? '' : String(value);
  } catch {
    return '';
  }
}

function hasSessionSource(source: FlowSource | undefined): boolean {
  return Boolean(source && (source.provider || source.sessionUrl.trim()));
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(none)';
  }
}
