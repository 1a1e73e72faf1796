// A stand-in for Jumio's hosted ID Verification web client, for development. It is served from a
// second origin (127.0.0.1 on another port), so the element's source and origin checks are as
// real as with Jumio. What it must get exactly right is what a page sees of the real client
// (seed: "Web > Optional iFrame logging", "After the User Journey"):
// - the postMessage events, a JSON string posted to the parent with eventType 510 and
//   payload.value loaded | success | error (+ metainfo.code), only when framed;
// - the redirect to successUrl / errorUrl with accountId, workflowExecutionId,
//   acquisitionStatus, customerInternalReference and errorCode;
// - the error codes: 9200 for an unknown or expired token on load, 9210 when the session expired
//   during the journey.
// Everything between `loaded` and the outcome is a plausible journey, not Jumio's.
import { html, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  describeErrorCode,
  ERROR_CODES,
  type ErrorCode,
  type ErrorCodeInfo,
} from '../../src/protocol/error-codes.js';
import type { SimulatorSessionStatus } from '../server/api-types.js';
import { sampleDocument, type DocumentKind, type DocumentSide } from './samples.js';
import { format, stringsFor } from './strings.js';

/** The session the token opens, as GET /api/simulator/session describes it. */
type SimulatorSession = Extract<SimulatorSessionStatus, { valid: true }>;

type Outcome = { value: 'success' } | { value: 'error'; code: number };

type Screen =
  | { name: 'checking' }
  | { name: 'start' }
  | { name: 'choose' }
  | { name: 'capture'; side: DocumentSide; upload: boolean }
  | { name: 'review'; side: DocumentSide; image: Capture }
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
const { lang, strings: t } = stringsFor(params.get('locale'));
const framed = window.parent !== window;
/** How long the result screen shows before the redirect, as the real client pauses. */
const REDIRECT_DELAY_MS = 1500;

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
let screen: Screen = { name: 'checking' };
let finished = false;
let country = defaultCountry();
let documentKind: DocumentKind = 'id-card';
let camera: CameraState = 'off';
let stream: MediaStream | undefined;
let cameraRequest = 0;
let selectedErrorCode: number = 9100;
let now = Date.now();

// ---------------------------------------------------------------------------------------------
// The protocol: messages to the parent and the redirect.

/** Posts a state-change event to the embedding page, exactly as the seed documents it. */
function post(value: 'loaded' | 'success' | 'error', code?: number): void {
  if (!framed) return; // "not available for instances running in a standalone window or tab"
  const message = {
    accountId: session?.accountId,
    authorizationToken: authorizationToken || undefined,
    workflowExecutionId: session?.workflowExecutionId,
    customerInternalReference: session?.customerInternalReference,
    eventType: 510,
    dateTime: new Date().toISOString(),
    payload: code === undefined ? { value } : { value, metainfo: { code } },
  };
  window.parent.postMessage(JSON.stringify(message), '*');
}

/** successUrl or errorUrl with the query the seed lists under "After the User Journey". */
function redirectUrl(outcome: Outcome): URL | undefined {
  const base = outcome.value === 'success' ? session?.redirects.success : session?.redirects.error;
  if (!session || !base) return undefined;
  let url: URL;
  try {
    url = new URL(base, location.href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.searchParams.set('accountId', session.accountId);
  url.searchParams.set('workflowExecutionId', session.workflowExecutionId);
  url.searchParams.set('acquisitionStatus', outcome.value === 'success' ? 'SUCCESS' : 'ERROR');
  url.searchParams.set('customerInternalReference', session.customerInternalReference);
  if (outcome.value === 'error') url.searchParams.set('errorCode', String(outcome.code));
  return url;
}

/** Ends the journey once: tells the page, shows the result, then redirects like the real client. */
function finish(outcome: Outcome): void {
  if (finished) return;
  finished = true;
  stopCamera();
  app.querySelector('details.dev')?.removeAttribute('open');
  post(outcome.value, outcome.value === 'error' ? outcome.code : undefined);
  const url = redirectUrl(outcome);
  show({ name: 'result', outcome, redirecting: Boolean(url) });
  if (url) {
    setTimeout(() => {
      location.assign(url.href);
    }, REDIRECT_DELAY_MS);
  }
}

type SessionCheck = { ok: true; session: SimulatorSession } | { ok: false; code: ErrorCode };

/** Asks the demo server about the token: 9200 when it is unknown or expired. */
async function checkSession(): Promise<SessionCheck> {
  if (!authorizationToken) return { ok: false, code: 9200 };
  try {
    const query = new URLSearchParams({ authorizationToken });
    const response = await fetch(`/api/simulator/session?${query}`, { cache: 'no-store' });
    if (!response.ok) return { ok: false, code: 9810 };
    const status = (await response.json()) as SimulatorSessionStatus;
    return status.valid ? { ok: true, session: status } : { ok: false, code: 9200 };
  } catch {
    return { ok: false, code: 9810 }; // "Problem while communicating with our server."
  }
}

async function boot(): Promise<void> {
  const check = await checkSession();
  if (!check.ok) {
    finish({ value: 'error', code: check.code });
    return;
  }
  session = check.session;
  post('loaded');
  show({ name: 'start' });
}

async function submit(): Promise<void> {
  show({ name: 'submitting' });
  const [check] = await Promise.all([checkSession(), delay(1400)]);
  if (finished) return;
  // The token was good when the journey started; if it ran out since, that is 9210, not 9200.
  if (!check.ok) finish({ value: 'error', code: check.code === 9200 ? 9210 : check.code });
  else finish({ value: 'success' });
}

// ---------------------------------------------------------------------------------------------
// The journey.

function show(next: Screen): void {
  screen = next;
  if (next.name === 'capture' && !next.upload) void startCamera('environment');
  else if (next.name === 'selfie' && next.phase === 'ready') void startCamera('user');
  else if (next.name !== 'selfie') stopCamera();
  update();
  // Move focus to the new screen's heading, so screen readers announce the step.
  requestAnimationFrame(() => app.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true }));
}

function sidesOf(kind: DocumentKind): DocumentSide[] {
  return DOCUMENTS.find((d) => d.kind === kind)?.sides ?? ['front'];
}

/** Goes on to the document's next side, or to the selfie after the last one. */
function accept(side: DocumentSide): void {
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
    setTimeout(() => void submit(), 700);
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

const STEPS = [t.stepDocument, t.stepCapture, t.stepSelfie, t.stepDone];

function stepIndex(): number {
  switch (screen.name) {
    case 'checking':
    case 'start':
      return -1;
    case 'choose':
      return 0;
    case 'capture':
    case 'review':
      return 1;
    case 'selfie':
      return 2;
    case 'submitting':
      return 3;
    case 'result':
      // A token refused on load ends the journey before it began: no progress to show.
      if (!session) return -1;
      return screen.outcome.value === 'success' ? STEPS.length : 3;
    default:
      return 3;
  }
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
          <span class="sim-note">Simulated ID Verification client — for development</span>
          ${devControls()}
        </footer>
      </div>
    `,
    app,
  );
}

function stepper(variant: 'compact' | 'full'): TemplateResult | typeof nothing {
  const current = stepIndex();
  if (current < 0 && variant === 'compact') return nothing;
  return html`<ol class="stepper stepper-${variant}" aria-label="Progress">
    ${STEPS.map(
      (label, i) =>
        html`<li
          class=${i < current ? 'done' : i === current ? 'current' : ''}
          aria-current=${i === current ? 'step' : 'false'}
        >
          <span class="dot">${i < current ? checkIcon() : i + 1}</span
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
        <p class="muted">${t.checking}</p>
      </div>`;
    case 'start':
      return html`<div class="stack center-x">
        ${heroArt()}
        <h1 tabindex="-1">${t.title}</h1>
        <p class="lead">${t.intro}</p>
        <ul class="needs">
          <li>${idIcon()}<span>${t.needId}</span></li>
          <li>${sunIcon()}<span>${t.needLight}</span></li>
          <li>${cameraIcon()}<span>${t.needCamera}</span></li>
        </ul>
        <div class="actions">
          <button
            class="primary"
            data-testid="sim-start"
            @click=${() => {
              show({ name: 'choose' });
            }}
          >
            ${t.start}
          </button>
        </div>
      </div>`;
    case 'choose':
      return chooseScreen();
    case 'capture':
      return captureScreen(screen.side, screen.upload);
    case 'review':
      return reviewScreen(screen.side, screen.image);
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
          show({ name: 'start' });
        }}
      >
        ${t.back}
      </button>
      <button
        class="primary"
        data-testid="sim-continue"
        @click=${() => {
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

function resultScreen(outcome: Outcome, redirecting: boolean): TemplateResult {
  const success = outcome.value === 'success';
  const expired = !success && describeErrorCode(outcome.code).sessionExpired;
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
    ${success ? nothing : html`<p class="code">${format(t.errorCode, { code: outcome.code })}</p>`}
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

function devControls(): TemplateResult {
  const remaining = session ? Math.max(0, Date.parse(session.expiresAt) - now) : undefined;
  const codes = Object.entries<ErrorCodeInfo>(ERROR_CODES);
  return html`<details class="dev" data-testid="sim-dev-controls" @toggle=${tick}>
    <summary>Developer controls</summary>
    <div class="dev-panel" lang="en">
      <p class="dev-title">Finish the journey now</p>
      <button
        class="dev-success"
        data-testid="sim-finish-success"
        ?disabled=${finished || !session}
        @click=${() => {
          finish({ value: 'success' });
        }}
      >
        Finish with success
      </button>
      <label class="dev-field">
        <span>Error code</span>
        <select
          data-testid="sim-error-code"
          ?disabled=${finished}
          @change=${(e: Event) => {
            selectedErrorCode = Number((e.target as HTMLSelectElement).value);
            update();
          }}
        >
          ${codes.map(
            ([code, { description }]) =>
              html`<option value=${code} ?selected=${Number(code) === selectedErrorCode}>
                ${code} — ${description}
              </option>`,
          )}
        </select>
      </label>
      <button
        class="dev-error"
        data-testid="sim-finish-error"
        ?disabled=${finished}
        @click=${() => {
          finish({ value: 'error', code: selectedErrorCode });
        }}
      >
        Finish with error ${selectedErrorCode}
      </button>
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
        <dd>${framed ? 'yes: posts events to the parent' : 'no: redirect only'}</dd>
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
void boot();
