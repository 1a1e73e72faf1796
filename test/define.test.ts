import { expect } from '@open-wc/testing';
import { JumioVerifyElement } from '../src/jumio-verify.js';

/** Each tag once per page (a registry cannot forget one): a new name for each test. */
let count = 0;
const tag = (): string => `define-test-${String(++count)}`;

/** Runs `work` with console.warn recorded; returns what it warned. */
function warnings(work: () => void): string[] {
  const warned: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => {
    warned.push(args.map(String).join(' '));
  };
  try {
    work();
  } finally {
    console.warn = warn;
  }
  return warned;
}

describe('JumioVerifyElement.define()', () => {
  it('defines a free tag and returns the class it gave it, silently', () => {
    const name = tag();
    let defined: CustomElementConstructor | undefined;
    expect(warnings(() => (defined = JumioVerifyElement.define(name)))).to.deep.equal([]);
    expect(defined).to.equal(customElements.get(name));
    // The class itself, or (when another test's tag has it already) a subclass made for the tag.
    expect(defined === JumioVerifyElement || defined?.prototype instanceof JumioVerifyElement).to.be
      .true;
  });

  it('returns the same class again without a warning', () => {
    const name = tag();
    JumioVerifyElement.define(name);
    let again: CustomElementConstructor | undefined;
    expect(warnings(() => (again = JumioVerifyElement.define(name)))).to.deep.equal([]);
    expect(again).to.equal(customElements.get(name));
  });

  it('keeps a subclass that has the tag, without a warning', () => {
    const name = tag();
    class Branded extends JumioVerifyElement {}
    customElements.define(name, Branded);
    let kept: CustomElementConstructor | undefined;
    expect(warnings(() => (kept = JumioVerifyElement.define(name)))).to.deep.equal([]);
    expect(kept).to.equal(Branded);
  });

  it('warns when another class has the tag (another copy or version), and says what to do', () => {
    const name = tag();
    // What a second copy of the package looks like from here: a class of the same name that is
    // not this one (nor a subclass of it).
    const Other = class JumioVerifyElement extends HTMLElement {};
    customElements.define(name, Other);
    let kept: CustomElementConstructor | undefined;
    const warned = warnings(() => (kept = JumioVerifyElement.define(name)));
    expect(kept, 'the tag keeps the class it has').to.equal(Other);
    expect(warned).to.have.length(1);
    const [message = ''] = warned;
    expect(message).to.include(`<${name}>`);
    expect(message).to.match(/another (copy|class)/);
    expect(message, 'says what to fix').to.match(/Load one copy/);
    expect(message, 'or how to keep both').to.match(/another tag/);
  });
});
