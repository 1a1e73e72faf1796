import { buildClientUrl, type ClientUrlOptions, type ClientUrlResult } from './client-url.js';
import { CLIENT_FRAME_ALLOW } from './embedding.js';

/** What {@link renderClientFrame} is given: the client's source, and the iframe's title. */
export interface ClientFrameOptions extends ClientUrlOptions {
  /** The iframe's accessible name (default "Identity verification"). */
  readonly title?: string | undefined;
}

/** The markup, or '' where the source cannot work; `problems` and `warnings` say why, as for the element. */
export interface RenderedClientFrame extends Pick<ClientUrlResult, 'problems' | 'warnings'> {
  readonly html: string;
}

/**
 * The client's iframe as HTML, for a server or a framework to put inside `<jumio-verify>`:
 * `<jumio-verify>${html}</jumio-verify>`. The browser starts loading the client while it parses
 * the page, before any script, and the element adopts the iframe when its script runs, without
 * reloading it (README: "Zero-delay start"). The same URL rules as `href`, the same `allow`.
 * Pure, never throws: for Node, edge runtimes and the browser alike.
 */
export function renderClientFrame(options: ClientFrameOptions): RenderedClientFrame {
  const { url, problems, warnings } = buildClientUrl(options);
  const title = options.title?.trim() || 'Identity verification';
  const html = url
    ? `<iframe src="${escape(url.href)}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen ` +
      // Until the element's script has run, the iframe is sized by these hints (which a strict
      // CSP allows, unlike a style attribute); then by the element's breakpoints.
      `width="100%" height="710" title="${escape(title)}"></iframe>`
    : '';
  return { html, problems, warnings };
}

/** `text` safe inside a double-quoted HTML attribute. */
function escape(text: string): string {
  return text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
