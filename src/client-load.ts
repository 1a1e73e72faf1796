import { ClientChannel } from './client-channel.js';
import { cameraDenied, frameAllowsCamera } from './environment.js';
import type { FlowInput } from './flow.js';
import { CLIENT_FRAME_ALLOW } from './protocol/embedding.js';
import { parseRedirectResult } from './protocol/redirect-result.js';

/** What a load needs to know: its id in the flow, its URL, and where its findings go. */
export interface ClientLoadOptions {
  readonly id: number;
  readonly url: string;
  /** Ask the frame's own policy about the camera once it is in. */
  readonly checkPolicy: boolean;
  readonly document: Document;
  /** Where the load's messages, timeout and findings go, as flow inputs carrying its id. */
  readonly send: (input: FlowInput) => void;
}

/**
 * One load of the client: its iframe, the boundary's connection to it, and its load timer.
 * Everything it reports carries its id, and {@link dispose} ends all of it at once, so nothing of
 * an old load can reach the flow.
 */
export class ClientLoad {
  readonly frame: HTMLIFrameElement;
  readonly #options: ClientLoadOptions;
  readonly #channel = new ClientChannel();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;
  #disposed = false;

  constructor(options: ClientLoadOptions) {
    this.#options = options;
    const { id, send } = options;
    const frame = (this.frame = options.document.createElement('iframe'));
    frame.setAttribute('part', 'frame');
    frame.allow = CLIENT_FRAME_ALLOW;
    frame.allowFullscreen = true;
    frame.src = options.url;
    this.#channel.on('message', (message) => {
      send({ type: 'message', load: id, message });
    });
    this.#channel.on('foreignOrigin', (origin) => {
      send({ type: 'foreignOrigin', load: id, origin });
    });
    this.#channel.on('redirect', (result) => {
      send({ type: 'redirect', load: id, result });
    });
    // The client ends some journeys by loading your redirect page in this frame, without a
    // message. On the page's own origin its URL can be read here, and it holds the outcome.
    frame.addEventListener('load', () => {
      let href: string | undefined;
      try {
        href = frame.contentWindow?.location.href;
      } catch {
        return; // another origin: the client, or a redirect page that posts for itself
      }
      const parsed = href ? parseRedirectResult(href) : undefined;
      if (parsed?.ok) send({ type: 'redirect', load: id, result: parsed.result });
    });
  }

  /**
   * Called after every render: once the iframe is in the document, the boundary hears it, and its
   * policy is asked about the camera (after the insertion, so off the critical path).
   */
  inserted(): void {
    if (this.#started || !this.frame.isConnected) return;
    this.#started = true;
    const { url, id, send, checkPolicy } = this.#options;
    this.#channel.connect(this.frame, url);
    if (!checkPolicy) return;
    const allowed = frameAllowsCamera(this.frame);
    if (allowed === false) send({ type: 'cameraBlocked', load: id });
    else if (allowed === undefined) {
      void cameraDenied().then((denied) => {
        if (denied && !this.#disposed) send({ type: 'cameraBlocked', load: id });
      });
    }
  }

  startTimer(ms: number): void {
    this.stopTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#options.send({ type: 'timeout', load: this.#options.id });
    }, ms);
  }

  stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Ends the load: no more messages, no timer, and the iframe out of the document. */
  dispose(): void {
    this.#disposed = true;
    this.#channel.disconnect();
    this.#channel.removeAllListeners();
    this.stopTimer();
    this.frame.remove();
  }
}
