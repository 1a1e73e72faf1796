import { ClientChannel } from './client-channel.js';
import { cameraProblem } from './environment.js';
import type { FlowInput } from './flow.js';
import { CLIENT_FRAME_ALLOW } from './protocol/embedding.js';

/** What a load needs to know: its id in the flow, its URL, and where its findings go. */
export interface ClientLoadOptions {
  readonly id: number;
  readonly url: string;
  /** Check the camera and secure context once the iframe is in: the first load of an origin. */
  readonly checkEnvironment: boolean;
  readonly document: Document;
  /** Where the load's messages, timeout and findings go, as flow inputs carrying its id. */
  readonly send: (input: FlowInput) => void;
}

/**
 * One load of the client: its iframe, the boundary's connection to it, its load timer and the
 * check of its environment. Everything it reports carries its id, and {@link dispose} ends all of
 * it at once, so nothing of an old load can reach the flow.
 */
export class ClientLoad {
  readonly frame: HTMLIFrameElement;
  readonly #options: ClientLoadOptions;
  readonly #channel = new ClientChannel();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

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
  }

  /**
   * Called after every render: once the iframe is in the document, the boundary listens to its
   * window, and the environment is checked (after the insertion, so it is off the critical path).
   */
  inserted(): void {
    if (this.#started || !this.frame.isConnected) return;
    this.#started = true;
    const { url, id, send, checkEnvironment } = this.#options;
    this.#channel.connect(this.frame, url);
    if (checkEnvironment) {
      const problem = cameraProblem(this.frame);
      if (problem) send({ type: 'environment', load: id, warnings: [problem] });
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
    this.#channel.disconnect();
    this.#channel.removeAllListeners();
    this.stopTimer();
    this.frame.remove();
  }
}
