import { EventEmitter } from 'eventemitter3';
import { EARLY_MESSAGES, keptPerSource, MAX_EARLY_MESSAGES } from './protocol/early-messages.js';
import { isClientOrigin } from './protocol/embedding.js';
import { describeClientError, type ClientError } from './protocol/error-codes.js';
import { parseClientMessage, type ClientMessage } from './protocol/message.js';
import {
  parseRedirectMessage,
  parseRedirectResult,
  REDIRECT_CHANNEL,
  REDIRECT_TAKEN,
  type RedirectMessage,
  type RedirectResult,
  type RedirectTaken,
} from './protocol/redirect-result.js';

/** What a {@link ClientChannel} emits: every message that passed the boundary, as it came. */
export interface ClientChannelEvents {
  /** Any message of the client: `loaded`, `success` or `error`. */
  message: [message: ClientMessage];
  loaded: [message: ClientMessage];
  success: [message: ClientMessage];
  /** An `error` message, its code described. */
  error: [error: ClientError];
  /**
   * The connected iframe now shows your redirect page, on another origin, and its
   * `completeRedirect()` sent the outcome in that page's URL.
   */
  redirect: [result: RedirectResult];
  /**
   * The connected iframe posted from an origin that is not the client's, and was ignored: it now
   * shows another page (a redirect URL, when the account does not use iFrame logging), or the URL is
   * not the client's. Once per connection; otherwise the only symptom would be a load timeout.
   */
  foreignOrigin: [origin: string];
}

/**
 * The message boundary: the one place that decides whether a `message` event on the window came
 * from the hosted client. Knows nothing of Lit, so any page that embeds the client in its own
 * iframe can use it:
 *
 * ```ts
 * const channel = new ClientChannel();
 * channel.on('success', (message) => …);
 * channel.connect(iframe, href);
 * ```
 *
 * A message counts only when all of these hold, and is otherwise dropped without a trace (but for
 * `foreignOrigin`, once, when the connected iframe itself posts from another origin):
 * 0. the browser delivered it (`isTrusted`): not a `MessageEvent` a script built and dispatched;
 * 1. `event.source` is the connected iframe's window: not the page, not another frame, not a frame
 *    nested inside the client, not an iframe this channel was connected to before;
 * 2. `event.origin` is the client's: the origin of the URL the iframe was given or, when that URL
 *    is an https URL on Jumio's hosted domains, any https origin on those domains;
 * 3. `event.data` parses with {@link parseClientMessage} (the client's log events do not).
 *
 * Or, for the outcome a redirect page's `completeRedirect()` sends from the same iframe (its window
 * stays the same across navigations): 1 as above; `event.data` is a redirect message whose URL is
 * on the very origin that sent it (the page the frame is on now), and that URL parses with
 * `parseRedirectResult`.
 *
 * The channel reports what the client says and nothing more: the rules about what an outcome means
 * (a `success` ends the journey, a `retriable` error does not, the same error twice is one) are the
 * element's (`next` in its flow module).
 */
export class ClientChannel extends EventEmitter<ClientChannelEvents> {
  #frame: HTMLIFrameElement | undefined;
  #clientUrl: URL | undefined;
  /** The window the frame had when it was last looked up. */
  #source: Window | null = null;
  #warnedOrigin = false;

  /**
   * Listens for messages of `frame`'s window sent by the client at `clientUrl` (the URL the iframe
   * was given, or its origin), forgetting any earlier frame.
   */
  connect(frame: HTMLIFrameElement, clientUrl: string | URL): void {
    this.disconnect();
    try {
      this.#clientUrl = new URL(clientUrl);
    } catch {
      return; // nothing can come from a URL that is not one
    }
    this.#frame = frame;
    boundary.add(this);
  }

  /** Stops listening. Subscribers stay subscribed for the next {@link connect}. */
  disconnect(): void {
    boundary.delete(this);
    this.#frame = this.#clientUrl = undefined;
    this.#source = null;
    this.#warnedOrigin = false;
  }

  /**
   * The frame's window now: re-inserting an iframe gives it a new one. Read when a child window
   * that is no channel's posts (or an early message waits for it), not on every message, and not
   * as the channel connects: on a frame still navigating to another site, that read costs tens of
   * milliseconds of the page's first update.
   */
  lookUpSource(): Window | null {
    return (this.#source = this.#frame?.contentWindow ?? null);
  }

  get source(): Window | null {
    return this.#source;
  }

  /** A trusted message from this channel's frame's window (the boundary checked both). */
  receive(event: MessageEvent): void {
    const clientUrl = this.#clientUrl;
    if (!clientUrl) return;
    const redirect = redirectOf(parseRedirectMessage(event.data), event.origin);
    if (redirect) {
      this.emit('redirect', redirect);
      return;
    }
    if (!isClientOrigin(clientUrl, event.origin)) {
      if (!this.#warnedOrigin) {
        this.#warnedOrigin = true;
        this.emit('foreignOrigin', event.origin);
      }
      return;
    }
    const parsed = parseClientMessage(event.data);
    if (!parsed.ok) return;
    const { message } = parsed;
    this.emit('message', message);
    const { value } = message.payload;
    if (value === 'error') this.emit('error', describeClientError(message));
    else this.emit(value, message);
  }
}

/**
 * One `message` listener per window for all the channels in it, which finds the channel by
 * `event.source` in a map: a page with a hundred elements pays for one lookup per message, not a
 * hundred reads of `contentWindow` (which cost milliseconds on a frame that is still navigating).
 *
 * It also takes over what renderClientFrame's recorder heard before this script ran (see
 * protocol/early-messages.ts), and goes on recording as it did while the page loads, for the
 * frames no channel has yet (a server-rendered element further down the page, not yet
 * connected): each of those messages is heard, through the same checks, once a channel's frame
 * is the window that sent it, as if it came then.
 */
const boundary = new (class Boundary {
  readonly #channels = new Set<ClientChannel>();
  #bySource = new WeakMap<object, ClientChannel>();
  /**
   * The recorder's messages, and those of frames no channel had while the page loaded, that no
   * channel's frame has sent yet.
   */
  #early: MessageEvent[] | undefined;

  add(channel: ClientChannel): void {
    // (Adding the same listener again is a no-op: it may still be there, see delete.)
    if (this.#channels.size === 0) window.addEventListener('message', this.#onMessage);
    this.#early ??= takeEarlyMessages();
    this.#channels.add(channel);
    // The new frame's window is looked up when it first posts (see #onMessage), unless early
    // messages may be its own.
    if (this.#early.length) this.#refresh();
  }

  delete(channel: ClientChannel): void {
    if (!this.#channels.delete(channel)) return;
    if (channel.source && this.#bySource.get(channel.source) === channel) {
      this.#bySource.delete(channel.source);
    }
    // While the page loads, the listener stays (it keeps what other frames post, see
    // #onMessage: the recorder has stopped); it goes once the page has loaded.
    if (document.readyState === 'complete') this.#stopListening();
    else window.addEventListener('load', this.#stopListening, { once: true });
  }

  #stopListening = (): void => {
    if (this.#channels.size === 0) window.removeEventListener('message', this.#onMessage);
  };

  /** Looks up every channel's frame window afresh; hears the early messages they sent. */
  #refresh(): void {
    this.#bySource = new WeakMap();
    for (const channel of this.#channels) {
      const source = channel.lookUpSource();
      if (source) this.#bySource.set(source, channel);
    }
    const early = this.#early ?? [];
    const due = early.filter((event) => event.source && this.#bySource.has(event.source));
    // What no channel will hear: its frame is gone (refused, removed), so its window with it.
    this.#early = early.filter(
      (event) => !due.includes(event) && isChildFrame(event.source as Window | null),
    );
    // Once the page has loaded, the rest is other frames' (a video's, a chat's), but only after
    // this task: the elements it upgraded connect one at a time, in its microtasks.
    if (this.#early.length && document.readyState === 'complete') {
      setTimeout(() => {
        this.#early = [];
      });
    }
    if (!due.length) return;
    // After the channel's connect() has returned, and before any message that comes later.
    queueMicrotask(() => {
      for (const event of due) this.#onMessage(event);
    });
  }

  #onMessage = (event: MessageEvent): void => {
    const { source } = event;
    if (!event.isTrusted || !source || source === window) return;
    let channel = this.#bySource.get(source);
    // A child window that is no channel's may be a frame that was inserted or re-inserted since
    // the last lookup: look again. Anything else (the page, a nested frame, a worker) is no frame
    // of ours.
    if (!channel && (source as Window).parent === window) {
      this.#refresh();
      channel = this.#bySource.get(source);
    }
    if (channel) {
      if (channel.source === source) channel.receive(event);
      return;
    }
    // A frame of the page that no element has claimed, while the page loads: it may be the
    // iframe of a server-rendered element the parser has not finished. Kept as the recorder
    // would have (as many from each frame), for that element to hear once it connects (see
    // #refresh).
    const early = this.#early ?? [];
    if (
      document.readyState !== 'complete' &&
      isChildFrame(source as Window) &&
      early.filter((kept) => kept.source === source).length < MAX_EARLY_MESSAGES
    ) {
      early.push(event);
    }
  };
})();

/** `source` is the window of a frame of this page that is still there. */
function isChildFrame(source: Window | null): boolean {
  try {
    // A top-level page is its own parent.
    return Boolean(source && source !== window && !source.closed && source.parent === window);
  } catch {
    return false;
  }
}

/**
 * What renderClientFrame's recorder heard, which it stops hearing: only events the browser
 * delivered (`isTrusted`), at most as many from each frame as it keeps. From then on a recorder
 * does nothing.
 */
function takeEarlyMessages(): MessageEvent[] {
  const scope = window as unknown as Record<string, unknown>;
  const recorder = scope[EARLY_MESSAGES];
  scope[EARLY_MESSAGES] = false;
  if (typeof recorder !== 'function') return [];
  window.removeEventListener('message', recorder as EventListener);
  const heard: unknown = (recorder as { q?: unknown }).q;
  return keptPerSource(
    (Array.isArray(heard) ? heard : [])
      // #onMessage checks isTrusted again; here it keeps forged entries from taking the places.
      .filter((event): event is MessageEvent => event instanceof MessageEvent && event.isTrusted),
  );
}

/**
 * The outcome a redirect message carries, when its URL is on the origin that sent it: never an
 * opaque origin ("null": a data: URL, a sandboxed document), which any URL of one matches.
 */
function redirectOf(
  message: RedirectMessage | undefined,
  origin: string,
): RedirectResult | undefined {
  if (!message || origin === 'null') return undefined;
  let sameOrigin = false;
  try {
    sameOrigin = new URL(message.href).origin === origin;
  } catch {
    // not a URL: no outcome
  }
  const parsed = sameOrigin ? parseRedirectResult(message.href) : undefined;
  return parsed?.ok ? parsed.result : undefined;
}

/** The answer to a redirect page that sent `message`: the element has its outcome. */
const answer = ({ href }: RedirectMessage): RedirectTaken => ({ type: REDIRECT_TAKEN, href });

/**
 * The boundary for a flow that went on in a tab: the outcome the tab's redirect page broadcasts
 * (`completeRedirect()`, over a BroadcastChannel, so from this origin only). It counts only for
 * the flow it is tied to: the id the element left in sessionStorage for the tab, which the tab's
 * copy of it hands back, or else, where the tab could not read it, the workflow execution id the
 * element heard from the client before. Anything malformed or tied to another flow is ignored.
 *
 * Or, from a page in a frame (where, under another site, the browser partitions storage and
 * BroadcastChannels, so the tab's broadcast never reaches it): the same outcome posted to the
 * tab's opener, which counts when the browser delivered it (`isTrusted`), from `tab` itself
 * (`event.source`), on this page's origin, for a URL on that origin.
 *
 * Where `onPage()` says the element is on its page to report the outcome, the redirect page hears
 * so the way it spoke ({@link RedirectTaken}), and closes its tab; unanswered, the tab stays open,
 * so that the user still sees the outcome. Answered first: `onResult` may close this channel.
 */
export class TabChannel {
  readonly #channel: BroadcastChannel | undefined;
  readonly #onTabMessage: ((event: MessageEvent) => void) | undefined;

  constructor(
    flow: string,
    workflowExecutionId: string | undefined,
    onResult: (result: RedirectResult) => void,
    tab: Window | undefined,
    onPage: () => boolean,
  ) {
    if (tab) {
      this.#onTabMessage = (event: MessageEvent): void => {
        if (!event.isTrusted || event.source !== tab || event.origin !== location.origin) return;
        const message = parseRedirectMessage(event.data);
        const result = redirectOf(message, event.origin);
        if (!message || !result) return;
        if (onPage()) tab.postMessage(answer(message), location.origin);
        onResult(result);
      };
      window.addEventListener('message', this.#onTabMessage);
    }
    if (typeof BroadcastChannel !== 'function') return;
    const channel = (this.#channel = new BroadcastChannel(REDIRECT_CHANNEL));
    channel.onmessage = ({ data }: MessageEvent) => {
      const message = parseRedirectMessage(data);
      if (!message) return;
      const parsed = parseRedirectResult(message.href);
      if (!parsed.ok) return;
      const tied =
        message.flow === undefined
          ? workflowExecutionId !== undefined &&
            parsed.result.workflowExecutionId === workflowExecutionId
          : message.flow === flow;
      if (!tied) return;
      if (onPage()) channel.postMessage(answer(message));
      onResult(parsed.result);
    };
  }

  close(): void {
    this.#channel?.close();
    if (this.#onTabMessage) window.removeEventListener('message', this.#onTabMessage);
  }
}
