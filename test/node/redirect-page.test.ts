// completeRedirect() where a browser hides the parent's origin from the frame: no browser here
// does yet (whatwg/html#11560 lets `ancestorOrigins` say "null" under a no-referrer policy), so
// the frame's globals are stood in for, with postMessage refusing "null" as browsers do.
import { expect } from 'chai';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { REDIRECT_TAKEN, REDIRECT_TAKEN_WAIT_MS } from '../../src/protocol/redirect-result.js';
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
// (another origin's location throws when read, as a cross-origin WindowProxy's does).
function inTab(origin: string): {
  posted: string[];
  closed: () => boolean;
  /** Delivers `data` to the tab's message listeners, as from `source` (the opener) at `from`. */
  deliver: (data: unknown, source?: unknown, from?: string) => void;
} {
  const posted: string[] = [];
  let closed = false;
  const listeners = new Set<(event: Partial<MessageEvent>) => void>();
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
  const tab: Record<string, unknown> = {
    opener,
    close: () => (closed = true),
    addEventListener: (_type: string, listener: (event: Partial<MessageEvent>) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: Partial<MessageEvent>) => void) =>
      listeners.delete(listener),
  };
  tab['parent'] = tab;
  Object.assign(globalThis, {
    window: tab,
    location: { href: REDIRECT, origin: new URL(REDIRECT).origin },
    sessionStorage: { getItem: () => null, removeItem: () => undefined },
  });
  return {
    posted,
    closed: () => closed,
    deliver: (data, source = opener, from = origin) => {
      for (const listener of listeners) listener({ data, source: source as Window, origin: from });
    },
  };
}

describe('completeRedirect in a tab opened from a frame', () => {
  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => {
    mock.timers.reset();
    for (const name of ['window', 'location', 'sessionStorage']) {
      Reflect.deleteProperty(globalThis, name);
    }
  });

  it('posts the outcome to an opener on its own origin, and closes once it answers', async () => {
    const tab = inTab('https://shop.example');
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

  it('stays open when no answer for this outcome comes from its opener', async () => {
    const tab = inTab('https://shop.example');
    const completed = completeRedirect();
    // An answer for another page, one in another form, one from another window or origin.
    tab.deliver({ type: REDIRECT_TAKEN, href: `${REDIRECT}&more` });
    tab.deliver({ type: 'jumio-verify:redirect', href: REDIRECT });
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT }, {});
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT }, undefined, 'https://partner.example');
    mock.timers.tick(REDIRECT_TAKEN_WAIT_MS);
    expect(await completed.taken).to.equal(false);
    expect(tab.closed()).to.equal(false);
    // Too late: the page already told the user to go back.
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT });
    expect(tab.closed()).to.equal(false);
  });

  it('keeps the tab open when asked to, answered or not', async () => {
    const tab = inTab('https://shop.example');
    const completed = completeRedirect({ close: false });
    tab.deliver({ type: REDIRECT_TAKEN, href: REDIRECT });
    expect([completed.closing, await completed.taken, tab.closed()]).to.deep.equal([
      false,
      true,
      false,
    ]);
  });

  it('neither posts to nor closes for an opener on another origin: no element of this site', async () => {
    const tab = inTab('https://partner.example');
    const completed = completeRedirect();
    expect(tab.posted).to.deep.equal([]);
    expect(completed.closing).to.equal(false);
    mock.timers.tick(REDIRECT_TAKEN_WAIT_MS);
    expect(await completed.taken).to.equal(false);
    expect(tab.closed()).to.equal(false);
  });
});
