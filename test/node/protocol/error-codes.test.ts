import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  describeClientError,
  describeErrorCode,
  ERROR_CODES,
  httpStatusOf,
  isErrorCode,
} from '../../../src/protocol/error-codes.js';
import { parseClientMessage, type ClientMessage } from '../../../src/protocol/message.js';
import { SEED_ERROR_CODES } from './seed.js';

/** Codes where a fresh attempt cannot help: the user's device or the user is the problem. */
const NOT_RETRYABLE = [9820, 9822, 9835, 9836, 9900];
/** The codes the current client sends that the seed's table lacks. */
const CLIENT_ONLY = [9301, 9900];
/** The token or the session ran out (seed: "Workflow Transaction Token Timeout"). */
const SESSION_EXPIRED = [9200, 9210];

describe('ERROR_CODES', () => {
  it("has exactly the 13 codes of the seed and the current client's 9301 and 9900", () => {
    expect(Object.keys(ERROR_CODES).map(Number)).to.have.members([
      ...SEED_ERROR_CODES.map(([code]) => code),
      ...CLIENT_ONLY,
    ]);
    expect(Object.keys(ERROR_CODES)).to.have.length(15);
  });

  it("marks the seed's codes as such, and the client's others as not in the seed", () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(info.seed, code).to.equal(!CLIENT_ONLY.includes(Number(code)));
    }
  });

  it('describes every code exactly in the seed words', () => {
    for (const [code, description] of SEED_ERROR_CODES) {
      expect(describeErrorCode(code).description, String(code)).to.equal(description);
    }
  });

  it('marks only 9200 and 9210 as sessionExpired', () => {
    for (const code of Object.keys(ERROR_CODES).map(Number)) {
      expect(describeErrorCode(code).sessionExpired, String(code)).to.equal(
        SESSION_EXPIRED.includes(code),
      );
    }
  });

  it('marks 9820, 9822, 9835, 9836 and 9900 as not retryable and every other code as retryable', () => {
    for (const code of Object.keys(ERROR_CODES).map(Number)) {
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
  it("reads the publicErrorCode too: its kind's description, and no retry for an embargo", () => {
    expect(describeErrorCode(9822, 'H000000').description).to.match(
      /^A photo could not be uploaded/,
    );
    expect(describeErrorCode(9822).description).to.equal('Browser does not support camera.');
    expect(describeErrorCode(9801, 'M010451').retryable).to.equal(false);
    expect(describeErrorCode(9801, 'F000000').retryable).to.equal(true);
  });

  it('gives the code back with its description and flags', () => {
    expect(describeErrorCode(9200)).to.deep.equal({
      code: 9200,
      description: 'Authorization token missing, invalid, or expired.',
      retryable: true,
      sessionExpired: true,
      seed: true,
    });
    expect(describeErrorCode(9822)).to.deep.equal({
      code: 9822,
      description: 'Browser does not support camera.',
      retryable: false,
      sessionExpired: false,
      seed: true,
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

  it('describes an unknown code as not in the seed', () => {
    expect(describeErrorCode(9999).seed).to.equal(false);
    expect(describeErrorCode(undefined).seed).to.equal(false);
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
  it('is true for each of the 15 documented codes', () => {
    for (const [code] of SEED_ERROR_CODES) expect(isErrorCode(code), String(code)).to.equal(true);
    for (const code of CLIENT_ONLY) expect(isErrorCode(code), String(code)).to.equal(true);
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

/** An `error` message as the current client posts it, parsed. */
function errorMessage(metainfo: Record<string, unknown>): ClientMessage {
  const parsed = parseClientMessage(
    JSON.stringify({ eventType: 510, payload: { value: 'error', metainfo } }),
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.message;
}

describe('describeClientError', () => {
  it('describes the code and keeps the publicErrorCode', () => {
    const error = describeClientError(
      errorMessage({ mode: 'original', code: 9100, publicErrorCode: 'A060500', retriable: true }),
    );
    expect(error).to.deep.include({
      code: 9100,
      description: 'Error occurred on our server.',
      retryable: true,
      publicErrorCode: 'A060500',
    });
    expect(error.payload.metainfo?.retriable).to.equal(true);
  });

  it('says an upload failed for the H kind, which the current client posts from its Connection error screen', () => {
    const upload = describeClientError(
      errorMessage({ code: 9822, publicErrorCode: 'H000000', retriable: true }),
    );
    expect(upload.description).to.match(/^A photo could not be uploaded/);
    expect(upload.code).to.equal(9822);
    // Without the kind (an older client), 9822 keeps the seed's meaning.
    const older = describeClientError(errorMessage({ code: 9822 }));
    expect(older.description).to.equal('Browser does not support camera.');
  });

  it('is not final when the client marks it retriable: the user goes on in the same frame', () => {
    expect(describeClientError(errorMessage({ code: 9822, retriable: true })).final).to.equal(
      false,
    );
  });

  it('is final when the client marks it not retriable, or says nothing (an older client)', () => {
    expect(describeClientError(errorMessage({ code: 9100, retriable: false })).final).to.equal(
      true,
    );
    expect(describeClientError(errorMessage({ code: 9100 })).final).to.equal(true);
    expect(describeClientError(errorMessage({})).final).to.equal(true);
  });

  it('is final for a failed settings or finalize call, whatever the client says', () => {
    const final = (publicErrorCode: string): boolean =>
      describeClientError(errorMessage({ code: 9100, publicErrorCode, retriable: true })).final;
    expect(['A010000', 'A060500'].map(final)).to.deep.equal([true, true]);
    // The upload and consent errors the user goes on from.
    expect(['H000000', 'A040000', 'A080500'].map(final)).to.deep.equal([false, false, false]);
  });

  it('offers no fresh href for an embargo (HTTP 451): a new session would meet the same', () => {
    const error = (publicErrorCode: string) =>
      describeClientError(errorMessage({ code: 9801, publicErrorCode, retriable: false }));
    expect(error('M010451').retryable).to.equal(false);
    expect(error('F000000').retryable).to.equal(true);
  });

  it('is always final for an expired session, whatever the client says', () => {
    for (const code of SESSION_EXPIRED) {
      expect(describeClientError(errorMessage({ code, retriable: true })).final).to.equal(true);
    }
  });

  it('keeps retryable (a fresh href can help) apart from final (this frame is done)', () => {
    // 9822 cannot be helped by a fresh href, yet the user may go on in this frame by uploading.
    const camera = describeClientError(errorMessage({ code: 9822, retriable: true }));
    expect([camera.retryable, camera.final]).to.deep.equal([false, false]);
    // A finalize that failed on the server ends this frame, yet a fresh href can succeed.
    const server = describeClientError(errorMessage({ code: 9100, retriable: false }));
    expect([server.retryable, server.final]).to.deep.equal([true, true]);
  });
});

describe('httpStatusOf', () => {
  it('reads the HTTP status a publicErrorCode ends with, and nothing where the call got no answer', () => {
    const codes = [
      'A060500',
      'C060401',
      'M010451',
      'A010000',
      'H000000',
      undefined,
      'A06500',
      'a060500',
    ];
    expect(codes.map(httpStatusOf)).to.deep.equal([
      500,
      401,
      451,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
