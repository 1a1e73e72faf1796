import { EventEmitter } from 'eventemitter3';
import { describeErrorCode, type DescribedError } from './protocol/error-codes.js';
import { parseClientMessage, type ClientMessage } from './protocol/message.js';

/** An `error` message with its code described: `code`, `description`, `retryable`, `sessionExpired`. */
export type ClientError = ClientMessage & DescribedError;

/** What a {@link ClientChannel} emits, each at most once per connected frame. */
export interface ClientChannelEvents {
  loaded: [message: ClientMessage];
  success: [message: ClientMessage];
  error: [error: ClientError];
  /**
   * The connected iframe posted from another origin than its URL's, and was ignored: it now shows
   * another page (a redirect URL, when the account does not use iFrame logging), or the URL is not
   * the client's. Otherwise the only symptom would be a load timeout.
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
 * channel.connect(iframe, new URL(href).origin);
 * ```
 *
 * A message counts only when all of these hold, and is otherwise dropped without a trace (but for
 * `foreignOrigin`, once, when the connected iframe itself posts from another origin):
 * 0. the browser delivered it (`isTrusted`): not a `MessageEvent` a script built and dispatched;
 * 1. `event.source` is the connected iframe's window: not the page, not another frame, not a frame
 *    nested inside the client, not an iframe this channel was connected to before;
 * 2. `event.origin` is the origin of the URL the iframe was given;
 * 3. `event.data` parses with {@link parseClientMessage}.
 *
 * Each outcome is reported once per connection: the first `loaded`, then the first `success` or
 * `error`. After that outcome the frame is finished and everything it posts is ignored, so a
 * replayed or repeated `success` never fires twice. {@link connect} starts afresh.
 */
export class ClientChannel extends EventEmitter<ClientChannelEvents> {
  #frame: HTMLIFrameElement | undefined;
  #origin = '';
  #window: Window | undefined;
  #loaded = false;
  #finished = false;
  #warnedOrigin = false;

  /** Listens for messages of `frame`'s window from `origin`, forgetting any earlier frame. */
  connect(frame: HTMLIFrameElement, origin: string): void {
    this.disconnect();
    // Messages from the client go to its parent: the window of the document holding the iframe.
    this.#window = frame.ownerDocument.defaultView ?? undefined;
    this.#frame = frame;
    this.#origin = origin;
    this.#window?.addEventListener('message', this.#onMessage);
  }

  /** Stops listening. Subscribers stay subscribed for the next {@link connect}. */
  disconnect(): void {
    this.#window?.removeEventListener('message', this.#onMessage);
    this.#window = this.#frame = undefined;
    this.#loaded = this.#finished = this.#warnedOrigin = false;
  }

  #onMessage = (event: MessageEvent): void => {
    // Read contentWindow now, not at connect: re-inserting an iframe gives it a new window.
    const source = this.#frame?.contentWindow;
    if (!event.isTrusted || !source || event.source !== source || this.#finished) return;
    if (event.origin !== this.#origin) {
      if (!this.#warnedOrigin) {
        this.#warnedOrigin = true;
        this.emit('foreignOrigin', event.origin);
      }
      return;
    }
    const parsed = parseClientMessage(event.data);
    if (!parsed.ok) return;
    const { message } = parsed;
    switch (message.payload.value) {
      case 'loaded':
        if (this.#loaded) return;
        this.#loaded = true;
        this.emit('loaded', message);
        return;
      case 'success':
        this.#finished = true;
        this.emit('success', message);
        return;
      case 'error':
        this.#finished = true;
        this.emit('error', { ...message, ...describeErrorCode(message.payload.metainfo?.code) });
    }
  };
}
