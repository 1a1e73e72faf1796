import type { Failure, FlowState } from './flow.js';
import { errorTextOf, type Texts } from './texts.js';

/**
 * What the element shows, as a whole: `frame`, the client's iframe (with a bar above it or a panel
 * over it while it is not up yet); `launcher`, a button that opens the client in a tab; `opened`,
 * the flow went on in a tab; `panel`, a message in the client's stead; `none`, nothing more.
 * Reflected as the `view` attribute, so a page's CSS can follow it.
 */
export type ElementView = 'frame' | 'launcher' | 'opened' | 'panel' | 'none';

/** A message over the client before it is up, or in its stead. */
export type Panel = 'loading' | 'refreshing' | 'retrying' | 'error' | 'unavailable' | 'done';

/** What the element shows and says for a state of the flow. Pure: tested in Node. */
export interface Presentation {
  readonly view: ElementView;
  /** Over the iframe (view `frame`), or in its stead (view `panel`). */
  readonly panel: Panel | undefined;
  /** Above the iframe, which stays visible: the offer of a tab, or the client's final error. */
  readonly bar: 'fallback' | 'error' | undefined;
  /** The text of the error panel, bar or notice. */
  readonly errorText: keyof Texts | undefined;
  /** Offer "Try again" (`reload()`). */
  readonly tryAgain: boolean;
  /** `aria-busy`: the element is getting the client ready. */
  readonly busy: boolean;
  /** What to announce: once, when it changes; `alert` for what ended the journey badly. */
  readonly announce: { readonly text: keyof Texts; readonly alert: boolean } | undefined;
}

/** What the element shows for `flow`; `hasFrame`: a load's iframe is there. */
export function present(flow: FlowState, hasFrame: boolean): Presentation {
  const failure = flow.state === 'error' ? flow.failure : undefined;
  const errorText = failure && textOf(failure);
  const tryAgain = failure?.retryable ?? false;
  const alert = errorText && { text: errorText, alert: true };
  const base = { panel: undefined, bar: undefined, errorText, tryAgain, busy: false };
  if (flow.sourceWait === 'overdue') {
    // No source came in the load timeout: stop saying that something is loading.
    return {
      ...base,
      view: 'panel',
      panel: 'unavailable',
      errorText: 'unavailable',
      announce: { text: 'unavailable', alert: true },
    };
  }
  if (flow.state === 'opened') {
    return { ...base, view: 'opened', announce: { text: 'opened', alert: false } };
  }
  if (flow.state === 'success' && flow.afterOutcome === 'keep' && !hasFrame) {
    // The journey ended in a tab, or its iframe went (the element moved): say so in its place.
    return { ...base, view: 'panel', panel: 'done', announce: doneOr(flow) };
  }
  // Waiting for a source shows the loading panel below, in either mode: no launcher for nothing.
  // Nor one that cannot open anything (a configuration that cannot work, a journey that ended
  // with no session source to start another): the panel below says so, as in an iframe.
  if (flow.path === 'tab' && flow.sourceWait === 'none' && (!failure || failure.retryable)) {
    if (!flow.source || flow.state === 'success') {
      return { ...base, view: 'none', announce: doneOr(flow) };
    }
    // The launcher itself starts again, with a fresh session: no second button.
    return {
      ...base,
      view: 'launcher',
      tryAgain: false,
      busy: flow.state === 'loading',
      announce: alert,
    };
  }
  const waiting = flow.state === 'loading' || flow.state === 'idle';
  const waitingPanel: Panel =
    flow.refreshing === 'expired'
      ? 'refreshing'
      : flow.refreshing === 'timeout'
        ? 'retrying'
        : 'loading';
  if (hasFrame) {
    // The client's own screens are never covered once it is up: a final error it reported goes
    // above it, and only a client that never said loaded (a timeout) is covered.
    const covered = waiting || failure?.kind === 'timeout';
    const clientError = failure !== undefined && !covered;
    return {
      ...base,
      view: 'frame',
      panel: waiting ? waitingPanel : covered ? 'error' : undefined,
      bar: clientError ? 'error' : flow.offerTab && !failure ? 'fallback' : undefined,
      busy: waiting,
      announce: waiting ? { text: waitingPanel, alert: false } : (alert ?? doneOr(flow)),
    };
  }
  if (waiting) {
    return {
      ...base,
      view: 'panel',
      panel: waitingPanel,
      busy: true,
      announce: { text: waitingPanel, alert: false },
    };
  }
  if (failure) {
    const unavailable = failure.kind === 'config' || failure.kind === 'session';
    return {
      ...base,
      view: 'panel',
      panel: unavailable ? 'unavailable' : 'error',
      announce: alert,
    };
  }
  return { ...base, view: 'none', announce: doneOr(flow) };
}

/** What the user can be told about a failure, in a few words. */
function textOf(failure: Failure): keyof Texts {
  switch (failure.kind) {
    case 'client':
      return errorTextOf(failure.code, failure.answered);
    case 'timeout':
      return 'timedOut';
    default:
      return 'unavailable';
  }
}

/** The announcement of a state that is not an error: ready, done, or nothing. */
function doneOr(flow: FlowState): Presentation['announce'] {
  if (flow.state === 'success') return { text: 'done', alert: false };
  if (flow.state === 'loaded') return { text: 'ready', alert: false };
  return undefined;
}
