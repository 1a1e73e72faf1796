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
  JumioErrorDetail,
  JumioEventDetails,
  JumioEventName,
  OutcomeVia,
  RefreshDetail,
  TimeoutDetail,
} from './events.js';
import {
  captureCapability,
  captureWarning,
  UNKNOWN_CAPABILITY,
  type Capability,
  type EnvironmentFacts,
} from './protocol/capability.js';
import { buildClientUrl, clientOriginOf, redactUrl } from './protocol/client-url.js';
import { isFatal, type ConfigProblem, type ConfigWarning } from './protocol/config-problem.js';
import { describeClientError, httpStatusOf } from './protocol/error-codes.js';
import { resolveLocale } from './protocol/locales.js';
import type { ClientMessage } from './protocol/message.js';
import { messageOfRedirect, type RedirectResult } from './protocol/redirect-result.js';
import type { SessionReason, SessionRequest } from './protocol/session-response.js';

/** Where the verification is: `opened` means it went on in another tab. */
export type VerifyState = 'idle' | 'loading' | 'loaded' | 'success' | 'error' | 'opened';

/** The values of `mode`, the default first. */
export const VERIFY_MODES = ['iframe', 'window'] as const;
/** `iframe`: embedded in the page. `window`: a button opens it in a new tab. */
export type VerifyMode = (typeof VERIFY_MODES)[number];

/** The values of `fallback`, the default first. */
export const VERIFY_FALLBACKS = ['auto', 'window', 'none'] as const;
/**
 * What to do when camera capture cannot work in the iframe but would in a tab (an http page, a
 * Permissions Policy without the camera): `auto` shows the iframe and offers "Continue in a new
 * tab"; `window` goes to the tab path straight away, as `mode="window"`; `none` only warns.
 */
export type VerifyFallback = (typeof VERIFY_FALLBACKS)[number];

/** The values of `after-outcome`, the default first. */
export const AFTER_OUTCOMES = ['keep', 'remove'] as const;
/** What the iframe shows once the outcome is reported: `keep` it, or `remove` the iframe. */
export type AfterOutcome = (typeof AFTER_OUTCOMES)[number];

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
  readonly fallback: VerifyFallback;
  /**
   * The `src` of an iframe a server rendered inside the element, to adopt rather than load
   * anew; '' for none. It stands for `href` when there is neither `href` nor `token`.
   */
  readonly frame: string;
  /** How many iframes the element holds in its light DOM: one is adopted, others removed. */
  readonly frames: number;
}

/** What names a journey: where one of these changes, the page asks for another verification. */
const JOURNEY = [
  'href',
  'token',
  'dc',
  'subdomain',
  'sessionUrl',
  'provider',
] as const satisfies readonly (keyof FlowSource)[];

/**
 * A source as the element hands it over: `mode` and `fallback` as the page set them, which the
 * flow reads in any case, and reports when they are none of their values.
 */
export type FlowSourceInput = Omit<FlowSource, 'mode' | 'fallback'> & {
  readonly mode: string;
  readonly fallback: string;
};

/** Why a refresh was asked for: the client said the session expired, or never said `loaded`. */
export type RefreshCause = 'expired' | 'timeout';

/**
 * Why the state is `error`, for what the element tells the user: the client's error, no `loaded`
 * in time, a session source that failed, or a configuration that cannot work. `retryable`: a
 * "Try again" (`reload()`) can help.
 */
export interface Failure {
  readonly kind: 'client' | 'timeout' | 'session' | 'config';
  readonly code?: number | undefined;
  /** The call that failed got an answer from the client's server (see `errorTextOf`). */
  readonly answered?: boolean;
  readonly retryable: boolean;
}

/** The outcome a refresh stands in for: passed on if the refresh cannot happen or fails. */
type Held =
  | { readonly event: 'jumio-error'; readonly detail: JumioErrorDetail }
  | { readonly event: 'jumio-timeout'; readonly detail: TimeoutDetail };

export interface FlowState {
  /** The public `state`. */
  readonly state: VerifyState;
  /** The source properties; `undefined` until the element first starts. */
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
  /**
   * The href shown last, or the source's own href or server-rendered iframe, is not to be shown
   * again until a session answers (a move in between included), and why the session source is
   * asked: `refresh`, it expired or timed out, or a journey in it finished; `initial`, `reload()`
   * asked for a fresh one.
   */
  readonly spent: SessionReason | undefined;
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
  /**
   * `code/publicErrorCode/final` of the error the current load reported last, for "twice in a
   * row": the same code once retriable and then final is two errors (the journey ended).
   */
  readonly lastError: string | undefined;
  /** The current load's iframe posted from a foreign origin, and that was reported. */
  readonly warnedForeign: boolean;
  /** `iframe` shows the client in the element; `tab` keeps it for a tab (mode, or fallback). */
  readonly path: 'iframe' | 'tab';
  /** `blank`: a tab is open and waits for its URL; `open`: the flow went on in it. */
  readonly tab: 'none' | 'blank' | 'open';
  /** The id the tab's redirect page hands back, tying its outcome to this flow. */
  readonly tabFlow: string;
  /** The workflow execution id the client said last, to match a tab's outcome without `tabFlow`. */
  readonly workflowExecutionId: string | undefined;
  /** The page's side of capture, from the element; `undefined` before it first starts. */
  readonly environment: EnvironmentFacts | undefined;
  /** What capture looks like for the current client. */
  readonly capability: Capability;
  /** The capture problems reported already, as `origin reason`: each once per client origin. */
  readonly reported: readonly string[];
  /** The iframe shows, and "Continue in a new tab" is offered next to it (`fallback="auto"`). */
  readonly offerTab: boolean;
  /** Why the state is `error`; `undefined` in any other state. */
  readonly failure: Failure | undefined;
  /** The server-rendered iframe is still there to adopt: only the first load may. */
  readonly adoptable: boolean;
  readonly afterOutcome: AfterOutcome;
  /**
   * Nothing to show and no source yet: `waiting` for one for the load timeout (a page may set the
   * href once its server answers), then `overdue`, when the element stops saying it is loading.
   * A load timeout of 0 waits forever. In either mode: a launcher with nothing to open is no use.
   * A move keeps `overdue` (and starts a wait under way over); `reload()` or a new source waits
   * afresh.
   */
  readonly sourceWait: 'none' | 'waiting' | 'overdue';
}

export type FlowInput =
  /**
   * The element starts (as the parser connects it with an href or a token, else at its first
   * update), or a source property changed; with the page's environment.
   */
  | {
      readonly type: 'configure';
      readonly source: FlowSourceInput;
      readonly environment: EnvironmentFacts;
    }
  /** Options changed (or the element starts): the raw property values. */
  | {
      readonly type: 'options';
      readonly loadTimeout?: unknown;
      readonly maxRefresh?: unknown;
      readonly afterOutcome?: unknown;
    }
  | { readonly type: 'reload' }
  /**
   * The parser added `frames` server-rendered iframes to the element after it had started from a
   * source of its own (its script ran before the parser reached them; see `hasOwnSource`); the
   * first one's `src` is `frame`.
   */
  | { readonly type: 'lateFrames'; readonly frame: string; readonly frames: number }
  | { readonly type: 'attach' }
  | { readonly type: 'detach' }
  | { readonly type: 'sessionAnswered'; readonly call: number; readonly href: string }
  | { readonly type: 'sessionFailed'; readonly call: number; readonly message: string }
  /** A message that passed the boundary (its frame's window, a client origin, the schema). */
  | { readonly type: 'message'; readonly load: number; readonly message: ClientMessage }
  /** The load's frame posted from another origin than the client's. */
  | { readonly type: 'foreignOrigin'; readonly load: number; readonly origin: string }
  /** The load's timer ran out, after `ms` (the `load-timeout` when it started). */
  | { readonly type: 'timeout'; readonly load: number; readonly ms: number }
  /** The load's iframe is in, and its own policy keeps the camera from the client's origin. */
  | { readonly type: 'cameraBlocked'; readonly load: number }
  /** The load's iframe shows your redirect page, whose URL holds the outcome. */
  | { readonly type: 'redirect'; readonly load: number; readonly result: RedirectResult }
  /** `open()`: move the flow to a new tab. */
  | { readonly type: 'open' }
  /** The answer to `openTab`: the browser gave a tab (and `flow` was left for it), or blocked it. */
  | { readonly type: 'tabOpened'; readonly flow: string }
  | { readonly type: 'tabBlocked' }
  /** The redirect page in the tab sent the outcome, tied to this flow (the boundary checked). */
  | { readonly type: 'tabResult'; readonly result: RedirectResult }
  /** The answer to `confirmRefresh`: false when a listener cancelled `jumio-refresh`. */
  | { readonly type: 'refreshDecided'; readonly allowed: boolean }
  /** The load timeout passed with nothing to show (the answer to `awaitSource`). */
  | { readonly type: 'sourceOverdue' };

/** Dispatch `event` with `detail` (and log it, for `jumio-config-error` and `jumio-warning`). */
export type DispatchEffect = {
  [K in JumioEventName]: {
    readonly type: 'dispatch';
    readonly event: K;
    readonly detail: JumioEventDetails[K];
  };
}[JumioEventName];

export type FlowEffect =
  /**
   * Replace the iframe with a new one for `url`, whose messages and timer belong to `load`;
   * `adopt`: the server-rendered iframe, already loading `url`, is that one; `checkPolicy`: once
   * it is in, ask its own Permissions Policy about the camera.
   */
  | {
      readonly type: 'show';
      readonly load: number;
      readonly url: string;
      readonly adopt: boolean;
      readonly checkPolicy: boolean;
    }
  /** Remove the server-rendered iframes the element will not adopt (refused, or superseded). */
  | { readonly type: 'dropFrames'; readonly keepFirst: boolean }
  /** Start the connection to the client's origin while the session source answers. */
  | { readonly type: 'preconnect'; readonly origin: string }
  /** Remove the iframe: its messages and timer stop with it. */
  | { readonly type: 'hide' }
  | { readonly type: 'startTimer'; readonly load: number; readonly ms: number }
  | { readonly type: 'stopTimer' }
  /**
   * Nothing to show yet: answer with `sourceOverdue` after `ms` (replacing a wait under way),
   * unless `stopAwaiting` comes first.
   */
  | { readonly type: 'awaitSource'; readonly ms: number }
  | { readonly type: 'stopAwaiting' }
  | { readonly type: 'requestSession'; readonly call: number; readonly request: SessionRequest }
  | { readonly type: 'cancelSession' }
  | DispatchEffect
  /** Dispatch the cancelable `jumio-refresh` now, and answer with `refreshDecided`. */
  | { readonly type: 'confirmRefresh'; readonly detail: RefreshDetail }
  /**
   * Open a blank tab now, while the click still counts as the user's (a tab opened after a
   * session request would be blocked), and answer with `tabOpened` or `tabBlocked`. `flow`: the
   * id of the journey the tab goes on with, where the tab it went on in is out of the page's
   * reach (closed, or a handle that a cross-origin opener policy left reading `closed`), so that
   * the outcome of either tab counts; `undefined`: a journey of its own.
   */
  | { readonly type: 'openTab'; readonly flow: string | undefined }
  /** Send the open tab to `url`, and listen for its outcome, tied by `flow` or the workflow id. */
  | {
      readonly type: 'navigateTab';
      readonly url: string;
      readonly flow: string;
      readonly workflowExecutionId: string | undefined;
    }
  /** Stop listening for a tab's outcome. */
  | { readonly type: 'forgetTab' }
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
  spent: undefined,
  refreshes: 0,
  refreshing: undefined,
  confirming: false,
  held: undefined,
  loaded: false,
  finished: false,
  lastError: undefined,
  warnedForeign: false,
  path: 'iframe',
  tab: 'none',
  tabFlow: '',
  workflowExecutionId: undefined,
  environment: undefined,
  capability: UNKNOWN_CAPABILITY,
  reported: [],
  offerTab: false,
  failure: undefined,
  adoptable: false,
  afterOutcome: 'keep',
  sourceWait: 'none',
};

type Draft = { -readonly [K in keyof FlowState]: FlowState[K] };

/**
 * Whether the flow takes an outcome of its tab now (a `tabResult`): only while the journey goes on
 * there. The element answers the tab only then, so that it never closes a tab whose outcome no
 * event reported.
 */
export function takesTabResult(flow: FlowState): boolean {
  return flow.state === 'opened' && !flow.finished;
}

/**
 * The next state of the flow after `input`, and what the element must do about it. The rules are
 * the `switch` below and the helpers after it, which change `flow` (a copy of `state`) and add to
 * `effects`.
 */
export function next(state: FlowState, input: FlowInput): FlowStep {
  const flow: Draft = { ...state };
  const effects: FlowEffect[] = [];
  /** A new source's warnings, held until what conflicts with it is reported (see configure). */
  let heldWarnings: ConfigWarning[] | undefined;
  take();
  return { state: flow, effects };

  function take(): void {
    switch (input.type) {
      case 'configure':
        flow.environment = input.environment;
        configure(input.source, { locale: true });
        return;
      case 'options':
        options(input);
        return;
      case 'lateFrames':
        if (input.frames === 0 || !flow.source) return;
        // Still waiting for the first session, for the iframe, with no client shown: the
        // server-rendered iframe is that session, as it would have been had it been there from
        // the start. (Not a refresh, nor a session for a tab the user opened, nor the fresh one
        // a reload() asked for instead of what the page started with.)
        if (
          flow.call &&
          !flow.load &&
          !flow.sessionHref &&
          !flow.refreshing &&
          !flow.spent &&
          flow.path === 'iframe' &&
          flow.tab === 'none'
        ) {
          configure(
            { ...flow.source, frame: input.frame, frames: input.frames },
            { locale: false },
          );
          return;
        }
        // The element's own client is already loading: a second copy would load beside it,
        // unseen. The first load stays, and is the only one.
        removeFrames(
          'removed a server-rendered iframe the parser added after the element had started ' +
            'its own client. Render the iframe or the source, or defer the script.',
          { keepFirst: false },
        );
        return;
      case 'reload':
        if (!flow.connected || !flow.source) return;
        forgetSession();
        // With a session source, a fresh session: never again the href or the server-rendered
        // iframe the element started from (its journey may be over).
        flow.spent = 'initial';
        load();
        return;
      case 'attach':
        flow.connected = true;
        // A finished outcome stands when the element moves (its token is spent), and so does a
        // flow that went on in a tab, through a language set meanwhile (see configure()), and a
        // wait for a source that ran out (see stop()).
        if (flow.source && !flow.finished && flow.tab !== 'open') load();
        return;
      case 'detach':
        flow.connected = false;
        stop();
        return;
      case 'sessionAnswered':
        if (input.call !== flow.call) return;
        flow.call = 0;
        flow.sessionHref = input.href;
        flow.spent = undefined;
        // A fresh href is another journey: the workflow id heard is the old one's.
        flow.workflowExecutionId = undefined;
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
        flow.failure = { kind: 'session', retryable: true };
        passOn();
        return;
      case 'message':
        if (input.load === flow.load && !flow.finished) hear(input.message);
        return;
      case 'redirect':
        if (input.load === flow.load && !flow.finished) outcome(input.result);
        return;
      case 'tabResult':
        if (takesTabResult(flow)) outcome(input.result);
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
      case 'sourceOverdue':
        if (flow.sourceWait === 'waiting') flow.sourceWait = 'overdue';
        return;
      case 'timeout':
        // Only while the client has said nothing: a retriable error shows it is up, too.
        if (input.load !== flow.load || flow.state !== 'loading' || flow.finished) return;
        refreshOr(
          {
            event: 'jumio-timeout',
            detail: { timeoutMs: input.ms, url: redactUrl(flow.url) },
          },
          'timeout',
          undefined,
        );
        return;
      case 'cameraBlocked':
        // Found after the journey ended, it is news to nobody: there is nothing left to capture.
        if (input.load !== flow.load || !flow.environment || flow.finished) return;
        assess({ ...flow.environment, cameraAllowed: false });
        if (flow.path === 'tab') {
          stop(); // fallback="window": straight to the tab path
          flow.state = 'idle';
        }
        return;
      case 'open':
        // A tab already waits for its session: it is the one the flow goes on in.
        if (!flow.source || !flow.connected || flow.tab === 'blank') return;
        if (flow.finished && !hasSessionSource(flow.source)) {
          // The href was used up by the journey that finished: nothing can start again.
          dispatch('jumio-config-error', {
            reason: 'spent-href',
            message:
              'jumio-verify: this verification has finished, and its href cannot start another ' +
              'one. Give the element a new href, or a session-url or sessionProvider, which it ' +
              'asks for a fresh one.',
          });
          return;
        }
        if (!flow.url && !hasSessionSource(flow.source)) {
          report(build(''), { href: true, locale: false }); // why there is nothing
          return;
        }
        emit({ type: 'openTab', flow: flow.state === 'opened' ? flow.tabFlow : undefined });
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
        flow.tabFlow = input.flow;
        if (flow.state === 'opened') {
          sendTab(flow.url); // the journey's tab again, the first out of reach: where it went
          return;
        }
        // After a finished journey a tab needs a fresh href, as after an expired one.
        if (flow.finished) flow.spent = 'refresh';
        flow.finished = false;
        if (flow.url && !flow.spent) {
          openTab({ reportHref: false });
          return;
        }
        stop();
        flow.tab = 'blank';
        requestSession(flow.spent ?? 'initial');
        return;
      case 'refreshDecided':
        if (!flow.confirming) return;
        flow.confirming = false;
        if (!input.allowed) {
          passOn();
          return;
        }
        flow.refreshes++;
        flow.spent = 'refresh';
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
    flow.workflowExecutionId = message.workflowExecutionId ?? flow.workflowExecutionId;
    switch (message.payload.value) {
      case 'loaded':
        flow.lastError = undefined;
        if (flow.loaded) return;
        flow.loaded = true;
        flow.failure = undefined; // a late loaded after a timeout: the client is up after all
        emit({ type: 'stopTimer' });
        flow.state = 'loaded';
        dispatch('jumio-loaded', message);
        return;
      case 'success':
        succeed(message, 'message');
        return;
      case 'error': {
        const error = { ...describeClientError(message), via: 'message' as const };
        const key = `${error.code}/${error.publicErrorCode}/${error.final}`;
        if (key === flow.lastError) return;
        flow.lastError = key;
        if (error.final) {
          fail(error);
        } else {
          // The client is up and shows its error screen, whether or not it said `loaded`.
          emit({ type: 'stopTimer' });
          flow.state = 'loaded';
          dispatch('jumio-error', error);
        }
      }
    }
  }

  /**
   * An outcome the client did not post but sent to your redirect page, in the iframe or the tab:
   * the same events, `via: 'redirect'`. `C…` and `J…` codes stand for 9200 and 9210, an expired
   * session, and refresh like them.
   */
  function outcome(result: RedirectResult): void {
    const message = messageOfRedirect(result);
    if (result.error) fail({ ...describeClientError(message), via: 'redirect' });
    else succeed(message, 'redirect');
  }

  function succeed(message: ClientMessage, via: OutcomeVia): void {
    end('success');
    dispatch('jumio-success', { ...message, via });
    afterOutcome();
  }

  /** An error that ends the journey: passed on, or held while a refresh is asked for. */
  function fail(error: JumioErrorDetail): void {
    if (error.sessionExpired) {
      end('loading');
      refreshOr({ event: 'jumio-error', detail: error }, 'expired', error.code);
      return;
    }
    end('error');
    flow.failure = clientFailure(error);
    dispatch('jumio-error', error);
    afterOutcome();
  }

  /** A "Try again" helps where a fresh href can succeed and a session source can give one. */
  function clientFailure(error: JumioErrorDetail): Failure {
    return {
      kind: 'client',
      code: error.code,
      // Its publicErrorCode ends with the HTTP status, 0000 when the call got no answer.
      answered: httpStatusOf(error.publicErrorCode) !== undefined,
      retryable: error.retryable && hasSessionSource(flow.source),
    };
  }

  /** The journey is over: the tab's listener goes, and so does the iframe, if the page says so. */
  function afterOutcome(): void {
    if (flow.tab === 'open') {
      flow.tab = 'none';
      emit({ type: 'forgetTab' });
    }
    if (flow.afterOutcome === 'remove' && flow.load) {
      emit({ type: 'hide' });
      flow.load = 0;
    }
  }

  /**
   * The current load's outcome stands: nothing it posts counts any more, and a tab is no longer
   * offered for it (a click would start a new journey after this one ended).
   */
  function end(state: VerifyState): void {
    flow.finished = true;
    flow.offerTab = false;
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
      flow.failure = clientFailure(held.detail);
      dispatch('jumio-error', held.detail);
      afterOutcome();
    } else {
      flow.failure ??= { kind: 'timeout', retryable: true };
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
    flow.loaded = flow.finished = flow.warnedForeign = flow.offerTab = false;
    flow.lastError = flow.failure = undefined;
    flow.url = '';
    forgetTab();
    const source = flow.source;
    if (!flow.connected || !source) return;
    flow.path = source.mode === 'window' ? 'tab' : 'iframe';
    const hasOwnHref = Boolean(
      flow.sessionHref || source.href.trim() || source.token.trim() || source.frame,
    );
    const session = hasSessionSource(source);
    if (session && (!hasOwnHref || flow.spent)) {
      if (flow.path === 'tab') {
        // A tab's session is asked for on open(), so that its token is fresh when it is used.
        flow.state = 'idle';
        return;
      }
      dropFrames();
      requestSession(flow.spent ?? 'initial');
      const origin = clientOriginOf(source);
      if (origin) emit({ type: 'preconnect', origin });
      return;
    }
    const built = build(flow.sessionHref);
    if (reportHref) report(built, { href: true, locale: false });
    // The server-rendered iframe is the client only where it shows this very URL.
    const shown = flow.adoptable && flow.path === 'iframe';
    const adopt = shown && built.url?.href === absolute(source.frame);
    if (shown && !adopt && built.url) {
      flow.adoptable = false;
      removeFrames(
        'the server-rendered iframe inside <jumio-verify> shows another URL than its href or ' +
          'token (with its locale): it is removed, and the element loads its own. Render the ' +
          'iframe or those attributes, or the same URL in both.',
        { keepFirst: false },
      );
    }
    // The page's iframe goes here, or is adopted as the client is shown (below).
    if (!adopt) dropFrames();
    if (!built.url) {
      const fatal = built.problems.some(isFatal);
      flow.state = fatal ? 'error' : 'idle';
      if (fatal) flow.failure = { kind: 'config', retryable: false };
      else if (!reportHref && flow.sourceWait !== 'overdue') {
        flow.sourceWait = 'waiting';
        if (flow.loadTimeout > 0) emit({ type: 'awaitSource', ms: flow.loadTimeout });
      }
      if (reportHref) passOn();
      return;
    }
    flow.url = built.url.href;
    flow.held = flow.refreshing = undefined;
    releaseWarnings(); // before the environment's
    if (flow.environment) assess(flow.environment);
    if (flow.path === 'tab') {
      dropFrames(); // fallback="window": no iframe of the client here, the page's neither
      flow.state = 'idle';
      return;
    }
    flow.adoptable = false;
    flow.load = ++flow.serial;
    flow.state = 'loading';
    emit({
      type: 'show',
      load: flow.load,
      url: flow.url,
      adopt,
      checkPolicy: flow.capability.capture,
    });
    if (flow.loadTimeout > 0) {
      emit({ type: 'startTimer', load: flow.load, ms: flow.loadTimeout });
    }
  }

  /**
   * What capture looks like for the current client, before its iframe is shown and again once
   * its own policy is known: each problem is reported once per client origin, and where a new tab
   * gets around them, the fallback applies.
   */
  function assess(facts: EnvironmentFacts): void {
    const inTab = flow.source?.mode === 'window';
    const capability = captureCapability(
      // A tab is a top-level page of the client's: this page's context and policy do not matter.
      inTab ? { ...facts, secureContext: true, mediaDevices: true, cameraAllowed: true } : facts,
    );
    flow.capability = capability;
    const origin = originOf(flow.url);
    for (const reason of capability.reasons) {
      const key = `${origin} ${reason}`;
      if (flow.reported.includes(key)) continue;
      flow.reported = [...flow.reported, key];
      dispatch('jumio-warning', { reason, message: captureWarning(reason, origin) });
    }
    if (inTab || !capability.tabHelps) return;
    const fallback = flow.source?.fallback;
    if (fallback === 'window') flow.path = 'tab';
    flow.offerTab = fallback === 'auto';
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
      flow.failure = { kind: 'config', retryable: false };
      passOn(); // what a refresh stood in for
      return;
    }
    sendTab(built.url.href);
  }

  /** The flow goes on in the tab, at `url`. */
  function sendTab(url: string): void {
    flow.held = flow.refreshing = undefined;
    flow.tab = 'open'; // before stop(), which closes a blank tab
    stop();
    flow.url = url;
    flow.offerTab = false;
    flow.state = 'opened';
    emit({
      type: 'navigateTab',
      url,
      flow: flow.tabFlow,
      workflowExecutionId: flow.workflowExecutionId,
    });
  }

  function closeTab(): void {
    if (flow.tab !== 'blank') return;
    flow.tab = 'none';
    emit({ type: 'closeTab' });
  }

  function forgetTab(): void {
    if (flow.tab === 'open') emit({ type: 'forgetTab' });
    flow.tab = 'none';
  }

  /** Stops what belongs to the current load and session request, and closes a blank tab. */
  function stop(): void {
    closeTab();
    // A wait under way stops; one that ran out stays so through a move, until a new source or a
    // reload (forgetSession).
    if (flow.sourceWait === 'waiting') {
      emit({ type: 'stopAwaiting' });
      flow.sourceWait = 'none';
    }
    if (flow.load) {
      emit({ type: 'hide' });
      flow.load = 0;
    }
    if (flow.call) {
      emit({ type: 'cancelSession' });
      flow.call = 0;
    }
  }

  /**
   * A new source: a server-rendered iframe in it may be adopted (the others go), the source's
   * problems are reported (the locale's when `locale`), and the client loads.
   */
  function configure(input: FlowSourceInput, { locale }: { locale: boolean }): void {
    const source: FlowSource = {
      ...input,
      mode: choiceOption('mode', input.mode, VERIFY_MODES),
      fallback: choiceOption('fallback', input.fallback, VERIFY_FALLBACKS),
    };
    // A journey going on in a tab goes on through a language switch (or another fallback, or
    // mode="window"): its session and outcome still count, and the new values are for the next
    // launch. Another journey (another href, token or session source) or the iframe lets it go.
    const previous = flow.source;
    const keepsTab =
      flow.state === 'opened' &&
      flow.tab === 'open' &&
      previous !== undefined &&
      JOURNEY.every((key) => previous[key] === source[key]) &&
      (source.mode === previous.mode || source.mode === 'window');
    flow.source = source;
    flow.adoptable = source.frame !== '';
    // Config errors first, then the warnings (README: "Events"): the server-rendered iframes'
    // conflicts, found here and by load(), come before the source's warnings.
    heldWarnings = [];
    report(build(''), { href: true, locale });
    if (source.frames > 1) {
      removeFrames(
        `${source.frames} iframes inside <jumio-verify>: the first is the client, the others ` +
          'are removed. Render one (see renderClientFrame).',
        { keepFirst: true },
      );
    }
    if (keepsTab) {
      dropFrames();
    } else {
      forgetSession();
      load();
    }
    releaseWarnings();
  }

  /** Removes server-rendered iframes the element will not show, saying why. */
  function removeFrames(why: string, { keepFirst }: { keepFirst: boolean }): void {
    dispatch('jumio-config-error', {
      reason: 'conflicting-source',
      message: `jumio-verify: ${why}`,
    });
    emit({ type: 'dropFrames', keepFirst });
  }

  /**
   * A new source, or `reload()`: forget the session, the refresh count, and a wait for a source
   * that ran out (a wait under way is stopped by the load that follows).
   */
  function forgetSession(): void {
    if (flow.sourceWait === 'overdue') flow.sourceWait = 'none';
    flow.sessionHref = '';
    flow.spent = undefined;
    flow.confirming = false;
    flow.refreshes = 0;
    flow.held = flow.refreshing = flow.workflowExecutionId = undefined;
    flow.finished = false;
  }

  /** The client URL for `sessionHref`, or else for the source's own href or token. */
  function build(sessionHref: string): ReturnType<typeof buildClientUrl> {
    const source = flow.source ?? NO_SOURCE;
    if (sessionHref) return buildClientUrl({ href: sessionHref, locale: source.locale });
    // Without an href or a token of its own, a server-rendered iframe's src is the href.
    const own = source.href.trim() || source.token.trim();
    return buildClientUrl(own || !source.frame ? source : { ...source, href: source.frame });
  }

  /** The server-rendered iframe will not be adopted: it goes (once). */
  function dropFrames(): void {
    if (!flow.adoptable) return;
    flow.adoptable = false;
    emit({ type: 'dropFrames', keepFirst: false });
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
    for (const warning of warnings.filter(wanted)) {
      if (heldWarnings) heldWarnings.push(warning);
      else dispatch('jumio-warning', warning);
    }
  }

  function releaseWarnings(): void {
    const held = heldWarnings ?? [];
    heldWarnings = undefined;
    for (const warning of held) dispatch('jumio-warning', warning);
  }

  /** The options, each checked when it changes; a bad value is reported and its default used. */
  function options(input: {
    loadTimeout?: unknown;
    maxRefresh?: unknown;
    afterOutcome?: unknown;
  }): void {
    if ('afterOutcome' in input) {
      flow.afterOutcome = choiceOption('after-outcome', input.afterOutcome, AFTER_OUTCOMES);
    }
    if ('loadTimeout' in input) {
      flow.loadTimeout = numberOption(
        'load-timeout',
        input.loadTimeout,
        DEFAULT_LOAD_TIMEOUT,
        MAX_TIMEOUT,
      );
      if (flow.sourceWait === 'waiting') {
        // The wait for a source starts again with the new timeout; 0 waits forever.
        emit(
          flow.loadTimeout > 0
            ? { type: 'awaitSource', ms: flow.loadTimeout }
            : { type: 'stopAwaiting' },
        );
      }
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
    // Number('') is 0: a blank value would mean "wait forever" or "never refresh" unsaid.
    const number =
      typeof value === 'number' ? value : text(value).trim() ? Number(text(value)) : NaN;
    if (number >= 0 && number <= max) return number;
    // NaN: what an attribute that is no number (or blank) reads as.
    const shown = Number.isNaN(value) ? '' : ` "${text(value).slice(0, 35)}"`;
    dispatch('jumio-config-error', {
      reason: 'invalid-option',
      message: `jumio-verify: ${attribute}${shown} is not a number from 0 to ${max}; using ${fallback}.`,
    });
    return fallback;
  }

  /**
   * An option that is one of `choices`, read in any case (as HTML reads its own), or the default,
   * the first of them: for nothing set, and with a config error for anything else.
   */
  function choiceOption<T extends string>(
    attribute: string,
    value: unknown,
    choices: readonly [T, ...T[]],
  ): T {
    const given = text(value).trim().toLowerCase();
    const found = choices.find((choice) => choice === given);
    if (found) return found;
    if (given) {
      dispatch('jumio-config-error', {
        reason: 'invalid-option',
        message:
          `jumio-verify: ${attribute} "${text(value).slice(0, 35)}" is not one of ` +
          `${choices.join(', ')}; using ${choices[0]}.`,
      });
    }
    return choices[0];
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
  fallback: 'auto',
  frame: '',
  frames: 0,
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

function hasSessionSource(source: FlowSourceInput | undefined): boolean {
  return Boolean(source && (source.provider || source.sessionUrl.trim()));
}

/**
 * Whether `source` names a client of its own (an href, a token, a session source) rather than
 * only through a server-rendered iframe inside the element: then the element need not wait for
 * the parser to reach its children before it starts.
 */
export function hasOwnSource(source: FlowSourceInput): boolean {
  return Boolean(source.href.trim() || source.token.trim() || hasSessionSource(source));
}

/** `url` as an absolute URL's href, or '' where it is none. */
function absolute(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return '';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(none)';
  }
}
