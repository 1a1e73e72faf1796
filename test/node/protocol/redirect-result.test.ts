import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  legacyCodeOf,
  parseRedirectResult,
  type ParsedRedirectResult,
  type RedirectResult,
} from '../../../src/protocol/redirect-result.js';
import { SEED_ERROR_CODES } from './seed.js';

const ACCOUNT = '11111111-1111-1111-1111-aaaaaaaaaaaa';
const WORKFLOW = '22222222-2222-2222-2222-aaaaaaaaaaaa';

/** The seed's successUrl and errorUrl (seed 000 "Account Creation" request). */
const SUCCESS_URL = 'https://www.yourcompany.com/success';
const ERROR_URL = 'https://www.yourcompany.com/error';

/** What a result has for the parameters a URL leaves out. */
const NONE = {
  accountId: undefined,
  transactionReference: undefined,
  transactionStatus: undefined,
  customerInternalReference: undefined,
  idScanStatus: undefined,
  jumioIdScanReference: undefined,
  error: undefined,
} as const;

/** `base` with the query the hosted client appends (seed: "After the User Journey"). */
function redirect(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  return url.href;
}

/** The successUrl with the three required parameters of a success, then `params`. */
const successRedirect = (params: Record<string, string> = {}): string =>
  redirect(SUCCESS_URL, {
    accountId: ACCOUNT,
    workflowExecutionId: WORKFLOW,
    acquisitionStatus: 'SUCCESS',
    ...params,
  });

/** The errorUrl with the three required parameters of an error, then `params`. */
const errorRedirect = (params: Record<string, string> = {}): string =>
  redirect(ERROR_URL, {
    accountId: ACCOUNT,
    workflowExecutionId: WORKFLOW,
    acquisitionStatus: 'ERROR',
    ...params,
  });

function result(parsed: ParsedRedirectResult): RedirectResult {
  if (!parsed.ok) throw new Error(`expected a result, got: ${parsed.message}`);
  return parsed.result;
}

function failure(parsed: ParsedRedirectResult): string {
  if (parsed.ok) throw new Error('expected parseRedirectResult to fail');
  return parsed.message;
}

describe('parseRedirectResult', () => {
  describe('SUCCESS', () => {
    it('reads the four documented parameters of a success redirect', () => {
      const url = successRedirect({ customerInternalReference: 'order-42' });
      expect(result(parseRedirectResult(url))).to.deep.equal({
        ...NONE,
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
        customerInternalReference: 'order-42',
      });
    });

    it('accepts a URL object as well as a string', () => {
      expect(result(parseRedirectResult(new URL(successRedirect()))).accountId).to.equal(ACCOUNT);
    });

    it('tolerates a missing customerInternalReference, which is then undefined', () => {
      const read = result(parseRedirectResult(successRedirect()));
      expect(read.customerInternalReference).to.equal(undefined);
      expect(read.error).to.equal(undefined);
    });

    it('keeps an empty customerInternalReference as the empty string', () => {
      const url = `${SUCCESS_URL}?accountId=a&workflowExecutionId=w&acquisitionStatus=SUCCESS&customerInternalReference=`;
      expect(result(parseRedirectResult(url)).customerInternalReference).to.equal('');
    });

    it('ignores an errorCode on a success: error is set exactly when the status is ERROR', () => {
      const url = successRedirect({ errorCode: '9100' });
      expect(result(parseRedirectResult(url)).error).to.equal(undefined);
    });

    it('decodes percent-escapes and + in the values', () => {
      const url = `${SUCCESS_URL}?accountId=a%2Fb&workflowExecutionId=w&acquisitionStatus=SUCCESS&customerInternalReference=order+42%26x`;
      const read = result(parseRedirectResult(url));
      expect(read.accountId).to.equal('a/b');
      expect(read.customerInternalReference).to.equal('order 42&x');
    });

    it('ignores the page’s own parameters and fragment', () => {
      const url = `${SUCCESS_URL}?utm_source=mail&accountId=a&workflowExecutionId=w&acquisitionStatus=SUCCESS#top`;
      expect(result(parseRedirectResult(url))).to.deep.equal({
        ...NONE,
        accountId: 'a',
        workflowExecutionId: 'w',
        acquisitionStatus: 'SUCCESS',
      });
    });
  });

  describe('ERROR', () => {
    for (const [code, description] of SEED_ERROR_CODES) {
      it(`describes errorCode ${code}`, () => {
        const url = errorRedirect({
          customerInternalReference: 'order-42',
          errorCode: String(code),
        });
        const read = result(parseRedirectResult(url));
        expect(read.acquisitionStatus).to.equal('ERROR');
        expect(read.error?.code).to.equal(code);
        expect(read.error?.description).to.equal(description);
        expect(read.error?.sessionExpired).to.equal(code === 9200 || code === 9210);
      });
    }

    it('describes an ERROR without errorCode as an error the client gave no code for', () => {
      const read = result(parseRedirectResult(errorRedirect()));
      expect(read.error).not.to.equal(undefined);
      expect(read.error?.code).to.equal(undefined);
      expect(read.error?.description).to.contain('no error code');
      expect(read.error?.retryable).to.equal(true);
    });

    it('describes an undocumented errorCode generically, naming it', () => {
      const read = result(parseRedirectResult(errorRedirect({ errorCode: '9999' })));
      expect(read.error?.code).to.equal(9999);
      expect(read.error?.description).to.contain('9999');
    });

    it('reads leading zeros as the same number (09200 is 9200)', () => {
      const url = errorRedirect({ errorCode: '09200' });
      expect(result(parseRedirectResult(url)).error?.code).to.equal(9200);
    });

    it('accepts errorCodes of 1 and of 9 digits', () => {
      for (const errorCode of ['0', '123456789']) {
        const url = errorRedirect({ errorCode });
        expect(result(parseRedirectResult(url)).error?.code).to.equal(Number(errorCode));
      }
    });
  });

  describe('missing or invalid parameters', () => {
    it('names every missing required field', () => {
      const message = failure(parseRedirectResult(SUCCESS_URL));
      expect(message).not.to.contain('accountId');
      expect(message).to.contain('workflowExecutionId');
      expect(message).to.contain('acquisitionStatus');
      expect(message).not.to.contain('customerInternalReference');
      expect(message).not.to.contain('errorCode');
    });

    for (const field of ['workflowExecutionId', 'acquisitionStatus']) {
      it(`fails without ${field}, naming only ${field}`, () => {
        const all: Record<string, string> = {
          accountId: 'a',
          workflowExecutionId: 'w',
          acquisitionStatus: 'SUCCESS',
        };
        const params = Object.fromEntries(Object.entries(all).filter(([name]) => name !== field));
        const message = failure(parseRedirectResult(redirect(SUCCESS_URL, params)));
        expect(message).to.contain(field);
        for (const other of ['accountId', 'workflowExecutionId', 'acquisitionStatus'].filter(
          (f) => f !== field,
        )) {
          expect(message).not.to.contain(other);
        }
      });
    }

    it('fails on an empty accountId or workflowExecutionId', () => {
      expect(
        failure(
          parseRedirectResult(
            `${SUCCESS_URL}?accountId=&workflowExecutionId=w&acquisitionStatus=SUCCESS`,
          ),
        ),
      ).to.contain('accountId');
      expect(
        failure(
          parseRedirectResult(
            `${SUCCESS_URL}?accountId=a&workflowExecutionId=&acquisitionStatus=SUCCESS`,
          ),
        ),
      ).to.contain('workflowExecutionId');
    });

    it('accepts identifiers of 255 characters and refuses 256', () => {
      const at = (length: number): ParsedRedirectResult =>
        parseRedirectResult(successRedirect({ accountId: 'a'.repeat(length) }));
      expect(at(255).ok).to.equal(true);
      expect(failure(at(256))).to.contain('accountId');
    });

    it('fails on an acquisitionStatus other than SUCCESS or ERROR, also in another case', () => {
      for (const acquisitionStatus of ['success', 'Error', 'FAILED', '', ' SUCCESS']) {
        const url = successRedirect({ acquisitionStatus });
        expect(failure(parseRedirectResult(url)), acquisitionStatus).to.contain(
          'acquisitionStatus',
        );
      }
    });

    it('fails on an errorCode that is not 1 to 9 digits, naming errorCode', () => {
      for (const errorCode of [
        '',
        'abc',
        '9200abc',
        '-9200',
        '9200.0',
        ' 9200',
        '1e4',
        '1234567890',
        '０９２００',
      ]) {
        const url = errorRedirect({ errorCode });
        expect(failure(parseRedirectResult(url)), JSON.stringify(errorCode)).to.contain(
          'errorCode',
        );
      }
    });

    it('does not echo parameter values into the message', () => {
      const url = errorRedirect({
        accountId: '',
        customerInternalReference: 'PRIVATE-REF',
        errorCode: 'PRIVATE-CODE',
      });
      const message = failure(parseRedirectResult(url));
      expect(message).not.to.contain('PRIVATE');
    });

    it('tells the caller to use it on the success or error page', () => {
      expect(failure(parseRedirectResult(SUCCESS_URL))).to.contain(
        'web.successUrl or web.errorUrl',
      );
    });

    it('fails on a URL that is not absolute', () => {
      for (const url of [
        '/success?accountId=a&workflowExecutionId=w&acquisitionStatus=SUCCESS',
        '?accountId=a',
        'success',
        '',
      ]) {
        expect(parseRedirectResult(url), url).to.deep.equal({
          ok: false,
          message: 'parseRedirectResult: not an absolute URL.',
        });
      }
    });

    it('reads a parameter repeated in the query as its last value', () => {
      const url = `${SUCCESS_URL}?accountId=first&accountId=last&workflowExecutionId=w&acquisitionStatus=SUCCESS`;
      expect(result(parseRedirectResult(url)).accountId).to.equal('last');
    });

    it('ignores __proto__ and constructor parameters and leaves Object.prototype alone', () => {
      const url = `${SUCCESS_URL}?__proto__=x&constructor=y&accountId=a&workflowExecutionId=w&acquisitionStatus=SUCCESS`;
      const read = result(parseRedirectResult(url));
      expect(Object.keys(read)).to.have.members([
        'workflowExecutionId',
        'acquisitionStatus',
        ...Object.keys(NONE),
      ]);
      expect(Object.getPrototypeOf(read)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
    });
  });

  describe("the current client's parameters (@jumio/websdk 0.3.19)", () => {
    /** A redirect as the current client builds it, for a document workflow. */
    const current = (status: 'SUCCESS' | 'ERROR', extra: Record<string, string> = {}): string =>
      redirect(status === 'SUCCESS' ? SUCCESS_URL : ERROR_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        transactionReference: WORKFLOW,
        acquisitionStatus: status,
        transactionStatus: status,
        customerInternalReference: 'order-42',
        idScanStatus: status,
        jumioIdScanReference: WORKFLOW,
        ...extra,
      });

    it('reads every parameter of a success', () => {
      expect(result(parseRedirectResult(current('SUCCESS')))).to.deep.equal({
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        transactionReference: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
        transactionStatus: 'SUCCESS',
        customerInternalReference: 'order-42',
        idScanStatus: 'SUCCESS',
        jumioIdScanReference: WORKFLOW,
        error: undefined,
      });
    });

    it('takes a redirect without accountId or customerInternalReference, which it leaves out when unset', () => {
      const url = redirect(SUCCESS_URL, {
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
      });
      expect(result(parseRedirectResult(url))).to.deep.include({
        accountId: undefined,
        workflowExecutionId: WORKFLOW,
      });
    });

    it('derives the legacy code from publicErrorCode, and keeps both', () => {
      const read = result(parseRedirectResult(current('ERROR', { publicErrorCode: 'C060401' })));
      expect(read.error).to.deep.include({
        code: 9200,
        publicErrorCode: 'C060401',
        sessionExpired: true,
        description: 'Authorization token missing, invalid, or expired.',
      });
    });

    it('maps J to 9210 (expired, or a failed acquisition found by polling) and A to 9100', () => {
      expect(
        result(parseRedirectResult(current('ERROR', { publicErrorCode: 'J000000' }))).error,
      ).to.deep.include({ code: 9210, sessionExpired: true });
      expect(
        result(parseRedirectResult(current('ERROR', { publicErrorCode: 'A060500' }))).error,
      ).to.deep.include({ code: 9100, sessionExpired: false });
    });

    it('gives the legacy code of the other kinds too, and keeps the publicErrorCode', () => {
      const read = result(parseRedirectResult(current('ERROR', { publicErrorCode: 'M010451' })));
      expect(read.error).to.deep.include({
        code: 9801,
        publicErrorCode: 'M010451',
        sessionExpired: false,
        retryable: false, // an embargo: a fresh session would meet it again
      });
    });

    it('gives no legacy code for a kind without one, and keeps the publicErrorCode', () => {
      const read = result(parseRedirectResult(current('ERROR', { publicErrorCode: 'K000000' })));
      expect(read.error).to.deep.include({
        code: undefined,
        publicErrorCode: 'K000000',
        sessionExpired: false,
      });
    });

    it("prefers an older client's errorCode to the derived one", () => {
      const read = result(
        parseRedirectResult(current('ERROR', { publicErrorCode: 'C060401', errorCode: '9300' })),
      );
      expect(read.error).to.deep.include({ code: 9300, publicErrorCode: 'C060401' });
    });

    it('describes an error with neither code as one the client gave no code for', () => {
      expect(result(parseRedirectResult(current('ERROR'))).error).to.deep.include({
        code: undefined,
        publicErrorCode: undefined,
      });
    });

    it('refuses a publicErrorCode not of the letter-and-six-digits form, naming it', () => {
      for (const publicErrorCode of ['c060401', 'C06040', 'C0604011', '9200', '']) {
        expect(
          failure(parseRedirectResult(current('ERROR', { publicErrorCode }))),
          publicErrorCode,
        ).to.contain('publicErrorCode');
      }
    });

    it('refuses a transactionStatus or idScanStatus other than SUCCESS or ERROR', () => {
      expect(
        failure(parseRedirectResult(current('SUCCESS', { transactionStatus: 'PENDING' }))),
      ).to.contain('transactionStatus');
      expect(failure(parseRedirectResult(current('SUCCESS', { idScanStatus: 'ok' })))).to.contain(
        'idScanStatus',
      );
    });
  });
});

describe('legacyCodeOf', () => {
  // As @jumio/websdk 0.3.19 derives the code it posts from the error it shows: by the kind (the
  // letter), but the upload (04) and usability (07) calls have one code each (not for C and J
  // here, which refresh), and the kind M by the status.
  it('gives the code the client would have posted for the same error', () => {
    for (const [publicErrorCode, code] of [
      ['A010000', 9100], // settings: network or server
      ['A060500', 9100],
      ['B060000', 9836], // secure connection failed
      ['C060401', 9200], // authorization failed
      ['C200401', 9200],
      ['E000000', 9800], // offline
      ['F000000', 9801], // a resource failed to load
      ['G000000', 9801], // cancelled by the user
      ['H000000', 9822],
      ['I010305', 9836], // ALE key invalid
      ['J000000', 9210], // finished or expired
      ['J060412', 9210],
      ['N060400', 9801], // SDK token
      ['M060406', 9900], // credentials
      ['M010451', 9801], // embargo
      ['A040500', 9300], // the upload call, whatever the kind
      ['M040406', 9300],
      ['A070500', 9400], // the usability call
      // but for an authorization that failed and a session that expired, which refresh
      ['C040401', 9200],
      ['J070412', 9210],
    ] as const) {
      expect(legacyCodeOf(publicErrorCode), publicErrorCode).to.equal(code);
    }
  });

  it('gives nothing for a kind without a code, or for what is no publicErrorCode', () => {
    for (const code of [
      'K000000',
      'L000000',
      'M060500',
      'A06050',
      'a060500',
      'A060500x',
      '',
      undefined,
      'constructor',
      '__proto__',
    ]) {
      expect(legacyCodeOf(code), String(code)).to.equal(undefined);
    }
  });
});
