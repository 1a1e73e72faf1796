import { buildClientUrl, type ClientUrlOptions, type ClientUrlResult } from './client-url.js';
import { EARLY_MESSAGES_SCRIPT } from './early-messages.js';
import { CLIENT_FRAME_ALLOW, CLIENT_FRAME_TITLE } from './embedding.js';

/** What {@link renderClientFrame} is given: the client's source, and the iframe's title. */
export interface ClientFrameOptions extends ClientUrlOptions {
  /** The iframe's accessible name (default "Identity verification"). */
  readonly title?: string | undefined;
  /**
   * The `nonce` of your Content-Security-Policy's `script-src`, for the early-message recorder's
   * inline script. Without one, a strict policy needs the recorder's hash instead (README).
   */
  readonly nonce?: string | undefined;
  /**
   * `false` leaves the early-message recorder out of `html` (it is still in `script`): then what
   * the client posts before the element's script runs is not heard (README: "Zero-delay start").
   */
  readonly earlyMessages?: boolean | undefined;
}

/** The markup, or '' where the source cannot work; `problems` and `warnings` say why, as for the element. */
export interface RenderedClientFrame extends Pick<ClientUrlResult, 'problems' | 'warnings'> {
  /** What goes inside `<jumio-verify>`: `script` then `frame` (or `frame` alone, see options). */
  readonly html: string;
  /** The client's iframe alone. */
  readonly frame: string;
  /** The early-message recorder: an inline `<script>`, before the iframe or anywhere above it. */
  readonly script: string;
}

/**
 * The client's iframe as HTML, for a server or a framework to put inside `<jumio-verify>`:
 * `<jumio-verify server-rendered>${html}</jumio-verify>` (the mark makes an element whose script
 * runs before the parser reaches the iframe wait for it). The browser starts loading the client
 * while it parses the page, before any script, and the element adopts the iframe when its script
 * runs, without reloading it (README: "Zero-delay start"). The same URL rules as `href`, the same `allow`.
 * `html` starts with a tiny inline script that records the messages the client posts before the
 * element's script runs, which the element then hears (src/protocol/early-messages.ts).
 * Pure, never throws: for Node, edge runtimes and the browser alike.
 */
export function renderClientFrame(
  // Typed, but a caller in plain JavaScript may pass anything, or nothing: never a throw.
  given: ClientFrameOptions | null | undefined,
): RenderedClientFrame {
  const options: ClientFrameOptions = given ?? {};
  const { url, problems, warnings } = buildClientUrl(options);
  const title =
    (typeof options.title === 'string' ? options.title.trim() : '') || CLIENT_FRAME_TITLE;
  if (!url) return { html: '', frame: '', script: '', problems, warnings };
  const frame =
    `<iframe src="${escape(url.href)}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen ` +
    // Until the element's script has run, the iframe is sized by these hints (which a strict
    // CSP allows, unlike a style attribute); then by the element's breakpoints.
    `width="100%" height="710" title="${escape(title)}"></iframe>`;
  const nonce =
    typeof options.nonce === 'string' && options.nonce ? ` nonce="${escape(options.nonce)}"` : '';
  const script = `<script${nonce}>${EARLY_MESSAGES_SCRIPT}</script>`;
  const html = options.earlyMessages === false ? frame : script + frame;
  return { html, frame, script, problems, warnings };
}

/** `text` safe inside a double-quoted HTML attribute. */
function escape(text: string): string {
  return text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
