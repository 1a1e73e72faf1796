import { expect } from 'chai';
import { describe, it } from 'node:test';
import type { FlowState } from '../../src/flow.js';
import { present, type Presentation } from '../../src/presentation.js';
import { errorTextOf, textLanguageOf, TEXT_LANGUAGES } from '../../src/texts.js';
import { ERROR_CODES } from '../../src/protocol/error-codes.js';
import { CLIENT_ERRORS } from '../fixtures/client-messages.js';
import {
  after,
  answered,
  CLIENT,
  failed,
  input,
  LOADED,
  redirects,
  run,
  says,
  SHOWN,
  tabSays,
  timesOut,
  WITH_SESSION,
  WITH_SESSION_LOADED,
  type Step,
} from './flow-steps.js';

/** What the element shows after `steps` from `from`; `hasFrame`: whether the flow shows a load. */
function shown(from: FlowState, steps: Step[] = []): Presentation {
  const { state } = run(steps, from);
  return present(state, state.load !== 0);
}

/** The parts of a presentation a row of the table checks. */
const brief = ({ view, panel, bar, errorText, tryAgain, busy, announce }: Presentation) => ({
  view,
  panel,
  bar,
  errorText,
  tryAgain,
  busy,
  announce: announce && `${announce.alert ? 'alert' : 'status'}: ${announce.text}`,
});

/** mode="window": the launcher was clicked, and the flow went on in the tab. */
const IN_TAB = after(
  input.attach,
  input.configure({ href: CLIENT, mode: 'window' }),
  input.open,
  input.tabOpened,
);

const NOTHING = { panel: undefined, bar: undefined, errorText: undefined, tryAgain: false };

/** The neutral panel in the client's stead, said as an alert, nothing to try. */
const UNAVAILABLE = {
  ...NOTHING,
  view: 'panel',
  panel: 'unavailable',
  errorText: 'unavailable',
  busy: false,
  announce: 'alert: unavailable',
} as const;

const TABLE: [
  rule: string,
  presentation: () => Presentation,
  expected: ReturnType<typeof brief>,
][] = [
  [
    'a loading client is covered by the loading panel, busy, and announced',
    () => shown(SHOWN),
    { ...NOTHING, view: 'frame', panel: 'loading', busy: true, announce: 'status: loading' },
  ],
  [
    'a loaded client is never covered',
    () => shown(LOADED),
    { ...NOTHING, view: 'frame', busy: false, announce: 'status: ready' },
  ],
  [
    'with no source yet, the loading panel shows while the page may still set one',
    () => shown(after(input.attach, input.configure())),
    { ...NOTHING, view: 'panel', panel: 'loading', busy: true, announce: 'status: loading' },
  ],
  [
    'with no source after the load timeout, the element stops saying it is loading',
    () => shown(after(input.attach, input.configure(), { type: 'sourceOverdue' })),
    UNAVAILABLE,
  ],
  [
    'a session on its way shows the loading panel in the client’s stead',
    () => shown(after(input.attach, input.configure({ sessionUrl: '/s' }))),
    { ...NOTHING, view: 'panel', panel: 'loading', busy: true, announce: 'status: loading' },
  ],
  [
    'a refresh after expiry says the session expired and starts again',
    () => shown(WITH_SESSION_LOADED, [says('error', CLIENT_ERRORS.expired), input.allow]),
    { ...NOTHING, view: 'panel', panel: 'refreshing', busy: true, announce: 'status: refreshing' },
  ],
  [
    'a refresh after a timeout says it is trying again',
    () => shown(WITH_SESSION, [timesOut(), input.allow]),
    { ...NOTHING, view: 'panel', panel: 'retrying', busy: true, announce: 'status: retrying' },
  ],
  [
    'a final error the client reported goes above it, and a session source can try again',
    () =>
      shown(WITH_SESSION_LOADED, [
        says('error', { code: 9100, publicErrorCode: 'A060500', retriable: false }),
      ]),
    {
      view: 'frame',
      panel: undefined,
      bar: 'error',
      // The server answered 500: it was reached (a 9100 without an answer is errorNetwork, below).
      errorText: 'errorOther',
      tryAgain: true,
      busy: false,
      announce: 'alert: errorOther',
    },
  ],
  [
    'with a plain href there is nothing to try again with',
    () => shown(LOADED, [says('error', CLIENT_ERRORS.finalizeOffline)]),
    {
      view: 'frame',
      panel: undefined,
      bar: 'error',
      errorText: 'errorNetwork',
      tryAgain: false,
      busy: false,
      announce: 'alert: errorNetwork',
    },
  ],
  [
    'an error no fresh href can help with offers no Try again, even with a session source',
    () => shown(WITH_SESSION_LOADED, [says('error', CLIENT_ERRORS.credentials)]),
    {
      view: 'frame',
      panel: undefined,
      bar: 'error',
      errorText: 'errorDenied',
      tryAgain: false,
      busy: false,
      announce: 'alert: errorDenied',
    },
  ],
  [
    'a retriable error leaves the client alone: it shows its own screen',
    () => shown(LOADED, [says('error', CLIENT_ERRORS.uploadFailed)]),
    { ...NOTHING, view: 'frame', busy: false, announce: 'status: ready' },
  ],
  [
    'a client that never started is covered by the error panel, and can be tried again',
    () => shown(SHOWN, [timesOut()]),
    {
      view: 'frame',
      panel: 'error',
      bar: undefined,
      errorText: 'timedOut',
      tryAgain: true,
      busy: false,
      announce: 'alert: timedOut',
    },
  ],
  [
    'a configuration that cannot work shows the neutral text, with nothing to try',
    () => shown(after(input.attach, input.configure({ href: 'http://example.com/app' }))),
    UNAVAILABLE,
  ],
  [
    'a session source that failed shows the neutral text, and can be tried again',
    () => shown(after(input.attach, input.configure({ sessionUrl: '/s' }), failed())),
    { ...UNAVAILABLE, tryAgain: true },
  ],
  [
    'an outcome by redirect with after-outcome="remove" leaves nothing',
    () =>
      shown(run([input.options({ afterOutcome: 'remove' })], LOADED).state, [redirects('SUCCESS')]),
    { ...NOTHING, view: 'none', busy: false, announce: 'status: done' },
  ],
  [
    'a journey that succeeded in a tab is said to be done where the launcher was',
    () => shown(IN_TAB, [tabSays('SUCCESS')]),
    { ...NOTHING, view: 'panel', panel: 'done', busy: false, announce: 'status: done' },
  ],
  [
    'a journey moved to a tab from the iframe is said to be done once it succeeded there',
    () => shown(LOADED, [input.open, input.tabOpened, tabSays('SUCCESS')]),
    { ...NOTHING, view: 'panel', panel: 'done', busy: false, announce: 'status: done' },
  ],
  [
    'with after-outcome="remove", a journey that succeeded in a tab leaves nothing',
    () => shown(IN_TAB, [input.options({ afterOutcome: 'remove' }), tabSays('SUCCESS')]),
    { ...NOTHING, view: 'none', busy: false, announce: 'status: done' },
  ],
  [
    'mode="window" with no source shows no launcher, but the wait for one',
    () => shown(after(input.attach, input.configure({ mode: 'window' }))),
    { ...NOTHING, view: 'panel', panel: 'loading', busy: true, announce: 'status: loading' },
  ],
  [
    'the launcher in a tab’s stead',
    () => shown(after(input.attach, input.configure({ href: CLIENT, mode: 'window' }))),
    { ...NOTHING, view: 'launcher', busy: false, announce: undefined },
  ],
  [
    'mode="window" that cannot work: the unavailable panel, not a launcher that cannot open',
    () => shown(after(input.attach, input.configure({ token: 'token', mode: 'window' }))),
    UNAVAILABLE,
  ],
  [
    'a journey that failed in a tab, with an href alone: the error panel, no launcher',
    () => shown(IN_TAB, [tabSays('ERROR', 'A060500')]),
    {
      ...NOTHING,
      view: 'panel',
      panel: 'error',
      errorText: 'errorOther',
      busy: false,
      announce: 'alert: errorOther',
    },
  ],
  [
    'the flow in a tab',
    () => shown(IN_TAB),
    { ...NOTHING, view: 'opened', busy: false, announce: 'status: opened' },
  ],
  [
    'the camera fallback bar above the client',
    () => shown(after(input.attach, input.configure({ href: CLIENT }, { cameraAllowed: false }))),
    {
      ...NOTHING,
      view: 'frame',
      bar: 'fallback',
      panel: 'loading',
      busy: true,
      announce: 'status: loading',
    },
  ],
];

describe('present(flow): what the element shows and says', () => {
  for (const [rule, presentation, expected] of TABLE) {
    it(rule, () => {
      expect(brief(presentation())).to.deep.equal(expected);
    });
  }

  it('shows the session’s client once it answers', () => {
    const answeredFlow = run(
      [answered(CLIENT)],
      after(input.attach, input.configure({ sessionUrl: '/s' })),
    );
    expect(present(answeredFlow.state, true).panel).to.equal('loading');
  });
});

describe('the texts of errors and languages', () => {
  it('gives every error code a few words a user can take', () => {
    // Every code of the protocol's table, in its order, so that a new code needs its words here.
    const codes = [...Object.keys(ERROR_CODES).map(Number), undefined];
    expect(codes.map((code) => errorTextOf(code))).to.deep.equal([
      'errorNetwork',
      'errorExpired',
      'errorExpired',
      'errorNetwork',
      'errorNetwork',
      'errorOther',
      'errorNetwork',
      'errorOther',
      'errorNetwork',
      'errorCamera',
      'errorCamera',
      'errorCamera',
      'errorAttempts',
      'errorDenied',
      'errorDenied',
      'errorOther',
    ]);
  });

  it('says "could not reach" only where the client’s call got no answer', () => {
    // As the current client sends them: its settings call failed unanswered (A010000), its
    // finalize call answered 500 (A060500), the consent call's 500 (A080500), finalize offline
    // (none).
    const cases: [number, string | undefined, string][] = [
      [9100, 'A010000', 'errorNetwork'],
      [9100, undefined, 'errorNetwork'],
      [9100, 'A060500', 'errorOther'],
      [9100, 'A080500', 'errorOther'],
      [9300, 'A050400', 'errorOther'],
      [9810, 'A060503', 'errorNetwork'],
    ];
    const errorTextFor = ([code, publicErrorCode]: (typeof cases)[number]) =>
      shown(WITH_SESSION_LOADED, [says('error', { code, publicErrorCode, retriable: false })])
        .errorText;
    expect(cases.map(errorTextFor)).to.deep.equal(cases.map(([, , text]) => text));
  });

  it('shows a locale’s own texts, its language’s, or English', () => {
    const cases: [string | undefined, string][] = [
      ['de', 'de'],
      ['de-AT', 'de'],
      ['es-MX', 'es'],
      ['pt-BR', 'pt-BR'],
      ['pt', 'pt'],
      ['zh-CN', 'zh-CN'],
      ['zh-HK', 'zh-HK'],
      ['zh', 'zh-CN'],
      ['en-GB', 'en'],
      ['sv', 'en'],
      ['ar', 'ar'],
      ['ur', 'ur'],
      [undefined, 'en'],
    ];
    for (const [locale, language] of cases)
      expect(textLanguageOf(locale), locale).to.equal(language);
    expect(TEXT_LANGUAGES).to.include.members(['ar', 'he', 'ur', 'ja', 'zh-CN', 'zh-HK', 'pt-BR']);
  });
});
