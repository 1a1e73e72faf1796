/**
 * A small language for tests of the flow: inputs by name, effects as short strings, and flows
 * already where a few steps leave them. Shared by the flow's and the presentation's tests.
 */
import {
  DEFAULT_LOAD_TIMEOUT,
  INITIAL_FLOW,
  next,
  type FlowEffect,
  type FlowInput,
  type FlowSourceInput,
  type FlowState,
} from '../../src/flow.js';
import type { EnvironmentFacts } from '../../src/protocol/capability.js';
import { parseClientMessage, type ClientMessage } from '../../src/protocol/message.js';
import { parseRedirectResult, type RedirectResult } from '../../src/protocol/redirect-result.js';
import { stateMessage, type ClientErrorShape } from '../fixtures/client-messages.js';

// ---------------------------------------------------------------------------------------------
// A small language for the table: inputs by name, effects as short strings.

export const CLIENT = 'https://acme.web.amer-1.jumio.ai/web/client?authorizationToken=t';
export const FRESH = 'https://acme.web.amer-1.jumio.ai/web/client?authorizationToken=fresh';

export function source(changes: Partial<FlowSourceInput> = {}): FlowSourceInput {
  return {
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
    ...changes,
  };
}

export const DESKTOP =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** A page where capture works: https, a camera API, a desktop browser, no policy said. */
export const CAPABLE: EnvironmentFacts = {
  secureContext: true,
  mediaDevices: true,
  userAgent: DESKTOP,
  cameraAllowed: undefined,
};

export function parsed(data: string): ClientMessage {
  const result = parseClientMessage(data);
  if (!result.ok) throw new Error(`fixture refused: ${result.reason}`);
  return result.message;
}

/** Inputs, as the element would send them; `load` and `call` default to the current ones. */
export const input = {
  configure: (
    changes: Partial<FlowSourceInput> = {},
    environment: Partial<EnvironmentFacts> = {},
  ): FlowInput => ({
    type: 'configure',
    source: source(changes),
    environment: { ...CAPABLE, ...environment },
  }),
  options: (options: {
    loadTimeout?: unknown;
    maxRefresh?: unknown;
    afterOutcome?: unknown;
  }): FlowInput => ({
    type: 'options',
    ...options,
  }),
  attach: { type: 'attach' } as FlowInput,
  detach: { type: 'detach' } as FlowInput,
  reload: { type: 'reload' } as FlowInput,
  lateFrames: (frames: number, frame = CLIENT): FlowInput => ({
    type: 'lateFrames',
    frame: frames ? frame : '',
    frames,
  }),
  open: { type: 'open' } as FlowInput,
  tabOpened: { type: 'tabOpened', flow: 'tab-1' } as FlowInput,
  tabBlocked: { type: 'tabBlocked' } as FlowInput,
  allow: { type: 'refreshDecided', allowed: true } as FlowInput,
  cancel: { type: 'refreshDecided', allowed: false } as FlowInput,
};

export type Step = FlowInput | ((state: FlowState) => FlowInput);

/** Inputs that need the current ids. */
export const answered =
  (href = FRESH, call?: number): Step =>
  (state) => ({ type: 'sessionAnswered', call: call ?? state.call, href });
export const failed =
  (message = 'jumio-verify: could not get a session: boom.'): Step =>
  (state) => ({ type: 'sessionFailed', call: state.call, message });
export const says =
  (value: 'loaded' | 'success' | 'error', error?: ClientErrorShape, load?: number): Step =>
  (state) => ({
    type: 'message',
    load: load ?? state.load,
    message: parsed(stateMessage(value, error)),
  });
/** An error as an older client posts it: a code and nothing else. */
export const saysOld =
  (code: number): Step =>
  (state) => ({
    type: 'message',
    load: state.load,
    message: parsed(
      JSON.stringify({ eventType: 510, payload: { value: 'error', metainfo: { code } } }),
    ),
  });
export const timesOut =
  (load?: number, ms = DEFAULT_LOAD_TIMEOUT): Step =>
  (state) => ({ type: 'timeout', load: load ?? state.load, ms });
export const foreign: Step = (state) => ({
  type: 'foreignOrigin',
  load: state.load,
  origin: 'https://example.com',
});
export const cameraBlocked: Step = (state) => ({ type: 'cameraBlocked', load: state.load });

/** A redirect page's URL, as the current client builds it. */
export function redirectUrl(status: 'SUCCESS' | 'ERROR', publicErrorCode?: string): string {
  const url = new URL('https://www.example.com/verify/done');
  url.searchParams.set('accountId', '11111111-1111-1111-1111-aaaaaaaaaaaa');
  url.searchParams.set('workflowExecutionId', '22222222-2222-2222-2222-aaaaaaaaaaaa');
  url.searchParams.set('acquisitionStatus', status);
  url.searchParams.set('transactionStatus', status);
  if (publicErrorCode) url.searchParams.set('publicErrorCode', publicErrorCode);
  return url.href;
}
export function redirectResult(
  status: 'SUCCESS' | 'ERROR',
  publicErrorCode?: string,
): RedirectResult {
  const parsed = parseRedirectResult(redirectUrl(status, publicErrorCode));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.result;
}
/** The iframe shows a redirect page. */
export const redirects =
  (status: 'SUCCESS' | 'ERROR', publicErrorCode?: string, load?: number): Step =>
  (state) => ({
    type: 'redirect',
    load: load ?? state.load,
    result: redirectResult(status, publicErrorCode),
  });
/** The redirect page in the tab sent its outcome. */
export const tabSays = (status: 'SUCCESS' | 'ERROR', publicErrorCode?: string): Step => ({
  type: 'tabResult',
  result: redirectResult(status, publicErrorCode),
});
export const IOS_WEBVIEW =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

/** An effect in a few words: what a reader of the table needs to tell them apart. */
export function describeEffect(effect: FlowEffect): string {
  switch (effect.type) {
    case 'show':
      return `show #${effect.load}${effect.adopt ? ' adopted' : ''}`;
    case 'dropFrames':
      return `dropFrames${effect.keepFirst ? ' keep first' : ''}`;
    case 'preconnect':
      return `preconnect ${effect.origin}`;
    case 'startTimer':
      return `timer #${effect.load} ${effect.ms}`;
    case 'awaitSource':
      return `awaitSource ${effect.ms}`;
    case 'requestSession':
      return `request #${effect.call} ${effect.request.reason}`;
    case 'dispatch': {
      const { event, detail } = effect;
      if (event === 'jumio-config-error' || event === 'jumio-warning') {
        return `${event} ${detail.reason}`;
      }
      if (event === 'jumio-error') return `${event} ${detail.code} final=${String(detail.final)}`;
      return event;
    }
    case 'confirmRefresh':
      return `confirm ${effect.detail.cause} ${effect.detail.attempt}/${effect.detail.maxRefresh}`;
    case 'navigateTab':
      return `navigateTab ${effect.url}`;
    case 'openTab':
      return effect.flow ? `openTab ${effect.flow}` : 'openTab';
    default:
      return effect.type;
  }
}

/** Runs `steps` from `from`, returning the end state and every effect, described. */
export function run(steps: readonly Step[], from: FlowState = INITIAL_FLOW) {
  let state = from;
  const effects: FlowEffect[] = [];
  for (const step of steps) {
    const result = next(state, typeof step === 'function' ? step(state) : step);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects, described: effects.map(describeEffect) };
}

/** A flow already where `setup` leaves it, so a row names only what it is about. */
export const after = (...setup: Step[]): FlowState => run(setup).state;

export const SHOWN = after(input.attach, input.configure({ href: CLIENT }));
export const LOADED = run([says('loaded')], SHOWN).state;
export const WITH_SESSION = after(
  input.attach,
  input.configure({ sessionUrl: '/api/session' }),
  answered(CLIENT),
);
export const WITH_SESSION_LOADED = run([says('loaded')], WITH_SESSION).state;
/** An href, or a server-rendered iframe, shown next to a session source (for refreshes). */
export const HREF_AND_SESSION = after(
  input.attach,
  input.configure({ href: CLIENT, sessionUrl: '/s' }),
);
export const ADOPTED_AND_SESSION = after(
  input.attach,
  input.configure({ frame: CLIENT, frames: 1, sessionUrl: '/s' }),
);
/** mode="window" with an href: the launcher was clicked, the journey goes on in the tab. */
export const TAB_OPEN = after(
  input.attach,
  input.configure({ href: CLIENT, mode: 'window' }),
  input.open,
  input.tabOpened,
);
/** The steps to an embedded flow (an href, the iframe) that open() moved to a tab. */
export const EMBEDDED_IN_TAB: Step[] = [
  input.attach,
  input.configure({ href: CLIENT }),
  input.open,
  input.tabOpened,
];
/** The steps to mode="window" with a session source whose journey goes on in the tab. */
export const SESSION_IN_TAB: Step[] = [
  input.attach,
  input.configure({ sessionUrl: '/s', mode: 'window' }),
  input.open,
  input.tabOpened,
  answered(CLIENT),
];
/** mode="window" with a session source: the launcher was clicked, the blank tab waits. */
export const TAB_AWAITS_SESSION = after(
  input.attach,
  input.configure({ sessionUrl: '/s', mode: 'window' }),
  input.open,
  input.tabOpened,
);
