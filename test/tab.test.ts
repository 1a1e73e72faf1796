import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { JumioVerifyElement, SessionProvider } from '../src/index.js';
import {
  REDIRECT_CHANNEL,
  REDIRECT_MESSAGE,
  REDIRECT_TAKEN,
  TAB_FLOW_KEY,
} from '../src/protocol/redirect-result.js';
import {
  clientUrl,
  command,
  eventually,
  frameOf,
  mount,
  names,
  PAGE_ORIGIN,
  recorded,
  redirectPage,
} from './helpers.js';

/** A stand-in tab: the tests check what the element does with it, not what it shows. */
interface FakeTab {
  url: string | undefined;
  closed: boolean;
  focused: number;
  /** The flow id in the tab's copy of the page's sessionStorage. */
  flow: string | undefined;
}

let tabs: FakeTab[];
let original: typeof window.open;
beforeEach(() => {
  tabs = [];
  original = window.open;
  window.open = () => {
    // The browser copies the page's sessionStorage into the tab as it creates it.
    const flow = sessionStorage.getItem(TAB_FLOW_KEY) ?? undefined;
    const tab: FakeTab = { url: undefined, closed: false, focused: 0, flow };
    tabs.push(tab);
    return {
      opener: window,
      location: { replace: (url: string) => (tab.url = url) },
      close: () => (tab.closed = true),
      focus: () => tab.focused++,
      get closed() {
        return tab.closed;
      },
    } as unknown as Window;
  };
});
afterEach(() => {
  window.open = original;
});

/**
 * What a redirect page in a tab broadcasts, as completeRedirect() does, from this origin; resolves
 * with the element's answers on the channel so far (see answered()).
 */
async function broadcast(data: unknown): Promise<unknown[]> {
  const channel = new BroadcastChannel(REDIRECT_CHANNEL);
  const answers: unknown[] = [];
  channel.onmessage = ({ data: answer }: MessageEvent) => {
    // (The channel hears other tests' broadcasts too.)
    if ((answer as { type?: unknown } | null)?.type === REDIRECT_TAKEN) answers.push(answer);
  };
  channel.postMessage(data);
  // A broadcast reaches the other channels in a task of their own: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 50));
  channels.push(channel);
  return answers;
}
/** The channels broadcast() left open to hear late answers, closed after each test. */
let channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels) channel.close();
  channels = [];
});

/** Resolves with `answers` once it has one. */
async function answered(answers: unknown[]): Promise<unknown[]> {
  await eventually(() => answers.length > 0, "the element's answer");
  return answers;
}

/** The outcome a redirect page of `flow`'s tab sends. */
const outcome = (
  flow: string | undefined,
  status: 'SUCCESS' | 'ERROR' = 'SUCCESS',
  extra = {},
) => ({
  type: REDIRECT_MESSAGE,
  href: redirectPage(PAGE_ORIGIN, status, extra),
  ...(flow === undefined ? {} : { flow }),
});

const launcher = (el: JumioVerifyElement): HTMLButtonElement | null =>
  el.shadowRoot!.querySelector('button[part="launcher"]');
const part = (el: JumioVerifyElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part="${name}"]`);

/** An element in window mode whose launcher was clicked: the flow goes on in a tab. */
async function opened(props = {}): Promise<{
  el: JumioVerifyElement;
  events: CustomEvent[];
  flow: string;
}> {
  const mounted = await mount({ href: clientUrl(), mode: 'window', ...props });
  launcher(mounted.el)!.click();
  await mounted.el.updateComplete;
  return { ...mounted, flow: tabs.at(-1)!.flow! };
}

describe('the new tab comes back', () => {
  it('says "Continue in the other tab" with a button that brings the tab back', async () => {
    const { el } = await opened();
    expect(el.state).to.equal('opened');
    expect(el.getAttribute('view')).to.equal('opened');
    expect(el.view).to.equal('opened');
    expect(launcher(el)).to.equal(null);
    expect(part(el, 'opened')!.textContent).to.contain('other tab');
    await expect(el).to.be.accessible();
    part(el, 'resume')!.click();
    expect(tabs[0]!.focused).to.equal(1);
    expect(tabs).to.have.length(1);
  });

  it('brings the tab back on open() too: one tab, whose outcome still counts', async () => {
    // A page's own "continue" button calling open() again while the journey goes on in the tab.
    const { el, events, flow } = await opened();
    el.open();
    expect(tabs).to.have.length(1);
    expect(tabs[0]!.focused).to.equal(1);
    await broadcast(outcome(flow));
    await recorded(events, 'jumio-success');
    expect(el.state).to.equal('success');
  });

  it('opens the tab again, at the same client, when the user closed it', async () => {
    const { el } = await opened();
    tabs[0]!.closed = true;
    part(el, 'resume')!.click();
    expect(tabs.map((tab) => tab.url)).to.deep.equal([clientUrl(), clientUrl()]);
    expect(el.state).to.equal('opened');
  });

  it('still hears the first tab when its handle only said closed (a cross-origin opener policy)', async () => {
    // With Cross-Origin-Opener-Policy the page's handle reads closed once the tab is at Jumio,
    // while the user goes on there: the second tab is the same journey, and either one's outcome
    // counts.
    const { el, events, flow } = await opened();
    tabs[0]!.closed = true;
    part(el, 'resume')!.click();
    expect(tabs).to.have.length(2);
    expect(tabs[1]!.flow).to.equal(flow);
    await broadcast(outcome(flow));
    await recorded(events, 'jumio-success');
    expect(el.state).to.equal('success');
  });

  it("leaves the flow id in its tab's copy of sessionStorage only, not in the page's", async () => {
    // Any tab opened later from this page (by a frame of another origin, say) gets a copy of its
    // storage: its redirect page must find no flow id to send an outcome in the flow's name.
    const { flow } = await opened();
    expect(flow).to.match(/^[0-9a-f]{32}$/);
    expect(sessionStorage.getItem(TAB_FLOW_KEY)).to.equal(null);
  });

  it('still hears its tab when the page switches the language meanwhile', async () => {
    const { el, events, flow } = await opened();
    el.locale = 'de';
    el.fallback = 'none';
    await el.updateComplete;
    expect(el.state).to.equal('opened');
    await broadcast(outcome(flow));
    await recorded(events, 'jumio-success');
    expect(el.state).to.equal('success');
  });

  it('opens its tab even where a patched Storage throws as the flow id is taken back', async () => {
    const removeItem = Storage.prototype.removeItem;
    Storage.prototype.removeItem = () => {
      throw new Error('patched');
    };
    try {
      const { el } = await opened();
      expect(el.state).to.equal('opened');
      expect(tabs).to.have.length(1);
      expect(tabs[0]!.url).to.be.a('string');
    } finally {
      Storage.prototype.removeItem = removeItem;
      sessionStorage.removeItem(TAB_FLOW_KEY);
    }
  });

  it('reports the outcome its tab broadcasts, via redirect', async () => {
    const { el, events, flow } = await opened();
    expect(flow).to.match(/^[0-9a-f]{32}$/);
    await broadcast(outcome(flow, 'ERROR', { publicErrorCode: 'A060500' }));
    expect(names(events)).to.deep.equal(['jumio-error']);
    expect(events[0]!.detail).to.deep.include({ via: 'redirect', code: 9100, final: true });
    expect(el.state).to.equal('error');
  });

  it('answers its tab once it has the outcome, so that the tab may close', async () => {
    const { events, flow } = await opened();
    const sent = outcome(flow);
    const answers = await broadcast(sent);
    expect(await answered(answers)).to.deep.equal([{ type: REDIRECT_TAKEN, href: sent.href }]);
    expect(names(events)).to.deep.equal(['jumio-success']);
  });

  it('answers even when a listener removes it on the outcome (an app moving on)', async () => {
    const { el, flow } = await opened();
    el.addEventListener('jumio-success', () => {
      el.remove();
    });
    const answers = await broadcast(outcome(flow));
    expect(await answered(answers)).to.have.length(1);
    expect(el.isConnected).to.equal(false);
  });

  it('leaves its tab unanswered once removed from the page, so that the tab stays open', async () => {
    // A route change of an app, or a page that keeps the element aside: the user would see no
    // result anywhere if the tab closed now.
    const { el, events, flow } = await opened();
    el.remove();
    const answers = await broadcast(outcome(flow));
    // It still takes the outcome (it may be put back), and would have answered before that.
    await recorded(events, 'jumio-success');
    expect(el.state).to.equal('success');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers).to.deep.equal([]);
  });

  it('says the journey is done once its tab broadcasts a success', async () => {
    const { el, events, flow } = await opened();
    part(el, 'resume')!.focus();
    await broadcast(outcome(flow, 'SUCCESS'));
    expect(names(events)).to.deep.equal(['jumio-success']);
    await el.updateComplete;
    expect(el.view).to.equal('panel');
    // Not lost to the body (a string: chai hangs printing shadow DOM nodes that differ).
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('done');
    const done = el.shadowRoot!.querySelector('[part="done-text"]');
    expect(done?.textContent).to.equal(
      'Thank you. Your documents were submitted for verification.',
    );
    expect(el.getBoundingClientRect().height).to.be.below(200); // compact, as the launcher was
    await expect(el).to.be.accessible();
  });

  it('takes no outcome posted to the page by another window than its tab: a frame of the page', async () => {
    // A redirect page of this origin in a frame posts its outcome to its parent, the page: the
    // outcome is well formed and on this origin, but it does not come from the tab.
    const { el, events } = await opened();
    const frame = document.createElement('iframe');
    frame.src = redirectPage(PAGE_ORIGIN, 'SUCCESS');
    document.body.append(frame);
    try {
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(names(events)).to.deep.equal([]);
      expect(el.state).to.equal('opened');
    } finally {
      frame.remove();
    }
  });

  it('ignores a broadcast for another flow, a malformed one, and one without an outcome', async () => {
    const { el, events, flow } = await opened();
    const answers = [
      await broadcast(outcome('0'.repeat(32))),
      await broadcast(outcome(undefined)),
      await broadcast({ type: REDIRECT_MESSAGE, href: 'nope', flow }),
      await broadcast({ type: REDIRECT_MESSAGE, href: `${PAGE_ORIGIN}/done`, flow }),
      await broadcast({ ...outcome(flow), type: 'something else' }),
      await broadcast(JSON.stringify(outcome(flow))),
    ];
    expect(names(events)).to.deep.equal([]);
    // Nor does it answer any of them: their tabs stay open.
    expect(answers.flat()).to.deep.equal([]);
    expect(el.state).to.equal('opened');
  });

  it('ignores an outcome no open flow waits for', async () => {
    const { el, events } = await mount({ href: clientUrl(), mode: 'window' });
    sessionStorage.setItem(TAB_FLOW_KEY, 'a-flow-of-the-past');
    await broadcast(outcome('a-flow-of-the-past'));
    expect(names(events)).to.deep.equal([]);
    expect(el.state).to.equal('idle');
  });

  it("never lets a second element take the first one's result", async () => {
    const first = await opened();
    const second = await opened();
    expect(second.flow).to.not.equal(first.flow);
    await broadcast(outcome(first.flow));
    expect(names(first.events)).to.deep.equal(['jumio-success']);
    expect(names(second.events)).to.deep.equal([]);
    expect(second.el.state).to.equal('opened');
  });

  it('matches its tab by the workflow id when the tab could not read the flow id', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    el.open();
    await el.updateComplete;
    await broadcast({
      ...outcome(undefined),
      href: redirectPage(PAGE_ORIGIN, 'SUCCESS', { workflowExecutionId: 'another' }),
    });
    expect(names(events)).to.deep.equal(['jumio-loaded']);
    await broadcast(outcome(undefined));
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-success']);
  });

  it('asks the session source for a fresh href when relaunched after a finished tab', async () => {
    const reasons: string[] = [];
    const provider: SessionProvider = ({ reason }) => {
      reasons.push(reason);
      return clientUrl({ session: String(reasons.length) });
    };
    const { el, events } = await mount({ sessionProvider: provider, mode: 'window' });
    launcher(el)!.click();
    await eventually(() => el.state === 'opened', 'the tab');
    await broadcast(outcome(tabs[0]!.flow, 'ERROR', { publicErrorCode: 'A060500' }));
    expect(el.state).to.equal('error');
    await el.updateComplete;
    launcher(el)!.click();
    await eventually(() => tabs[1]?.url !== undefined, 'the second tab');
    expect(reasons).to.deep.equal(['initial', 'refresh']);
    expect(new URL(tabs[1]!.url!).searchParams.get('session')).to.equal('2');
    expect(names(events)).to.deep.equal(['jumio-error']);
  });

  it('shows no launcher once a plain href is spent by a finished tab, and open() says why', async () => {
    const { el, events, flow } = await opened();
    await broadcast(outcome(flow, 'ERROR', { publicErrorCode: 'A060500' }));
    await el.updateComplete;
    // The error panel in the launcher's stead: a click could start nothing.
    expect(launcher(el)).to.equal(null);
    expect(el.view).to.equal('panel');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.open();
    await recorded(events, 'jumio-config-error');
    expect(events.map((event) => event.detail.reason)).to.deep.equal([undefined, 'spent-href']);
    expect(events[1]!.detail.message).to.contain('session-url');
    expect(tabs).to.have.length(1);
  });
});
