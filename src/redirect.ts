// jumio-verify/redirect: what your success and error pages run, without Lit or the element.
import {
  isRedirectTaken,
  parseRedirectResult,
  REDIRECT_CHANNEL,
  REDIRECT_MESSAGE,
  REDIRECT_TAKEN_WAIT_MS,
  TAB_FLOW_KEY,
  type ParsedRedirectResult,
  type RedirectMessage,
} from './protocol/redirect-result.js';

export {
  parseRedirectResult,
  type ParsedRedirectResult,
  type RedirectError,
  type RedirectResult,
} from './protocol/redirect-result.js';

/** What {@link completeRedirect} did. */
export interface CompletedRedirect {
  /** The outcome in this page's URL, or why there is none (then nothing was sent). */
  readonly parsed: ParsedRedirectResult;
  /**
   * Where the outcome went: `parent`, the page whose `<jumio-verify>` frames this one; `opener`,
   * over a BroadcastChannel to the page whose `<jumio-verify>` opened this tab (and, where that
   * page is in a frame, posted to it); `none`, nowhere.
   */
  readonly sentTo: 'parent' | 'opener' | 'none';
  /**
   * This tab closes itself if and when the element answers that it has the outcome (`taken`): it
   * is the element's tab, and `close: false` was not given. Browsers allow a script to close a tab
   * a script opened, as the element does; where it stays open, tell the user they can close it.
   */
  readonly closing: boolean;
  /**
   * From a tab (`sentTo: 'opener'`): `true` once the element waiting for this tab answers that it
   * has the outcome, `false` when none has within `REDIRECT_TAKEN_WAIT_MS` (3 s): the page that
   * opened the tab was reloaded or closed, its element removed, or the browser holds that page
   * back in the background. The tab then stays open (an answer later still closes it): tell the
   * user to go back to that page (your server gets the outcome from Jumio's callback either way).
   * In a frame (`sentTo: 'parent'`) nothing answers: `false`, as for `none`.
   */
  readonly taken: Promise<boolean>;
}

/**
 * Hands the outcome of the journey in this page's URL back to the `<jumio-verify>` it came from,
 * on the page you set as `web.successUrl` / `web.errorUrl`. Jumio's client ends some journeys by
 * loading that page in its own frame, without a message (an expired session, an outcome its status
 * poll found), and in a tab there is no frame to post from: the element would never hear of them.
 * - In the element's iframe, when this page is on another origin than the element's page, it posts
 *   the outcome to the parent, which takes it from its own iframe only. (On the same origin the
 *   element reads the iframe's URL itself, and this does no harm.)
 * - In a tab the element opened, it sends the outcome over a BroadcastChannel (this origin only)
 *   to the element waiting for this tab, and closes the tab once that element answers that it
 *   has the outcome (pass `{ close: false }` to keep it open): a tab nobody answers stays open, so
 *   that the user still sees the outcome. Where that element's page is in a frame, it also posts
 *   the outcome to it, to this origin only: under another site the browser keeps the broadcast
 *   from a frame.
 * It also gives you the parsed outcome, to show the page's own message. Never throws.
 */
export function completeRedirect(options: { close?: boolean } = {}): CompletedRedirect {
  const parsed = parseRedirectResult(location.href);
  const unsent = { parsed, sentTo: 'none', closing: false, taken: Promise.resolve(false) } as const;
  if (!parsed.ok) return unsent;
  const { href } = location;
  const message: RedirectMessage = { type: REDIRECT_MESSAGE, href };
  if (window.parent !== window) {
    // Only the page framing this one needs it: address it where the browser says who that is.
    // (`ancestorOrigins` is Chromium's and WebKit's; Firefox has none, and a browser may hide
    // the parent's origin from it as "null", which postMessage refuses: then any origin.)
    const ancestor = (location.ancestorOrigins as DOMStringList | undefined)?.[0];
    try {
      window.parent.postMessage(message, ancestor && ancestor !== 'null' ? ancestor : '*');
    } catch {
      return unsent;
    }
    return { ...unsent, sentTo: 'parent' };
  }
  let flow: string | null = null;
  try {
    flow = sessionStorage.getItem(TAB_FLOW_KEY);
    // Once: a tab this one opens gets a copy of its storage, and must not speak for the flow.
    sessionStorage.removeItem(TAB_FLOW_KEY);
  } catch {
    // storage blocked: the element can still match the tab by its workflow execution id
  }
  const opener = framedOpener();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(REDIRECT_CHANNEL) : undefined;
  if (!channel && !opener) return unsent;
  // A tab the element opened carries its flow id, or its opener; any other page is no tab to close.
  const closing = (flow !== null || opener !== undefined) && options.close !== false;
  // The element answers over its channel or, in a frame, to the tab that posted to it. An answer
  // after the wait (from a page the browser froze in the background) still closes the tab.
  let settle: (taken: boolean) => void = () => undefined;
  const taken = new Promise<boolean>((resolve) => (settle = resolve));
  const timer = setTimeout(() => {
    settle(false);
  }, REDIRECT_TAKEN_WAIT_MS);
  const heard = (data: unknown): void => {
    if (!isRedirectTaken(data, href)) return;
    clearTimeout(timer);
    settle(true);
    stop();
    if (closing) window.close();
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source === opener && event.origin === location.origin) heard(event.data);
  };
  const stop = (): void => {
    channel?.close();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('pagehide', stop);
  };
  window.addEventListener('pagehide', stop);
  if (opener) window.addEventListener('message', onMessage);
  if (channel) {
    channel.onmessage = ({ data }: MessageEvent) => {
      heard(data);
    };
    channel.postMessage(flow ? { ...message, flow } : message);
  }
  // Under another site the browser keeps the broadcast from a frame: there, post to it.
  opener?.postMessage(message, location.origin);
  return { parsed, sentTo: 'opener', closing, taken };
}

/**
 * The page in a frame that opened this tab, when it is on this origin: an element in a frame keeps
 * itself as its tab's opener (elsewhere the tab has none), because under another site the browser
 * partitions its storage and channels, so the broadcast would never reach it.
 */
function framedOpener(): Window | undefined {
  try {
    const opener = window.opener as Window | null;
    if (!opener || opener.parent === opener) return undefined;
    // Another origin's page that opened this one (its location throws here) is no element's.
    return opener.location.origin === location.origin ? opener : undefined;
  } catch {
    return undefined; // an opener gone, one on another origin, or one the browser keeps from here
  }
}
