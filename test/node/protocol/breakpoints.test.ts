import { expect } from 'chai';
import { describe, it } from 'node:test';
import { BREAKPOINTS, breakpointFor } from '../../../src/protocol/breakpoints.js';

describe('BREAKPOINTS', () => {
  it('lists the four size classes of the seed, widest first, with their minimum widths and heights', () => {
    expect(
      BREAKPOINTS.map(({ name, minWidth, height }) => ({ name, minWidth, height })),
    ).to.deep.equal([
      { name: 'large', minWidth: 900, height: 710 },
      { name: 'medium', minWidth: 640, height: 660 },
      { name: 'small', minWidth: 560, height: 600 },
      { name: 'x-small', minWidth: 0, height: 535 },
    ]);
  });
});

describe('breakpointFor', () => {
  const cases: [width: number, expected: string][] = [
    [Number.MAX_VALUE, 'large'],
    [Number.POSITIVE_INFINITY, 'large'],
    [1e9, 'large'],
    [901, 'large'],
    [900, 'large'],
    [899.99, 'medium'],
    [899, 'medium'],
    [641, 'medium'],
    [640, 'medium'],
    [639.5, 'small'],
    [639, 'small'],
    [561, 'small'],
    [560, 'small'],
    [559.9, 'x-small'],
    [559, 'x-small'],
    [481, 'x-small'],
    [480, 'x-small'],
    [479, 'x-small'],
    [1, 'x-small'],
    [0, 'x-small'],
    [-0, 'x-small'],
  ];
  for (const [width, expected] of cases) {
    it(`puts a width of ${Object.is(width, -0) ? '-0' : width} px in ${expected}`, () => {
      expect(breakpointFor(width)).to.equal(expected);
    });
  }

  it('counts NaN as 0: x-small', () => {
    expect(breakpointFor(Number.NaN)).to.equal('x-small');
  });

  it('counts a negative width as 0: x-small', () => {
    expect(breakpointFor(-1)).to.equal('x-small');
    expect(breakpointFor(-1000)).to.equal('x-small');
    expect(breakpointFor(Number.NEGATIVE_INFINITY)).to.equal('x-small');
  });

  it('gives every width from 0 to 1200 exactly the class whose range holds it', () => {
    for (let width = 0; width <= 1200; width++) {
      const expected =
        width >= 900 ? 'large' : width >= 640 ? 'medium' : width >= 560 ? 'small' : 'x-small';
      expect(breakpointFor(width), `${width} px`).to.equal(expected);
    }
  });

  it('gives each class its own minimum width back', () => {
    for (const { name, minWidth } of BREAKPOINTS) expect(breakpointFor(minWidth)).to.equal(name);
  });
});
