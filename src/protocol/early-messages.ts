/**
 * The messages a page hears before the element's script runs, which the browser would otherwise
 * give to no one: `renderClientFrame` writes a recorder for them next to the iframe (an inline
 * script of a few bytes), and the message boundary (src/client-channel.ts) takes them over when
 * the first element connects, and hears them as if they had come then.
 *
 * The recorder is a function on `window[EARLY_MESSAGES]` whose `q` holds the `message` events it
 * heard from the page's own frames (at most {@link MAX_EARLY_MESSAGES} from each); once the
 * boundary has taken them, the name holds `false`, and a recorder that runs later does nothing.
 */
export const EARLY_MESSAGES = '__jumioVerifyEarly';

/**
 * How many early messages are kept from each frame: the client posts a few log events and
 * `loaded`. Counted by frame, so that other frames (a video, an ad, a chat) that post more than
 * that cannot take the client's places: which frame is the client's is known only later.
 */
export const MAX_EARLY_MESSAGES = 64;

/** The recorder, as the text of an inline script (its CSP hash is of exactly this text). */
export const EARLY_MESSAGES_SCRIPT =
  // Only messages of the page's own frames: the page's own postMessage calls (schedulers) and
  // nested frames are never the client's.
  `(function(w,k){if(k in w)return;var q=[];function r(e){var s=e.source,n=0,i;` +
  `if(s&&s!==w&&s.parent===w){for(i=0;i<q.length;i++)q[i].source===s&&n++;` +
  `n<${MAX_EARLY_MESSAGES}&&q.push(e)}}` +
  `r.q=q;w[k]=r;w.addEventListener("message",r)})(window,"${EARLY_MESSAGES}")`;

/** `events` with at most {@link MAX_EARLY_MESSAGES} from each source, the first ones. */
export function keptPerSource<T extends { readonly source: unknown }>(events: readonly T[]): T[] {
  const counts = new Map<unknown, number>();
  return events.filter((event) => {
    const count = counts.get(event.source) ?? 0;
    counts.set(event.source, count + 1);
    return count < MAX_EARLY_MESSAGES;
  });
}
