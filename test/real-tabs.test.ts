import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { JumioVerifyElement } from '../src/index.js';
import { TAB_FLOW_KEY } from '../src/protocol/index.js';
import {
  CLIENT_ORIGIN,
  clientUrl,
  eventually,
  frameHost,
  mount,
  names,
  PAGE_ORIGIN,
  redirectPage,
} from './helpers.js';

// These tests open real tabs (no stand-in window.open), clicked with a real mouse: a script's
// click() is no user gesture, and WebKit blocks the tab then.

/** A real click at the middle of `rect`, in the test page's coordinates. */
async function click(rect: Pick<DOMRect, 'x' | 'y' | 'width' | 'height'>) {
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
  await resetMouse();
}

/** The host in its frame, its element in window mode at the `client`, its launcher clicked. */
async function launched(
  client: Record<string, string>,
): Promise<Awaited<ReturnType<typeof frameHost>>> {
  const host = await frameHost({
    origin: CLIENT_ORIGIN,
    allow: 'camera',
    // The client is on yet another origin: the test page's.
    attributes: { mode: 'window', href: clientUrl(client, PAGE_ORIGIN) },
  });
  await host.run({ hostCommand: 'rect', part: 'launcher' });
  const { x, y } = host.entries.find((entry) => entry.rect)!.rect!;
  const frame = host.frame.getBoundingClientRect();
  await click({ x: frame.x + x, y: frame.y + y, width: 0, height: 0 });
  return host;
}

const eventsOf = (host: Awaited<ReturnType<typeof frameHost>>): string[] =>
  host.entries.flatMap((entry) => (entry.event ? [entry.event] : []));

/** A real tab opens, loads twice and posts: more than a frame's 5 s on a busy machine. */
const TAB_MS = 15_000;
/** Time for a second outcome, had one been sent, to arrive before the events are counted. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

// A page in a frame under another site (the host on 127.0.0.1 inside the test page on
// localhost): browsers partition its storage and its BroadcastChannels by the top-level site, so
// a real tab's redirect page, a top-level page of the host's origin, can neither read the flow id
// nor reach the element with its broadcast.
describe('the new tab, from a page in a frame under another site', () => {
  it("reports the outcome the tab's redirect page posts to its opener", async () => {
    // The client goes straight on to the host's redirect page, as at the end of a journey.
    const host = await launched({ navigate: redirectPage(CLIENT_ORIGIN, 'SUCCESS') });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-success'), TAB_MS);
    await settle();
    const success = host.entries.find((entry) => entry.event === 'jumio-success')!;
    expect(success.detail).to.deep.include({
      via: 'redirect',
      workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
    });
    expect(success.state).to.equal('success');
    expect(eventsOf(host).filter((event) => event === 'jumio-success')).to.have.length(1);
    // The element answered the tab it heard from, which then closed itself.
    const start = performance.now();
    for (;;) {
      await host.run({ hostCommand: 'tabs' });
      const tabs = host.entries.findLast((entry) => entry.tabs)!.tabs!;
      expect(tabs).to.have.length(1);
      if (tabs[0]) break;
      if (performance.now() - start > TAB_MS) throw new Error('the tab never closed');
      await settle();
    }
  });

  it('takes nothing another origin in the tab posts to the opener, even a well-formed outcome', async () => {
    // The page at the client's origin posts a well-formed success of its own origin (what the
    // channel would take, but for the origin it came from); the redirect page that follows says
    // the journey failed: only that counts.
    const host = await launched({
      forge: redirectPage(PAGE_ORIGIN, 'SUCCESS'),
      navigate: redirectPage(CLIENT_ORIGIN, 'ERROR', { publicErrorCode: 'A060500' }),
    });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-error'), TAB_MS);
    await settle();
    expect(eventsOf(host)).to.not.include('jumio-success');
    expect(eventsOf(host).filter((event) => event === 'jumio-error')).to.have.length(1);
  });
});

/** The launcher of `el`, in mode="window", clicked for real; the tab it opened. */
async function launch(el: JumioVerifyElement): Promise<Window> {
  const open = window.open;
  let tab: Window | null = null;
  window.open = (...args) => (tab = open.apply(window, args));
  try {
    await click(el.shadowRoot!.querySelector('[part="launcher"]')!.getBoundingClientRect());
    await eventually(() => tab !== null, 'the tab opened');
  } finally {
    window.open = open;
  }
  return tab!;
}

describe('the new tab, from a top-level page', () => {
  it("hears its tab: the flow id is in the tab's copy of sessionStorage, not in the page's", async () => {
    const { el, events } = await mount({
      href: clientUrl({ navigate: redirectPage(PAGE_ORIGIN, 'SUCCESS') }),
      mode: 'window',
    });
    const tab = await launch(el);
    expect(sessionStorage.getItem(TAB_FLOW_KEY)).to.equal(null);
    await eventually(() => el.state === 'success', "the tab's outcome", TAB_MS);
    expect(names(events)).to.deep.equal(['jumio-success']);
    expect(events[0]!.detail).to.deep.include({ via: 'redirect' });
    // Its redirect page found the flow id, so it knew it was the element's tab, and closed.
    await eventually(() => tab.closed, 'the tab closed itself', TAB_MS);
  });

  it('leaves its tab open when the element is gone: nobody took the outcome', async () => {
    // The page reloaded, or an app removed the element (a route change), while the journey went
    // on in the tab: closing the tab would leave the user with no result anywhere.
    const { el } = await mount({ href: clientUrl({}, PAGE_ORIGIN), mode: 'window' });
    const tab = (await launch(el)) as Window & {
      completed?: { closing: boolean; taken: Promise<boolean> };
    };
    try {
      await eventually(
        () =>
          tab.location.pathname.endsWith('/client.html') && tab.document.readyState === 'complete',
        'the client in the tab',
        TAB_MS,
      );
      el.remove();
      // The journey ends: the client loads the redirect page in its tab.
      tab.location.replace(redirectPage(PAGE_ORIGIN, 'SUCCESS'));
      await eventually(() => tab.completed !== undefined, 'its redirect page', TAB_MS);
      // The removed element still took the outcome, but it did not answer: nobody sees it.
      await eventually(() => el.state === 'success', 'the outcome', TAB_MS);
      // The element's tab (its flow id was there), which would close, had anyone answered.
      expect(tab.completed!.closing).to.equal(true);
      expect(await tab.completed!.taken).to.equal(false);
      await settle();
      expect(tab.closed).to.equal(false);
    } finally {
      tab.close();
    }
  });

  it('takes no outcome from a tab the page opened later: its copy of storage has no flow id', async () => {
    // The journey goes on in the element's tab. Then the page (or a frame of another origin on
    // it) opens the redirect page with a success in a tab of its own.
    // (The client on this page's origin, so that the test sees when its tab has loaded.)
    const { el, events } = await mount({ href: clientUrl({}, PAGE_ORIGIN), mode: 'window' });
    const tab = await launch(el);
    await eventually(() => el.state === 'opened', 'the journey in the tab');
    await eventually(
      () =>
        tab.location.pathname.endsWith('/client.html') && tab.document.readyState === 'complete',
      'the client in the tab',
      TAB_MS,
    );
    // Back to this page (a page in the background gets no animation frames): the flow still
    // waits for that tab, as when the page's handle only reads closed under an opener policy.
    tab.close();
    await eventually(() => tab.closed, 'the tab closed');
    const button = document.createElement('button');
    button.textContent = 'Open';
    // What the redirect page there sets: completeRedirect()'s answer (test/fixtures).
    const opened: { tab?: (Window & { completed?: { closing: boolean } }) | null } = {};
    button.onclick = () => (opened.tab = window.open(redirectPage(PAGE_ORIGIN, 'SUCCESS')));
    document.body.append(button);
    try {
      await click(button.getBoundingClientRect());
      await eventually(() => Boolean(opened.tab), 'the second tab');
      const forged = opened.tab!;
      await eventually(
        () => forged.closed || forged.completed !== undefined,
        'its redirect page',
        TAB_MS,
      );
      await settle();
      expect(names(events)).to.deep.equal([]);
      expect(el.state).to.equal('opened');
      // No flow id, so no tab of the element's: it stays open.
      expect(forged.closed).to.equal(false);
    } finally {
      button.remove();
      opened.tab?.close();
    }
  });
});
