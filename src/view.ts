import type { FlowState } from './flow.js';
import { EN, type Texts } from './texts.js';

/**
 * What the element shows, from the flow alone: `frame`, the client's iframe; `launcher`, a button
 * that opens the client in a tab; `opened`, the flow went on in a tab; `none`, nothing yet or
 * nothing more. Reflected as the `view` attribute, so a page's CSS can follow it.
 */
export type ElementView = 'frame' | 'launcher' | 'opened' | 'none';

export function viewOf(flow: FlowState, hasFrame: boolean): ElementView {
  if (flow.state === 'opened') return 'opened';
  if (flow.path === 'tab') return flow.state === 'success' || !flow.source ? 'none' : 'launcher';
  return hasFrame ? 'frame' : 'none';
}

/** What the element's controls do. */
export interface ViewActions {
  /** Open the client in a tab (the launcher, "Continue in a new tab"). */
  open(): void;
  /** Bring the tab the flow went on in back, or open it again. */
  resume(): void;
}

/**
 * The element's shadow content besides the iframe: built once each, on first use, and kept, so
 * that rendering never re-creates a node (re-inserting the iframe would reload the client).
 */
export class ViewNodes {
  readonly #document: Document;
  readonly #actions: ViewActions;
  #launcher: HTMLButtonElement | undefined;
  #opened: HTMLElement | undefined;
  #fallback: HTMLElement | undefined;

  constructor(document: Document, actions: ViewActions) {
    this.#document = document;
    this.#actions = actions;
  }

  /** The nodes for `view`, in order; `frame` is the current load's iframe, if any. */
  render(view: ElementView, flow: FlowState, frame: HTMLIFrameElement | undefined): Element[] {
    const texts = EN;
    switch (view) {
      case 'launcher': {
        const launcher = (this.#launcher ??= this.#button('launcher', texts.launch, () => {
          this.#actions.open();
        }));
        launcher.disabled = flow.state === 'loading';
        return [launcher];
      }
      case 'opened':
        return [(this.#opened ??= this.#openedPanel(texts))];
      case 'frame': {
        const bar = flow.offerTab ? [(this.#fallback ??= this.#fallbackBar(texts))] : [];
        return frame ? [...bar, frame] : bar;
      }
      case 'none':
        return [];
    }
  }

  /** "Continue in the other tab", with a button that brings the tab back. */
  #openedPanel(texts: Texts): HTMLElement {
    const panel = this.#element('div', 'opened');
    panel.setAttribute('role', 'status');
    const message = panel.appendChild(this.#slot('opened'));
    message.append(this.#element('p', 'opened-text', texts.opened));
    panel.append(
      this.#button('resume', texts.resume, () => {
        this.#actions.resume();
      }),
    );
    return panel;
  }

  /** Where the camera will not work in the iframe but would in a tab: the offer to go there. */
  #fallbackBar(texts: Texts): HTMLElement {
    const bar = this.#element('div', 'fallback');
    const content = bar.appendChild(this.#slot('fallback'));
    content.append(
      this.#element('p', 'fallback-text', texts.noCamera),
      this.#button('fallback-button', texts.continueInTab, () => {
        this.#actions.open();
      }),
    );
    return bar;
  }

  #button(part: string, label: string, onClick: () => void): HTMLButtonElement {
    const button = this.#element('button', part);
    button.type = 'button';
    // The launcher's label is its default slot, so a page can write its own.
    if (part === 'launcher') button.appendChild(this.#slot('')).textContent = label;
    else button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  #slot(name: string): HTMLSlotElement {
    const slot = this.#document.createElement('slot');
    if (name) slot.name = name;
    return slot;
  }

  #element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    part: string,
    content?: string,
  ): HTMLElementTagNameMap[K] {
    const element = this.#document.createElement(tag);
    element.setAttribute('part', part);
    if (content !== undefined) element.textContent = content;
    return element;
  }
}
