import {
  ReactiveElement,
  type PropertyDeclarations,
  type PropertyValues,
} from '@lit/reactive-element';
import { ClientChannel } from './client-channel.js';
import { cameraProblem } from './environment.js';
import type { JumioEventDetails, JumioEventName, WarningDetail } from './events.js';
import { styles } from './jumio-verify.styles.js';
import { breakpointFor, type Breakpoint } from './protocol/breakpoints.js';
import { buildClientUrl, redactUrl } from './protocol/client-url.js';
import { isFatal, type ConfigProblem } from './protocol/config-problem.js';
import { CLIENT_FRAME_ALLOW } from './protocol/embedding.js';
import { matchLocale, SUPPORTED_LOCALES } from './protocol/locales.js';
import { requestSession, type SessionProvider, type SessionReason } from './session.js';

/** Where the verification is: `opened` means it went on in another tab (`mode="window"`). */
export type VerifyState = 'idle' | 'loading' | 'loaded' | 'success' | 'error' | 'opened';

/** `iframe`: embedded in the page. `window`: a button opens it in a new tab. */
export type VerifyMode = 'iframe' | 'window';

/** How long the client may take to report `loaded` before `jumio-timeout`, in milliseconds. */
export const DEFAULT_LOAD_TIMEOUT = 30_000;

// setTimeout's limit: a longer delay overflows and fires at once.
const MAX_TIMEOUT = 2 ** 31 - 1;

// A change to any of these means a different client: a fresh iframe and a fresh state.
// `sessionProvider` is not among them: see willUpdate.
const SOURCE_PROPERTIES = [
  'href',
  'token',
  'dc',
  'subdomain',
  'locale',
  'sessionUrl',
  'mode',
] as const;

/**
 * Embeds Jumio's hosted ID Verification web client and reports what happens in it as DOM events.
 *
 * @tagname jumio-verify
 * @summary Jumio ID Verification in one element.
 *
 * @attr {VerifyState} state - Read-only, reflected: where the verification is.
 * @attr {Breakpoint} breakpoint - Read-only, reflected: the size class for the element's width.
 *
 * @fires {CustomEvent<ClientMessage>} jumio-loaded - The client loaded in the iframe.
 * @fires {CustomEvent<ClientMessage>} jumio-success - The user's images were accepted for verification.
 * @fires {CustomEvent<ClientError>} jumio-error - The verification could not be completed: the message with `code`, `description`, `retryable` and `sessionExpired`.
 * @fires {CustomEvent<ConfigProblem>} jumio-config-error - The configuration cannot work as given: `{ reason, message }`.
 * @fires {CustomEvent<TimeoutDetail>} jumio-timeout - No `loaded` message within `load-timeout`: `{ timeoutMs, url }`, the token redacted.
 * @fires {CustomEvent<WarningDetail>} jumio-warning - Camera capture (or a new tab) cannot work where the page is, or the iframe posts from another origin than the client's: `{ reason, message }`.
 * @fires {CustomEvent<RefreshDetail>} jumio-refresh - Cancelable: a fresh `web.href` is being fetched after expiry or a timeout: `{ attempt, maxRefresh, cause, code }`.
 *
 * @csspart frame - The iframe that shows the client.
 * @csspart launcher - The button that opens the client in a new tab, in `mode="window"`.
 *
 * @slot - The launcher button's label in `mode="window"` (default "Verify your identity").
 *
 * @cssprop [--jumio-verify-height-large=710px] - Height when the element is at least 900 px wide.
 * @cssprop [--jumio-verify-height-medium=660px] - Height from 640 px wide.
 * @cssprop [--jumio-verify-height-small=600px] - Height from 560 px wide.
 * @cssprop [--jumio-verify-height-x-small=535px] - Height below 560 px wide.
 * @cssprop [--jumio-verify-accent=#1b5ac6] - Background of the launcher button.
 */
// A ReactiveElement, not a LitElement: its shadow tree is one iframe or one button, and lit-html
// would be a quarter of the standalone script's size budget.
export class JumioVerifyElement extends ReactiveElement {
  static override styles = styles;

  // Declared here rather than with @property(): the decorator and its helper would add a third of
  // a kilobyte to the standalone script. Each property's documentation is on its field below.
  static override properties: PropertyDeclarations = {
    href: {},
    token: {},
    dc: {},
    subdomain: {},
    locale: {},
    sessionUrl: { attribute: 'session-url' },
    sessionProvider: { attribute: false },
    maxRefresh: { attribute: 'max-refresh', type: Number },
    loadTimeout: { attribute: 'load-timeout', type: Number },
    mode: { reflect: true },
    frameTitle: { attribute: 'frame-title' },
  };

  /** The locales the hosted client supports, as `{ code, name }`. */
  static readonly supportedLocales = SUPPORTED_LOCALES;

  /**
   * Defines the element as `tag` in `registry` unless that tag is already taken, so the module
   * and the standalone script can both be on a page. Returns the class the tag has.
   */
  static define(
    tag = 'jumio-verify',
    registry: CustomElementRegistry = customElements,
  ): CustomElementConstructor {
    const defined = registry.get(tag);
    if (defined) return defined;
    try {
      registry.define(tag, this);
      return this;
    } catch (error) {
      // A constructor can be registered once per registry (NotSupportedError): another tag
      // needs a subclass. Asked this way rather than with getName(), which Safari 16 lacks.
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      const subclass = class extends this {};
      registry.define(tag, subclass);
      return subclass;
    }
  }

  /** The `web.href` your server got from Jumio's account API: https (http on loopback only). */
  href = '';

  /** The authorization token, instead of `href`; needs `subdomain`. */
  token = '';

  /** Data center for `token`: `us` (default), `eu` or `sg` (`sgp`). */
  dc = '';

  /** Your Domain Name Prefix from the Customer Portal, for `token`. */
  subdomain = '';

  /** One of `supportedLocales` (any case, `de-AT` falls back to `de`); sets the href's `locale`. */
  locale = '';

  /**
   * Your endpoint that creates a Jumio account and answers `{ "href": web.href }`; `POST`ed
   * `{ locale, reason }`.
   */
  sessionUrl = '';

  /**
   * A function that returns a fresh session, instead of `session-url`. Property only. Setting or
   * removing it starts over; replacing it with another function (an inline arrow in a framework
   * template is a new one on every render) only changes what the next request calls.
   */
  sessionProvider: SessionProvider | undefined = undefined;

  /** How many times a session source may be asked again after expiry or a timeout. */
  maxRefresh = 1;

  /**
   * Milliseconds to wait for the client's `loaded` message, and for a session source's answer
   * before that (30 000 by default); `0` waits forever.
   */
  loadTimeout: number = DEFAULT_LOAD_TIMEOUT;

  /** `iframe` (default) embeds the client; `window` shows a button that opens it in a new tab. */
  mode: VerifyMode = 'iframe';

  /** The iframe's accessible name. */
  frameTitle = 'Identity verification';

  /** Read-only, reflected: `idle`, `loading`, `loaded`, `success`, `error` or `opened`. */
  get state(): VerifyState {
    return this.#state;
  }

  /** Read-only, reflected: the size class for the element's width (`large` … `x-small`). */
  get breakpoint(): Breakpoint {
    return this.#breakpoint;
  }

  #channel = new ClientChannel();
  // The observer watches a zero-height probe as wide as the element, not the element itself: the
  // element's height follows its breakpoint, and observing that change from the very callback that
  // caused it would be a "ResizeObserver loop" error on the page.
  #widthProbe = this.#createWidthProbe();
  #resizeObserver = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.#breakpoint = breakpointFor(entry.contentRect.width);
    this.#reflect('breakpoint', this.#breakpoint);
  });
  #state: VerifyState = 'idle';
  #breakpoint: Breakpoint = 'large';
  /** The client URL being shown, or `undefined`. */
  #url: URL | undefined;
  /** The iframe for `#url`; `undefined` until rendered, and again for every new load. */
  #frame: HTMLIFrameElement | undefined;
  /** The iframe the channel and the load timer belong to. */
  #connectedFrame: HTMLIFrameElement | undefined;
  /** The client reported success, or an error that was passed on: the outcome stands. */
  #finished = false;
  /** The newest href from the session source; wins over `href` once there is one. */
  #sessionHref: string | undefined;
  /** The href shown last expired or timed out: a new load needs a fresh session, not that href. */
  #spent = false;
  #refreshes = 0;
  #session: AbortController | undefined;
  #loadTimer: ReturnType<typeof setTimeout> | undefined;
  /** `loadTimeout` and `maxRefresh`, checked once each time they change. */
  #loadTimeoutMs = DEFAULT_LOAD_TIMEOUT;
  #maxRefresh = 1;
  #reloadRequested = false;
  #checkedEnvironment = false;
  #launcher: HTMLButtonElement | undefined;
  #queued: (() => void)[] = [];

  constructor() {
    super();
    this.#channel.on('loaded', (message) => {
      this.#settle('loaded', 'jumio-loaded', message);
    });
    this.#channel.on('success', (message) => {
      this.#settle('success', 'jumio-success', message);
    });
    this.#channel.on('error', (error) => {
      const passOn = (): void => {
        this.#settle('error', 'jumio-error', error);
      };
      if (error.sessionExpired) this.#refreshOr(passOn, 'expired', error.code);
      else passOn();
    });
    this.#channel.on('foreignOrigin', (origin) => {
      this.#warn({
        reason: 'foreign-origin',
        message:
          `jumio-verify: ignoring messages from the verification iframe sent by ${origin}, not ` +
          `by ${this.#url?.origin ?? ''}: it shows another page now, or the href is not the client's.`,
      });
    });
  }

  /** Loads the client afresh: a new iframe, a new session from a session source, state reset. */
  reload(): void {
    if (!this.isConnected) return;
    this.#reloadRequested = true;
    this.requestUpdate();
  }

  /**
   * Opens the client in a new tab, where the camera works even if this page cannot give it to an
   * iframe. There is no postMessage from a tab: the result reaches your `successUrl`/`errorUrl`.
   * Call it from a click handler, or the browser blocks the tab.
   */
  open(): void {
    if (!this.#url && !this.#hasSessionSource()) {
      this.#show(); // reports why there is nothing to open
      return;
    }
    const popup = (this.ownerDocument.defaultView ?? window).open('', '_blank');
    if (!popup) {
      this.#warn({
        reason: 'popup-blocked',
        message:
          'jumio-verify: the browser blocked the new tab. Call open() from a click handler, ' +
          'or use mode="iframe".',
      });
      return;
    }
    // The tab opens blank and navigates once the URL is known: opening it later, after a session
    // request, would no longer count as the user's click, and the browser would block it.
    popup.opener = null;
    const go = (url: URL): void => {
      this.#stop();
      popup.location.replace(url.href);
      this.#setState('opened');
    };
    if (this.#url) {
      go(this.#url);
      return;
    }
    this.#fetchSession('initial', (url) => {
      if (url) go(url);
      else popup.close(); // failed, or the element moved on: no blank tab left behind
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reflect('state', this.#state);
    this.#reflect('breakpoint', this.#breakpoint);
    this.#resizeObserver.observe(this.#widthProbe);
    if (this.hasUpdated) {
      // Re-inserting an iframe reloads it: a flow in progress starts over, but a finished one
      // stays finished (its token is spent) until reload() or a new source.
      if (this.#finished) this.#url = this.#frame = undefined;
      else this.#load();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    this.#stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (first || changed.has('loadTimeout')) {
      this.#loadTimeoutMs = this.#numberOption(
        'load-timeout',
        this.loadTimeout,
        DEFAULT_LOAD_TIMEOUT,
        MAX_TIMEOUT,
      );
    }
    if (first || changed.has('maxRefresh')) {
      this.#maxRefresh = this.#numberOption('max-refresh', this.maxRefresh, 1);
    }
    // Lit compares by identity, and a framework re-render hands over a new but equivalent
    // provider function: only gaining or losing a provider changes the source.
    const providerToggled =
      changed.has('sessionProvider') &&
      (changed.get('sessionProvider') === undefined) !== (this.sessionProvider === undefined);
    if (
      first ||
      this.#reloadRequested ||
      providerToggled ||
      SOURCE_PROPERTIES.some((key) => changed.has(key))
    ) {
      this.#reloadRequested = false;
      this.#configure();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    // Where adoptedStyleSheets is missing (Safari before 16.4), Lit puts the styles in <style>s.
    const styles = [...root.children].filter((node) => node.localName === 'style');
    const next = [...styles, this.#widthProbe, ...this.#render()];
    // Re-inserting an iframe reloads it: touch the tree only when its content really changes.
    if (root.children.length !== next.length || next.some((node, i) => root.children[i] !== node)) {
      root.replaceChildren(...next);
    }
  }

  /** The shadow tree: the launcher in a tab's stead, else the client's iframe once there is a URL. */
  #render(): Element[] {
    if (this.mode === 'window') {
      this.#launcher ??= this.#createLauncher();
      this.#launcher.disabled = this.#state === 'loading';
      return [this.#launcher];
    }
    if (!this.#url || this.#state === 'opened') return [];
    this.#frame ??= this.#createFrame(this.#url);
    this.#frame.title = this.frameTitle;
    return [this.#frame];
  }

  #createFrame(url: URL): HTMLIFrameElement {
    const frame = this.ownerDocument.createElement('iframe');
    frame.setAttribute('part', 'frame');
    frame.allow = CLIENT_FRAME_ALLOW;
    frame.allowFullscreen = true;
    frame.src = url.href;
    return frame;
  }

  #createWidthProbe(): HTMLDivElement {
    const probe = this.ownerDocument.createElement('div');
    probe.className = 'width-probe';
    return probe;
  }

  #createLauncher(): HTMLButtonElement {
    const button = this.ownerDocument.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'launcher');
    const label = button.appendChild(this.ownerDocument.createElement('slot'));
    label.textContent = 'Verify your identity';
    button.addEventListener('click', () => {
      this.open();
    });
    return button;
  }

  protected override updated(): void {
    const frame = this.#frame;
    if (frame?.isConnected && this.#url && frame !== this.#connectedFrame) {
      this.#connectedFrame = frame;
      this.#channel.connect(frame, this.#url.origin);
      this.#startLoadTimer();
      this.#checkEnvironment(frame);
    }
    const queued = this.#queued;
    this.#queued = [];
    for (const dispatch of queued) dispatch();
  }

  /** A new source: forget the session and the refresh count, then load. */
  #configure(): void {
    this.#sessionHref = undefined;
    this.#spent = false;
    this.#refreshes = 0;
    this.#load();
  }

  #load(): void {
    this.#reset();
    if (!this.isConnected) return;
    const hasOwnSource = this.#sessionHref ?? (this.href.trim() || this.token.trim());
    if (!this.#hasSessionSource() || (hasOwnSource && !this.#spent)) {
      this.#show();
    } else if (this.mode === 'window') {
      // A tab's session is fetched on open(), so that its token is fresh when it is used.
      this.#setState('idle');
    } else {
      // Moved while a refresh was on its way: the same refresh again, not the spent href.
      this.#fetchSession(this.#spent ? 'refresh' : 'initial', () => {});
    }
  }

  /** Forgets the current load: its messages, timer, session request, URL and iframe. */
  #reset(): void {
    this.#stop();
    this.#url = this.#frame = undefined;
    this.#finished = false;
    this.requestUpdate();
  }

  /** Builds the client URL from the current source and shows it, or reports why it cannot. */
  #show(): void {
    const { url, problems } = buildClientUrl({
      href: this.#sessionHref ?? this.href,
      token: this.#sessionHref ? '' : this.token,
      dc: this.dc,
      subdomain: this.subdomain,
      locale: this.locale,
    });
    for (const problem of problems) this.#report(problem);
    this.#url = url;
    this.#frame = undefined;
    this.requestUpdate();
    if (url) this.#setState(this.mode === 'window' ? 'idle' : 'loading');
    else this.#setState(problems.some(isFatal) ? 'error' : 'idle');
  }

  #hasSessionSource(): boolean {
    return Boolean(this.sessionProvider ?? this.sessionUrl.trim());
  }

  /**
   * Asks the session source for a fresh href and shows it. `onDone` gets the new URL, or
   * `undefined` when the request failed (reported) or was aborted (`aborted`: the element moved on).
   */
  #fetchSession(
    reason: SessionReason,
    onDone: (url: URL | undefined, aborted: boolean) => void,
  ): void {
    // A jumio-refresh listener may have removed the element: connecting again asks anew.
    if (!this.isConnected) {
      onDone(undefined, true);
      return;
    }
    this.#reset();
    this.#setState('loading');
    const session = (this.#session = new AbortController());
    const request = { locale: matchLocale(this.locale), reason };
    requestSession(
      this.sessionUrl.trim(),
      this.sessionProvider,
      request,
      session.signal,
      this.#loadTimeoutMs,
    ).then(
      (result) => {
        // The answer can settle in the same task as a source change that aborted it.
        if (session.signal.aborted) {
          onDone(undefined, true);
          return;
        }
        this.#session = undefined;
        if (result.ok) {
          this.#sessionHref = result.href;
          this.#spent = false;
          this.#show();
        } else {
          this.#report({ reason: 'session-failed', message: result.message });
          this.#setState('error');
        }
        onDone(this.#url, false);
      },
      // requestSession rejects only when aborted: a failure is an answer.
      () => {
        onDone(undefined, true);
      },
    );
  }

  /**
   * Asks the session source for a fresh href after expiry or a timeout, if there is one, refreshes
   * are left and no listener cancels `jumio-refresh`; otherwise, or if that request fails, passes
   * the original outcome on.
   */
  #refreshOr(passOn: () => void, cause: 'expired' | 'timeout', code: number | undefined): void {
    const attempt = this.#refreshes + 1;
    const maxRefresh = this.#maxRefresh;
    if (
      !this.#hasSessionSource() ||
      attempt > maxRefresh ||
      !this.#emit('jumio-refresh', { attempt, maxRefresh, cause, code }, true)
    ) {
      passOn();
      return;
    }
    this.#refreshes = attempt;
    this.#spent = true;
    this.#fetchSession('refresh', (url, aborted) => {
      if (!url && !aborted) passOn();
    });
  }

  #startLoadTimer(): void {
    const timeoutMs = this.#loadTimeoutMs;
    if (timeoutMs === 0 || !this.#url) return;
    const url = redactUrl(this.#url);
    this.#loadTimer = setTimeout(() => {
      this.#loadTimer = undefined;
      this.#refreshOr(
        () => {
          this.#setState('error');
          this.#emit('jumio-timeout', { timeoutMs, url });
        },
        'timeout',
        undefined,
      );
    }, timeoutMs);
  }

  /**
   * A numeric option's value, or its default (with a config error) when it is not a number from 0
   * to `max`. A removed attribute reads as `null`, which means the default too.
   */
  #numberOption(
    attribute: string,
    value: number | null,
    fallback: number,
    max = Number.MAX_SAFE_INTEGER,
  ): number {
    if (value === null) return fallback;
    if (value >= 0 && value <= max) return value;
    this.#report({
      reason: 'invalid-option',
      message: `jumio-verify: ${attribute} "${String(value)}" is not a number from 0 to ${max}; using ${fallback}.`,
    });
    return fallback;
  }

  /** Stops what belongs to the current load: messages, timer, pending session request. */
  #stop(): void {
    this.#channel.disconnect();
    this.#connectedFrame = undefined;
    clearTimeout(this.#loadTimer);
    this.#loadTimer = undefined;
    this.#session?.abort();
    this.#session = undefined;
  }

  #settle<K extends 'jumio-loaded' | 'jumio-success' | 'jumio-error'>(
    state: VerifyState,
    type: K,
    detail: JumioEventDetails[K],
  ): void {
    clearTimeout(this.#loadTimer);
    this.#loadTimer = undefined;
    this.#finished = state !== 'loaded';
    this.#setState(state);
    this.#emit(type, detail);
  }

  #checkEnvironment(frame: HTMLIFrameElement): void {
    if (this.#checkedEnvironment) return;
    this.#checkedEnvironment = true;
    const problem = cameraProblem(frame);
    if (problem) this.#warn(problem);
  }

  #warn(warning: WarningDetail): void {
    console.warn(warning.message);
    this.#emit('jumio-warning', warning);
  }

  /** Logs what to fix (an error when nothing can be shown, else a warning) and dispatches it. */
  #report(problem: ConfigProblem): void {
    (isFatal(problem) ? console.error : console.warn)(problem.message);
    this.#emit('jumio-config-error', problem);
  }

  /**
   * Dispatches a bubbling, composed event. During an update the event waits until the update is
   * done, so a listener that sets a property starts a new update instead of being lost in this one.
   */
  #emit<K extends JumioEventName>(
    type: K,
    detail: JumioEventDetails[K],
    cancelable = false,
  ): boolean {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
    if (this.isUpdatePending && !cancelable) {
      this.#queued.push(() => this.dispatchEvent(event));
      return true;
    }
    return this.dispatchEvent(event);
  }

  #setState(state: VerifyState): void {
    this.#state = state;
    this.#reflect('state', state);
    this.requestUpdate(); // the launcher's disabled state and the 'opened' tree follow it
  }

  #reflect(name: 'state' | 'breakpoint', value: string): void {
    if (this.isConnected) this.setAttribute(name, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jumio-verify': JumioVerifyElement;
  }
}
