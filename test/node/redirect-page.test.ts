// completeRedirect() where a browser hides the parent's origin from the frame: no browser here
// does yet (whatwg/html#11560 lets `ancestorOrigins` say "null" under a no-referrer policy), so
// the frame's globals are stood in for, with postMessage refusing "null" as browsers do.
import { expect } from 'chai';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import {
  REDIRECT_CHANNEL,
  REDIRECT_MESSAGE,
  REDIRECT_TAKEN,
  REDIRECT_TAKEN_WAIT_MS,
} from '../../src/protocol/redirect-result.js';
import { completeRedirect } from '../../src/redirect.js';

const REDIRECT = 'https://shop.example/done?workflowExecutionId=w1&acquisitionStatus=SUCCESS';

/** The globals of a frame at REDIRECT whose `ancestorOrigins` is `ancestors`. */
function inFrame(ancestors: string[] | undefined): string[] {
  const targets: string[] = [];
  const parent = {
    postMessage(_message: unknown, targetOrigin: string) {
      if (targetOrigin !== '*' && !URL.canParse(targetOrigin)) {
        throw new DOMException('Invalid target origin', 'SyntaxError');
      }
      targets.push(targetOrigin);
    },
  };
  Object.assign(globalThis, {
    window: { parent },
    location: { href: REDIRECT, ancestorOrigins: ancestors },
  });
  return targets;
}

describe('completeRedirect in a frame', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
    Reflect.deleteProperty(globalThis, 'location');
  });

  it("addresses the parent's origin where the browser says it", () => {
    const targets = inFrame(['https://site.example']);
    expect(completeRedirect().sentTo).to.equal('parent');
    expect(targets).to.deep.equal(['https://site.example']);
  });

  it('posts to any origin where the browser hides it ("null") or has no ancestorOrigins', () => {
    for (const ancestors of [['null'], undefined]) {
      const targets = inFrame(ancestors);
      expect(completeRedirect().sentTo, String(ancestors)).to.equal('parent');
      expect(targets).to.deep.equal(['*']);
    }
  });
});

// In a tab whose opener is a page in a frame: the frame's window as the tab sees it, on `origin`
// (another origin's location throws when read, as a cross-origin WindowProxy's does), and `flow`
// in the tab's copy of sessionStorage. The BroadcastChannel is Node's own.
function inTab(
  origin: string,
  flow: string | null = null,
): {
  posted: string[];
  closed: () => boolean;
  /** Delivers `data` to the tab's message listeners, as from `source` (the opener) at `from`. */
  deliver: (data: unknown, source?: unknown, from?: string) => void;
  /** The tab's page goes away: `pagehide`. */
  hide: () => void;
} {
  const posted: string[] = [];
  let closed = false;
  const listeners = new Map<string, Set<(event: Partial<MessageEvent>) => void>>();
  const of = (type: string) => listeners.get(type) ?? listeners.set(type, new Set()).get(type)!;
  const opener = {
    parent: {},
    get location() {
      if (origin !== new URL(REDIRECT).origin) throw new DOMException('Blocked', 'SecurityError');
      return { origin };
    },
    postMessage(_message: unknown, targetOrigin: string) {
      posted.push(targetOrigin);
    },
  };
  type Listener = (event: Partial<MessageEvent>) => void;
  const tab: Record<string, unknown> = {
    opener,
    close: () => (closed = true),
    addEventListener: (type: string, listener: Listener) => of(type).add(listener),
    removeEventListener: (type: string, listener: Listener) => of(type).delete(listener),
  };
  tab['parent'] = tab;
  Object.assign(globalThis, {
    window: tab,
    location: { href: REDIRECT, origin: new URL(REDIRECT).origin },
    sessionStorage: { getItem: () => flow, removeItem: () => undefined },
  });
  return {
    posted,
    closed: () => closed,
    deliver: (data, source = opener, from = origin) => {
      for (const listener of of('message')) {
        listener({ data, source: source as Window, origin: from });
      }
    },
    hide: () => {
      for (const listener of of('pagehide')) listener({});
    },
  };
}

/** A task later: a BroadcastChannel's message has arrived (setTimeout is mocked here). */
const aTaskLater = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('completeRedirect in a tab', () => {
  let tab: ReturnType<typeof inTab> | undefined;
  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => {
    tab?.hide(); // which closes its channel, or Node would wait for it
    tab = undefined;
    mock.timers.reset();
    for (const name of ['window', 'location', 'sessionStorage']) {
      Reflect.deleteProperty(globalThis, name);
    }
  });

  it('posts the outcome to an opener on its own origin, and closes once it answers', async () => {
    tab = inTab('https://shop.example');
    const completed = completeRedirect();
    expect(tab.posted).to.deep.equal(['https://shop.example']);
    expect([completed.sentTo, completed.closing, tab.closed()]).to.deep.equal([
      'opener',
      true,
      false,
    ]);
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT });
    expect(await completed.taken).to.equal(true);
    expect(tab.closed()).to.equal(true);
  });

  it('stays open while no answer for this outcome comes; closes on one after the wait', async () => {
    tab = inTab('https://shop.example');
    const completed = completeRedirect();
    // An answer for another page, one in another form, one from another window or origin.
    tab.deliver({ type: REDIRECT_TAKEN, href: `${REDIRECT}&more` });
    tab.deliver({ type: 'jumio-verify:redirect', href: REDIRECT });
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT }, {});
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT }, undefined, 'https://partner.example');
    mock.timers.tick(REDIRECT_TAKEN_WAIT_MS);
    expect(await completed.taken).to.equal(false);
    expect(tab.closed()).to.equal(false);
    // The page the browser held back in the background answers when the user goes back to it.
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT });
    expect(tab.closed()).to.equal(true);
  });

  it('closes once the element answers on the channel, and for that answer only', async () => {
    tab = inTab('https://partner.example', 'flow-1');
    const element = new BroadcastChannel(REDIRECT_CHANNEL);
    const heard: unknown[] = [];
    element.onmessage = ({ data }: MessageEvent) => heard.push(data);
    try {
      const completed = completeRedirect();
      expect([completed.sentTo, completed.closing]).to.deep.equal(['opener', true]);
      await aTaskLater();
      expect(heard).to.deep.equal([{ type: REDIRECT_MESSAGE, href: REDIRECT, flow: 'flow-1' }]);
      element.postMessage({ type: REDIRECT_TAKEN, href: `${REDIRECT}&more` });
      element.postMessage({ type: REDIRECT_MESSAGE, href: REDIRECT });
      await aTaskLater();
      expect(tab.closed()).to.equal(false);
      element.postMessage({ type: REDIRECT_TAKEN, href: REDIRECT });
      expect(await completed.taken).to.equal(true);
      expect(tab.closed()).to.equal(true);
    } finally {
      element.close();
    }
  });

  it('keeps the tab open when asked to, answered or not', async () => {
    tab = inTab('https://shop.example');
    const completed = completeRedirect({ close: false });
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT });
    expect([completed.closing, await completed.taken, tab.closed()]).to.deep.equal([
      false,
      true,
      false,
    ]);
  });

  it('neither posts to nor closes for an opener on another origin: no element of this site', async () => {
    tab = inTab('https://partner.example');
    const completed = completeRedirect();
    expect(tab.posted).to.deep.equal([]);
    expect(completed.closing).to.equal(false);
    mock.timers.tick(REDIRECT_TAKEN_WAIT_MS);
    expect(await completed.taken).to.equal(false);
    expect(tab.closed()).to.equal(false);
  });
});
