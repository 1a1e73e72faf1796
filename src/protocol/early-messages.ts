/**
 * The messages a page hears before the element's script runs, which the browser would otherwise
 * give to no one: `renderClientFrame` writes a recorder for them next to the iframe (an inline
 * script of a few bytes), and the message boundary (src/client-channel.ts) takes them over when
 * the first element connects, and hears them as if they had come then.
 *
 * The recorder is a function on `window[EARLY_MESSAGES]` whose `q` holds the `message` events it
 * heard from the page's own frames (at most {@link MAX_EARLY_MESSAGES}); once the boundary has taken them, the name holds
 * `false`, and a recorder that runs later does nothing.
 */
export const EARLY_MESSAGES = '__jumioVerifyEarly';

/** How many early messages the recorder keeps: the client posts a few log events and `loaded`. */
export const MAX_EARLY_MESSAGES = 64;

/** The recorder, as the text of an inline script (its CSP hash is of exactly this text). */
export const EARLY_MESSAGES_SCRIPT =
  // Only messages of the page's own frames: the page's own postMessage calls (schedulers) and
  // nested frames must not fill the queue before the client's `loaded` comes.
  `(function(w,k){if(k in w)return;var q=[];function r(e){var s=e.source;` +
  `s&&s!==w&&s.parent===w&&q.length<${MAX_EARLY_MESSAGES}&&q.push(e)}` +
  `r.q=q;w[k]=r;w.addEventListener("message",r)})(window,"${EARLY_MESSAGES}")`;
