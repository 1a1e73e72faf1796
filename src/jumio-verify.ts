import {
  ReactiveElement,
  type PropertyDeclarations,
  type PropertyValues,
} from '@lit/reactive-element';
import { TabChannel } from './client-channel.js';
import { ClientLoad } from './client-load.js';
import { probeEnvironment } from './environment.js';
import type { JumioEventDetails, JumioEventName } from './events.js';
import {
  DEFAULT_LOAD_TIMEOUT,
  DEFAULT_MAX_REFRESH,
  hasOwnSource,
  INITIAL_FLOW,
  next,
  takesTabResult,
  text,
  type FlowEffect,
  type FlowInput,
  type FlowSourceInput,
  type FlowState,
  type AfterOutcome,
  type VerifyFallback,
  type VerifyMode,
  type VerifyState,
} from './flow.js';
import { styles } from './jumio-verify.styles.js';
import { breakpointFor, type Breakpoint } from './protocol/breakpoints.js';
import type { Capability } from './protocol/capability.js';
import { isFatal } from './protocol/config-problem.js';
import {
  preferredLocale,
  resolveLocale,
  RTL_LOCALES,
  SUPPORTED_LOCALES,
  type LocaleCode,
} from './protocol/locales.js';
import { TAB_FLOW_KEY } from './protocol/redirect-result.js';
import { requestSession, type SessionProvider } from './session.js';
import { present, type ElementView } from './presentation.js';
import { EN, textLanguageOf, type TextLanguage } from './texts.js';
import { loadTexts } from './texts-loader.js';
import { focusOn, shows, sync, ViewNodes, type TextLocale } from './view.js';

export type { ElementView };
export {
  DEFAULT_LOAD_TIMEOUT,
  DEFAULT_MAX_REFRESH,
  type AfterOutcome,
  type VerifyFallback,
  type VerifyMode,
  type VerifyState,
};

/**
 * Lit's Number attribute converter, but a blank attribute is no number (NaN, which the flow
 * reports): `Number('')` is 0, and `load-timeout=""` (a template's empty setting) would wait
 * forever without a word.
 */
const numberAttribute = {
  fromAttribute: (value: string | null): number | null =>
    value === null ? null : value.trim() ? Number(value) : NaN,
};

/**
 * Embeds Jumio's hosted ID Verification web client and reports what happens in it as DOM events.
 *
 * @tagname jumio-verify
 * @summary Jumio ID Verification in one element.
 *
 * @attr {VerifyState} state - Read-only, reflected: where the verification is.
 * @attr {Breakpoint} breakpoint - Read-only, reflected: the size class for the element's width.
 * @attr {ElementView} view - Read-only, reflected: what the element shows: `frame`, `launcher`, `opened`, `panel` or `none`.
 *
 * @fires {CustomEvent<ClientMessage>} jumio-loaded - The client loaded in the iframe.
 * @fires {CustomEvent<JumioSuccessDetail>} jumio-success - The user's images were accepted for verification: the message, and `via` (`message` or `redirect`).
 * @fires {CustomEvent<JumioErrorDetail>} jumio-error - The client reported an error: the message with `code`, `description`, `retryable`, `sessionExpired`, `publicErrorCode`, `final` (false: the user can go on in the same client) and `via`.
 * @fires {CustomEvent<ConfigProblem>} jumio-config-error - The configuration cannot work as given: `{ reason, message }`.
 * @fires {CustomEvent<TimeoutDetail>} jumio-timeout - No `loaded` message within `load-timeout`: `{ timeoutMs, url }`, the token redacted.
 * @fires {CustomEvent<WarningDetail>} jumio-warning - Something will hurt the flow: camera capture (or a new tab) cannot work where the page is, the iframe posts from another origin than the client's, or the href or locale is not one Jumio's client is known to have: `{ reason, message }`.
 * @fires {CustomEvent<RefreshDetail>} jumio-refresh - Cancelable: a fresh `web.href` is being fetched after expiry or a timeout: `{ attempt, maxRefresh, cause, code }`.
 *
 * @csspart stage - What holds the client's iframe, and covers it while the client is not up.
 * @csspart frame - The iframe that shows the client.
 * @csspart loading - What covers the client (or stands in its stead) while it gets ready.
 * @csspart spinner - The loading indicator; still for `prefers-reduced-motion: reduce`.
 * @csspart loading-text - Its text, "Loading the identity verification…".
 * @csspart refreshing - The same while a fresh session replaces an expired one.
 * @csspart refreshing-text - Its text, "Your session expired. Starting a new one…".
 * @csspart error - A final error: a bar above the client, or a panel where it never started.
 * @csspart error-text - Its text, a few words for the user about the error code.
 * @csspart try-again - The "Try again" button, where a fresh session can help (it calls `reload()`).
 * @csspart unavailable - What stands in for the client when the configuration cannot work, the session source failed or no source came: a neutral text, the detail is for the developer.
 * @csspart unavailable-text - Its text.
 * @csspart launcher - The button that opens the client in a new tab, in `mode="window"`.
 * @csspart opened - What stands in for the client while it goes on in a tab.
 * @csspart opened-text - Its text.
 * @csspart done - What stands in for the launcher once the journey in a tab succeeded (`after-outcome="keep"`).
 * @csspart done-text - Its text, "Thank you. Your documents were submitted for verification."
 * @csspart resume - The button there that brings the tab back.
 * @csspart fallback - The bar above the iframe that offers a new tab where the camera cannot work.
 * @csspart fallback-text - Its text.
 * @csspart fallback-button - Its "Continue in a new tab" button.
 *
 * @slot - The launcher button's label in `mode="window"` (default "Verify your identity").
 * @slot loading - Your own content while the client gets ready (default: an indicator and a text).
 * @slot refreshing - Your own content while an expired session is replaced.
 * @slot error - Your own content for a final error (the default has "Try again" where it helps: call `reload()` from yours).
 * @slot unavailable - Your own content when the configuration cannot work, or no source came within `load-timeout` (listen to `jumio-config-error` for why).
 * @slot opened - The text while the flow goes on in a tab.
 * @slot done - Your own content once the journey in a tab succeeded.
 * @slot fallback - The fallback bar's content: your own, with a control that calls `open()`.
 * @slot frame - Where a server-rendered iframe shows once adopted (the element sets `slot="frame"` on it).
 *
 * @cssprop [--jumio-verify-height-large=710px] - Height when the element is at least 900 px wide.
 * @cssprop [--jumio-verify-height-medium=660px] - Height from 640 px wide.
 * @cssprop [--jumio-verify-height-small=600px] - Height from 560 px wide.
 * @cssprop [--jumio-verify-height-x-small=535px] - Height below 560 px wide.
 * @cssprop [--jumio-verify-accent=#1b5ac6] - Buttons and the loading indicator.
 * @cssprop [--jumio-verify-surface=#f1f4fa] - The background of the bars and panels.
 * @cssprop [--jumio-verify-color=#1f2937] - The text of the bars and panels (set it with `--jumio-verify-surface`).
 * @cssprop [--jumio-verify-radius=0.5em] - The corners of the bars, panels and buttons.
 */
// A ReactiveElement, not a LitElement: its shadow tree is one iframe or one button, and lit-html
// would be a quarter of the standalone script's size budget.
export class JumioVerifyElement extends ReactiveElement {
  static override styles = styles;

  // The public properties, declared once: the attributes, the README's tables (through the
  // custom-elements manifest), JumioVerifyProps and the flow's source list all come from here.
  // Declared here rather than with @property(), whose helper would add a third of a kilobyte to the
  // standalone script. Each property's documentation is on its field below.
  static override properties = {
    href: {},
    token: {},
    dc: {},
    subdomain: {},
    locale: {},
    sessionUrl: { attribute: 'session-url' },
    sessionProvider: { attribute: false },
    maxRefresh: { attribute: 'max-refresh', converter: numberAttribute },
    loadTimeout: { attribute: 'load-timeout', converter: numberAttribute },
    mode: { reflect: true },
    fallback: {},
    afterOutcome: { attribute: 'after-outcome' },
    frameTitle: { attribute: 'frame-title' },
    serverRendered: { attribute: 'server-rendered', type: Boolean },
  } as const satisfies PropertyDeclarations;

  /** The locales the hosted client supports, as `{ code, name, nativeName, seed }`. */
  static readonly supportedLocales = SUPPORTED_LOCALES;

  /**
   * Defines the element as `tag` in `registry` unless that tag is already taken, and returns the
   * class the tag has. When another copy of the element has it (two versions of the package, or
   * the module and the standalone script on one page), that one stays and a warning says so.
   * Where there is no registry (a server rendering the page), it defines nothing.
   */
  static define(
    tag = 'jumio-verify',
    // Absent in Node (unless Lit's DOM shim is loaded) and in some extension content scripts.
    registry = globalThis.customElements as CustomElementRegistry | undefined,
  ): CustomElementConstructor {
    if (!registry) return this;
    const defined = registry.get(tag);
    if (defined) {
      // This class, or a subclass of it (define() made one for another tag, or the page did).
      if (defined === this || defined.prototype instanceof this) return defined;
      console.warn(
        `jumio-verify: <${tag}> is already defined by another class (another copy or version of jumio-verify, such as the standalone script next to the module): the page uses that one, not this. Load one copy, or define this one under another tag.`,
      );
      return defined;
    }
    try {
      registry.define(tag, this);
      return this;
    } catch (error) {
      // A constructor can be registered once per registry (a browser's NotSupportedError, a plain
      // Error from Lit's server shim): another tag needs a subclass. Asked this way rather than
      // with getName(), which Safari 16 lacks. An invalid tag name is the caller's to fix.
      if (error instanceof DOMException && error.name === 'SyntaxError') throw error;
      const subclass = class extends this {};
      try {
        registry.define(tag, subclass);
      } catch {
        throw error;
      }
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

  /**
   * The client's language, and the element's: one of `supportedLocales` in any case (`pt_br` →
   * `pt-BR`), any language tag, which falls back to the nearest one (`de-AT` → `de`), or `auto`, the
   * best match of the browser's languages; sets the href's `locale` (see `resolvedLocale`).
   */
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
  maxRefresh: number = DEFAULT_MAX_REFRESH;

  /**
   * Milliseconds to wait for the client's `loaded` message, for a session source's answer before
   * that, and for a source at all (30 000 by default); `0` waits forever. A change restarts the
   * wait for a source; a load or session request under way keeps its timer, the next takes it.
   */
  loadTimeout: number = DEFAULT_LOAD_TIMEOUT;

  /** `iframe` (default) embeds the client; `window` shows a button that opens it in a new tab. */
  mode: VerifyMode = 'iframe';

  /**
   * When camera capture cannot work in the iframe but would in a tab (an http page, a policy
   * without the camera): `auto` (default) offers "Continue in a new tab" next to the iframe;
   * `window` goes to the tab path at once; `none` only warns.
   */
  fallback: VerifyFallback = 'auto';

  /**
   * What the iframe shows once the outcome is reported: `keep` (default) leaves it, with the
   * client's last screen or your redirect page (after a journey in a tab, the element says it is
   * done); `remove` removes it and shows nothing, for a page that shows its own.
   */
  afterOutcome: AfterOutcome = 'keep';

  /**
   * The iframe's accessible name; by default the `title` a server gave an adopted iframe, else
   * "Identity verification" in the element's language (see `locale`).
   */
  frameTitle = '';

  /**
   * The server rendered the client's iframe inside the element (`renderClientFrame`): while the
   * page is still parsing, the element waits for that iframe before it starts, whatever its
   * source. A session source then serves only refreshes; an `href` or `token` keeps the iframe
   * where it shows that very URL. Needed only where the element's script runs before the parser
   * reaches the iframe (a blocking or `async` script in `<head>`); read when it first starts.
   */
  serverRendered = false;

  /** Read-only, reflected: `idle`, `loading`, `loaded`, `success`, `error` or `opened`. */
  get state(): VerifyState {
    return this.#flow.state;
  }

  /**
   * Read-only, reflected: what the element shows: `frame`, `launcher`, `opened`, `panel` or
   * `none` before it starts (the attribute, set by each render, from its first update).
   */
  get view(): ElementView {
    return this.#configured ? present(this.#flow, Boolean(this.#load)).view : 'none';
  }

  /** Read-only, reflected: the size class for the element's width (`large` … `x-small`). */
  get breakpoint(): Breakpoint {
    return this.#breakpoint;
  }

  /**
   * Read-only: the locale sent to the client, as it spells it: `locale` matched (`de-AT` → `de`),
   * or for `locale="auto"` the best match of the browser's languages; `undefined` for its default.
   */
  get resolvedLocale(): string | undefined {
    return resolveLocale(this.#flow.source?.locale ?? '')?.code;
  }

  /**
   * Read-only: whether camera capture can work for the current client, and if not, why
   * (`{ capture, reasons, tabHelps }`), as found before the iframe shows and once it is in.
   */
  get capability(): Capability {
    return this.#flow.capability;
  }

  #flow: FlowState = INITIAL_FLOW;
  /** Inputs that came while effects were carried out (a listener's), taken in order after them. */
  readonly #inputs: FlowInput[] = [];
  #sending = false;
  /** The load on show: its iframe, messages and timer. */
  #load: ClientLoad | undefined;
  #session: AbortController | undefined;
  /** Nothing to show yet: when the wait for a source is over (see `awaitSource`). */
  #sourceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The tab the flow went on in, and the boundary that hears its redirect page. */
  #tab: Window | undefined;
  #tabChannel: TabChannel | undefined;
  #reloadRequested = false;
  /** It was in the document before its class was defined: an upgrade, not the parser's. */
  readonly #upgraded = this.isConnected;
  /** The property values the flow was last given (see `#applyProperties`). */
  readonly #given: Partial<Record<JumioVerifyProperty, unknown>> = {};
  /** The source was given to the flow once (see `#applyProperties`). */
  get #configured(): boolean {
    return this.#flow.source !== undefined;
  }
  /** Stops waiting for the parser to reach the element's children. */
  #stopAwaitingChildren: (() => void) | undefined;
  /** Events raised during an update, dispatched once it is done (see #emit). */
  #queued: (() => void)[] = [];
  /**
   * What had focus went (a control, the client's iframe), or `focus()` came while the client was
   * out of reach: what stands in its place gets it, as soon as there is something.
   */
  #refocus = false;
  /** What had focus when `focus()` came too soon: focus is still there, not gone elsewhere. */
  #refocusFrom: Element | undefined;
  #view = new ViewNodes(this.ownerDocument, {
    open: () => {
      this.open();
    },
    retry: () => {
      this.reload();
    },
  });
  /** The element's texts, in the language of its locale once they have loaded. */
  #texts: TextLocale = { texts: EN, lang: 'en', dir: 'ltr' };
  #textLanguage: TextLanguage = 'en';
  /** The texts of `#textLanguage` are on their way: nothing is announced in another language. */
  #textsPending = false;
  #breakpoint: Breakpoint = 'large';
  // The observer watches a zero-height probe as wide as the element, not the element itself: the
  // element's height follows its breakpoint, and observing that change from the very callback that
  // caused it would be a "ResizeObserver loop" error on the page.
  #widthProbe = this.#createWidthProbe();
  #resizeObserver = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.#breakpoint = breakpointFor(entry.contentRect.width);
    this.#reflect('breakpoint', this.#breakpoint);
  });

  /** Loads the client afresh: a new iframe, a new session from a session source, state reset. */
  reload(): void {
    if (!this.isConnected) return;
    this.#reloadRequested = true;
    this.requestUpdate();
  }

  /**
   * Opens the client in a new tab, where the camera works even if this page cannot give it to an
   * iframe, and moves an embedded flow there. The client posts nothing from a tab: the result
   * reaches your `successUrl`/`errorUrl`, whose `completeRedirect()` hands it back to the element.
   * Call it from a click handler, or the browser blocks the tab. While the flow goes on in a tab
   * the user still has, it brings that tab back instead; where the page cannot see that tab any
   * more, a new one goes on with the same journey.
   */
  open(): void {
    // A second tab would take the flow from the first, where the user may well finish it.
    if (this.state === 'opened' && this.#tab && !this.#tab.closed) this.#tab.focus();
    else this.#send({ type: 'open' });
  }

  override connectedCallback(): void {
    // Made by the parser with an href or a token, it starts in a microtask queued ahead of Lit's
    // first update, past Lit's scheduling: the iframe's request is on the page's critical path.
    // The browser runs it as soon as this callback returns, or once the script that connected the
    // element (a timer's, a MutationObserver's) has set what else it sets. The update then
    // renders the rest, and dispatches what the start raised (see #emit).
    if (!this.#configured && this.#startsAtConnect()) {
      queueMicrotask(() => {
        if (this.#configured || !this.isConnected) return;
        this.#applyProperties();
        // The parser is inside it: a server-rendered iframe may still come (see shouldUpdate).
        if (childrenMayFollow(this)) this.#awaitChildren();
      });
    }
    super.connectedCallback();
    this.#reflect('state', this.state);
    this.#reflect('breakpoint', this.#breakpoint);
    this.#resizeObserver.observe(this.#widthProbe);
    this.#send({ type: 'attach' });
    // Moved while its first configuration waited for the parser: Lit asks for no update on a
    // reconnection, so ask here, or the element would wait for a property change. Moved while
    // the parser is inside it, having started: it watches for a late iframe again.
    if (!this.#configured && !this.isUpdatePending) this.requestUpdate();
    else if (this.#configured && childrenMayFollow(this)) this.#awaitChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopAwaitingChildren?.();
    this.#resizeObserver.disconnect();
    this.#send({ type: 'detach' });
  }

  /**
   * The parser may not have reached the element's children yet (its script ran in <head>).
   * Without a source of its own, the client can only be a server-rendered iframe still to come:
   * the element does not update at all until that iframe is in or the parser has gone past it
   * (not even a first render, which would sit between the parser and the iframe); nor does one
   * marked `server-rendered`, whatever its source. Otherwise it starts at once, and a
   * server-rendered iframe the parser adds later is the first session if the session source has
   * not answered yet, or else a second copy of the client, which goes (`lateFrames`).
   */
  protected override shouldUpdate(): boolean {
    if (this.#configured) return true;
    if (childrenMayFollow(this)) this.#awaitChildren();
    return this.#mayStart();
  }

  /** The first configuration can go ahead: see `shouldUpdate`. */
  #mayStart(): boolean {
    if (!childrenMayFollow(this) || this.#lightFrames().length) return true;
    return !this.serverRendered && hasOwnSource(this.#source());
  }

  /**
   * Starts as it connects: only as the HTML parser makes it, which sets every attribute first
   * (and no child yet), with an `href` or a `token` and not `server-rendered`; what a timer's or
   * a MutationObserver's callback sets as it connects is in too, the start being a microtask. Not
   * when a script makes, moves or upgrades it (nor once the page is parsed): a framework may set
   * properties later, or Lit may still have properties set before the upgrade to hand over, and
   * the client would load twice. Never from a session source alone: a session request cannot be
   * taken back (the endpoint may have created an account at Jumio).
   */
  #startsAtConnect(): boolean {
    const document = this.ownerDocument;
    if (document.readyState !== 'loading' || document.currentScript || this.#upgraded) return false;
    return !this.serverRendered && Boolean(text(this.href).trim() || text(this.token).trim());
  }

  protected override willUpdate(): void {
    this.#applyProperties();
  }

  /**
   * Hands the flow the options and the source where they differ from what it was last given (all
   * of them the first time), and a reload that was asked for.
   */
  #applyProperties(): void {
    const given = this.#given;
    const changed = (key: JumioVerifyProperty): boolean => {
      const value = this[key];
      if (key in given && Object.is(given[key], value)) return false;
      given[key] = value;
      return true;
    };
    const options: Partial<Record<(typeof OPTION_PROPERTIES)[number], unknown>> = {};
    for (const key of OPTION_PROPERTIES) if (changed(key)) options[key] = this[key];
    if (Object.keys(options).length) this.#send({ type: 'options', ...options });
    const source = this.#source();
    // Every property is compared (not short-circuited), so that each is recorded as given.
    const sourceChanged = SOURCE_PROPERTIES.map(changed).includes(true);
    const reload = this.#reloadRequested;
    this.#reloadRequested = false;
    // A framework re-render hands over a new but equivalent provider function: only gaining or
    // losing a provider changes the source.
    if (sourceChanged || source.provider !== this.#flow.source?.provider) {
      this.#send({ type: 'configure', source, environment: probeEnvironment(this.ownerDocument) });
      this.#localize();
    } else if (reload) this.#send({ type: 'reload' });
  }

  /**
   * Moves focus into the flow: the view's button if it has one (the first control of your content
   * that takes focus where that replaces it), else the client's iframe, else the error message.
   * While the client loads under the loading panel (or its source has yet to come), it gets focus
   * once it is up, unless focus has gone elsewhere by then.
   */
  override focus(options?: FocusOptions): void {
    if (this.#focusFlow(options) || !this.#gettingReady()) return;
    this.#refocus = true;
    this.#refocusFrom = this.ownerDocument.activeElement ?? undefined;
  }

  /** The element gets the client ready (its `aria-busy`): a loading panel shows, say. */
  #gettingReady(): boolean {
    return present(this.#flow, Boolean(this.#load)).busy;
  }

  /** Focus to the first part of the flow that takes it (an inert, covered iframe does not). */
  #focusFlow(options?: FocusOptions): boolean {
    return focusOn([...this.#view.controls(), this.#load?.frame, this.#view.message()], options);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    // Where a control of the old view had focus, the new view's gets it (see #keepFocus): one
    // of the element's own, or one in your content that showed through the old view's slot.
    const active = this.ownerDocument.activeElement;
    const focused =
      (root as ShadowRoot).activeElement ??
      (active !== this && this.contains(active) ? active : null);
    // Where adoptedStyleSheets is missing (Safari before 16.4), Lit puts the styles in <style>s.
    const styles = [...root.children].filter((node) => node.localName === 'style');
    // Only inserting and removing: re-inserting an iframe would reload the client.
    sync(root, [...styles, this.#widthProbe, ...this.#render()]);
    if (focused && (!focused.isConnected || this.#unshown(focused))) this.#refocus = true;
    if (this.#refocus) this.#keepFocus();
  }

  protected override updated(): void {
    const queued = this.#queued;
    this.#queued = [];
    for (const dispatch of queued) dispatch();
    // After what the update raised: what the iframe brings comes last (README: "Events").
    this.#load?.inserted();
  }

  /** The shadow tree for the flow: the iframe, the launcher, or what stands in for them. */
  #render(): Element[] {
    const load = this.#load;
    const frame = load?.frame;
    // The iframe's name, set here only (a new iframe is in before its first render, in the same
    // task): the page's, else the one the server gave an adopted iframe, else the element's in
    // its language (which also stands in for renderClientFrame's English default).
    if (frame)
      frame.title = text(this.frameTitle).trim() || load.ownTitle || this.#texts.texts.frameTitle;
    const presentation = present(this.#flow, Boolean(frame));
    this.#reflect('view', presentation.view);
    return this.#view.render(
      this.#textsPending ? { ...presentation, announce: undefined } : presentation,
      load ? { frame: load.frame, adopted: load.adopted } : undefined,
      this.#texts,
    );
  }

  /**
   * The control that had focus went with the old view (the launcher once the tab opened, "Try
   * again" once the client is back), or the iframe the user was in went (an expired session's,
   * replaced), or `focus()` came while the client was loading under its panel: focus goes to
   * what stands in its place, as soon as there is something, never further, and not once the
   * user has gone on elsewhere. The element does not move focus by itself otherwise, on load,
   * reload or refresh.
   */
  #keepFocus(): void {
    const document = this.ownerDocument;
    const active = document.activeElement;
    const elsewhere =
      active &&
      active !== document.body &&
      active !== this &&
      active !== this.#refocusFrom &&
      !this.#unshown(active);
    // Nothing took it: a later render's while a fresh client is on its way, else none at all (a
    // reload() or a new href minutes later must not take focus from wherever it is).
    if (elsewhere || this.#focusFlow({ preventScroll: true }) || !this.#gettingReady()) {
      this.#refocus = false;
      this.#refocusFrom = undefined;
    }
  }

  /**
   * `node` is in your content in the element, and no longer shows: the slot it showed through
   * went with the old view. (A layout read, made only where your content had focus.)
   */
  #unshown(node: Element): boolean {
    return this.contains(node) && !shows(node);
  }

  /** The user is in the current load's iframe. */
  #inFrame(): boolean {
    const frame = this.#load?.frame;
    return (
      frame !== undefined && (frame.getRootNode() as ShadowRoot | Document).activeElement === frame
    );
  }

  /** Loads the texts of the locale's language, if it is not the one shown. */
  #localize(): void {
    const locale = this.resolvedLocale;
    const language = textLanguageOf(locale);
    const dir = RTL_LOCALES.includes(locale as LocaleCode) ? 'rtl' : 'ltr';
    if (language === this.#textLanguage) {
      // Not for English standing in for texts that are on their way or failed to load.
      if (this.#texts.lang === language) this.#texts = { ...this.#texts, dir };
      return;
    }
    this.#textLanguage = language;
    const show = (shown: TextLocale): void => {
      if (this.#textLanguage !== language) return; // the locale changed meanwhile
      this.#texts = shown;
      this.#textsPending = false;
      this.requestUpdate();
    };
    if (language === 'en') {
      show({ texts: EN, lang: 'en', dir });
      return;
    }
    this.#textsPending = true;
    setTimeout(() => {
      // Texts that take too long: the live regions speak the ones shown rather than nothing.
      if (this.#textsPending) show(this.#texts);
    }, TEXTS_WAIT);
    loadTexts(language).then(
      (texts) => {
        show({ texts, lang: language, dir });
      },
      () => {
        // The standalone script without its texts/ beside it: English, and marked so.
        show({ texts: EN, lang: 'en', dir: 'ltr' });
      },
    );
  }

  /** The source properties as the flow sees them: strings, whatever a framework set. */
  #source(): FlowSourceInput {
    return {
      href: text(this.href),
      token: text(this.token),
      dc: text(this.dc),
      subdomain: text(this.subdomain),
      // "auto": the browser's languages, best first; read once per change of the source.
      locale:
        text(this.locale).trim().toLowerCase() === 'auto'
          ? (preferredLocale(navigator.languages) ?? '')
          : text(this.locale),
      sessionUrl: text(this.sessionUrl),
      provider: typeof this.sessionProvider === 'function',
      mode: text(this.mode),
      fallback: text(this.fallback),
      ...framesOf(this.#lightFrames()),
    };
  }

  /**
   * Takes `input` through the flow and carries out its effects. An input raised while effects are
   * carried out (by an event listener, or a session that answers at once) waits for them.
   */
  #send = (input: FlowInput): void => {
    this.#inputs.push(input);
    if (this.#sending) return;
    this.#sending = true;
    const before = this.#flow;
    const load = this.#load;
    try {
      for (let taken = this.#inputs.shift(); taken; taken = this.#inputs.shift()) {
        const step = next(this.#flow, taken);
        const changed = step.state.state !== this.#flow.state;
        this.#flow = step.state;
        if (changed) this.#reflect('state', step.state.state);
        for (const effect of step.effects) this.#run(effect);
      }
    } finally {
      this.#sending = false;
    }
    // Render when what is rendered changed: another iframe, or what present() reads.
    const after = this.#flow;
    if (this.#load !== load || RENDERED.some((key) => after[key] !== before[key])) {
      this.requestUpdate();
    }
  };

  #run(effect: FlowEffect): void {
    switch (effect.type) {
      case 'show':
        if (this.#inFrame()) this.#refocus = true;
        this.#load?.dispose();
        this.#load = new ClientLoad({
          id: effect.load,
          url: effect.url,
          frame: effect.adopt ? this.#lightFrames()[0] : undefined,
          checkPolicy: effect.checkPolicy,
          document: this.ownerDocument,
          send: this.#send,
        });
        // In at once, not at the end of the update: the browser starts loading the client
        // before the rest of the view is built.
        if (!this.#load.adopted) this.#view.insertFrame(this.renderRoot, this.#load.frame);
        return;
      case 'dropFrames':
        // Never the current load's own (adopted) iframe.
        for (const frame of this.#lightFrames().slice(effect.keepFirst ? 1 : 0)) {
          if (frame !== this.#load?.frame) frame.remove();
        }
        return;
      case 'preconnect':
        preconnect(this.ownerDocument, effect.origin);
        return;
      case 'hide':
        if (this.#inFrame()) this.#refocus = true;
        this.#load?.dispose();
        this.#load = undefined;
        return;
      case 'startTimer':
        this.#load?.startTimer(effect.ms);
        return;
      case 'stopTimer':
        this.#load?.stopTimer();
        return;
      case 'awaitSource':
        clearTimeout(this.#sourceTimer);
        this.#sourceTimer = setTimeout(() => {
          this.#send({ type: 'sourceOverdue' });
        }, effect.ms);
        return;
      case 'stopAwaiting':
        clearTimeout(this.#sourceTimer);
        return;
      case 'requestSession':
        this.#requestSession(effect.call, effect.request);
        return;
      case 'cancelSession':
        this.#session?.abort();
        this.#session = undefined;
        return;
      case 'dispatch':
        if (effect.event === 'jumio-config-error') {
          (isFatal(effect.detail) ? console.error : console.warn)(effect.detail.message);
        } else if (effect.event === 'jumio-warning') {
          console.warn(effect.detail.message);
        }
        this.#emit(effect.event, effect.detail);
        return;
      case 'confirmRefresh':
        this.#send({
          type: 'refreshDecided',
          allowed: this.#emit('jumio-refresh', effect.detail, true),
        });
        return;
      case 'openTab': {
        const flow = effect.flow ?? randomId();
        const tab = openTabFor(flow);
        // The tab keeps a handle on this page only where it needs one: in a frame under another
        // site the browser keeps the tab's broadcast from it, and the redirect page posts to its
        // opener instead (see TabChannel).
        if (tab && window.parent === window) tab.opener = null;
        this.#tab = tab ?? undefined;
        this.#send(tab ? { type: 'tabOpened', flow } : { type: 'tabBlocked' });
        return;
      }
      case 'navigateTab':
        this.#tab?.location.replace(effect.url);
        this.#tabChannel?.close();
        this.#tabChannel = new TabChannel(
          effect.flow,
          effect.workflowExecutionId,
          (result) => {
            this.#send({ type: 'tabResult', result });
          },
          this.#tab,
          // Answered only from an element on its page, not one removed (for good, or kept aside),
          // and only for an outcome the flow reports.
          () => this.isConnected && takesTabResult(this.#flow),
        );
        return;
      case 'forgetTab':
        this.#tabChannel?.close();
        this.#tabChannel = this.#tab = undefined;
        return;
      case 'closeTab':
        this.#tab?.close();
        this.#tab = undefined;
    }
  }

  #requestSession(call: number, request: Parameters<SessionProvider>[0]): void {
    this.#session?.abort();
    const session = (this.#session = new AbortController());
    const provider = this.sessionProvider;
    requestSession(
      this.#flow.source?.sessionUrl.trim() ?? '',
      typeof provider === 'function' ? provider : undefined,
      request,
      session.signal,
      this.#flow.loadTimeout,
    ).then(
      (result) => {
        if (this.#session === session) this.#session = undefined;
        this.#send(
          result.ok
            ? { type: 'sessionAnswered', call, href: result.href }
            : { type: 'sessionFailed', call, message: result.message },
        );
      },
      // requestSession rejects only when aborted: the flow has moved on.
      () => undefined,
    );
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

  /**
   * Once the parser has gone past the element (its children are all there): updates, or when
   * the element has started meanwhile, hands the flow the iframes that came since.
   */
  #awaitChildren(): void {
    if (this.#stopAwaitingChildren) return;
    const document = this.ownerDocument;
    const check = (): void => {
      // Not started: its iframe is in, or the parser is past it, so shouldUpdate() lets it
      // start; it goes on watching while the parser may add more.
      if (!this.#configured) {
        const parsing = childrenMayFollow(this);
        if (parsing && !this.#lightFrames().length) return;
        if (!parsing) stop();
        this.requestUpdate();
        return;
      }
      if (childrenMayFollow(this)) return;
      stop();
      const late = this.#lightFrames().filter((frame) => frame !== this.#load?.frame);
      this.#send({ type: 'lateFrames', ...framesOf(late) });
    };
    const observer = new MutationObserver(check);
    // The document's observer does not see into shadow trees, which the parser fills as it goes
    // (declarative shadow roots): each one the element is in is watched too.
    for (let root = this.getRootNode(); root instanceof ShadowRoot;) {
      observer.observe(root, { childList: true, subtree: true });
      root = root.host.getRootNode();
    }
    const stop = (this.#stopAwaitingChildren = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', check);
      this.#stopAwaitingChildren = undefined;
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check);
  }

  /** The iframes a server rendered inside the element, to adopt (see `renderClientFrame`). */
  #lightFrames(): HTMLIFrameElement[] {
    return [...this.children].filter(
      (child): child is HTMLIFrameElement => child.localName === 'iframe',
    );
  }

  #createWidthProbe(): HTMLDivElement {
    const probe = this.ownerDocument.createElement('div');
    probe.className = 'width-probe';
    return probe;
  }

  #reflect(name: 'state' | 'breakpoint' | 'view', value: string): void {
    if (this.isConnected && this.getAttribute(name) !== value) this.setAttribute(name, value);
  }
}

/** A public property of `<jumio-verify>`. */
export type JumioVerifyProperty = keyof typeof JumioVerifyElement.properties;

/**
 * The element's public properties, all optional, as a framework binding or a wrapper sets them:
 * `null` and `undefined` clear a property, as frameworks do when state is cleared.
 */
export type JumioVerifyProps = {
  [K in JumioVerifyProperty]?: JumioVerifyElement[K] | null | undefined;
};

/**
 * What a change of each property means: `source` properties name a different client (a fresh
 * iframe and state); `sessionProvider` counts as a source only when it is set or removed; the
 * options apply from the next load; `frameTitle` only renders; `serverRendered` is read only
 * until the element first starts. Checked by the compiler to cover every property exactly.
 */
const PROPERTY_ROLES = {
  href: 'source',
  token: 'source',
  dc: 'source',
  subdomain: 'source',
  locale: 'source',
  sessionUrl: 'source',
  mode: 'source',
  fallback: 'source',
  sessionProvider: 'provider',
  maxRefresh: 'option',
  loadTimeout: 'option',
  afterOutcome: 'option',
  frameTitle: 'render',
  serverRendered: 'start',
} as const satisfies Record<
  JumioVerifyProperty,
  'source' | 'provider' | 'option' | 'render' | 'start'
>;

/** How long the live regions wait for a locale's texts before they speak the ones shown. */
const TEXTS_WAIT = 1000;

/** The parts of the flow that what the element shows depends on (see `present()`). */
const RENDERED = [
  'state',
  'path',
  'offerTab',
  'refreshing',
  'failure',
  'source',
  'sourceWait',
  'afterOutcome',
] as const satisfies readonly (keyof FlowState)[];

/** The properties that have `role` in PROPERTY_ROLES. */
function propertiesOf<R extends (typeof PROPERTY_ROLES)[JumioVerifyProperty]>(role: R) {
  return (Object.keys(PROPERTY_ROLES) as JumioVerifyProperty[]).filter(
    (
      key,
    ): key is {
      [K in JumioVerifyProperty]: (typeof PROPERTY_ROLES)[K] extends R ? K : never;
    }[JumioVerifyProperty] => PROPERTY_ROLES[key] === role,
  );
}

const SOURCE_PROPERTIES = propertiesOf('source');
const OPTION_PROPERTIES = propertiesOf('option');

declare global {
  interface HTMLElementTagNameMap {
    'jumio-verify': JumioVerifyElement;
  }
}

/**
 * True while the parser may still add children to `element`: the document is loading and
 * nothing follows the element or any of its ancestors yet, up through the hosts of the shadow
 * trees it is in (the parser fills a declarative shadow root as it goes). An element a script
 * appends last to a loading document, or to a shadow tree whose host is last, counts as one
 * being parsed until the parser adds a node after it. So does a detached element: the parser
 * goes on filling an element that a script removed while the parser was inside it.
 */
function childrenMayFollow(element: Element): boolean {
  if (element.ownerDocument.readyState !== 'loading') return false;
  for (let node: Node | null = element; node;) {
    if (node.nextSibling) return false;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return true;
}

/** The first of `frames`' `src` and their number, as the flow takes them. */
function framesOf(frames: HTMLIFrameElement[]): { frame: string; frames: number } {
  return { frame: frames[0]?.getAttribute('src') ?? '', frames: frames.length };
}

/**
 * Opens a blank tab whose copy of this page's sessionStorage, and no other's, holds `flow`, the id
 * that ties the tab's outcome to this element's flow: the browser copies the page's sessionStorage
 * into a tab as it creates it, so the id is there only for that moment. Left there, it would go
 * with any tab opened later from this page, a frame's of another origin too, whose redirect page
 * could then send an outcome in the flow's name.
 */
function openTabFor(flow: string): Window | null {
  try {
    sessionStorage.setItem(TAB_FLOW_KEY, flow);
  } catch {
    // storage blocked: the tab's outcome is matched by the workflow id alone
  }
  try {
    return window.open('', '_blank');
  } finally {
    try {
      sessionStorage.removeItem(TAB_FLOW_KEY);
    } catch {
      // blocked, or a Storage a script patched: the tab is open all the same
    }
  }
}

/** A random id: `crypto.randomUUID` needs a secure context, `getRandomValues` does not. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Starts the connection to `origin` (DNS, TCP, TLS) while the session source answers, so the
 * iframe's request does not wait for it; once per origin and document.
 */
function preconnect(document: Document, origin: string): void {
  const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]');
  if ([...links].some((link) => link.href.replace(/\/$/, '') === origin)) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  document.head.append(link);
}
