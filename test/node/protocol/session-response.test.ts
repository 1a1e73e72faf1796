import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  AccountResponseSchema,
  hrefOfSessionResponse,
} from '../../../src/protocol/session-response.js';

/** The seed's Account Creation response (seed 000, "Account Creation > Response"), verbatim. */
const SEED_ACCOUNT_CREATION_RESPONSE = JSON.parse(`{
    "timestamp": "2022-01-06T13:41:20.769Z",
    "account": {
        "id": "11111111-1111-1111-1111-aaaaaaaaaaaa"
    },
    "web": {
        "href": "https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationTokenxxx&locale=es",
        "successUrl": "https://www.yourcompany.com/success",
        "errorUrl": "https://www.yourcompany.com/error"
    },
    "sdk": {
        "token": "XXXX"
    },
    "workflowExecution": {
        "id": "22222222-2222-2222-2222-aaaaaaaaaaaa",
        "credentials": [
            {
                "id": "33333333-3333-3333-aaaaaaaaaaaa",
                "category": "ID",
                "allowedChannels": [
                    "WEB",
                    "API",
                    "SDK"
                ],
                "api": {
                    "token": "XXXX",
                    "parts": {
                        "front": "https://api.amer-1.jumio.ai/api/v1/accounts/11111111-1111-1111-1111-aaaaaaaaaaaa/workflow-executions/22222222-2222-2222-2222-aaaaaaaaaaaa/credentials/33333333-3333-3333-aaaaaaaaaaaa/parts/FRONT",
                        "back": "https://api.amer-1.jumio.ai/api/v1/accounts/11111111-1111-1111-1111-aaaaaaaaaaaa/workflow-executions/22222222-2222-2222-2222-aaaaaaaaaaaa/credentials/33333333-3333-3333-aaaaaaaaaaaa/BACK"
                    },
                    "workflowExecution": "https://api.amer-1.jumio.ai/api/v1/accounts/11111111-1111-1111-1111-aaaaaaaaaaaa/workflow-executions/22222222-2222-2222-2222-aaaaaaaaaaaa"
                }
            },
            {
                "id": "33333333-3333-3333-bbbbbbbbbbbb",
                "category": "SELFIE",
                "allowedChannels": [
                    "WEB",
                    "API",
                    "SDK"
                ],
                "api": {
                    "token": "XXXX",
                    "parts": {
                        "face": "https://api.amer-1.jumio.ai/api/v1/accounts/11111111-1111-1111-1111-aaaaaaaaaaaa/workflow-executions/22222222-2222-2222-2222-aaaaaaaaaaaa/credentials/33333333-3333-3333-bbbbbbbbbbbb/parts/FACE"
                    },
                    "workflowExecution": "https://api.amer-1.jumio.ai/api/v1/accounts/11111111-1111-1111-1111-aaaaaaaaaaaa/workflow-executions/22222222-2222-2222-2222-aaaaaaaaaaaa"
                }
            },
            {
                "id": "33333333-3333-3333-cccccccccccc",
                "category": "FACEMAP",
                "allowedChannels": [
                    "WEB",
                    "SDK"
                ]
            }
        ]
    }
}`) as unknown;

/** The seed's Account Update response (seed 002, "Account Update > Response"), shortened. */
const SEED_ACCOUNT_UPDATE_RESPONSE = {
  timestamp: '2021-05-28T09:17:50.240Z',
  account: { id: '11111111-1111-1111-1111-aaaaaaaaaaaa' },
  web: { href: 'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationTokenxxx&locale=es' },
  sdk: { token: 'xxx' },
  workflowExecution: { id: '22222222-2222-2222-2222-aaaaaaaaaaaa', credentials: [] },
};

const SEED_HREF =
  'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationTokenxxx&locale=es';

describe('hrefOfSessionResponse', () => {
  describe('the account creation / update response', () => {
    it('gives the web.href of the seed account creation response, passed through unchanged', () => {
      expect(hrefOfSessionResponse(SEED_ACCOUNT_CREATION_RESPONSE)).to.equal(SEED_HREF);
    });

    it('gives the web.href of the seed account update response', () => {
      expect(hrefOfSessionResponse(SEED_ACCOUNT_UPDATE_RESPONSE)).to.equal(SEED_HREF);
    });

    it('needs only web.href: timestamp, account and workflowExecution may be missing', () => {
      expect(hrefOfSessionResponse({ web: { href: SEED_HREF } })).to.equal(SEED_HREF);
    });

    it('validates the seed response with AccountResponseSchema, dropping sdk and credentials', () => {
      const parsed = AccountResponseSchema.safeParse(SEED_ACCOUNT_CREATION_RESPONSE);
      expect(parsed.success).to.equal(true);
      expect(parsed.data).to.deep.equal({
        timestamp: '2022-01-06T13:41:20.769Z',
        account: { id: '11111111-1111-1111-1111-aaaaaaaaaaaa' },
        web: {
          href: SEED_HREF,
          successUrl: 'https://www.yourcompany.com/success',
          errorUrl: 'https://www.yourcompany.com/error',
        },
        workflowExecution: { id: '22222222-2222-2222-2222-aaaaaaaaaaaa' },
      });
    });

    it('prefers web.href when a response also has a top-level href', () => {
      expect(
        hrefOfSessionResponse({ web: { href: 'https://a.example/' }, href: 'https://b.example/' }),
      ).to.equal('https://a.example/');
    });

    it('does not check the href: the element does that (buildClientUrl)', () => {
      expect(hrefOfSessionResponse({ web: { href: 'javascript:alert(1)' } })).to.equal(
        'javascript:alert(1)',
      );
    });
  });

  describe('the short { href } form', () => {
    it('gives the href of { href }', () => {
      expect(hrefOfSessionResponse({ href: SEED_HREF })).to.equal(SEED_HREF);
    });

    it('is not read as an account response first (a failed parse is what costs)', () => {
      const read: PropertyKey[] = [];
      const answer = new Proxy(
        { href: SEED_HREF },
        {
          get(target, key, receiver) {
            read.push(key);
            return Reflect.get(target, key, receiver) as unknown;
          },
        },
      );
      expect(hrefOfSessionResponse(answer)).to.equal(SEED_HREF);
      expect(read).to.not.include('web');
    });

    it('gives the top-level href when the web beside it is no account response', () => {
      expect(hrefOfSessionResponse({ web: 'n/a', href: SEED_HREF })).to.equal(SEED_HREF);
      expect(hrefOfSessionResponse({ web: { href: '' }, href: SEED_HREF })).to.equal(SEED_HREF);
    });

    it('ignores other keys beside href', () => {
      expect(hrefOfSessionResponse({ href: SEED_HREF, expiresIn: 300 })).to.equal(SEED_HREF);
    });
  });

  describe('answers without a usable href', () => {
    const garbage: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['a string (the href itself, not wrapped)', SEED_HREF],
      ['a number', 200],
      ['an array', [{ href: SEED_HREF }]],
      ['an empty object', {}],
      ['an error body', { errorCode: 401, message: 'Unauthorized' }],
      ['web without href', { web: {} }],
      ['web: null', { web: null }],
      ['web.href empty', { web: { href: '' } }],
      ['web.href a number', { web: { href: 42 } }],
      ['web.href null', { web: { href: null } }],
      ['href empty', { href: '' }],
      ['href a number', { href: 1 }],
      ['href an object', { href: { href: SEED_HREF } }],
      ['href in sdk instead of web', { sdk: { href: SEED_HREF } }],
    ];
    for (const [name, data] of garbage) {
      it(`gives undefined for ${name}`, () => {
        expect(hrefOfSessionResponse(data)).to.equal(undefined);
      });
    }

    it('leaves full checks to AccountResponseSchema, which refuses malformed documented fields', () => {
      const valid = { account: { id: 'a'.repeat(100) }, web: { href: SEED_HREF } };
      expect(AccountResponseSchema.safeParse(valid).success).to.equal(true);
      for (const bad of [
        { account: { id: 42 }, web: { href: SEED_HREF } },
        { account: { id: 'a'.repeat(101) }, web: { href: SEED_HREF } },
        { timestamp: 0, web: { href: SEED_HREF } },
        { workflowExecution: { id: '' }, web: { href: SEED_HREF } },
        { web: { href: SEED_HREF, successUrl: 1 } },
      ]) {
        expect(AccountResponseSchema.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
      }
    });

    it('takes web.href even when a field it does not use is malformed, e.g. account.id 42', () => {
      expect(hrefOfSessionResponse({ account: { id: 42 }, web: { href: SEED_HREF } })).to.equal(
        SEED_HREF,
      );
      expect(
        hrefOfSessionResponse({ timestamp: 0, web: { href: SEED_HREF, successUrl: 1 } }),
      ).to.equal(SEED_HREF);
    });

    it('does not take href from a __proto__ key, and leaves Object.prototype alone', () => {
      const data = JSON.parse(
        `{"__proto__":{"href":"${SEED_HREF}","web":{"href":"${SEED_HREF}"}}}`,
      ) as unknown;
      expect(hrefOfSessionResponse(data)).to.equal(undefined);
      expect(({} as Record<string, unknown>).href).to.equal(undefined);
    });
  });
});
