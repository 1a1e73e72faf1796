// A stand-in for Jumio's hosted ID Verification web client, for development. It is served from a
// second origin (127.0.0.1 on another port) at /web/client, so the element's source and origin
// checks are as real as with Jumio. What it must get right is what a page sees of the current
// client (@jumio/websdk 0.3.19, as read from its bundle; client-protocol.ts builds the shapes):
// - state changes (loaded, success, error) and log events, JSON strings posted with "*" to the
//   parent (to its own window when not framed), with the ids, metainfo.mode, publicErrorCode and
//   retriable of the real ones;
// - errors in the situations where the client posts them (situations.ts): a retriable one lets
//   the user go on in the same frame, and `success` can follow;
// - the endings: finalize waits 2 s, posts, then navigates its own frame to the success or error
//   URL; an expired session and a status poll's outcome only navigate, without a message; the
//   phone side (linked=true) never redirects, except on expiry;
// - focus stays where the page has it until the user touches the frame.
// Everything between `loaded` and the outcome is a plausible journey, not Jumio's.
import { html, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { SimulatorSessionStatus } from '../server/api-types.js';
import {
  logEvent,
  redirectUrl,
  stateMessage,
  type ClientErrorInfo,
  type LogEventOptions,
  type LogEventType,
  type RedirectOutcome,
  type StateValue,
} from './client-protocol.js';
import { sampleDocument, type DocumentKind, type DocumentSide } from './samples.js';
import {
  describeSituation,
  EXPIRED,
  goesOn,
  POLL_FAILED,
  SITUATIONS,
  UNKNOWN_TOKEN,
  type Situation,
  type SituationId,
  type SituationPhase,
} from './situations.js';
import { format, SIMULATOR_LANGUAGES, stringsFor } from './strings.js';

/** The session the token opens, as GET {baseUrl}/session describes it. */
type SimulatorSession = Extract<SimulatorSessionStatus, { valid: true }>;

/** How the journey ended, as the result screen shows it. */
type Outcome = { value: 'success' } | { value: 'error'; error: ClientErrorInfo; expired: boolean };

type Screen =
  | { name: 'checking' }
  | { name: 'start'; consentFailed: boolean }
  | { name: 'choose' }
  | { name: 'capture'; side: DocumentSide; upload: boolean }
  | { name: 'review'; side: DocumentSide; image: Capture }
  | { name: 'upload-failed'; side: DocumentSide }
  | { name: 'selfie'; phase: 'ready' | 'scanning' | 'done' }
  | { name: 'submitting' }
  | { name: 'result'; outcome: Outcome; redirecting: boolean };

/** A captured or uploaded image: a URL to show, or just a file name for a file that is no image. */
interface Capture {
  readonly url?: string;
  readonly fileName?: string;
}

type CameraState = 'off' | 'starting' | 'live' | 'unavailable';

const params = new URLSearchParams(location.search);
const authorizationToken = params.get('authorizationToken') ?? '';
/** The phone side of a cross-device journey: it never redirects, except when the session expires. */
const linked = params.get('linked') === 'true';
const framed = window.parent !== window;
const apiBase = apiBaseOf(params.get('baseUrl'));
/** Finalize's pause between its answer and the message (the redirect follows at once). */
const FINALIZE_PAUSE_MS = 2000;
/** How often the client asks for the acquisition's status while the journey runs. */
const STATUS_POLL_MS = 7000;
/** How long it waits to ask again when the server cannot be reached at start. */
const UNREACHABLE_RETRY_MS = 5000;
/**
 * The current client waits this long after its bundle has run, and after each change of token,
 * base URL or locale, before it asks for the status and settings that precede `loaded` (a
 * debounce). So `loaded` never comes as early as a page's own scripts run, here either.
 */
const START_DEBOUNCE_MS = 500;

let { lang, strings: t } = stringsFor(params.get('locale'));

const COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'BR',
  'CA',
  'CH',
  'DE',
  'ES',
  'FR',
  'GB',
  'IE',
  'IN',
  'IT',
  'JP',
  'MX',
  'NL',
  'PL',
  'PT',
  'SE',
  'SG',
  'US',
];
const DOCUMENTS: readonly { kind: DocumentKind; label: () => string; sides: DocumentSide[] }[] = [
  { kind: 'passport', label: () => t.passport, sides: ['front'] },
  { kind: 'id-card', label: () => t.idCard, sides: ['front', 'back'] },
  { kind: 'drivers-license', label: () => t.driversLicense, sides: ['front', 'back'] },
];

const app = document.getElementById('app') as HTMLElement;
document.documentElement.lang = lang;
document.documentElement.classList.toggle('framed', framed);

let session: SimulatorSession | undefined;
/** What the token names, for the messages: known from the first answer, even an expired one. */
let tokenIds: { workflowExecutionId: string | undefined; customerInternalReference: string } = {
  workflowExecutionId: undefined,
  customerInternalReference: '',
};
let screen: Screen = { name: 'checking' };
/** The journey has its outcome: nothing more is posted or polled. */
let finished = false;
/** The furthest step the journey itself reached (developer shortcuts do not count); -1: none. */
let furthest = -1;
/** The last screen event logged, so that a screen's own updates log nothing. */
let lastScreenEvent: string | undefined;
/** The user has pressed a key or a pointer in this frame: from then on focus may follow screens. */
let interacted = false;
let failUploads = false;
let selectedSituation: SituationId = 'uploadFailed';
let pollTimer: ReturnType<typeof setInterval> | undefined;
let country = defaultCountry();
let documentKind: DocumentKind = 'id-card';
let camera: CameraState = 'off';
let stream: MediaStream | undefined;
let cameraRequest = 0;
let now = Date.now();

/**
 * The API the href's `baseUrl` names. The simulator talks to its own origin's only, so a token is
 * never sent elsewhere; an old href without `baseUrl` means that one. `undefined` for any other:
 * the real client would get no answer there and ask again forever.
 */
function apiBaseOf(baseUrl: string | null): string | undefined {
  if (baseUrl === null) return `${location.origin}/api/simulator`;
  try {
    const url = new URL(baseUrl);
    return url.origin === location.origin ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The protocol: messages and log events to the parent, the redirect.

/** The client posts to its parent when framed, else to its own window (where nobody listens). */
function send(data: string): void {
  (framed ? window.parent : window).postMessage(data, '*');
}

/** Posts a state change, shaped as the current client's. */
function post(value: StateValue, error?: ClientErrorInfo): void {
  send(
    stateMessage(
      value,
      {
        authorizationToken,
        workflowExecutionId: tokenIds.workflowExecutionId,
        // The token's aId, which is the workflow execution (see MessageIds), not the account.
        tokenAccountId: tokenIds.workflowExecutionId,
        customerInternalReference: tokenIds.customerInternalReference,
      },
      error,
    ),
  );
}

/** Posts a log event, as the client's post-message logger does alongside its state changes. */
function log(type: LogEventType, name: string, options: LogEventOptions = {}): void {
  const tags = {
    scanReference: tokenIds.workflowExecutionId ?? '',
    customerReference: tokenIds.customerInternalReference,
    displayMode: 'browser',
    ...options.tags,
  };
  send(logEvent(type, name, { ...options, tags }));
}

/** The `public error` screen event the client logs for every error it shows. */
function logPublicError(error: ClientErrorInfo): void {
  log('screen', 'public error', {
    level: 'error',
    metadata: { errorCode: error.publicErrorCode },
  });
}

/** The session's success or error URL with the client's query; `undefined` when it has none. */
function redirectFor(outcome: RedirectOutcome): URL | undefined {
  if (!session) return undefined;
  const base = outcome.status === 'SUCCESS' ? session.redirects.success : session.redirects.error;
  if (!base) return undefined;
  return redirectUrl(base, outcome, {
    accountId: session.accountId,
    workflowExecutionId: session.workflowExecutionId,
    customerInternalReference: session.customerInternalReference,
    documentWorkflow: true,
  });
}

/** Navigates this frame, never the top, after the client's `redirect` trace. */
function navigate(url: URL, outcome: RedirectOutcome): void {
  log('trace', 'redirect', {
    level: 'debug',
    metadata: {
      url: url.href,
      type: outcome.status,
      errorCode: outcome.status === 'ERROR' ? outcome.error?.publicErrorCode : undefined,
    },
  });
  window.location.href = url.href;
}

const asRedirect = (outcome: Outcome): RedirectOutcome =>
  outcome.value === 'success' ? { status: 'SUCCESS' } : { status: 'ERROR', error: outcome.error };

const failure = (error: ClientErrorInfo, expired = false): Outcome => ({
  value: 'error',
  error,
  expired,
});

/** `finished`, read after an await (which may have ended the journey meanwhile). */
function ended(): boolean {
  return finished;
}

/** The journey has its outcome: no more polls, no camera, the developer panel closed. */
function end(): void {
  finished = true;
  clearInterval(pollTimer);
  stopCamera();
  app.querySelector('details.dev')?.removeAttribute('open');
}

/** Finalize's outcome: the result at once, 2 s later the message, then the redirect. */
async function finalized(outcome: Outcome): Promise<void> {
  if (finished) return;
  end();
  if (outcome.value === 'error') logPublicError(outcome.error);
  const url = linked ? undefined : redirectFor(asRedirect(outcome));
  show({ name: 'result', outcome, redirecting: Boolean(url) });
  await delay(FINALIZE_PAUSE_MS);
  post(outcome.value, outcome.value === 'error' ? outcome.error : undefined);
  if (url) navigate(url, asRedirect(outcome));
}

/**
 * The token or the session ran out during the journey (J000000): with an error URL the client
 * only redirects, even on the phone side; without one it posts 9210.
 */
function expire(): void {
  if (finished) return;
  end();
  const outcome = failure(EXPIRED, true);
  logPublicError(EXPIRED);
  const url = redirectFor(asRedirect(outcome));
  show({ name: 'result', outcome, redirecting: Boolean(url) });
  if (url) navigate(url, asRedirect(outcome));
  else post('error', EXPIRED);
}

/**
 * A status poll found the acquisition finished elsewhere (on the phone, cross-device): with the
 * URL, and not on the phone itself, the client only redirects; otherwise it posts the outcome.
 */
function polled(status: 'SUCCESS' | 'FAILED'): void {
  if (finished) return;
  end();
  const outcome: Outcome = status === 'SUCCESS' ? { value: 'success' } : failure(POLL_FAILED);
  if (outcome.value === 'error') logPublicError(outcome.error);
  const url = linked ? undefined : redirectFor(asRedirect(outcome));
  show({ name: 'result', outcome, redirecting: Boolean(url) });
  if (url) navigate(url, asRedirect(outcome));
  else post(outcome.value, outcome.value === 'error' ? outcome.error : undefined);
}

/** An error before the settings, and so the redirect URLs, are known: posted, and it stays. */
function failedToLoad(error: ClientErrorInfo, expired = false): void {
  end();
  logPublicError(error);
  show({ name: 'result', outcome: failure(error, expired), redirecting: false });
  post('error', error);
}

type SessionCheck =
  | { kind: 'valid'; session: SimulatorSession }
  | { kind: 'unknown' | 'expired' }
  /** The server answered with an error status. */
  | { kind: 'failed' }
  /** No answer at all (or a baseUrl that is not this simulator's). */
  | { kind: 'unreachable' };

/** The status and settings calls in one: what the server says about the token. */
async function checkSession(): Promise<SessionCheck> {
  if (!apiBase) return { kind: 'unreachable' };
  try {
    const query = new URLSearchParams({ authorizationToken });
    const response = await fetch(`${apiBase}/session?${query}`, { cache: 'no-store' });
    if (!response.ok) return { kind: 'failed' };
    const status = (await response.json()) as SimulatorSessionStatus;
    if (status.valid) return { kind: 'valid', session: status };
    if (status.reason === 'expired') {
      tokenIds = {
        workflowExecutionId: status.workflowExecutionId,
        customerInternalReference: status.customerInternalReference,
      };
    }
    return { kind: status.reason };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** The client's start: `loaded` once the settings are in, or the error that stops it. */
async function start(): Promise<void> {
  show({ name: 'checking' });
  await delay(START_DEBOUNCE_MS);
  let check = await checkSession();
  // Without an answer the client asks again every 5 s for as long as it takes, saying nothing.
  while (check.kind === 'unreachable') {
    await delay(UNREACHABLE_RETRY_MS);
    check = await checkSession();
  }
  if (finished) return;
  switch (check.kind) {
    case 'unknown':
      failedToLoad(UNKNOWN_TOKEN);
      return;
    case 'expired':
      failedToLoad(EXPIRED, true);
      return;
    case 'failed':
      failedToLoad(SITUATIONS.settingsFailed);
      return;
    case 'valid':
      session = check.session;
      tokenIds = {
        workflowExecutionId: session.workflowExecutionId,
        customerInternalReference: session.customerInternalReference,
      };
      log('arbitrary', 'settings', { tags: { locale: lang, linked } });
      post('loaded');
      show({ name: 'start', consentFailed: false });
      clearInterval(pollTimer);
      pollTimer = setInterval(() => void poll(), STATUS_POLL_MS);
  }
}

/** The status poll: an expired or unknown token ends the journey; no answer changes nothing. */
async function poll(): Promise<void> {
  if (finished) return;
  const check = await checkSession();
  if (!ended() && (check.kind === 'expired' || check.kind === 'unknown')) expire();
}

/** A language change restarts the client in place: the settings again, and `loaded` again. */
async function restart(language: string): Promise<void> {
  if (finished) return;
  log('action', 'change language', { level: 'trace' });
  ({ lang, strings: t } = stringsFor(language));
  document.documentElement.lang = lang;
  clearInterval(pollTimer);
  stopCamera();
  furthest = -1;
  await start();
  if (!ended()) log('trace', 'workflow restarted');
}

/** Finalize: the journey's last call, whose answer decides the outcome. */
async function finalize(pause: number): Promise<void> {
  const [check] = await Promise.all([checkSession(), delay(pause)]);
  if (finished) return;
  switch (check.kind) {
    case 'valid':
      await finalized({ value: 'success' });
      return;
    case 'unknown':
    case 'expired':
      expire();
      return;
    case 'failed':
      await finalized(failure(SITUATIONS.finalizeServerError));
      return;
    case 'unreachable':
      await finalized(failure(SITUATIONS.finalizeOffline));
  }
}

/** The journey's end: the submission, then finalize. */
function submit(): void {
  furthest = STEPS().length - 1;
  show({ name: 'submitting' });
  void finalize(1400);
}

/** Makes a situation happen now, as the developer controls ask. */
function raise(id: SituationId): void {
  if (finished || !session) return;
  const situation: Situation = SITUATIONS[id];
  app.querySelector('details.dev')?.removeAttribute('open');
  switch (id) {
    case 'uploadFailed':
      show({ name: 'upload-failed', side: currentSide() });
      return;
    case 'consentFailed':
      // The Start button submits the consent: its failure is shown there, and Start works again.
      logPublicError(situation);
      post('error', situation);
      show({ name: 'start', consentFailed: true });
      return;
    default:
      if (situation.phase === 'load') failedToLoad(situation);
      else void finalized(failure(situation));
  }
}

// ---------------------------------------------------------------------------------------------
// The journey.

// The real client focuses each screen's first heading or button as it mounts. Doing so before the
// user has touched the frame would take the page's focus on load; after that, focus follows the
// screens, and only while it is in this frame.
for (const type of ['pointerdown', 'keydown'] as const) {
  addEventListener(
    type,
    () => {
      interacted = true;
    },
    { capture: true, passive: true },
  );
}

function focusHeading(): void {
  if (!interacted) return;
  requestAnimationFrame(() => {
    if (document.hasFocus()) app.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  });
}

function show(next: Screen): void {
  screen = next;
  if (next.name !== 'submitting' && next.name !== 'result') {
    furthest = Math.max(furthest, stepOf(next));
  }
  logScreen(next);
  if (next.name === 'upload-failed') {
    // Posted from the screen's render: every time it shows, the same error again.
    logPublicError(SITUATIONS.uploadFailed);
    post('error', SITUATIONS.uploadFailed);
  }
  if (next.name === 'capture' && !next.upload) void startCamera('environment');
  else if (next.name === 'selfie' && next.phase === 'ready') void startCamera('user');
  else if (next.name !== 'selfie') stopCamera();
  update();
  focusHeading();
}

/** The screen event the client logs for each screen it shows. */
function logScreen(next: Screen): void {
  const name = {
    checking: undefined,
    start: 'start',
    choose: 'document selection',
    capture: 'document capture',
    review: 'document review',
    'upload-failed': 'upload failed',
    selfie: 'face capture',
    submitting: 'submission',
    result: next.name === 'result' && next.outcome.value === 'success' ? 'finish' : 'error',
  }[next.name];
  if (name === undefined || name === lastScreenEvent) return;
  lastScreenEvent = name;
  log('screen', name);
}

function currentSide(): DocumentSide {
  return screen.name === 'capture' || screen.name === 'review' || screen.name === 'upload-failed'
    ? screen.side
    : 'front';
}

function sidesOf(kind: DocumentKind): DocumentSide[] {
  return DOCUMENTS.find((d) => d.kind === kind)?.sides ?? ['front'];
}

/** Uploads the side, then goes on to the next side, or to the selfie after the last one. */
function accept(side: DocumentSide): void {
  if (failUploads) {
    show({ name: 'upload-failed', side });
    return;
  }
  const sides = sidesOf(documentKind);
  const next = sides[sides.indexOf(side) + 1];
  show(
    next
      ? { name: 'capture', side: next, upload: camera === 'unavailable' }
      : { name: 'selfie', phase: 'ready' },
  );
}

function takePhoto(side: DocumentSide): void {
  const video = app.querySelector('video');
  if (!video?.videoWidth) return;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  show({ name: 'review', side, image: { url: canvas.toDataURL('image/jpeg', 0.85) } });
}

function upload(side: DocumentSide, input: HTMLInputElement): void {
  const file = input.files?.[0];
  if (!file) return;
  const image: Capture = file.type.startsWith('image/')
    ? { url: URL.createObjectURL(file), fileName: file.name }
    : { fileName: file.name };
  show({ name: 'review', side, image });
}

function scanFace(): void {
  show({ name: 'selfie', phase: 'scanning' });
  setTimeout(() => {
    if (screen.name !== 'selfie' || finished) return;
    stopCamera();
    show({ name: 'selfie', phase: 'done' });
    setTimeout(() => {
      if (!finished) submit();
    }, 700);
  }, 2400);
}

async function startCamera(facingMode: 'environment' | 'user'): Promise<void> {
  stopCamera();
  const request = ++cameraRequest;
  // Outside a secure context (or without allow="camera") there is no camera to ask for.
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (!devices) {
    camera = 'unavailable';
    return;
  }
  camera = 'starting';
  try {
    const media = await Promise.race([
      devices.getUserMedia({
        video: { facingMode, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      }),
      delay(8000).then(() => Promise.reject(new Error('The camera did not start in time.'))),
    ]);
    if (request !== cameraRequest) {
      for (const track of media.getTracks()) track.stop();
      return;
    }
    stream = media;
    camera = 'live';
  } catch {
    if (request === cameraRequest) camera = 'unavailable';
  }
  update();
}

function stopCamera(): void {
  cameraRequest++;
  for (const track of stream?.getTracks() ?? []) track.stop();
  stream = undefined;
  if (camera !== 'unavailable') camera = 'off';
}

function defaultCountry(): string {
  try {
    const region = new Intl.Locale(params.get('locale') || 'en').maximize().region;
    if (region && !COUNTRIES.includes(region)) COUNTRIES.push(region);
    return region ?? 'US';
  } catch {
    return 'US';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------
// Rendering.

const STEPS = (): string[] => [t.stepDocument, t.stepCapture, t.stepSelfie, t.stepDone];

/** The progress step a screen belongs to; -1 before the first. */
function stepOf(of: Screen): number {
  switch (of.name) {
    case 'choose':
      return 0;
    case 'capture':
    case 'review':
    case 'upload-failed':
      return 1;
    case 'selfie':
      return 2;
    case 'submitting':
      return 3;
    default:
      return -1;
  }
}

/**
 * How the stepper shows step `i`. On the result only the steps the journey reached are done, so
 * that a shortcut from the developer controls does not tick what the user never did.
 */
function stepState(i: number): 'done' | 'current' | '' {
  if (screen.name === 'result') {
    // A token refused on load ends the journey before it began: no progress to show.
    if (!session) return '';
    if (screen.outcome.value === 'success') {
      return i < furthest || i === STEPS().length - 1 ? 'done' : '';
    }
    return i < furthest ? 'done' : i === furthest ? 'current' : '';
  }
  const current = stepOf(screen);
  return i < current ? 'done' : i === current ? 'current' : '';
}

function update(): void {
  render(
    html`
      <div class="sim" data-screen=${screen.name}>
        <header class="sim-header">
          <span class="brand">${logo()}<span>ID Verification</span></span>
          ${stepper('compact')}
        </header>
        <div class="sim-body">
          <aside class="sim-aside">
            <p class="aside-title">${t.title}</p>
            ${stepper('full')}
            <p class="aside-privacy">${lockIcon()} ${t.privacy}</p>
          </aside>
          <main class="screen">${renderScreen()}</main>
        </div>
        <footer class="sim-footer">
          <span class="sim-note">Simulated client · for development</span>
          ${devControls()}
        </footer>
      </div>
    `,
    app,
  );
}

function stepper(variant: 'compact' | 'full'): TemplateResult | typeof nothing {
  const steps = STEPS();
  const states = steps.map((_, i) => stepState(i));
  if (variant === 'compact' && states.every((state) => state === '')) return nothing;
  return html`<ol class="stepper stepper-${variant}" aria-label="Progress">
    ${steps.map(
      (label, i) =>
        html`<li
          class=${states[i] ?? ''}
          aria-current=${states[i] === 'current' ? 'step' : 'false'}
        >
          <span class="dot">${states[i] === 'done' ? checkIcon() : i + 1}</span
          ><span class="label">${label}</span>
        </li>`,
    )}
  </ol>`;
}

function renderScreen(): TemplateResult {
  switch (screen.name) {
    case 'checking':
      return html`<div class="center" role="status">
        <span class="spinner" aria-hidden="true"></span>
        <h1 class="checking muted" tabindex="-1">${t.checking}</h1>
      </div>`;
    case 'start':
      return startScreen(screen.consentFailed);
    case 'choose':
      return chooseScreen();
    case 'capture':
      return captureScreen(screen.side, screen.upload);
    case 'review':
      return reviewScreen(screen.side, screen.image);
    case 'upload-failed':
      return uploadFailedScreen(screen.side);
    case 'selfie':
      return selfieScreen(screen.phase);
    case 'submitting':
      return html`<div class="center" role="status">
        <span class="spinner large" aria-hidden="true"></span>
        <h1 tabindex="-1">${t.submitting}</h1>
        <p class="muted">${t.submittingHint}</p>
      </div>`;
    case 'result':
      return resultScreen(screen.outcome, screen.redirecting);
  }
}

function startScreen(consentFailed: boolean): TemplateResult {
  return html`<div class="stack center-x">
    ${heroArt()}
    <h1 tabindex="-1">${t.title}</h1>
    <p class="lead">${t.intro}</p>
    <ul class="needs">
      <li>${idIcon()}<span>${t.needId}</span></li>
      <li>${sunIcon()}<span>${t.needLight}</span></li>
      <li>${cameraIcon()}<span>${t.needCamera}</span></li>
    </ul>
    ${
      consentFailed
        ? html`<p class="alert" role="alert" data-testid="sim-consent-failed">
            ${crossIcon()}<span>${t.consentFailed}</span>
          </p>`
        : nothing
    }
    <div class="actions">
      <button
        class="primary"
        data-testid="sim-start"
        @click=${() => {
          // Start submits the consent: this time it goes through.
          log('action', 'clicked start button');
          show({ name: 'choose' });
        }}
      >
        ${t.start}
      </button>
    </div>
  </div>`;
}

function chooseScreen(): TemplateResult {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const collator = new Intl.Collator(lang);
  const countries = COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  return html`<div class="stack">
    <h1 tabindex="-1">${t.chooseTitle}</h1>
    <p class="muted">${t.chooseHint}</p>
    <label class="field">
      <span>${t.country}</span>
      <select
        data-testid="sim-country"
        @change=${(e: Event) => {
          country = (e.target as HTMLSelectElement).value;
          log('action', 'selected country');
        }}
      >
        ${countries.map(
          ({ code, name }) =>
            html`<option value=${code} ?selected=${code === country}>${name}</option>`,
        )}
      </select>
    </label>
    <fieldset class="field">
      <legend>${t.docType}</legend>
      <div class="doc-types">
        ${DOCUMENTS.map(
          ({ kind, label }) =>
            html`<label class="doc-type">
              <input
                type="radio"
                name="doc-type"
                value=${kind}
                data-testid=${`sim-doc-${kind}`}
                .checked=${kind === documentKind}
                @change=${() => {
                  documentKind = kind;
                  log('action', 'selected document');
                  update();
                }}
              />
              <span class="doc-type-card">${documentIcon(kind)}<span>${label()}</span></span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="actions">
      <button
        class="ghost"
        @click=${() => {
          show({ name: 'start', consentFailed: false });
        }}
      >
        ${t.back}
      </button>
      <button
        class="primary"
        data-testid="sim-continue"
        @click=${() => {
          log('action', 'clicked continue button');
          show({ name: 'capture', side: 'front', upload: false });
        }}
      >
        ${t.continue}
      </button>
    </div>
  </div>`;
}

function documentLabel(kind: DocumentKind): string {
  return DOCUMENTS.find((d) => d.kind === kind)?.label() ?? '';
}

function sideTitle(side: DocumentSide): string {
  if (documentKind === 'passport') return t.passportPage;
  return format(side === 'front' ? t.front : t.backSide, { doc: documentLabel(documentKind) });
}

function captureScreen(side: DocumentSide, uploadMode: boolean): TemplateResult {
  const useUpload = uploadMode || camera === 'unavailable';
  const fileInput = html`<input
    id="upload-${side}"
    class="visually-hidden"
    tabindex="-1"
    aria-label=${format(t.uploadFile, { side: sideTitle(side) })}
    type="file"
    accept="image/*,application/pdf"
    data-testid="sim-upload-input"
    @change=${(e: Event) => {
      upload(side, e.target as HTMLInputElement);
    }}
  />`;
  const sampleButton = html`<button
    class="secondary"
    data-testid="sim-use-sample"
    @click=${() => {
      show({ name: 'review', side, image: { url: sampleDocument(documentKind, side, country) } });
    }}
  >
    ${t.useSample}
  </button>`;
  return html`<div class="stack">
    <h1 tabindex="-1">${sideTitle(side)}</h1>
    <p class="muted">${t.captureHint}</p>
    ${
      useUpload
        ? html`<div class="viewport dropzone">
              ${uploadIcon()}
              <strong>${camera === 'unavailable' ? t.cameraUnavailable : t.uploadPhoto}</strong>
              <span class="muted">${camera === 'unavailable' ? t.cameraUnavailableHint : ''}</span>
            </div>
            <div class="actions">
              ${fileInput}
              <button
                class="primary"
                data-testid="sim-upload"
                @click=${() => app.querySelector<HTMLInputElement>(`#upload-${side}`)?.click()}
              >
                ${uploadIcon()} ${t.uploadPhoto}
              </button>
              ${sampleButton}
            </div>
            ${
              camera !== 'unavailable'
                ? html`<button
                    class="link"
                    @click=${() => {
                      show({ name: 'capture', side, upload: false });
                    }}
                  >
                    ${t.useCamera}
                  </button>`
                : nothing
            }`
        : html`<div class="viewport camera ${camera}">
              ${
                camera === 'live'
                  ? html`<video autoplay playsinline muted .srcObject=${stream ?? null}></video>`
                  : html`<span class="camera-status" role="status"
                      ><span class="spinner" aria-hidden="true"></span>${t.cameraStarting}</span
                    >`
              }
              <span class="guide" aria-hidden="true"><i></i><i></i><i></i><i></i></span>
            </div>
            <div class="actions">
              <button
                class="primary"
                data-testid="sim-take-photo"
                ?disabled=${camera !== 'live'}
                @click=${() => {
                  takePhoto(side);
                }}
              >
                ${cameraIcon()} ${t.takePhoto}
              </button>
              ${sampleButton}
            </div>
            <button
              class="link"
              data-testid="sim-upload-instead"
              @click=${() => {
                show({ name: 'capture', side, upload: true });
              }}
            >
              ${t.uploadInstead}
            </button>`
    }
  </div>`;
}

function reviewScreen(side: DocumentSide, image: Capture): TemplateResult {
  return html`<div class="stack">
    <h1 tabindex="-1">${t.reviewTitle}</h1>
    <p class="muted">${t.reviewHint}</p>
    <div class="viewport review">
      ${
        image.url
          ? html`<img src=${image.url} alt=${sideTitle(side)} />`
          : html`<span class="file">${documentIcon('id-card')}<span>${image.fileName}</span></span>`
      }
    </div>
    <div class="actions">
      <button
        class="secondary"
        data-testid="sim-retake"
        @click=${() => {
          show({ name: 'capture', side, upload: camera === 'unavailable' });
        }}
      >
        ${t.retake}
      </button>
      <button
        class="primary"
        data-testid="sim-use-photo"
        @click=${() => {
          accept(side);
        }}
      >
        ${t.usePhoto}
      </button>
    </div>
  </div>`;
}

function selfieScreen(phase: 'ready' | 'scanning' | 'done'): TemplateResult {
  return html`<div class="stack center-x">
    <h1 tabindex="-1">${t.selfieTitle}</h1>
    <p class="muted">${t.selfieHint}</p>
    <div class="face ${phase}">
      ${
        camera === 'live' && phase !== 'done'
          ? html`<video autoplay playsinline muted .srcObject=${stream ?? null}></video>`
          : faceArt()
      }
      <svg class="ring" viewBox="0 0 100 100" aria-hidden="true">
        <circle cx="50" cy="50" r="47"></circle>
      </svg>
      ${phase === 'done' ? html`<span class="face-check">${checkIcon()}</span>` : nothing}
    </div>
    <p class="face-status" role="status">
      ${phase === 'scanning' ? t.selfieHold : phase === 'done' ? t.selfieDone : ''}
    </p>
    <div class="actions">
      <button
        class="primary"
        data-testid="sim-selfie-start"
        ?disabled=${phase !== 'ready'}
        @click=${scanFace}
      >
        ${t.selfieStart}
      </button>
    </div>
  </div>`;
}

/** `9100 · A060500`: the code and, when there is one, the public code. */
function codeText(error: ClientErrorInfo): string {
  return [error.code, error.publicErrorCode].filter(Boolean).join(' · ');
}

function uploadFailedScreen(side: DocumentSide): TemplateResult {
  return html`<div class="center result error" data-testid="sim-upload-failed">
    <span class="result-icon" aria-hidden="true">${uploadIcon()}</span>
    <h1 tabindex="-1">${t.uploadFailedTitle}</h1>
    <p class="lead">${t.uploadFailedText}</p>
    <p class="code">${format(t.errorCode, { code: codeText(SITUATIONS.uploadFailed) })}</p>
    <div class="actions">
      <button
        class="primary"
        data-testid="sim-try-again"
        @click=${() => {
          log('action', 'clicked retry button');
          show({ name: 'capture', side, upload: camera === 'unavailable' });
        }}
      >
        ${t.tryAgain}
      </button>
    </div>
  </div>`;
}

function resultScreen(outcome: Outcome, redirecting: boolean): TemplateResult {
  const success = outcome.value === 'success';
  const expired = !success && outcome.expired;
  const title = success ? t.successTitle : expired ? t.expiredTitle : t.errorTitle;
  const text = success ? t.successText : expired ? t.expiredText : t.errorText;
  return html`<div
    class="center result ${success ? 'success' : 'error'}"
    data-testid="sim-result"
    data-outcome=${success ? 'success' : 'error'}
  >
    <span class="result-icon" aria-hidden="true">${success ? checkIcon() : crossIcon()}</span>
    <h1 tabindex="-1">${title}</h1>
    <p class="lead">${text}</p>
    ${success ? nothing : html`<p class="code">${format(t.errorCode, { code: codeText(outcome.error) })}</p>`}
    <p class="muted" role="status">
      ${
        redirecting
          ? html`<span class="spinner small" aria-hidden="true"></span> ${t.redirecting}`
          : framed
            ? ''
            : t.closeTab
      }
    </p>
  </div>`;
}

const PHASES: readonly { phase: SituationPhase; label: string }[] = [
  { phase: 'journey', label: 'In the journey: the user goes on' },
  { phase: 'finalize', label: 'At finalize: the journey ends' },
  { phase: 'load', label: 'At load: the client stops' },
];

/** What follows a situation, in the developer controls. */
function consequence(situation: Situation, redirects: boolean): string {
  const flag = `retriable: ${String(situation.retriable)}`;
  if (goesOn(situation)) return `${flag}. The user can try again here, and then succeed.`;
  if (situation.phase === 'load') return `${flag}. Posted at once; no redirect (no settings yet).`;
  return `${flag}. 2 s, the message, then ${redirects && !linked ? 'the redirect to the error URL' : 'no redirect'}.`;
}

function devControls(): TemplateResult {
  const remaining = session ? Math.max(0, Date.parse(session.expiresAt) - now) : undefined;
  const situation = SITUATIONS[selectedSituation];
  const { success: successUrl, error: errorUrl } = session?.redirects ?? {};
  const redirects = Boolean(successUrl ?? errorUrl);
  const idle = finished || !session;
  const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  return html`<details class="dev" data-testid="sim-dev-controls" @toggle=${tick}>
    <summary>Developer controls</summary>
    <div class="dev-panel" lang="en">
      <p class="dev-title">Finish the journey</p>
      <p class="dev-hint">
        As finalize does: the result, 2 s, the message,
        ${
          linked
            ? 'and no redirect (linked=true).'
            : redirects
              ? 'then the redirect to the success or error URL.'
              : 'and no redirect (this session has no redirect URLs).'
        }
      </p>
      <button
        class="dev-success"
        data-testid="sim-finish-success"
        ?disabled=${idle}
        @click=${() => {
          show({ name: 'submitting' });
          void finalize(0);
        }}
      >
        Finish with success
      </button>

      <label class="dev-field">
        <span>Error</span>
        <select
          data-testid="sim-error-situation"
          ?disabled=${idle}
          @change=${(e: Event) => {
            selectedSituation = (e.target as HTMLSelectElement).value as SituationId;
            update();
          }}
        >
          ${PHASES.map(
            ({ phase, label }) =>
              html`<optgroup label=${label}>
                ${Object.entries<Situation>(SITUATIONS)
                  .filter(([, s]) => s.phase === phase)
                  .map(
                    ([id, s]) =>
                      html`<option value=${id} ?selected=${id === selectedSituation}>
                        ${codeText(s)} — ${s.label}
                      </option>`,
                  )}
              </optgroup>`,
          )}
        </select>
      </label>
      <p class="dev-hint" data-testid="sim-error-hint">
        ${describeSituation(situation)} ${consequence(situation, redirects)}
      </p>
      <button
        class="dev-error"
        data-testid="sim-raise-error"
        ?disabled=${idle}
        @click=${() => {
          raise(selectedSituation);
        }}
      >
        Raise ${codeText(situation)}
      </button>
      <label class="dev-check">
        <input
          type="checkbox"
          data-testid="sim-fail-uploads"
          .checked=${failUploads}
          @change=${(e: Event) => {
            failUploads = (e.target as HTMLInputElement).checked;
          }}
        />
        <span>Every upload fails (the "Connection error" screen, 9822, each time)</span>
      </label>

      <p class="dev-title">End without a message</p>
      <p class="dev-hint">
        ${
          redirects
            ? 'A status poll that finds the outcome (cross-device) and an expired session only navigate this frame.'
            : 'This session has no redirect URLs, so these post their message instead.'
        }
        ${linked ? 'On the phone side (linked=true) only the expiry redirects.' : ''}
      </p>
      <div class="dev-row">
        <button
          class="dev-neutral"
          data-testid="sim-redirect-success"
          ?disabled=${idle}
          @click=${() => {
            polled('SUCCESS');
          }}
        >
          Redirect only: success
        </button>
        <button
          class="dev-neutral"
          data-testid="sim-redirect-failure"
          ?disabled=${idle}
          @click=${() => {
            polled('FAILED');
          }}
        >
          Redirect only: failed
        </button>
        <button class="dev-neutral" data-testid="sim-expire" ?disabled=${idle} @click=${expire}>
          Expire (J000000)
        </button>
      </div>

      <label class="dev-field">
        <span>Language (restarts the client: loaded again)</span>
        <select
          data-testid="sim-language"
          ?disabled=${idle}
          @change=${(e: Event) => {
            void restart((e.target as HTMLSelectElement).value);
          }}
        >
          ${SIMULATOR_LANGUAGES.map(
            (code) =>
              html`<option value=${code} ?selected=${code === lang}>
                ${languageNames.of(code) ?? code}
              </option>`,
          )}
        </select>
      </label>

      <dl class="dev-facts">
        <dt>Token</dt>
        <dd data-testid="sim-token-expiry">
          ${
            remaining === undefined
              ? 'not valid'
              : remaining === 0
                ? 'expired'
                : `expires in ${formatDuration(remaining)}`
          }
        </dd>
        <dt>Locale</dt>
        <dd>${params.get('locale') || '(default)'} → ${lang}</dd>
        <dt>Framed</dt>
        <dd>${framed ? 'yes: posts to the parent' : 'no: posts to itself'}</dd>
        <dt>Linked</dt>
        <dd>${linked ? 'yes: the phone side' : 'no'}</dd>
        <dt>API</dt>
        <dd>${apiBase ?? 'baseUrl is not this simulator’s: no answer, ever'}</dd>
        <dt>Success URL</dt>
        <dd data-testid="sim-success-url">${successUrl ?? 'none'}</dd>
        <dt>Error URL</dt>
        <dd data-testid="sim-error-url">${errorUrl ?? 'none'}</dd>
      </dl>
    </div>
  </details>`;
}

/** Refreshes the token countdown while the developer panel is open. */
let ticker: ReturnType<typeof setInterval> | undefined;
function tick(event: Event): void {
  clearInterval(ticker);
  if (!(event.target as HTMLDetailsElement).open) return;
  const refresh = (): void => {
    now = Date.now();
    update();
  };
  refresh();
  ticker = setInterval(refresh, 1000);
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Icons and illustrations: inline SVG, no assets.

// Children of <svg> must come from `svg` templates: `html` would create them in the HTML namespace.
const graphic = (body: SVGTemplateResult, viewBox = '0 0 24 24', cls = 'icon'): TemplateResult =>
  html`<svg class=${cls} viewBox=${viewBox} aria-hidden="true" focusable="false">${body}</svg>`;

function logo(): TemplateResult {
  return graphic(
    svg`<rect width="24" height="24" rx="6" fill="var(--accent)"></rect>
      <path d="M12 5.5 17 7.5v4c0 3.3-2.1 5.6-5 6.8-2.9-1.2-5-3.5-5-6.8v-4z" fill="none" stroke="#fff" stroke-width="1.6" stroke-linejoin="round"></path>
      <path d="m9.6 11.8 1.7 1.7 3.2-3.3" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>`,
    '0 0 24 24',
    'logo',
  );
}
const stroke = (d: string): TemplateResult =>
  graphic(
    svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>`,
  );
const checkIcon = (): TemplateResult => stroke('m5 12.5 4.5 4.5L19 7.5');
const crossIcon = (): TemplateResult => stroke('M6.5 6.5l11 11m0-11-11 11');
const lockIcon = (): TemplateResult => stroke('M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z');
const idIcon = (): TemplateResult =>
  stroke(
    'M3 6h18v12H3zM7 10.5a1.8 1.8 0 1 0 3.6 0 1.8 1.8 0 1 0-3.6 0M6 15.5c.6-1.4 1.6-2 2.8-2s2.2.6 2.8 2M14 10h4M14 13.5h3',
  );
const sunIcon = (): TemplateResult =>
  stroke(
    'M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  );
const cameraIcon = (): TemplateResult =>
  stroke('M3.5 8h3.5l1.8-2.5h6.4L17 8h3.5v11h-17zM12 10.5a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 1 0 0-6.4');
const uploadIcon = (): TemplateResult =>
  stroke('M12 15.5V4.5m0 0L7.5 9M12 4.5 16.5 9M4.5 15v4.5h15V15');

function documentIcon(kind: DocumentKind): TemplateResult {
  switch (kind) {
    case 'passport':
      return stroke('M6 3h11.5v18H6zM9.2 10a2.6 2.6 0 1 0 5.2 0 2.6 2.6 0 1 0-5.2 0M9.5 16.5h4.6');
    case 'id-card':
      return idIcon();
    case 'drivers-license':
      return stroke('M3 6h18v12H3zM6 10h5M6 13.5h3.5M14.5 15.5l1.2-3.5h2.6l1.2 3.5M14.5 15.5h5');
  }
}

function heroArt(): TemplateResult {
  return graphic(
    svg`<rect x="10" y="22" width="132" height="86" rx="12" fill="var(--accent-soft)" stroke="var(--accent)" stroke-width="2"></rect>
      <rect x="10" y="22" width="132" height="20" rx="12" fill="var(--accent)"></rect><rect x="10" y="32" width="132" height="10" fill="var(--accent)"></rect>
      <circle cx="42" cy="68" r="13" fill="var(--accent)" opacity=".35"></circle>
      <path d="M24 98c3-12 10-17 18-17s15 5 18 17z" fill="var(--accent)" opacity=".35"></path>
      <rect x="72" y="58" width="52" height="6" rx="3" fill="var(--accent)" opacity=".45"></rect>
      <rect x="72" y="72" width="38" height="6" rx="3" fill="var(--accent)" opacity=".3"></rect>
      <rect x="72" y="86" width="46" height="6" rx="3" fill="var(--accent)" opacity=".3"></rect>
      <circle cx="140" cy="104" r="22" fill="#fff"></circle>
      <circle cx="140" cy="104" r="18" fill="var(--success)"></circle>
      <path d="m131.5 104.5 5.5 5.5 10-10.5" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"></path>`,
    '0 0 170 130',
    'hero',
  );
}

function faceArt(): TemplateResult {
  return graphic(
    svg`<rect width="100" height="100" fill="var(--surface-2)"></rect>
      <circle cx="50" cy="42" r="17" fill="var(--muted-ink)" opacity=".35"></circle>
      <path d="M20 100c3-20 15-30 30-30s27 10 30 30z" fill="var(--muted-ink)" opacity=".35"></path>`,
    '0 0 100 100',
    'face-art',
  );
}

update();
void start();
