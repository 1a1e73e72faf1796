// completeRedirect() where a browser hides the parent's origin from the frame: no browser here
// does yet (whatwg/html#11560 lets `ancestorOrigins` say "null" under a no-referrer policy), so
// the frame's globals are stood in for, with postMessage refusing "null" as browsers do.
import { expect } from 'chai';
import { afterEach, describe, it } from 'node:test';
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
function inTab(origin: string): { posted: string[]; closed: () => boolean } {
  const posted: string[] = [];
  let closed = false;
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
  const tab: Record<string, unknown> = { opener, close: () => (closed = true) };
  tab['parent'] = tab;
  Object.assign(globalThis, {
    window: tab,
    location: { href: REDIRECT, origin: new URL(REDIRECT).origin },
    sessionStorage: { getItem: () => null },
  });
  return { posted, closed: () => closed };
}

describe('completeRedirect in a tab opened from a frame', () => {
  afterEach(() => {
    for (const name of ['window', 'location', 'sessionStorage']) {
      Reflect.deleteProperty(globalThis, name);
    }
  });

  it('posts the outcome to an opener on its own origin, and closes the tab', () => {
    const tab = inTab('https://shop.example');
    const completed = completeRedirect();
    expect(tab.posted).to.deep.equal(['https://shop.example']);
    expect([completed.sentTo, completed.closing, tab.closed()]).to.deep.equal([
      'opener',
      true,
      true,
    ]);
  });

  it('neither posts to nor closes for an opener on another origin: no element of this site', () => {
    const tab = inTab('https://partner.example');
    const completed = completeRedirect();
    expect(tab.posted).to.deep.equal([]);
    expect(completed.closing).to.equal(false);
    expect(tab.closed()).to.equal(false);
  });
});
