import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  hasOwnSource,
  INITIAL_FLOW,
  next,
  type FlowState,
  type VerifyState,
} from '../../src/flow.js';
import { CLIENT_ERRORS } from '../fixtures/client-messages.js';
import { present } from '../../src/presentation.js';
import {
  CLIENT,
  FRESH,
  input,
  type Step,
  answered,
  failed,
  says,
  saysOld,
  timesOut,
  foreign,
  cameraBlocked,
  redirects,
  tabSays,
  IOS_WEBVIEW,
  run,
  after,
  SHOWN,
  LOADED,
  EMBEDDED_IN_TAB,
  SESSION_IN_TAB,
  TAB_AWAITS_SESSION,
  TAB_OPEN,
  WITH_SESSION,
  WITH_SESSION_LOADED,
  source,
  HREF_AND_SESSION,
  ADOPTED_AND_SESSION,
} from './flow-steps.js';

interface Row {
  /** The rule, as a reader would say it. */
  readonly rule: string;
  readonly from: FlowState;
  readonly when: readonly Step[];
  readonly state: VerifyState;
  /** Every effect, in order: the order of events in one update is part of the contract. */
  readonly effects: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// The table

const TABLE: readonly Row[] = [
  // A source, and what is wrong with it
  {
    rule: 'an href is shown once the element is attached, with the load timer',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT })],
    state: 'loading',
    effects: ['show #1', 'timer #1 30000'],
  },
  {
    rule: 'nothing happens before the first update attaches a source',
    from: INITIAL_FLOW,
    when: [input.attach, input.detach, input.attach],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'a source set while detached waits for the element to be attached',
    from: INITIAL_FLOW,
    when: [input.configure({ href: CLIENT })],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'no source at all is reported, and the state stays idle',
    from: after(input.attach),
    when: [input.configure()],
    state: 'idle',
    effects: ['jumio-config-error missing-source', 'awaitSource 30000'],
  },
  {
    rule: 'with no source, the wait for one ends after the load timeout, and the state stays idle',
    from: after(input.attach, input.configure()),
    when: [{ type: 'sourceOverdue' }],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'a source that comes while the element waits for one stops the wait and loads',
    from: after(input.attach, input.configure()),
    when: [input.configure({ href: CLIENT })],
    state: 'loading',
    effects: ['stopAwaiting', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'a source that comes after the wait is over still loads',
    from: after(input.attach, input.configure(), { type: 'sourceOverdue' }),
    when: [input.configure({ href: CLIENT })],
    state: 'loading',
    effects: ['show #1', 'timer #1 30000'],
  },
  {
    rule: 'an element removed while it waits for a source stops waiting',
    from: after(input.attach, input.configure()),
    when: [input.detach],
    state: 'idle',
    effects: ['stopAwaiting'],
  },
  {
    rule: 'with no source and load-timeout="0", the element waits for one forever',
    from: after(input.attach, input.options({ loadTimeout: 0 })),
    when: [input.configure()],
    state: 'idle',
    effects: ['jumio-config-error missing-source'],
  },
  {
    rule: 'mode="window" with no source waits for one too: a launcher would open nothing',
    from: after(input.attach),
    when: [input.configure({ mode: 'window' })],
    state: 'idle',
    effects: ['jumio-config-error missing-source', 'awaitSource 30000'],
  },
  {
    rule: 'an href that is not https is refused: no iframe, state error',
    from: after(input.attach),
    when: [input.configure({ href: 'http://example.com/app' })],
    state: 'error',
    effects: ['jumio-config-error insecure-href'],
  },
  {
    rule: 'config errors come before warnings, and both before the iframe',
    from: after(input.attach),
    when: [input.configure({ href: 'https://verify.example.com/c', token: 't', locale: 'mt' })],
    state: 'loading',
    effects: [
      'jumio-config-error conflicting-source',
      'jumio-warning unknown-host',
      'jumio-warning unlisted-locale',
      'show #1',
      'timer #1 30000',
    ],
  },
  {
    rule: 'a malformed locale is dropped with a config error, and the client still shows',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, locale: '!!' })],
    state: 'loading',
    effects: ['jumio-config-error unsupported-locale', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'a session source alone is no missing source: the session is asked for',
    from: after(input.attach),
    when: [input.configure({ sessionUrl: '/api/session' })],
    state: 'loading',
    effects: ['request #1 initial'],
  },
  {
    rule: 'a provider counts as a session source',
    from: after(input.attach),
    when: [input.configure({ provider: true })],
    state: 'loading',
    effects: ['request #1 initial'],
  },
  {
    rule: 'the server-rendered href is shown first, even with a session source',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, sessionUrl: '/api/session' })],
    state: 'loading',
    effects: ['show #1', 'timer #1 30000'],
  },

  // Sessions
  {
    rule: "the session's href is shown",
    from: after(input.attach, input.configure({ sessionUrl: '/api/session' })),
    when: [answered(CLIENT)],
    state: 'loading',
    effects: ['show #2', 'timer #2 30000'],
  },
  {
    rule: 'a late answer to an earlier request is dropped',
    from: after(
      input.attach,
      input.configure({ sessionUrl: '/a' }),
      input.configure({ sessionUrl: '/b' }),
    ),
    when: [answered(CLIENT, 1)],
    state: 'loading',
    effects: [],
  },
  {
    rule: 'a failed session is a config error, and the state is error',
    from: after(input.attach, input.configure({ sessionUrl: '/api/session' })),
    when: [failed()],
    state: 'error',
    effects: ['jumio-config-error session-failed'],
  },
  {
    rule: "a session's href that is not https is refused as such",
    from: after(input.attach, input.configure({ sessionUrl: '/api/session' })),
    when: [answered('http://example.com/app')],
    state: 'error',
    effects: ['jumio-config-error insecure-href'],
  },
  {
    rule: "the locale's problem is reported with the source, not again with each session",
    from: after(input.attach, input.configure({ sessionUrl: '/api/session', locale: '!!' })),
    when: [answered(CLIENT)],
    state: 'loading',
    effects: ['show #2', 'timer #2 30000'],
  },

  // What the client says
  {
    rule: 'loaded stops the timer and is reported',
    from: SHOWN,
    when: [says('loaded')],
    state: 'loaded',
    effects: ['stopTimer', 'jumio-loaded'],
  },
  {
    rule: 'loaded again (a locale change restarts the client) is not reported again',
    from: LOADED,
    when: [says('loaded')],
    state: 'loaded',
    effects: [],
  },
  {
    rule: 'success ends the load, once',
    from: LOADED,
    when: [says('success'), says('success'), says('error', CLIENT_ERRORS.finalizeOffline)],
    state: 'success',
    effects: ['stopTimer', 'jumio-success'],
  },
  {
    rule: 'success without a loaded before it still counts',
    from: SHOWN,
    when: [says('success')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success'],
  },
  {
    rule: 'an error the client marks not retriable ends the load',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.finalizeUnauthorized), says('success')],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9200 final=true'],
  },
  {
    rule: "an older client's error, without the flag, ends the load",
    from: LOADED,
    when: [saysOld(9300), says('success')],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9300 final=true'],
  },
  {
    rule: 'a retriable error is reported as not final, and a later success still counts',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.consentFailed), says('success')],
    state: 'success',
    effects: ['stopTimer', 'jumio-error 9301 final=false', 'stopTimer', 'jumio-success'],
  },
  {
    rule: 'a retriable error before loaded shows the client is up: state loaded, no timeout',
    from: SHOWN,
    when: [says('error', CLIENT_ERRORS.uploadFailed), timesOut()],
    state: 'loaded',
    effects: ['stopTimer', 'jumio-error 9822 final=false'],
  },
  {
    rule: 'a failed settings call ends the load, though the client flags it retriable',
    from: SHOWN,
    when: [says('error', CLIENT_ERRORS.settingsFailed), timesOut()],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9100 final=true'],
  },
  {
    rule: 'a failed finalize ends the journey, though flagged retriable; its redirect is no second',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.finalizeServerError), redirects('ERROR', 'A060500')],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9100 final=true'],
  },
  {
    rule: 'the same error twice in a row is reported once (9822 is posted from a render)',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.uploadFailed), says('error', CLIENT_ERRORS.uploadFailed)],
    state: 'loaded',
    effects: ['stopTimer', 'jumio-error 9822 final=false'],
  },
  {
    rule: 'the same error once retriable and then final is reported again: the journey ended',
    from: LOADED,
    when: [
      says('error', CLIENT_ERRORS.uploadFailed),
      says('error', { ...CLIENT_ERRORS.uploadFailed, retriable: false }),
    ],
    state: 'error',
    effects: [
      'stopTimer',
      'jumio-error 9822 final=false',
      'stopTimer',
      'jumio-error 9822 final=true',
    ],
  },
  {
    rule: 'the same code with another publicErrorCode is another error',
    from: LOADED,
    when: [
      says('error', CLIENT_ERRORS.uploadFailed),
      says('error', { ...CLIENT_ERRORS.uploadFailed, publicErrorCode: 'A040000' }),
    ],
    state: 'loaded',
    effects: [
      'stopTimer',
      'jumio-error 9822 final=false',
      'stopTimer',
      'jumio-error 9822 final=false',
    ],
  },
  {
    rule: 'the same error after a loaded in between is reported again',
    from: LOADED,
    when: [
      says('error', CLIENT_ERRORS.uploadFailed),
      says('loaded'),
      says('error', CLIENT_ERRORS.uploadFailed),
    ],
    state: 'loaded',
    effects: [
      'stopTimer',
      'jumio-error 9822 final=false',
      'stopTimer',
      'jumio-error 9822 final=false',
    ],
  },
  {
    rule: 'a message of a load that is no longer shown is ignored',
    from: after(input.attach, input.configure({ href: CLIENT }), input.reload),
    when: [says('success', undefined, 1)],
    state: 'loading',
    effects: [],
  },

  // Expiry, timeouts and refresh
  {
    rule: 'expiry without a session source is passed on as a final error',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.expired)],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9210 final=true'],
  },
  {
    rule: 'expiry with a session source asks jumio-refresh first',
    from: WITH_SESSION_LOADED,
    when: [says('error', CLIENT_ERRORS.expired)],
    state: 'loading',
    effects: ['stopTimer', 'confirm expired 1/1'],
  },
  {
    rule: 'expiry always ends the load, even marked retriable',
    from: WITH_SESSION_LOADED,
    when: [says('error', { code: 9200, publicErrorCode: 'C060401', retriable: true })],
    state: 'loading',
    effects: ['stopTimer', 'confirm expired 1/1'],
  },
  {
    rule: 'an allowed refresh drops the spent iframe and asks for a fresh session',
    from: run([says('error', CLIENT_ERRORS.expired)], WITH_SESSION_LOADED).state,
    when: [input.allow],
    state: 'loading',
    effects: ['hide', 'request #3 refresh'],
  },
  {
    rule: "the refreshed session's href is shown, with no check of an origin already checked",
    from: run([says('error', CLIENT_ERRORS.expired), input.allow], WITH_SESSION_LOADED).state,
    when: [answered(FRESH)],
    state: 'loading',
    effects: ['show #4', 'timer #4 30000'],
  },
  {
    rule: 'a cancelled refresh passes the error on',
    from: run([says('error', CLIENT_ERRORS.expired)], WITH_SESSION_LOADED).state,
    when: [input.cancel],
    state: 'error',
    effects: ['jumio-error 9210 final=true'],
  },
  {
    rule: 'a failed refresh is reported, then the error it stood in for',
    from: run([says('error', CLIENT_ERRORS.expired), input.allow], WITH_SESSION_LOADED).state,
    when: [failed()],
    state: 'error',
    effects: ['jumio-config-error session-failed', 'jumio-error 9210 final=true'],
  },
  {
    rule: 'a refresh whose href is refused passes the error on too',
    from: run([says('error', CLIENT_ERRORS.expired), input.allow], WITH_SESSION_LOADED).state,
    when: [answered('javascript:alert(1)')],
    state: 'error',
    effects: ['jumio-config-error insecure-href', 'jumio-error 9210 final=true'],
  },
  {
    rule: 'after max-refresh refreshes, expiry is passed on',
    from: run(
      [says('error', CLIENT_ERRORS.expired), input.allow, answered(FRESH), says('loaded')],
      WITH_SESSION_LOADED,
    ).state,
    when: [says('error', CLIENT_ERRORS.expired)],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9210 final=true'],
  },
  {
    rule: 'max-refresh 2 allows a second refresh',
    from: run(
      [
        input.options({ maxRefresh: 2 }),
        says('error', CLIENT_ERRORS.expired),
        input.allow,
        answered(FRESH),
      ],
      WITH_SESSION_LOADED,
    ).state,
    when: [says('error', CLIENT_ERRORS.expired)],
    state: 'loading',
    effects: ['stopTimer', 'confirm expired 2/2'],
  },
  {
    rule: 'a timeout without a session source is reported, and the state is error',
    from: SHOWN,
    when: [timesOut()],
    state: 'error',
    effects: ['jumio-timeout'],
  },
  {
    rule: 'a late loaded after a timeout still recovers',
    from: run([timesOut()], SHOWN).state,
    when: [says('loaded')],
    state: 'loaded',
    effects: ['stopTimer', 'jumio-loaded'],
  },
  {
    rule: 'a timeout with a session source asks for a refresh',
    from: WITH_SESSION,
    when: [timesOut()],
    state: 'loading',
    effects: ['confirm timeout 1/1'],
  },
  {
    rule: "a stale load's timer, or one after loaded, changes nothing",
    from: LOADED,
    when: [timesOut(), timesOut(99)],
    state: 'loaded',
    effects: [],
  },

  // Moving, reloading, options
  {
    rule: 'removing the element drops its iframe; putting it back loads afresh, unreported',
    from: run([input.configure({ href: CLIENT, locale: '!!' })], after(input.attach)).state,
    when: [input.detach, input.attach],
    state: 'loading',
    effects: ['hide', 'show #2', 'timer #2 30000'],
  },
  {
    rule: 'a finished flow stays finished when moved: its token is spent',
    from: run([says('success')], LOADED).state,
    when: [input.detach, input.attach],
    state: 'success',
    effects: ['hide'],
  },
  {
    rule: 'reload() shows a new iframe, and does not repeat config problems',
    from: run([input.configure({ href: CLIENT, locale: '!!' })], after(input.attach)).state,
    when: [input.reload],
    state: 'loading',
    effects: ['hide', 'show #2', 'timer #2 30000'],
  },
  {
    rule: 'reload() while detached does nothing',
    from: run([input.detach], SHOWN).state,
    when: [input.reload],
    state: 'loading',
    effects: [],
  },
  {
    rule: 'reload() asks a session source afresh',
    from: WITH_SESSION_LOADED,
    when: [input.reload],
    state: 'loading',
    effects: ['hide', 'request #3 initial'],
  },
  {
    rule: 'moved while a refresh is on its way: the same refresh again, not the spent href',
    from: run([says('error', CLIENT_ERRORS.expired), input.allow], WITH_SESSION_LOADED).state,
    when: [input.detach, input.attach],
    state: 'loading',
    effects: ['cancelSession', 'request #4 refresh'],
  },
  {
    rule: 'a jumio-refresh listener that removes the element: nothing is asked until it is back',
    from: run([says('error', CLIENT_ERRORS.expired)], WITH_SESSION_LOADED).state,
    when: [input.detach, input.allow],
    state: 'loading',
    effects: ['hide'],
  },
  {
    rule: '…and once it is back, the refresh is asked for',
    from: run(
      [says('error', CLIENT_ERRORS.expired), input.detach, input.allow],
      WITH_SESSION_LOADED,
    ).state,
    when: [input.attach],
    state: 'loading',
    effects: ['request #3 refresh'],
  },
  {
    rule: 'a bad option is reported and its default used',
    from: after(input.attach),
    when: [
      input.options({ loadTimeout: -1, maxRefresh: 'many' }),
      input.configure({ href: CLIENT }),
    ],
    state: 'loading',
    effects: [
      'jumio-config-error invalid-option',
      'jumio-config-error invalid-option',
      'show #1',
      'timer #1 30000',
    ],
  },
  {
    rule: 'mode, fallback and after-outcome are read in any case, as HTML reads its own',
    from: after(input.attach),
    when: [
      input.options({ afterOutcome: ' Remove' }),
      input.configure({ href: CLIENT, mode: 'Window', fallback: 'NONE' }),
    ],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'a mode, fallback or after-outcome of none of their values is reported, its default used',
    from: after(input.attach),
    when: [
      input.options({ afterOutcome: 'delete' }),
      input.configure({ href: CLIENT, mode: 'popup', fallback: 'tab' }),
    ],
    state: 'loading',
    effects: [
      'jumio-config-error invalid-option',
      'jumio-config-error invalid-option',
      'jumio-config-error invalid-option',
      'show #1',
      'timer #1 30000',
    ],
  },
  {
    rule: 'a blank option is no number (not 0, which would wait forever or never refresh)',
    from: after(input.attach),
    when: [input.options({ loadTimeout: ' ', maxRefresh: '' }), input.configure({ href: CLIENT })],
    state: 'loading',
    effects: [
      'jumio-config-error invalid-option',
      'jumio-config-error invalid-option',
      'show #1',
      'timer #1 30000',
    ],
  },
  {
    rule: 'a load-timeout longer than setTimeout can wait is refused',
    from: after(input.attach),
    when: [input.options({ loadTimeout: 2 ** 31 }), input.configure({ href: CLIENT })],
    state: 'loading',
    effects: ['jumio-config-error invalid-option', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'load-timeout 0 waits forever: no timer',
    from: after(input.attach),
    when: [input.options({ loadTimeout: 0 }), input.configure({ href: CLIENT })],
    state: 'loading',
    effects: ['show #1'],
  },
  {
    rule: 'a removed attribute (null) means the default, without a report',
    from: after(input.attach),
    when: [
      input.options({ loadTimeout: null, maxRefresh: null }),
      input.configure({ href: CLIENT }),
    ],
    state: 'loading',
    effects: ['show #1', 'timer #1 30000'],
  },

  // What the page should know
  {
    rule: 'a frame posting from a foreign origin is reported once per load',
    from: SHOWN,
    when: [foreign, foreign],
    state: 'loading',
    effects: ['jumio-warning foreign-origin'],
  },

  // Redirect pages in the iframe
  {
    rule: 'a redirect page in the iframe ends the load with its outcome',
    from: SHOWN,
    when: [redirects('SUCCESS')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success'],
  },
  {
    rule: 'a finalize that posts and then redirects is reported once',
    from: LOADED,
    when: [says('success'), redirects('SUCCESS')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success'],
  },
  {
    rule: 'an error by redirect is final, even after the client called it retriable',
    from: LOADED,
    when: [says('error', CLIENT_ERRORS.uploadFailed), redirects('ERROR', 'A060500')],
    state: 'error',
    effects: [
      'stopTimer',
      'jumio-error 9822 final=false',
      'stopTimer',
      'jumio-error 9100 final=true',
    ],
  },
  {
    rule: 'expiry by redirect only (J000000) refreshes like 9210 with a session source',
    from: WITH_SESSION_LOADED,
    when: [redirects('ERROR', 'J000000')],
    state: 'loading',
    effects: ['stopTimer', 'confirm expired 1/1'],
  },
  {
    rule: 'a failed authorization by redirect (C…) is 9200, passed on without a session source',
    from: LOADED,
    when: [redirects('ERROR', 'C060401')],
    state: 'error',
    effects: ['stopTimer', 'jumio-error 9200 final=true'],
  },
  {
    rule: 'a redirect of a load that is no longer shown is ignored',
    from: run([input.reload], LOADED).state,
    when: [redirects('SUCCESS', undefined, 1)],
    state: 'loading',
    effects: [],
  },
  {
    rule: 'after-outcome="remove" removes the iframe once the outcome is reported',
    from: run([input.options({ afterOutcome: 'remove' })], LOADED).state,
    when: [says('success')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'hide'],
  },
  {
    rule: '…written in any case',
    from: run([input.options({ afterOutcome: ' Remove' })], LOADED).state,
    when: [says('success')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'hide'],
  },

  // Camera pre-flight
  {
    rule: 'an http page shows the client, warns, and offers a tab (fallback="auto")',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT }, { secureContext: false, mediaDevices: false })],
    state: 'loading',
    effects: ['jumio-warning insecure-context', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'fallback="window" goes to the tab path at once: no iframe',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, fallback: 'window' }, { secureContext: false })],
    state: 'idle',
    effects: ['jumio-warning insecure-context'],
  },
  {
    rule: '…and a server-rendered iframe goes with it, as in mode="window"',
    from: after(input.attach),
    when: [
      input.configure(
        { href: CLIENT, frame: CLIENT, frames: 1, fallback: 'window' },
        { secureContext: false },
      ),
    ],
    state: 'idle',
    effects: ['jumio-warning insecure-context', 'dropFrames'],
  },
  {
    rule: 'fallback="none" only warns',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, fallback: 'none' }, { cameraAllowed: false })],
    state: 'loading',
    effects: ['jumio-warning camera-blocked', 'show #1', 'timer #1 30000'],
  },
  {
    rule: "the iframe's own policy found once it is in: warned, and the tab offered",
    from: SHOWN,
    when: [cameraBlocked],
    state: 'loading',
    effects: ['jumio-warning camera-blocked'],
  },
  {
    rule: '…with fallback="window", the iframe goes and the tab path starts',
    from: after(input.attach, input.configure({ href: CLIENT, fallback: 'window' })),
    when: [cameraBlocked],
    state: 'idle',
    effects: ['jumio-warning camera-blocked', 'hide'],
  },
  {
    rule: "the iframe's policy found after the journey ended changes nothing: no tab to offer",
    from: after(input.attach, input.configure({ href: CLIENT }), says('loaded'), says('success')),
    when: [cameraBlocked],
    state: 'success',
    effects: [],
  },
  {
    rule: '…nor does it take a finished journey to the tab path with fallback="window"',
    from: after(
      input.attach,
      input.configure({ href: CLIENT, fallback: 'window' }),
      says('loaded'),
      says('success'),
    ),
    when: [cameraBlocked],
    state: 'success',
    effects: [],
  },
  {
    rule: 'a native iOS WebView is warned about, without a tab offer that would not help',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT }, { userAgent: IOS_WEBVIEW })],
    state: 'loading',
    effects: ['jumio-warning ios-webview', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'in mode="window" an http page is no problem: the tab is the client\'s own page',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, mode: 'window' }, { secureContext: false })],
    state: 'idle',
    effects: [],
  },

  // A server-rendered iframe, and an early start
  {
    rule: 'a server-rendered iframe is adopted: it is the client, and its src the href',
    from: after(input.attach),
    when: [input.configure({ frame: CLIENT, frames: 1 })],
    state: 'loading',
    effects: ['show #1 adopted', 'timer #1 30000'],
  },
  {
    rule: 'it is adopted next to an href that names the same client',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, frame: CLIENT, frames: 1 })],
    state: 'loading',
    effects: ['show #1 adopted', 'timer #1 30000'],
  },
  {
    rule: 'an href that names another client replaces it, saying so',
    from: after(input.attach),
    when: [input.configure({ href: FRESH, frame: CLIENT, frames: 1 })],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames', 'show #1', 'timer #1 30000'],
  },
  {
    rule: "…before the href's warnings: config errors come first",
    from: after(input.attach),
    when: [input.configure({ href: FRESH, locale: 'mt', frame: CLIENT, frames: 1 })],
    state: 'loading',
    effects: [
      'jumio-config-error conflicting-source',
      'dropFrames',
      'jumio-warning unlisted-locale',
      'show #1',
      'timer #1 30000',
    ],
  },
  {
    rule: 'of two, the second is removed before the warnings are said',
    from: after(input.attach),
    when: [input.configure({ locale: 'mt', frame: `${CLIENT}&locale=mt`, frames: 2 })],
    state: 'loading',
    effects: [
      'jumio-config-error conflicting-source',
      'dropFrames keep first',
      'jumio-warning unlisted-locale',
      'show #1 adopted',
      'timer #1 30000',
    ],
  },
  {
    rule: 'a server-rendered iframe the rules refuse is removed, with the same config error',
    from: after(input.attach),
    when: [input.configure({ frame: 'http://example.com/client', frames: 1 })],
    state: 'error',
    effects: ['jumio-config-error insecure-href', 'dropFrames'],
  },
  {
    rule: 'of two server-rendered iframes the first is adopted, and the other removed',
    from: after(input.attach),
    when: [input.configure({ frame: CLIENT, frames: 2 })],
    state: 'loading',
    effects: [
      'jumio-config-error conflicting-source',
      'dropFrames keep first',
      'show #1 adopted',
      'timer #1 30000',
    ],
  },
  {
    rule: 'reload() after adoption loads a new iframe: the adopted one was a first load only',
    from: after(input.attach, input.configure({ frame: CLIENT, frames: 1 })),
    when: [input.reload],
    state: 'loading',
    effects: ['hide', 'show #2', 'timer #2 30000'],
  },
  {
    rule: 'an iframe the parser adds after the element started from its own href is removed',
    from: after(input.attach, input.configure({ href: CLIENT })),
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames'],
  },
  {
    rule: 'one the parser adds while the session source has not answered is the first session',
    from: after(input.attach, input.configure({ sessionUrl: '/s' })),
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['cancelSession', 'show #2 adopted', 'timer #2 30000'],
  },
  {
    rule: 'one the parser adds while the session reload() asked for is pending is removed',
    from: after(input.attach, input.configure({ sessionUrl: '/s' }), input.reload),
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames'],
  },
  {
    rule: 'one the parser adds once the session answered is a second copy, removed',
    from: after(input.attach, input.configure({ sessionUrl: '/s' }), answered(FRESH)),
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames'],
  },
  {
    rule: 'one the parser adds while a tab waits for its session is removed: the tab stays',
    from: TAB_AWAITS_SESSION,
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames'],
  },
  {
    rule: 'one the parser adds while an expired session is refreshed is removed',
    from: run([says('error', CLIENT_ERRORS.expired), input.allow], HREF_AND_SESSION).state,
    when: [input.lateFrames(1)],
    state: 'loading',
    effects: ['jumio-config-error conflicting-source', 'dropFrames'],
  },
  {
    rule: 'no late iframe, nothing to do',
    from: after(input.attach, input.configure({ href: CLIENT })),
    when: [input.lateFrames(0)],
    state: 'loading',
    effects: [],
  },
  {
    rule: 'with a session source, the server-rendered iframe is the first session',
    from: after(input.attach),
    when: [input.configure({ frame: CLIENT, frames: 1, sessionUrl: '/s' })],
    state: 'loading',
    effects: ['show #1 adopted', 'timer #1 30000'],
  },
  {
    rule: 'a session-url with dc and subdomain hints preconnects to the client while it answers',
    from: after(input.attach),
    when: [input.configure({ sessionUrl: '/s', subdomain: 'Acme', dc: 'eu' })],
    state: 'loading',
    effects: ['request #1 initial', 'preconnect https://acme.web.emea-1.jumio.ai'],
  },

  // Tabs
  {
    rule: 'in window mode an href waits for open()',
    from: after(input.attach),
    when: [input.configure({ href: CLIENT, mode: 'window' })],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'open() opens a blank tab first, while the click counts',
    from: after(input.attach, input.configure({ href: CLIENT, mode: 'window' })),
    when: [input.open],
    state: 'idle',
    effects: ['openTab'],
  },
  {
    rule: 'the tab goes to the href, and the flow is opened',
    from: after(input.attach, input.configure({ href: CLIENT, mode: 'window' }), input.open),
    when: [input.tabOpened],
    state: 'opened',
    effects: [`navigateTab ${CLIENT}`],
  },
  {
    rule: 'a tab opened again while the journey goes on (the first out of reach) keeps its id',
    from: TAB_OPEN,
    when: [input.open, input.tabOpened],
    state: 'opened',
    effects: ['openTab tab-1', `navigateTab ${CLIENT}`],
  },
  {
    rule: 'a blocked tab is a warning',
    from: after(input.attach, input.configure({ href: CLIENT, mode: 'window' }), input.open),
    when: [input.tabBlocked],
    state: 'idle',
    effects: ['jumio-warning popup-blocked'],
  },
  {
    rule: "a tab's session is asked for when it opens, and the tab goes to its href",
    from: after(input.attach, input.configure({ sessionUrl: '/s', mode: 'window' }), input.open),
    when: [input.tabOpened, answered(CLIENT)],
    state: 'opened',
    effects: ['request #1 initial', `navigateTab ${CLIENT}`],
  },
  {
    rule: 'a tab whose session fails is closed again',
    from: TAB_AWAITS_SESSION,
    when: [failed()],
    state: 'error',
    effects: ['closeTab', 'jumio-config-error session-failed'],
  },
  {
    rule: 'a blank tab is closed when the element is removed',
    from: TAB_AWAITS_SESSION,
    when: [input.detach],
    state: 'loading',
    effects: ['closeTab', 'cancelSession'],
  },
  {
    rule: 'open() moves an embedded flow to the tab',
    from: LOADED,
    when: [input.open, input.tabOpened],
    state: 'opened',
    effects: ['openTab', 'hide', `navigateTab ${CLIENT}`],
  },
  {
    rule: "the tab's outcome is reported, and its listener goes",
    from: TAB_OPEN,
    when: [tabSays('SUCCESS')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'forgetTab'],
  },
  {
    rule: 'a journey in its tab goes on when the page switches the language: its outcome counts',
    from: TAB_OPEN,
    when: [input.configure({ href: CLIENT, mode: 'window', locale: 'de' }), tabSays('SUCCESS')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'forgetTab'],
  },
  {
    rule: '…whose tab, opened again, goes on with the same session',
    from: after(
      ...SESSION_IN_TAB,
      input.configure({ sessionUrl: '/s', mode: 'window', locale: 'de' }),
    ),
    when: [input.open, input.tabOpened],
    state: 'opened',
    effects: ['openTab tab-1', `navigateTab ${CLIENT}`],
  },
  {
    rule: '…and whose next launch, once it ended, asks for a fresh session',
    from: after(
      ...SESSION_IN_TAB,
      input.configure({ sessionUrl: '/s', mode: 'window', locale: 'de' }),
      tabSays('ERROR', 'A060500'),
    ),
    when: [input.open, input.tabOpened],
    state: 'loading',
    effects: ['openTab', 'request #2 refresh'],
  },
  {
    rule: 'the tab stays the journey when the flow is there by fallback="window", and mode follows',
    from: after(
      input.attach,
      input.configure({ href: CLIENT, fallback: 'window' }, { cameraAllowed: false }),
      input.open,
      input.tabOpened,
    ),
    when: [
      input.configure(
        { href: CLIENT, mode: 'window', fallback: 'window' },
        { cameraAllowed: false },
      ),
      tabSays('SUCCESS'),
    ],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'forgetTab'],
  },
  {
    rule: 'another href while the tab is open is another verification: the tab is let go',
    from: TAB_OPEN,
    when: [input.configure({ href: FRESH, mode: 'window' }), input.open, input.tabOpened],
    state: 'opened',
    effects: ['forgetTab', 'openTab', `navigateTab ${FRESH}`],
  },
  {
    rule: '…and so is another session source',
    from: after(...SESSION_IN_TAB),
    when: [input.configure({ sessionUrl: '/other', mode: 'window' })],
    state: 'idle',
    effects: ['forgetTab'],
  },
  {
    rule: '…and in a flow open() moved to a tab: no iframe loads beside it',
    from: run([input.open, input.tabOpened], LOADED).state,
    when: [input.configure({ href: CLIENT, locale: 'de' })],
    state: 'opened',
    effects: [],
  },
  {
    rule: 'mode="iframe" set while the tab is open lets the tab go, and loads the iframe',
    from: TAB_OPEN,
    when: [input.configure({ href: CLIENT, mode: 'iframe' })],
    state: 'loading',
    effects: ['forgetTab', 'show #1', 'timer #1 30000'],
  },
  {
    rule: 'an outcome no tab of this flow is waiting for is ignored',
    from: after(input.attach, input.configure({ href: CLIENT, mode: 'window' })),
    when: [tabSays('SUCCESS')],
    state: 'idle',
    effects: [],
  },
  {
    rule: 'a relaunch after a finished tab asks the session source for a fresh href',
    from: after(...SESSION_IN_TAB, tabSays('ERROR', 'A060500')),
    when: [input.open, input.tabOpened],
    state: 'loading',
    effects: ['openTab', 'request #2 refresh'],
  },
  {
    rule: 'a relaunch with a plain href explains why it cannot start again',
    from: after(
      input.attach,
      input.configure({ href: CLIENT, mode: 'window' }),
      input.open,
      input.tabOpened,
      tabSays('ERROR', 'A060500'),
    ),
    when: [input.open],
    state: 'error',
    effects: ['jumio-config-error spent-href'],
  },
  {
    rule: 'expiry reported by the tab refreshes; the next open() uses the fresh session',
    from: after(...SESSION_IN_TAB),
    when: [tabSays('ERROR', 'J000000'), input.allow],
    state: 'idle',
    effects: ['stopTimer', 'confirm expired 1/1', 'forgetTab'],
  },
  {
    rule: 'reload() with an href next to a session source asks for a fresh session: it is spent',
    from: run([says('loaded'), redirects('ERROR', 'A090500')], HREF_AND_SESSION).state,
    when: [input.reload],
    state: 'loading',
    effects: ['hide', 'request #2 initial'],
  },
  {
    rule: 'reload() after adopting a server-rendered iframe next to a session source: a fresh one',
    from: run([says('success')], ADOPTED_AND_SESSION).state,
    when: [input.reload],
    state: 'loading',
    effects: ['hide', 'request #2 initial'],
  },
  {
    rule: 'a move after reload() still waits for the fresh session, not the href again',
    from: run([says('success'), input.reload], HREF_AND_SESSION).state,
    when: [input.detach, input.attach],
    state: 'loading',
    effects: ['cancelSession', 'request #3 initial'],
  },
  {
    rule: 'a move after reload() and a failed session asks again, not the href',
    from: run([says('success'), input.reload, failed()], ADOPTED_AND_SESSION).state,
    when: [input.detach, input.attach],
    state: 'loading',
    effects: ['request #3 initial'],
  },
  {
    rule: 'a source set while detached, the flow in a tab, loads when the element is back',
    from: after(...EMBEDDED_IN_TAB, input.detach, input.configure({ href: FRESH })),
    when: [input.attach],
    state: 'loading',
    effects: ['show #2', 'timer #2 30000'],
  },
  {
    rule: '…but a language set while detached leaves the tab its journey',
    from: after(...EMBEDDED_IN_TAB, input.detach, input.configure({ href: CLIENT, locale: 'de' })),
    when: [input.attach, tabSays('SUCCESS')],
    state: 'success',
    effects: ['stopTimer', 'jumio-success', 'forgetTab'],
  },
  {
    rule: 'open() again while the tab waits for its session does nothing: one tab, one request',
    from: TAB_AWAITS_SESSION,
    when: [input.open],
    state: 'loading',
    effects: [],
  },
  {
    rule: "a tab's session that answers an href the rules refuse: the tab closes, unavailable",
    from: TAB_AWAITS_SESSION,
    when: [answered('http://example.com/client')],
    state: 'error',
    effects: ['jumio-config-error insecure-href', 'closeTab'],
  },
  {
    rule: 'open() with nothing to open says why',
    from: after(input.attach, input.configure({ mode: 'window' })),
    when: [input.open],
    state: 'idle',
    effects: ['jumio-config-error missing-source'],
  },
];

describe('flow: next(state, input)', () => {
  for (const row of TABLE) {
    it(row.rule, () => {
      const { state, described } = run(row.when, row.from);
      expect(described).to.deep.equal(row.effects);
      expect(state.state).to.equal(row.state);
    });
  }
});

describe('flow: waiting for a source', () => {
  const WAITING = after(input.attach, input.configure());

  it('is waiting at first, and overdue once the load timeout passed', () => {
    expect(WAITING.sourceWait).to.equal('waiting');
    expect(run([{ type: 'sourceOverdue' }], WAITING).state.sourceWait).to.equal('overdue');
  });

  it('ignores a wait that ended after a source came', () => {
    const { state, described } = run(
      [input.configure({ href: CLIENT }), { type: 'sourceOverdue' }],
      WAITING,
    );
    expect(state.sourceWait).to.equal('none');
    expect(state.state).to.equal('loading');
    expect(described).to.deep.equal(['stopAwaiting', 'show #1', 'timer #1 30000']);
  });

  it('stays overdue when the element moves, and waits afresh on reload()', () => {
    const overdue = after(input.attach, input.configure(), { type: 'sourceOverdue' });
    const moved = run([input.detach, input.attach], overdue);
    expect(moved.state.sourceWait).to.equal('overdue');
    expect(moved.described).to.deep.equal([]);
    // Moved while still waiting: the wait starts again, from the element's return.
    const waiting = run([input.detach, input.attach], WAITING);
    expect(waiting.state.sourceWait).to.equal('waiting');
    expect(waiting.described).to.deep.equal(['stopAwaiting', 'awaitSource 30000']);
    const reloaded = run([input.reload], overdue);
    expect(reloaded.state.sourceWait).to.equal('waiting');
    expect(reloaded.described).to.deep.equal(['awaitSource 30000']);
    // The same in mode="window", where a launcher would have nothing to open.
    const windowOverdue = after(input.attach, input.configure({ mode: 'window' }), {
      type: 'sourceOverdue',
    });
    expect(run([input.detach, input.attach], windowOverdue).state.sourceWait).to.equal('overdue');
  });

  it('starts the wait again when load-timeout changes, and 0 waits forever', () => {
    expect(run([input.options({ loadTimeout: 5000 })], WAITING).described).to.deep.equal([
      'awaitSource 5000',
    ]);
    const forever = run([input.options({ loadTimeout: 0 })], WAITING);
    expect(forever.described).to.deep.equal(['stopAwaiting']);
    expect(forever.state.sourceWait).to.equal('waiting');
  });
});

describe('flow: properties of every transition', () => {
  it('never changes the state it is given', () => {
    const frozen = Object.freeze({ ...LOADED });
    expect(() => next(frozen, { type: 'detach' })).not.to.throw();
    expect(frozen).to.deep.equal(LOADED);
  });

  it('hands out a new id for every load and session request', () => {
    const { effects } = run([
      input.attach,
      input.configure({ sessionUrl: '/s' }),
      answered(CLIENT),
      input.reload,
      answered(CLIENT),
    ]);
    const ids = effects.flatMap((effect) =>
      effect.type === 'show'
        ? [effect.load]
        : effect.type === 'requestSession'
          ? [effect.call]
          : [],
    );
    expect(ids).to.deep.equal([1, 2, 3, 4]);
  });

  it('asks the session source with the locale as the client spells it', () => {
    const { effects } = run([input.attach, input.configure({ sessionUrl: '/s', locale: 'pt_br' })]);
    expect(effects).to.deep.include({
      type: 'requestSession',
      call: 1,
      request: { locale: 'pt-BR', reason: 'initial' },
    });
  });

  it('redacts the token in the timeout detail, and only when the timeout fires', () => {
    const { effects } = run([timesOut()], SHOWN);
    expect(effects).to.deep.include({
      type: 'dispatch',
      event: 'jumio-timeout',
      detail: {
        timeoutMs: 30_000,
        url: 'https://acme.web.amer-1.jumio.ai/web/client?authorizationToken=[redacted]',
      },
    });
  });

  it("says in the timeout detail how long the load's timer waited, not the option set since", () => {
    // Options apply from the next load: the timer running keeps its delay.
    const { effects } = run([input.options({ loadTimeout: 5000 }), timesOut()], SHOWN);
    const timeout = effects.find(
      (effect) => effect.type === 'dispatch' && effect.event === 'jumio-timeout',
    );
    expect(timeout).to.have.nested.property('detail.timeoutMs', 30_000);
  });

  it('describes the error in the jumio-error detail, final flag and publicErrorCode included', () => {
    const { effects } = run([says('error', CLIENT_ERRORS.uploadFailed)], LOADED);
    const dispatched = effects.find((effect) => effect.type === 'dispatch');
    expect(dispatched).to.deep.include({ event: 'jumio-error' });
    expect((dispatched as { detail: object }).detail).to.deep.include({
      code: 9822,
      publicErrorCode: 'H000000',
      retryable: false,
      sessionExpired: false,
      final: false,
      transactionReference: '22222222-2222-2222-2222-aaaaaaaaaaaa',
    });
  });

  it('reports a config problem once per change of the source, across reloads and moves', () => {
    const { described } = run([
      input.attach,
      input.configure({ href: CLIENT, locale: '!!' }),
      input.reload,
      input.detach,
      input.attach,
      input.reload,
    ]);
    expect(described.filter((effect) => effect.startsWith('jumio-config-error'))).to.have.length(1);
  });

  it('reports a capture problem once per client origin, across reloads and sources', () => {
    const insecure = { secureContext: false };
    const { described } = run([
      input.attach,
      input.configure({ href: CLIENT }, insecure),
      input.reload,
      cameraBlocked,
      cameraBlocked,
      input.configure({ href: 'https://other.web.emea-1.jumio.ai/web/client' }, insecure),
      input.configure({ href: CLIENT }, insecure),
    ]);
    expect(described.filter((effect) => effect.startsWith('jumio-warning'))).to.deep.equal([
      'jumio-warning insecure-context',
      'jumio-warning camera-blocked',
      'jumio-warning insecure-context',
    ]);
  });

  it('asks the iframe about its policy only while capture still looks possible', () => {
    const { effects } = run([
      input.attach,
      input.configure({ href: CLIENT }, { secureContext: false }),
    ]);
    expect(effects).to.deep.include({
      type: 'show',
      load: 1,
      url: CLIENT,
      adopt: false,
      checkPolicy: false,
    });
    const capable = run([input.attach, input.configure({ href: CLIENT })]);
    expect(capable.effects).to.deep.include({
      type: 'show',
      load: 1,
      url: CLIENT,
      adopt: false,
      checkPolicy: true,
    });
  });

  it('offers the tab (fallback="auto") and says why in capability', () => {
    const { state } = run([
      input.attach,
      input.configure({ href: CLIENT }, { cameraAllowed: false }),
    ]);
    expect(state.offerTab).to.equal(true);
    expect(state.capability).to.deep.equal({
      capture: false,
      reasons: ['camera-blocked'],
      tabHelps: true,
    });
  });

  it('stops offering the tab once the journey ends: a click would start another', () => {
    const offered = [input.attach, input.configure({ href: CLIENT }, { cameraAllowed: false })];
    expect(run([...offered, says('loaded'), says('success')]).state.offerTab).to.equal(false);
    expect(run([...offered, says('loaded'), redirects('SUCCESS')]).state.offerTab).to.equal(false);
    const failed = run([...offered, says('loaded'), says('error', CLIENT_ERRORS.credentials)]);
    expect(failed.state.offerTab).to.equal(false);
    // …nor does the iframe's own policy, found after the end, bring it back.
    const ended = [
      input.attach,
      input.configure({ href: CLIENT }),
      says('loaded'),
      says('success'),
    ];
    expect(run([...ended, cameraBlocked]).state.offerTab).to.equal(false);
    // …while the journey goes on, it stays.
    expect(run([...offered, says('loaded')]).state.offerTab).to.equal(true);
  });

  it('reports an outcome by redirect with via "redirect", and by message with via "message"', () => {
    const viaOf = (steps: Step[], from: FlowState): unknown[] =>
      run(steps, from)
        .effects.filter((effect) => effect.type === 'dispatch')
        .map((effect) => (effect as { detail: { via?: unknown } }).detail.via);
    expect(viaOf([redirects('SUCCESS')], SHOWN)).to.deep.equal(['redirect']);
    expect(viaOf([says('success')], SHOWN)).to.deep.equal(['message']);
    expect(viaOf([says('error', CLIENT_ERRORS.uploadFailed)], SHOWN)).to.deep.equal(['message']);
  });

  it('ties the tab to the flow: the id the element left for it, and the workflow id it heard', () => {
    const { effects } = run([says('loaded'), input.open, input.tabOpened], SHOWN);
    expect(effects).to.deep.include({
      type: 'navigateTab',
      url: CLIENT,
      flow: 'tab-1',
      workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
    });
  });

  it("ends a tab's session with a refused href as a configuration failure, shown as such", () => {
    const refused = answered('http://example.com/client');
    // mode="window": the neutral panel, not a launcher that would fetch the same href again.
    const tab = run([refused], TAB_AWAITS_SESSION).state;
    expect(tab.failure).to.deep.equal({ kind: 'config', retryable: false });
    expect(present(tab, false)).to.deep.include({
      view: 'panel',
      panel: 'unavailable',
      errorText: 'unavailable',
    });
    // A journey in the iframe finished, then open() for another one in a tab: the panel.
    const iframe = run([
      input.attach,
      input.configure({ sessionUrl: '/s' }),
      answered(CLIENT),
      says('success'),
      input.open,
      input.tabOpened,
      refused,
    ]).state;
    expect(present(iframe, false)).to.deep.include({ view: 'panel', panel: 'unavailable' });
  });

  it('ties a tab for a fresh session to no workflow id yet: the one it heard is the old journey', () => {
    // A journey in the iframe finished; open() asks the session source for a fresh href, whose
    // journey is another workflow: the tab's outcome is matched by the flow id, never the old id.
    const from = run([
      input.attach,
      input.configure({ sessionUrl: '/s' }),
      answered(CLIENT),
      says('loaded'),
      says('success'),
    ]).state;
    const { effects } = run([input.open, input.tabOpened, answered(FRESH)], from);
    expect(effects).to.deep.include({
      type: 'navigateTab',
      url: FRESH,
      flow: 'tab-1',
      workflowExecutionId: undefined,
    });
  });
});

describe('flow: hasOwnSource (whether the element may start before its children are parsed)', () => {
  it('is true for an href, a token, a session-url or a provider', () => {
    for (const own of [
      { href: CLIENT },
      { token: 't', subdomain: 'acme' },
      { sessionUrl: '/s' },
      { provider: true },
    ]) {
      expect(hasOwnSource(source(own)), JSON.stringify(own)).to.equal(true);
    }
  });

  it('is false where only a server-rendered iframe can name the client', () => {
    expect(hasOwnSource(source())).to.equal(false);
    expect(hasOwnSource(source({ frame: CLIENT, frames: 1, href: '  ' }))).to.equal(false);
    expect(hasOwnSource(source({ dc: 'eu', subdomain: 'acme', locale: 'de' }))).to.equal(false);
  });
});
