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
