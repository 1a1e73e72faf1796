import type { Panel, Presentation } from './presentation.js';
import type { Texts } from './texts.js';

/**
 * What may be a control in the page's own content, for focus() where that replaces a button;
 * whether it takes focus (not disabled, hidden, inert…) only the browser can say (`focusOn`).
 */
const PAGE_CONTROL =
  'a[href],button,input,select,textarea,summary,[contenteditable],[tabindex]:not([tabindex="-1"])';

/** `node` takes room on the page: not hidden, and, in your content, in a slot that shows. */
export const shows = (node: Element): boolean => node.getClientRects().length > 0;

/** Focus to the first of `targets` that takes it; false when none did. */
export function focusOn(
  targets: readonly (HTMLElement | undefined)[],
  options?: FocusOptions,
): boolean {
  return targets.some((target) => {
    target?.focus(options);
    return target && (target.getRootNode() as Document | ShadowRoot).activeElement === target;
  });
}

/** What the element's controls do. */
export interface ViewActions {
  /**
   * Open the client in a tab (the launcher, "Continue in a new tab"), or bring back the tab the
   * flow went on in (the button beside "Continue in the other tab").
   */
  open(): void;
  /** Start again with a fresh session ("Try again"). */
  retry(): void;
}

/** The language of the element's texts, for `lang` and `dir`. */
export interface TextLocale {
  readonly texts: Texts;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The element's shadow content: the live regions, the bars and panels around the client's
 * iframe, the launcher. Each node is built once, on first use, and kept; the tree is changed by
 * inserting and removing nodes, never by moving the iframe, since re-inserting an iframe reloads
 * the client. What to show comes from `present()` (src/presentation.ts); this only builds it.
 */
export class ViewNodes {
  readonly #document: Document;
  readonly #actions: ViewActions;
  /** Polite announcements, and assertive ones for what ended the journey badly. */
  readonly #status: HTMLElement;
  readonly #alert: HTMLElement;
  #announced = '';
  /** The node `aria-busy` is on, if any. */
  #busy: Element | undefined;
  readonly #nodes = new Map<string, HTMLElement>();
  /** The iframe and what covers it while the client is not up. */
  readonly #stage: HTMLElement;
  /** Where an adopted, server-rendered iframe shows. */
  readonly #frameSlot: HTMLSlotElement;

  constructor(document: Document, actions: ViewActions) {
    this.#document = document;
    this.#actions = actions;
    this.#status = this.#live('status');
    this.#alert = this.#live('alert');
    this.#stage = this.#element('div', 'stage');
    this.#frameSlot = this.#slot('frame');
  }

  /**
   * The shadow tree's nodes for `presentation`, in order; `client` is the current load's iframe,
   * `adopted` when it is a server-rendered child of the element.
   */
  render(
    presentation: Presentation,
    client: { readonly frame: HTMLIFrameElement; readonly adopted: boolean } | undefined,
    locale: TextLocale,
  ): Element[] {
    this.#announce(presentation, locale);
    const { view, panel, bar } = presentation;
    const nodes: Element[] = [this.#status, this.#alert];
    switch (view) {
      case 'frame': {
        if (bar) nodes.push(this.#bar(bar, presentation, locale));
        const covering = panel
          ? [this.#asBar(this.#panel(panel, presentation, locale), false)]
          : [];
        // A server-rendered iframe stays where it is, in the light DOM, and shows through a slot.
        const shown = client?.adopted ? this.#frameSlot : client?.frame;
        // Covered, the client is out of reach: no Tab stop hidden under the panel (WCAG 2.4.11),
        // nothing for a screen reader to read behind it. Once the client is up, it is the flow.
        if (client) client.frame.inert = covering.length > 0;
        sync(this.#stage, shown ? [shown, ...covering] : covering);
        nodes.push(this.#stage);
        break;
      }
      case 'panel':
        if (panel) nodes.push(this.#asBar(this.#panel(panel, presentation, locale), false));
        break;
      case 'launcher': {
        if (presentation.errorText) {
          nodes.push(this.#asBar(this.#panel('error', presentation, locale), true));
        }
        const launcher = this.#node('launcher', () => this.#launcher()) as HTMLButtonElement;
        this.#localize(launcher, locale);
        // The default label, after the slot (see #launcher).
        const label = launcher.lastElementChild;
        if (label) label.textContent = locale.texts.launch;
        // Not `disabled` while the session is on its way: that drops focus to the page, and the
        // button that replaces it ("Go to the verification tab") could not take it over.
        toggle(launcher, 'aria-disabled', presentation.busy);
        nodes.push(launcher);
        break;
      }
      case 'opened':
        nodes.push(this.#opened(locale));
        break;
      case 'none':
        break;
    }
    // What is getting ready is busy: the stage, the panel or the launcher that stands for the
    // client (the view's last node, after the live regions). Not the element: the live regions
    // inside a busy part may go unannounced until it is done, and they say what it is doing.
    const main = nodes.length > 2 ? nodes.at(-1) : undefined;
    if (this.#busy !== main) this.#busy?.removeAttribute('aria-busy');
    this.#busy = main;
    if (main) toggle(main, 'aria-busy', presentation.busy);
    return nodes;
  }

  /**
   * Puts a new iframe of the client in its place in `root` at once, ahead of the rest of the
   * view, so that the browser starts loading the client before the render is done; the render
   * then builds the view around it without moving it (see {@link sync}). The stage is the last
   * node of the frame view, so it goes last.
   */
  insertFrame(root: Node, frame: HTMLIFrameElement): void {
    this.#stage.insertBefore(frame, this.#stage.firstChild);
    if (this.#stage.parentNode !== root) root.appendChild(this.#stage);
  }

  /**
   * What `focus()` moves to, best first: the view's button, if it has one, or the done panel.
   * Where the page's own content replaces the button's part through its slot, the button does
   * not show: the controls in that content instead, or none (then `focus()` takes the iframe).
   */
  controls(): HTMLElement[] {
    for (const part of ['try-again', 'resume', 'launcher', 'fallback-button', 'done']) {
      const button = this.#nodes.get(part);
      if (!button?.isConnected) continue;
      // Without flatten, nothing assigned is empty; with it, the default content would be there.
      const slot = button.closest('slot');
      if (!slot?.assignedNodes().length) return [button];
      return slot
        .assignedElements({ flatten: true })
        .flatMap((content) => [content, ...content.querySelectorAll(PAGE_CONTROL)])
        .filter(
          (node): node is HTMLElement => node instanceof HTMLElement && node.matches(PAGE_CONTROL),
        );
    }
    return [];
  }

  /**
   * The error message on show, where focus() goes when no control of the flow takes focus and
   * the client cannot either (covered by the message, or gone): a screen reader reads it there.
   */
  message(): HTMLElement | undefined {
    return ['error', 'unavailable']
      .map((part) => this.#nodes.get(part))
      .find((node) => node?.isConnected);
  }

  /** Says what changed, once, in the texts' language; again when the language changes. */
  #announce({ announce }: Presentation, locale: TextLocale): void {
    const key = announce ? `${announce.text} ${String(announce.alert)} ${locale.lang}` : '';
    if (key === this.#announced) return;
    this.#announced = key;
    const { texts } = locale;
    for (const region of [this.#status, this.#alert]) this.#localize(region, locale);
    this.#status.textContent = announce && !announce.alert ? texts[announce.text] : '';
    this.#alert.textContent = announce?.alert ? texts[announce.text] : '';
  }

  /** A message over the iframe or in its stead, replaceable through the slot of its name. */
  #panel(panel: Panel, presentation: Presentation, locale: TextLocale): HTMLElement {
    const { texts } = locale;
    const part = panel === 'retrying' ? 'refreshing' : panel;
    const node = this.#node(part, () => {
      const box = this.#element('div', part);
      const content = box.appendChild(this.#slot(part));
      if (part === 'loading' || part === 'refreshing') {
        content.append(this.#element('span', 'spinner'));
      }
      content.append(this.#element('p', `${part}-text`));
      // Where focus goes when the button it was on ("Go to the verification tab") goes, and
      // what focus() moves to where nothing else of the flow can take focus (see message()).
      if (part === 'done' || part === 'error' || part === 'unavailable') box.tabIndex = -1;
      return box;
    });
    const text = node.querySelector('p');
    if (text) {
      text.textContent =
        panel === 'error' || panel === 'unavailable'
          ? texts[presentation.errorText ?? 'unavailable']
          : texts[panel];
    }
    this.#offerRetry(node.querySelector('slot') ?? node, presentation, texts);
    this.#localize(node, locale);
    return node;
  }

  /** Above the iframe: the client's final error, or the offer of a tab. */
  #bar(bar: 'fallback' | 'error', presentation: Presentation, locale: TextLocale): HTMLElement {
    if (bar === 'error') return this.#asBar(this.#panel('error', presentation, locale), true);
    const node = this.#node('fallback', () => {
      const box = this.#element('div', 'fallback');
      box.classList.add('bar');
      box.appendChild(this.#slot('fallback')).append(
        this.#element('p', 'fallback-text'),
        this.#button('fallback-button', () => {
          this.#actions.open();
        }),
      );
      return box;
    });
    this.#text(node, 'fallback-text', locale.texts.noCamera);
    this.#text(node, 'fallback-button', locale.texts.continueInTab);
    this.#localize(node, locale);
    return node;
  }

  /** "Continue in the other tab", with a button that brings the tab back. */
  #opened(locale: TextLocale): HTMLElement {
    const node = this.#node('opened', () => {
      const box = this.#element('div', 'opened');
      box.classList.add('panel');
      box.appendChild(this.#slot('opened')).append(this.#element('p', 'opened-text'));
      box.append(
        this.#button('resume', () => {
          this.#actions.open();
        }),
      );
      return box;
    });
    this.#text(node, 'opened-text', locale.texts.opened);
    this.#text(node, 'resume', locale.texts.resume);
    this.#localize(node, locale);
    return node;
  }

  /** The "Try again" button in `parent`, where a fresh session can help; gone where not. */
  #offerRetry(parent: Element, { tryAgain }: Presentation, texts: Texts): void {
    const button = this.#node('try-again', () =>
      this.#button('try-again', () => {
        this.#actions.retry();
      }),
    );
    button.textContent = texts.tryAgain;
    if (!tryAgain) button.remove();
    else if (button.parentNode !== parent) parent.append(button);
  }

  /** The same message shows as a bar above the client, or as a panel over it or in its stead. */
  #asBar(node: HTMLElement, bar: boolean): HTMLElement {
    node.classList.toggle('bar', bar);
    node.classList.toggle('panel', !bar);
    return node;
  }

  #text(node: HTMLElement, part: string, text: string): void {
    const target = node.querySelector(`[part="${part}"]`);
    if (target) target.textContent = text;
  }

  #localize(node: HTMLElement, { lang, dir }: TextLocale): void {
    node.lang = lang;
    node.dir = dir;
  }

  #node(key: string, build: () => HTMLElement): HTMLElement {
    let node = this.#nodes.get(key);
    if (!node) this.#nodes.set(key, (node = build()));
    return node;
  }

  #live(role: 'status' | 'alert'): HTMLElement {
    const region = this.#document.createElement('div');
    region.className = 'live';
    region.setAttribute('role', role);
    return region;
  }

  /**
   * The launcher: its label is the element's default slot, so a page can write its own, and
   * the default label beside it shows while the slot holds nothing to read. Not the slot's
   * fallback content: the whitespace between the tags of markup written across lines is slotted
   * too, and would leave the button blank, with no name.
   */
  #launcher(): HTMLButtonElement {
    const launcher = this.#button('launcher', () => {
      if (!launcher.hasAttribute('aria-disabled')) this.#actions.open();
    });
    const slot = this.#document.createElement('slot');
    const label = this.#document.createElement('span');
    const check = (): void => {
      label.hidden = slot
        .assignedNodes({ flatten: true })
        .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    };
    // A framework's text binding changes a slotted text node in place, which is no slotchange:
    // once something is slotted, the element's content is watched too.
    let watched = false;
    slot.addEventListener('slotchange', () => {
      check();
      const host = (slot.getRootNode() as ShadowRoot).host as Element | undefined;
      if (watched || !host) return;
      watched = true;
      new MutationObserver(check).observe(host, { characterData: true, subtree: true });
    });
    launcher.append(slot, label);
    return launcher;
  }

  #button(part: string, onClick: () => void): HTMLButtonElement {
    const button = this.#element('button', part);
    button.type = 'button';
    button.addEventListener('click', onClick);
    this.#nodes.set(part, button);
    return button;
  }

  #slot(name: string): HTMLSlotElement {
    const slot = this.#document.createElement('slot');
    slot.name = name;
    return slot;
  }

  #element<K extends keyof HTMLElementTagNameMap>(tag: K, part: string): HTMLElementTagNameMap[K] {
    const element = this.#document.createElement(tag);
    element.setAttribute('part', part);
    return element;
  }
}

/** `name="true"` on `node` when `on`, else no such attribute (an ARIA state). */
function toggle(node: Element, name: string, on: boolean): void {
  if (on) node.setAttribute(name, 'true');
  else node.removeAttribute(name);
}

/**
 * Makes `parent`'s children `next`, in order, inserting and removing only: a node that stays is
 * never moved while its siblings keep their order, so an iframe among them is not reloaded.
 */
export function sync(parent: Node, next: readonly Node[]): void {
  const keep = new Set(next);
  for (const child of [...parent.childNodes]) if (!keep.has(child)) parent.removeChild(child);
  let cursor = parent.firstChild;
  for (const node of next) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
