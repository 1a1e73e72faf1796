import { ClientChannel } from './client-channel.js';
import { cameraDenied, frameAllowsCamera } from './environment.js';
import type { FlowInput } from './flow.js';
import { CLIENT_FRAME_ALLOW, CLIENT_FRAME_TITLE } from './protocol/embedding.js';
import { warmUpParser } from './protocol/message.js';
import { parseRedirectResult } from './protocol/redirect-result.js';

/** What a load needs to know: its id in the flow, its URL, and where its findings go. */
export interface ClientLoadOptions {
  readonly id: number;
  readonly url: string;
  /** The server-rendered iframe to adopt, already loading `url`; else one is made. */
  readonly frame?: HTMLIFrameElement | undefined;
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
  /** The frame was a server-rendered child of the element, slotted rather than in its shadow. */
  readonly adopted: boolean;
  /**
   * The name a server gave the adopted frame, other than renderClientFrame's English default:
   * it stands unless the page sets `frameTitle`. `''` for a frame of the element's own.
   */
  readonly ownTitle: string;
  readonly #options: ClientLoadOptions;
  readonly #channel = new ClientChannel();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;
  #disposed = false;
  #lacksCamera: boolean;

  constructor(options: ClientLoadOptions) {
    this.#options = options;
    const { id, send } = options;
    this.adopted = options.frame !== undefined;
    const frame = (this.frame = options.frame ?? options.document.createElement('iframe'));
    this.ownTitle = frame.title === CLIENT_FRAME_TITLE ? '' : frame.title.trim();
    // A policy takes effect when a frame loads: what a server-rendered frame lacks, its client
    // lacks until it loads again.
    this.#lacksCamera = this.adopted && !/(^|;)\s*camera\b/.test(frame.allow);
    frame.setAttribute('part', 'frame');
    // An adopted frame keeps its src (setting it again would reload it); what it lacks of the
    // permissions is added, which does not reload it. Its name is the element's to give (each
    // render, in the element's language).
    frame.allow = mergeAllow(frame.allow);
    frame.allowFullscreen = true;
    if (this.adopted) frame.slot = 'frame';
    else frame.src = options.url;
    this.#channel.on('message', (message) => {
      send({ type: 'message', load: id, message });
    });
    this.#channel.on('foreignOrigin', (origin) => {
      send({ type: 'foreignOrigin', load: id, origin });
    });
    this.#channel.on('redirect', (result) => {
      send({ type: 'redirect', load: id, result });
    });
    frame.addEventListener('load', () => {
      this.#readRedirect();
    });
  }

  /**
   * The client ends some journeys by loading your redirect page in this frame, without a message.
   * On the page's own origin its URL can be read, and it holds the outcome.
   */
  #readRedirect(): void {
    let href: string | undefined;
    try {
      href = this.frame.contentWindow?.location.href;
    } catch {
      return; // another origin: the client, or a redirect page that posts for itself
    }
    const parsed = href ? parseRedirectResult(href) : undefined;
    if (parsed?.ok)
      this.#options.send({ type: 'redirect', load: this.#options.id, result: parsed.result });
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
    // A server-rendered iframe may have reached the redirect page before this script ran.
    if (this.adopted) this.#readRedirect();
    scheduleWarmUp();
    if (!checkPolicy) return;
    if (this.#lacksCamera) {
      send({ type: 'cameraBlocked', load: id });
      return;
    }
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
      this.#options.send({ type: 'timeout', load: this.#options.id, ms });
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

/**
 * The client's permissions added to an iframe's own `allow` (a server may render fewer, or
 * others): each feature once, the client's first.
 */
function mergeAllow(allow: string): string {
  const features = new Map<string, string>();
  for (const entry of [...CLIENT_FRAME_ALLOW.split(';'), ...allow.split(';')]) {
    const [feature] = entry.trim().split(/\s+/);
    if (feature && !features.has(feature)) features.set(feature, entry.trim());
  }
  return [...features.values()].join(';');
}

let warmed = false;

/** Warms the message parser up in an idle moment, once: not on the path of the first message. */
function scheduleWarmUp(): void {
  if (warmed) return;
  warmed = true;
  if ('requestIdleCallback' in window) requestIdleCallback(warmUpParser, { timeout: 500 });
  else setTimeout(warmUpParser, 50); // Safari before 18.2 has no requestIdleCallback
}
