/**
 * The stand-in for Jumio's hosted client in the page-load benchmarks: a document that loads its
 * "bundle" (a script from its own origin) and posts `loaded` to its parent when that has run,
 * with the message shapes the real client posts (test/fixtures/client-messages.ts). The real
 * client posts `loaded` after a 2.6 MB bundle and two requests (README, "Zero-delay start"); the
 * stand-in's delays only keep `loaded` after the element's script, as the real client's is.
 */
import { CLIENT_ERRORS, stateMessage } from '../test/fixtures/client-messages.js';

/** The client document's server time, as in the measurement. */
export const CLIENT_DOCUMENT_MS = 50;
/** The time its bundle takes to arrive. */
export const CLIENT_BUNDLE_MS = 50;

/**
 * The document. `echo`: no delays, and the bundle posts only when asked (see {@link bundle}).
 */
export function clientDocument(echo: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in client</title>
<script src="/bundle.js${echo ? '?echo' : ''}"></script></head><body><p>Stand-in client</p></body></html>`;
}

/**
 * The bundle: posts `loaded` at once; or, with `echo`, answers each `ping` from its parent with
 * `loaded` and a retriable error (the upload-failed screen, which the real client posts
 * repeatedly). The element passes each such error on as `jumio-error`, the `loaded` before it
 * clearing the repeat guard: a DOM event per ping.
 */
export function bundle(echo: boolean): string {
  const loaded = JSON.stringify(stateMessage('loaded'));
  if (!echo) return `parent.postMessage(${loaded}, '*');`;
  const error = JSON.stringify(stateMessage('error', CLIENT_ERRORS.uploadFailed));
  return `addEventListener('message', (event) => {
  if (event.source !== parent || event.data !== 'ping') return;
  parent.postMessage(${loaded}, '*');
  parent.postMessage(${error}, '*');
});`;
}
