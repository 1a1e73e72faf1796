// The demo page: one <jumio-verify>, reconfigured by setting its properties, and a log of the
// events it dispatches. Nothing here reaches into the element: a page could do all of it.
//
// The pre-flight switch comes first: it must change what the page looks like before the element
// module is evaluated and the element reads the page.
import { PREFLIGHTS, preflight } from './preflight.js';
import {
  JUMIO_EVENTS,
  JumioVerifyElement,
  type ClientMessage,
  RTL_LOCALES,
  type VerifyFallback,
  type VerifyMode,
} from '../src/index.js';
import { EventLog } from './event-log.js';
import type { ConfigAnswer } from './server/api-types.js';

function missing(what: string): never {
  throw new Error(`demo: ${what} is missing from index.html`);
}

function byId(id: string): HTMLElement {
  return document.getElementById(id) ?? missing(`#${id}`);
}

const verify = document.querySelector('jumio-verify') ?? missing('<jumio-verify>');
const stage = byId('stage') as HTMLDivElement;
const scroller = stage.parentElement as HTMLElement;
const widthSlider = byId('stage-width') as HTMLInputElement;
const widthOutput = byId('stage-width-value') as HTMLOutputElement;
const stageSize = byId('stage-size');
const presets = [...document.querySelectorAll<HTMLButtonElement>('.presets button')];
const readoutState = byId('readout-state');
const readoutBreakpoint = byId('readout-breakpoint');
const backendBadge = byId('backend');
const sourceSimulatorLabel = byId('source-simulator-label');
const hrefForm = byId('href-form') as HTMLFormElement;
const hrefInput = byId('href-input') as HTMLInputElement;
const localeSelect = byId('locale') as HTMLSelectElement;
const lifetimeSelect = byId('token-lifetime') as HTMLSelectElement;
const lifetimeHint = byId('lifetime-hint');
const maxRefreshSelect = byId('max-refresh') as HTMLSelectElement;
const redirectSelect = byId('redirect') as HTMLSelectElement;
const redirectHint = byId('redirect-hint');
const preflightSelect = byId('preflight') as HTMLSelectElement;
const fallbackSelect = byId('fallback') as HTMLSelectElement;
const preflightFound = byId('preflight-found');
const stagePage = byId('stage-page');
const readoutDir = byId('readout-dir');
const snippet = byId('snippet');
const log = new EventLog(byId('log') as HTMLOListElement, byId('log-count'));

const MIN_WIDTH = 320;
const MAX_WIDTH = 1100;

/**
 * The settings kept in the page's URL, so that the pre-flight switch, which reloads the page, keeps
 * them, and a link shows the same demo: `?locale=ar&fallback=window&preflight=camera-blocked`.
 */
const params = new URLSearchParams(location.search);

/** Writes a setting to the URL, or removes it when it is the default. */
function remember(name: string, value: string, byDefault: string): void {
  const url = new URL(location.href);
  if (value === byDefault) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

// ---- the event log ----------------------------------------------------------------------------

let lastMessage: ClientMessage | undefined;
let successes = 0;

for (const name of JUMIO_EVENTS) {
  verify.addEventListener(name, (event: CustomEvent<unknown>) => {
    log.event(name, event.detail);
  });
}
verify.addEventListener('jumio-loaded', (event) => {
  lastMessage = event.detail;
});
verify.addEventListener('jumio-success', () => {
  successes++;
});
byId('log-clear').addEventListener('click', () => {
  log.clear();
});

// ---- state and breakpoint readout --------------------------------------------------------------

function showReadout(): void {
  const state = verify.getAttribute('state') ?? verify.state;
  readoutState.textContent = state;
  readoutState.dataset['state'] = state;
  readoutBreakpoint.textContent = verify.getAttribute('breakpoint') ?? verify.breakpoint;
}
new MutationObserver(() => {
  showReadout();
  showPreflight();
}).observe(verify, { attributeFilter: ['state', 'breakpoint'] });
showReadout();

new ResizeObserver(() => {
  const { width, height } = verify.getBoundingClientRect();
  stageSize.textContent = `${Math.round(width)} × ${Math.round(height)}`;
}).observe(verify);

// ---- stage width ----------------------------------------------------------------------------------

function setStageWidth(requested: number): void {
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, requested)));
  stage.style.width = `${width}px`;
  widthSlider.value = String(width);
  widthOutput.value = `${width} px`;
  for (const preset of presets) {
    preset.setAttribute('aria-pressed', String(Number(preset.dataset['width']) === width));
  }
}
/** The width the user chose with the slider or a preset; until then the stage fits its column. */
let chosenWidth: number | undefined;

function chooseStageWidth(width: number): void {
  chosenWidth = width;
  setStageWidth(width);
}
widthSlider.addEventListener('input', () => {
  chooseStageWidth(Number(widthSlider.value));
});
for (const preset of presets) {
  preset.addEventListener('click', () => {
    chooseStageWidth(Number(preset.dataset['width']));
  });
}

/** As wide as the column allows (without the stage's 1 px border): large on a laptop. */
function columnWidth(): number {
  const { paddingLeft, paddingRight } = getComputedStyle(scroller);
  return scroller.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight) - 2;
}
setStageWidth(columnWidth());
// The column changes with the window (a phone turned, a window resized): follow it until the user
// picks a width. The scroller's width does not depend on the stage's, which it scrolls.
new ResizeObserver(() => {
  if (chosenWidth === undefined) setStageWidth(columnWidth());
}).observe(scroller);

// ---- configuration ------------------------------------------------------------------------------

for (const { code, name } of JumioVerifyElement.supportedLocales) {
  localeSelect.add(new Option(`${code} — ${name}`, code));
}
localeSelect.value = params.get('locale') ?? '';
if (localeSelect.selectedIndex < 0) localeSelect.value = '';
verify.locale = localeSelect.value;
showDirection();

/**
 * With a locale the client writes right to left (ar, he, ur), the stage stands for your page in
 * that language: `dir="rtl"` and its `lang` around the element. The client sets its own direction
 * in its frame (the simulator knows only en, de, es, fr and pt-BR: in Arabic it shows English).
 */
function showDirection(): void {
  const code = localeSelect.value;
  const rtl = RTL_LOCALES.some((locale) => locale === code);
  if (rtl) {
    stagePage.dir = 'rtl';
    stagePage.lang = code;
  } else {
    stagePage.removeAttribute('dir');
    stagePage.removeAttribute('lang');
  }
  readoutDir.hidden = !rtl;
}

fallbackSelect.value = params.get('fallback') ?? 'auto';
if (fallbackSelect.selectedIndex < 0) fallbackSelect.value = 'auto';
verify.fallback = fallbackSelect.value as VerifyFallback;

function source(): 'session' | 'href' {
  return document.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value === 'href'
    ? 'href'
    : 'session';
}

function sessionUrl(): string {
  return (
    `/api/session?tokenLifetime=${encodeURIComponent(lifetimeSelect.value)}` +
    `&redirect=${encodeURIComponent(redirectSelect.value)}`
  );
}

/** What GET /api/config said; `undefined` until it answers. */
let server: ConfigAnswer | undefined;

function applySource(): void {
  const fromSession = source() === 'session';
  hrefForm.hidden = fromSession;
  // Against Jumio the server sets the lifetime (JUMIO_TOKEN_LIFETIME), not the page.
  lifetimeSelect.disabled = !fromSession || server?.pageSetsTokenLifetime === false;
  // Only the simulator's sessions take their success and error URLs from the page.
  redirectSelect.disabled = !fromSession || server?.backend === 'jumio';
  maxRefreshSelect.disabled = !fromSession;
  if (fromSession) {
    verify.href = '';
    verify.sessionUrl = sessionUrl();
  } else {
    verify.sessionUrl = '';
    verify.href = hrefInput.value.trim();
  }
  updateSnippet();
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="source"]')) {
  radio.addEventListener('change', () => {
    applySource();
    if (source() === 'href' && !hrefInput.value) hrefInput.focus();
  });
}
hrefForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const href = hrefInput.value.trim();
  // Setting the same href again would change nothing; the user means "load it again".
  if (verify.href === href) verify.reload();
  else verify.href = href;
});
localeSelect.addEventListener('change', () => {
  verify.locale = localeSelect.value;
  showDirection();
  remember('locale', localeSelect.value, '');
  updateSnippet();
});
fallbackSelect.addEventListener('change', () => {
  verify.fallback = fallbackSelect.value as VerifyFallback;
  remember('fallback', fallbackSelect.value, 'auto');
  updateSnippet();
  showPreflight();
});
lifetimeSelect.addEventListener('change', () => {
  applySource();
});
redirectSelect.addEventListener('change', () => {
  applySource();
});
maxRefreshSelect.addEventListener('change', () => {
  verify.maxRefresh = Number(maxRefreshSelect.value);
  updateSnippet();
});
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    verify.mode = radio.value as VerifyMode;
    byId('window-note').hidden = verify.mode !== 'window';
    updateSnippet();
  });
}
// ---- the camera pre-flight switch ----------------------------------------------------------------

for (const { reason, label } of PREFLIGHTS) {
  preflightSelect.add(new Option(label, reason ?? ''));
}
preflightSelect.value = preflight.reason ?? '';
preflightSelect.addEventListener('change', () => {
  const url = new URL(location.href);
  if (preflightSelect.value) url.searchParams.set('preflight', preflightSelect.value);
  else url.searchParams.delete('preflight');
  // A reload: the switch must act before the element module reads the page (preflight.ts).
  location.assign(url);
});

if (preflight.reason) {
  byId('preflight-note').hidden = false;
  byId('preflight-label').textContent = preflight.label;
  byId('preflight-kind').textContent = preflight.simulated ? 'simulated' : 'real policy';
  byId('preflight-how').textContent = preflight.how;
  const asFound = new URL(location.href);
  asFound.searchParams.delete('preflight');
  (byId('preflight-reset') as HTMLAnchorElement).href = asFound.href;
}

/** What the element made of the page: its `capability`, and what its fallback does about it. */
function showPreflight(): void {
  if (!preflight.reason) return;
  const { reasons, tabHelps } = verify.capability;
  if (reasons.length === 0) {
    preflightFound.textContent =
      verify.mode === 'window'
        ? 'The element finds nothing in mode="window": a tab is a page of the client’s own.'
        : 'The element has found nothing (yet).';
    return;
  }
  const found = `The element found ${reasons.join(', ')} and warned (see the event log)`;
  const fallback = verify.fallback;
  preflightFound.textContent = !tabHelps
    ? `${found}. A new tab would not help here, so fallback does not apply.`
    : fallback === 'window'
      ? `${found}; fallback="window" shows the launcher instead of the iframe.`
      : fallback === 'none'
        ? `${found}; fallback="none": nothing else.`
        : `${found}; fallback="auto" offers “Continue in a new tab” beside the iframe.`;
}
verify.addEventListener('jumio-warning', showPreflight);
showPreflight();

byId('reload').addEventListener('click', () => {
  log.note('note', 'reload()', 'A new iframe, and a new session from session-url');
  verify.reload();
});

// ---- the forgery ---------------------------------------------------------------------------------

// A well-formed `success`, posted by this page to itself. It has the right shape and even the
// session's own identifiers, but its source is this window, not the element's iframe, and its
// origin is the page's, not the client's: the element must not report it.
byId('forge').addEventListener('click', () => {
  const before = successes;
  const forged = {
    accountId: lastMessage?.accountId ?? crypto.randomUUID(),
    authorizationToken: 'forged',
    workflowExecutionId: lastMessage?.workflowExecutionId ?? crypto.randomUUID(),
    customerInternalReference: lastMessage?.customerInternalReference ?? 'forged',
    eventType: 510,
    dateTime: new Date().toISOString(),
    payload: { value: 'success' },
  };
  log.note(
    'note',
    'forged success',
    'window.postMessage(…) from this page, with the session’s own ids',
  );
  window.postMessage(JSON.stringify(forged), '*');
  setTimeout(() => {
    if (successes === before) {
      log.note(
        'verified',
        'trust boundary',
        "Forged message ignored ✓ — only the element's own iframe from its own origin is trusted",
      );
    } else {
      log.note('note', 'trust boundary', 'A jumio-success arrived within 500 ms of the forgery ✗');
    }
  }, 500);
});

// ---- the snippet ------------------------------------------------------------------------------------

function updateSnippet(): void {
  const attributes: [string, string][] =
    source() === 'session'
      ? [['session-url', '/api/session']]
      : [['href', '{web.href from your server}']];
  if (verify.locale) attributes.push(['locale', verify.locale]);
  if (verify.maxRefresh !== 1 && source() === 'session')
    attributes.push(['max-refresh', String(verify.maxRefresh)]);
  if (verify.mode === 'window') attributes.push(['mode', 'window']);
  if (verify.fallback !== 'auto') attributes.push(['fallback', verify.fallback]);
  const pairs = attributes.map(([name, value]) => `${name}="${value}"`);
  // One attribute per line once there are several: short lines read at any width.
  const element =
    pairs.length > 1
      ? ['<jumio-verify', ...pairs.map((pair) => `  ${pair}`), '></jumio-verify>']
      : [`<jumio-verify ${pairs.join('')}></jumio-verify>`];
  const lines = [
    '<script src="/assets/jumio-verify.iife.js"></script>',
    ...element,
    '<script>',
    "  addEventListener('jumio-success', () => location.assign('/thanks'));",
    '</script>',
  ];
  snippet.replaceChildren(
    ...lines.flatMap((line, i) => [...highlight(line), ...(i < lines.length - 1 ? ['\n'] : [])]),
  );
}

/** Colours tags, attribute names and values; everything else stays plain text. */
function highlight(line: string): (Node | string)[] {
  const tokens = line.split(/(<\/?[\w-]+|\/?>|\s[\w-]+(?==)|"[^"]*")/).filter(Boolean);
  return tokens.map((token) => {
    const kind =
      token.startsWith('<') || token.endsWith('>')
        ? 'tag'
        : token.startsWith('"')
          ? 'string'
          : /^\s[\w-]+$/.test(token)
            ? 'attr'
            : undefined;
    if (!kind) return token;
    const span = document.createElement('span');
    span.className = `tok-${kind}`;
    span.textContent = token;
    return span;
  });
}

const copyButton = byId('copy-snippet') as HTMLButtonElement;
copyButton.addEventListener('click', () => {
  navigator.clipboard.writeText(snippet.textContent).then(
    () => {
      copyButton.textContent = 'Copied ✓';
    },
    () => {
      copyButton.textContent = 'Select and copy';
    },
  );
  setTimeout(() => {
    copyButton.textContent = 'Copy';
  }, 1600);
});

// ---- the back end --------------------------------------------------------------------------------

async function showBackend(): Promise<void> {
  try {
    const response = await fetch('/api/config', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = (server = (await response.json()) as ConfigAnswer);
    const simulated = config.backend === 'simulator';
    backendBadge.dataset['backend'] = config.backend;
    backendBadge.textContent = simulated
      ? 'Simulator — no credentials needed'
      : `Jumio (${config.dataCenter})`;
    backendBadge.title = simulated
      ? `Sessions come from the built-in simulator at ${config.simulatorOrigin ?? 'a second origin'}.`
      : "Sessions come from Jumio's account API, with the credentials in the server's environment.";
    sourceSimulatorLabel.textContent = simulated ? 'Simulator session' : 'Jumio session';
    if (!config.pageSetsTokenLifetime) {
      // Show the lifetime the server uses. The value stays, so the session-url (whose
      // ?tokenLifetime the server ignores) is unchanged and no second session is started.
      lifetimeSelect.replaceChildren(new Option(config.tokenLifetime, lifetimeSelect.value));
      lifetimeSelect.disabled = true;
      lifetimeSelect.title = 'Set by the server (JUMIO_TOKEN_LIFETIME)';
      lifetimeHint.textContent = `The server sets the token lifetime (JUMIO_TOKEN_LIFETIME=${config.tokenLifetime}); the element refreshes an expired token itself.`;
    }
    if (!simulated) {
      // As with the lifetime, the value stays so that the session-url is unchanged.
      redirectSelect.replaceChildren(new Option('Set by Jumio', redirectSelect.value));
      redirectSelect.disabled = true;
      redirectHint.textContent =
        'Jumio takes them from JUMIO_SUCCESS_URL / JUMIO_ERROR_URL, else the Customer Portal.';
    }
  } catch {
    backendBadge.dataset['backend'] = 'offline';
    backendBadge.textContent = 'Demo server unavailable';
    backendBadge.title = 'GET /api/config failed: start the demo with npm start.';
  }
}

updateSnippet();
void showBackend();
