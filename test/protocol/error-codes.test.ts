import { expect } from '@open-wc/testing';
import { describeErrorCode, ERROR_CODES, isErrorCode } from '../../src/protocol/error-codes.js';
import { SEED_ERROR_CODES } from './seed.js';

/** Codes where a fresh attempt cannot help: the user's device or the user is the problem. */
const NOT_RETRYABLE = [9820, 9822, 9835, 9836];
/** The token or the session ran out (seed: "Workflow Transaction Token Timeout"). */
const SESSION_EXPIRED = [9200, 9210];

describe('ERROR_CODES', () => {
  it('has exactly the 13 codes of the seed', () => {
    expect(Object.keys(ERROR_CODES).map(Number)).to.have.members(
      SEED_ERROR_CODES.map(([code]) => code),
    );
    expect(Object.keys(ERROR_CODES)).to.have.length(13);
  });

  it('describes every code exactly in the seed words', () => {
    for (const [code, description] of SEED_ERROR_CODES) {
      expect(describeErrorCode(code).description, String(code)).to.equal(description);
    }
  });

  it('marks only 9200 and 9210 as sessionExpired', () => {
    for (const [code] of SEED_ERROR_CODES) {
      expect(describeErrorCode(code).sessionExpired, String(code)).to.equal(
        SESSION_EXPIRED.includes(code),
      );
    }
  });

  it('marks 9820, 9822, 9835 and 9836 as not retryable and every other code as retryable', () => {
    for (const [code] of SEED_ERROR_CODES) {
      expect(describeErrorCode(code).retryable, String(code)).to.equal(
        !NOT_RETRYABLE.includes(code),
      );
    }
  });

  it('marks an expired session as retryable: a fresh web.href is the remedy', () => {
    for (const code of SESSION_EXPIRED) expect(describeErrorCode(code).retryable).to.equal(true);
  });
});

describe('describeErrorCode', () => {
  it('gives the code back with its description and flags', () => {
    expect(describeErrorCode(9200)).to.deep.equal({
      code: 9200,
      description: 'Authorization token missing, invalid, or expired.',
      retryable: true,
      sessionExpired: true,
    });
    expect(describeErrorCode(9822)).to.deep.equal({
      code: 9822,
      description: 'Browser does not support camera.',
      retryable: false,
      sessionExpired: false,
    });
  });

  it('describes an unknown code generically, naming the code, as retryable and not expired', () => {
    const described = describeErrorCode(9999);
    expect(described.code).to.equal(9999);
    expect(described.description).to.contain('9999');
    expect(described.description).to.contain('not in the documented list');
    expect(described.retryable).to.equal(true);
    expect(described.sessionExpired).to.equal(false);
  });

  it('treats codes next to documented ones (9099, 9101, 9201, 9837) as unknown', () => {
    for (const code of [9099, 9101, 9201, 9837, 0, -9200]) {
      const described = describeErrorCode(code);
      expect(described.code).to.equal(code);
      expect(described.description, String(code)).to.contain(String(code));
      expect(described.description).to.contain('not in the documented list');
    }
  });

  it('treats a non-integer near a documented code (9200.5) as unknown', () => {
    expect(describeErrorCode(9200.5).description).to.contain('9200.5');
    expect(describeErrorCode(9200.5).sessionExpired).to.equal(false);
  });

  it('describes a missing code as a generic error that says the client sent none', () => {
    const described = describeErrorCode(undefined);
    expect(described.code).to.equal(undefined);
    expect(described.description).to.contain('no error code');
    expect(described.retryable).to.equal(true);
    expect(described.sessionExpired).to.equal(false);
  });

  it('never reuses a documented description for an unknown or missing code', () => {
    const documented = SEED_ERROR_CODES.map(([, description]) => description);
    expect(documented).not.to.include(describeErrorCode(1234).description);
    expect(documented).not.to.include(describeErrorCode(undefined).description);
  });

  it('returns a fresh object each time, so a caller cannot alter the table', () => {
    const first = describeErrorCode(9100) as { description: string };
    first.description = 'changed';
    expect(describeErrorCode(9100).description).to.equal('Error occurred on our server.');
  });
});

describe('isErrorCode', () => {
  it('is true for each of the 13 documented codes', () => {
    for (const [code] of SEED_ERROR_CODES) expect(isErrorCode(code), String(code)).to.equal(true);
  });

  it('is false for undocumented numbers', () => {
    for (const code of [0, 9101, 9999, -9100, 9100.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isErrorCode(code), String(code)).to.equal(false);
    }
  });

  it('is false for a documented code as a string, bigint, boxed number or array', () => {
    for (const value of ['9200', 9200n, Object(9200) as unknown, [9200], { 9200: true }]) {
      expect(isErrorCode(value), String(value)).to.equal(false);
    }
  });

  it('is false for undefined, null, booleans and Object.prototype member names', () => {
    for (const value of [undefined, null, true, false, '__proto__', 'constructor', 'toString']) {
      expect(isErrorCode(value), String(value)).to.equal(false);
    }
  });
});
