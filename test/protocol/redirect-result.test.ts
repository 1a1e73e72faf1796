import { expect } from '@open-wc/testing';
import {
  parseRedirectResult,
  type ParsedRedirectResult,
  type RedirectResult,
} from '../../src/protocol/redirect-result.js';

const ACCOUNT = '11111111-1111-1111-1111-aaaaaaaaaaaa';
const WORKFLOW = '22222222-2222-2222-2222-aaaaaaaaaaaa';

/** The seed's successUrl and errorUrl (seed 000 "Account Creation" request). */
const SUCCESS_URL = 'https://www.yourcompany.com/success';
const ERROR_URL = 'https://www.yourcompany.com/error';

/** `base` with the query the hosted client appends (seed: "After the User Journey"). */
function redirect(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  return url.href;
}

function result(parsed: ParsedRedirectResult): RedirectResult {
  if (!parsed.ok) throw new Error(`expected a result, got: ${parsed.message}`);
  return parsed.result;
}

function failure(parsed: ParsedRedirectResult): string {
  if (parsed.ok) throw new Error('expected parseRedirectResult to fail');
  return parsed.message;
}

/** The seed's errorCode list: code → description, by hand (9821 as error-codes.ts writes it). */
const SEED_CODES: [code: string, description: string][] = [
  ['9100', 'Error occurred on our server.'],
  ['9200', 'Authorization token missing, invalid, or expired.'],
  ['9210', 'Session expired after the user journey started.'],
  ['9300', 'Error occurred transmitting image to our server.'],
  ['9400', 'Error occurred during verification step.'],
  ['9800', 'User has no network connection.'],
  ['9801', 'Unexpected error occurred in the client.'],
  ['9810', 'Problem while communicating with our server.'],
  ['9820', 'File upload not enabled and camera unavailable.'],
  ['9821', 'The biometric face capture process failed, e.g. issue with iProov'],
  ['9822', 'Browser does not support camera.'],
  ['9835', 'No acceptable submission in 3 attempts.'],
  ['9836', 'Authentication Failure.'],
];

describe('parseRedirectResult', () => {
  describe('SUCCESS', () => {
    it('reads the four documented parameters of a success redirect', () => {
      const url = redirect(SUCCESS_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
        customerInternalReference: 'order-42',
      });
      expect(result(parseRedirectResult(url))).to.deep.equal({
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
        customerInternalReference: 'order-42',
        error: undefined,
      });
    });

    it('accepts a URL object as well as a string', () => {
      const url = new URL(
        redirect(SUCCESS_URL, {
          accountId: ACCOUNT,
          workflowExecutionId: WORKFLOW,
          acquisitionStatus: 'SUCCESS',
        }),
      );
      expect(result(parseRedirectResult(url)).accountId).to.equal(ACCOUNT);
    });

    it('tolerates a missing customerInternalReference, which is then undefined', () => {
      const url = redirect(SUCCESS_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
      });
      const read = result(parseRedirectResult(url));
      expect(read.customerInternalReference).to.equal(undefined);
      expect(read.error).to.equal(undefined);
    });

    it('keeps an empty customerInternalReference as the empty string', () => {
      const url = `${SUCCESS_URL}?accountId=a&workflowExecutionId=w&acquisitionStatus=SUCCESS&customerInternalReference=`;
      expect(result(parseRedirectResult(url)).customerInternalReference).to.equal('');
    });

    it('ignores an errorCode on a success: error is set exactly when the status is ERROR', () => {
      const url = redirect(SUCCESS_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'SUCCESS',
        errorCode: '9100',
      });
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
        accountId: 'a',
        workflowExecutionId: 'w',
        acquisitionStatus: 'SUCCESS',
        customerInternalReference: undefined,
        error: undefined,
      });
    });
  });

  describe('ERROR', () => {
    for (const [code, description] of SEED_CODES) {
      it(`describes errorCode ${code}`, () => {
        const url = redirect(ERROR_URL, {
          accountId: ACCOUNT,
          workflowExecutionId: WORKFLOW,
          acquisitionStatus: 'ERROR',
          customerInternalReference: 'order-42',
          errorCode: code,
        });
        const read = result(parseRedirectResult(url));
        expect(read.acquisitionStatus).to.equal('ERROR');
        expect(read.error?.code).to.equal(Number(code));
        expect(read.error?.description).to.equal(description);
        expect(read.error?.sessionExpired).to.equal(code === '9200' || code === '9210');
      });
    }

    it('describes an ERROR without errorCode as an error the client gave no code for', () => {
      const url = redirect(ERROR_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'ERROR',
      });
      const read = result(parseRedirectResult(url));
      expect(read.error).not.to.equal(undefined);
      expect(read.error?.code).to.equal(undefined);
      expect(read.error?.description).to.contain('no error code');
      expect(read.error?.retryable).to.equal(true);
    });

    it('describes an undocumented errorCode generically, naming it', () => {
      const url = redirect(ERROR_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'ERROR',
        errorCode: '9999',
      });
      const read = result(parseRedirectResult(url));
      expect(read.error?.code).to.equal(9999);
      expect(read.error?.description).to.contain('9999');
    });

    it('reads leading zeros as the same number (09200 is 9200)', () => {
      const url = redirect(ERROR_URL, {
        accountId: ACCOUNT,
        workflowExecutionId: WORKFLOW,
        acquisitionStatus: 'ERROR',
        errorCode: '09200',
      });
      expect(result(parseRedirectResult(url)).error?.code).to.equal(9200);
    });

    it('accepts errorCodes of 1 and of 9 digits', () => {
      for (const errorCode of ['0', '123456789']) {
        const url = redirect(ERROR_URL, {
          accountId: 'a',
          workflowExecutionId: 'w',
          acquisitionStatus: 'ERROR',
          errorCode,
        });
        expect(result(parseRedirectResult(url)).error?.code).to.equal(Number(errorCode));
      }
    });
  });

  describe('missing or invalid parameters', () => {
    it('names every missing required field', () => {
      const message = failure(parseRedirectResult(SUCCESS_URL));
      expect(message).to.contain('accountId');
      expect(message).to.contain('workflowExecutionId');
      expect(message).to.contain('acquisitionStatus');
      expect(message).not.to.contain('customerInternalReference');
      expect(message).not.to.contain('errorCode');
    });

    for (const field of ['accountId', 'workflowExecutionId', 'acquisitionStatus']) {
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
        parseRedirectResult(
          redirect(SUCCESS_URL, {
            accountId: 'a'.repeat(length),
            workflowExecutionId: 'w',
            acquisitionStatus: 'SUCCESS',
          }),
        );
      expect(at(255).ok).to.equal(true);
      expect(failure(at(256))).to.contain('accountId');
    });

    it('fails on an acquisitionStatus other than SUCCESS or ERROR, also in another case', () => {
      for (const acquisitionStatus of ['success', 'Error', 'FAILED', '', ' SUCCESS']) {
        const url = redirect(SUCCESS_URL, {
          accountId: 'a',
          workflowExecutionId: 'w',
          acquisitionStatus,
        });
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
        const url = redirect(ERROR_URL, {
          accountId: 'a',
          workflowExecutionId: 'w',
          acquisitionStatus: 'ERROR',
          errorCode,
        });
        expect(failure(parseRedirectResult(url)), JSON.stringify(errorCode)).to.contain(
          'errorCode',
        );
      }
    });

    it('does not echo parameter values into the message', () => {
      const url = redirect(ERROR_URL, {
        accountId: '',
        workflowExecutionId: 'w',
        acquisitionStatus: 'ERROR',
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
        'accountId',
        'workflowExecutionId',
        'acquisitionStatus',
        'customerInternalReference',
        'error',
      ]);
      expect(Object.getPrototypeOf(read)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
    });
  });
});
