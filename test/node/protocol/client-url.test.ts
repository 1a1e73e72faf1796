import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  buildClientUrl,
  DATA_CENTERS,
  isAllowedClientUrl,
  matchDataCenter,
  redactUrl,
  type ClientUrlOptions,
  type ClientUrlResult,
} from '../../../src/protocol/client-url.js';
import type { ConfigErrorReason } from '../../../src/protocol/config-problem.js';

const SECRET = 'SECRET-TOKEN-5f4dcc3b5aa765d61d8327deb882cf99';

/** The seed's href (seed 000 "Account Creation" response), token written without `=`. */
const SEED_HREF =
  'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationTokenxxx&locale=es';

const reasons = (result: ClientUrlResult): ConfigErrorReason[] =>
  result.problems.map((problem) => problem.reason);

/** Every message of every problem, for the "never shows the token" checks. */
const messages = (result: ClientUrlResult): string =>
  [...result.problems, ...result.warnings].map((problem) => problem.message).join('\n');

/** The reasons of the warnings. */
const warnings = (result: ClientUrlResult): string[] =>
  result.warnings.map((warning) => warning.reason);

describe('isAllowedClientUrl', () => {
  it('allows https on any host', () => {
    for (const href of [
      'https://mycompany.web.amer-1.jumio.ai/web/v4/app',
      'https://localhost/',
      'https://example.com:8443/x',
      'https://192.0.2.1/',
    ]) {
      expect(isAllowedClientUrl(new URL(href)), href).to.equal(true);
    }
  });

  it('allows http on localhost, 127.0.0.1 and [::1], with any port', () => {
    for (const href of [
      'http://localhost/',
      'http://localhost:8000/web/v4/app',
      'http://LOCALHOST:1/',
      'http://127.0.0.1/',
      'http://127.0.0.1:5173/',
      'http://[::1]/',
      'http://[::1]:8000/',
    ]) {
      expect(isAllowedClientUrl(new URL(href)), href).to.equal(true);
    }
  });

  it('refuses http on any other host, including look-alikes of loopback', () => {
    for (const href of [
      'http://example.com/',
      'http://mycompany.web.amer-1.jumio.ai/web/v4/app',
      'http://localhost.example.com/',
      'http://127.0.0.1.example.com/',
      'http://127.0.0.2/',
      'http://0.0.0.0/',
      'http://[::2]/',
      'http://192.168.0.1/',
    ]) {
      expect(isAllowedClientUrl(new URL(href)), href).to.equal(false);
    }
  });

  it('refuses every scheme but https and http', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.com/0f0e8a4e-0000-4000-8000-000000000000',
      'file:///etc/passwd',
      'ftp://example.com/',
      'ws://localhost/',
      'wss://example.com/',
      'about:blank',
    ]) {
      expect(isAllowedClientUrl(new URL(href)), href).to.equal(false);
    }
  });
});

describe('matchDataCenter', () => {
  it('knows us, eu and sg', () => {
    expect(matchDataCenter('us')).to.equal('us');
    expect(matchDataCenter('eu')).to.equal('eu');
    expect(matchDataCenter('sg')).to.equal('sg');
  });

  it('accepts sgp for sg, as the WebSDK spells it', () => {
    expect(matchDataCenter('sgp')).to.equal('sg');
  });

  it('ignores case and surrounding whitespace', () => {
    expect(matchDataCenter('EU')).to.equal('eu');
    expect(matchDataCenter(' Us ')).to.equal('us');
    expect(matchDataCenter('SGP')).to.equal('sg');
  });

  it('knows nothing else, including region names and Object.prototype member names', () => {
    for (const dc of [
      '',
      'de',
      'amer-1',
      'emea-1',
      'apac-1',
      'usa',
      'sgpx',
      '__proto__',
      'constructor',
      'toString',
    ]) {
      expect(matchDataCenter(dc), dc).to.equal(undefined);
    }
  });

  it('maps us to amer-1, eu to emea-1 and sg to apac-1', () => {
    expect(DATA_CENTERS).to.deep.equal({ us: 'amer-1', eu: 'emea-1', sg: 'apac-1' });
  });
});

describe('buildClientUrl', () => {
  describe('from an href', () => {
    it('embeds the seed href unchanged', () => {
      const result = buildClientUrl({ href: SEED_HREF });
      expect(result.url?.href).to.equal(SEED_HREF);
      expect(result.problems).to.deep.equal([]);
      expect(result.locale).to.equal(undefined);
    });

    it('trims whitespace around the href', () => {
      expect(buildClientUrl({ href: `  ${SEED_HREF}\n` }).url?.href).to.equal(SEED_HREF);
    });

    it('accepts http on localhost, 127.0.0.1 and [::1] for development', () => {
      for (const href of [
        'http://localhost:8000/app',
        'http://127.0.0.1:8000/app',
        'http://[::1]:8000/app',
      ]) {
        const result = buildClientUrl({ href });
        expect(result.url?.href, href).to.equal(href);
        expect(result.problems).to.deep.equal([]);
      }
    });

    const insecure = [
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'blob:https://example.com/0f0e8a4e-0000-4000-8000-000000000000',
      'file:///etc/passwd',
      'ftp://example.com/app',
      'http://example.com/web/v4/app',
      'http://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=xxx',
      'http://localhost.example.com/',
    ];
    for (const href of insecure) {
      it(`refuses ${href.split(/[,?]/)[0]} with insecure-href and no URL`, () => {
        const result = buildClientUrl({ href });
        expect(result.url).to.equal(undefined);
        expect(reasons(result)).to.deep.equal(['insecure-href']);
      });
    }

    it('says, for http off loopback, that https is needed and where http is accepted', () => {
      const message = messages(buildClientUrl({ href: 'http://example.com/app' }));
      expect(message).to.contain('https');
      expect(message).to.contain('localhost');
    });

    it('names the refused scheme for anything but http', () => {
      expect(messages(buildClientUrl({ href: 'javascript:alert(1)' }))).to.contain('javascript:');
      expect(messages(buildClientUrl({ href: 'data:,x' }))).to.contain('data:');
    });

    it('does not echo a javascript: or data: href into the message', () => {
      const message = messages(buildClientUrl({ href: 'javascript:alert("PAYLOAD")' }));
      expect(message).not.to.contain('PAYLOAD');
      expect(messages(buildClientUrl({ href: 'data:text/html,PAYLOAD' }))).not.to.contain(
        'PAYLOAD',
      );
    });

    const invalid = [
      '/web/v4/app',
      'web/v4/app?authorizationToken=xxx',
      '//example.com/app',
      'not a url',
      'https://',
      'https://[::1',
      'https://a:99999/',
      '?locale=de',
    ];
    for (const href of invalid) {
      it(`refuses ${JSON.stringify(href)} with invalid-href and no URL`, () => {
        const result = buildClientUrl({ href });
        expect(result.url).to.equal(undefined);
        expect(reasons(result)).to.deep.equal(['invalid-href']);
      });
    }

    it('keeps the fragment of an href', () => {
      expect(
        buildClientUrl({ href: 'https://x.example/app?a=1#step', locale: 'de' }).url?.href,
      ).to.equal('https://x.example/app?a=1&locale=de#step');
    });
  });

  describe('from a token, subdomain and dc', () => {
    it('builds the amer-1 URL when dc is missing', () => {
      const result = buildClientUrl({ token: 'abc', subdomain: 'mycompany' });
      expect(result.url?.href).to.equal(
        'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=abc',
      );
      expect(result.problems).to.deep.equal([]);
    });

    it('builds the amer-1 URL when dc is empty or whitespace', () => {
      for (const dc of ['', '  ']) {
        expect(buildClientUrl({ token: 'abc', subdomain: 'mycompany', dc }).url?.hostname).to.equal(
          'mycompany.web.amer-1.jumio.ai',
        );
      }
    });

    const hosts: [dc: string, host: string][] = [
      ['us', 'mycompany.web.amer-1.jumio.ai'],
      ['US', 'mycompany.web.amer-1.jumio.ai'],
      ['eu', 'mycompany.web.emea-1.jumio.ai'],
      ['Eu', 'mycompany.web.emea-1.jumio.ai'],
      ['sg', 'mycompany.web.apac-1.jumio.ai'],
      ['sgp', 'mycompany.web.apac-1.jumio.ai'],
      ['SGP', 'mycompany.web.apac-1.jumio.ai'],
      [' sg ', 'mycompany.web.apac-1.jumio.ai'],
    ];
    for (const [dc, host] of hosts) {
      it(`builds https://${host} for dc ${JSON.stringify(dc)}`, () => {
        const url = buildClientUrl({ token: 'abc', subdomain: 'mycompany', dc }).url;
        expect(url?.protocol).to.equal('https:');
        expect(url?.hostname).to.equal(host);
        expect(url?.pathname).to.equal('/web/v4/app');
      });
    }

    it('refuses an unknown dc with invalid-dc and no URL', () => {
      for (const dc of ['de', 'amer-1', 'sgpp', '__proto__']) {
        const result = buildClientUrl({ token: 'abc', subdomain: 'mycompany', dc });
        expect(result.url, dc).to.equal(undefined);
        expect(reasons(result)).to.deep.equal(['invalid-dc']);
        expect(messages(result)).to.contain(dc);
      }
    });

    it('refuses a missing, empty or whitespace subdomain with invalid-subdomain', () => {
      for (const subdomain of [undefined, '', '   ']) {
        const result = buildClientUrl({ token: 'abc', subdomain });
        expect(result.url, String(subdomain)).to.equal(undefined);
        expect(reasons(result)).to.deep.equal(['invalid-subdomain']);
      }
    });

    it('refuses a subdomain that is not one DNS label', () => {
      for (const subdomain of [
        'my.company',
        'my company',
        '-mycompany',
        'mycompany-',
        'my_company',
        'évian',
        'a'.repeat(64),
        'evil.com/x?',
        'evil.com#',
        'x@evil.com',
      ]) {
        const result = buildClientUrl({ token: 'abc', subdomain });
        expect(result.url, subdomain).to.equal(undefined);
        expect(reasons(result), subdomain).to.deep.equal(['invalid-subdomain']);
      }
    });

    it('accepts a one-character label, a 63-character label and inner hyphens', () => {
      for (const subdomain of ['a', '7', 'a'.repeat(63), 'my-company-2']) {
        const result = buildClientUrl({ token: 'abc', subdomain });
        expect(result.url?.hostname, subdomain).to.equal(`${subdomain}.web.amer-1.jumio.ai`);
      }
    });

    it('lower-cases the subdomain the way the URL parser does', () => {
      expect(buildClientUrl({ token: 'abc', subdomain: ' MyCompany ' }).url?.hostname).to.equal(
        'mycompany.web.amer-1.jumio.ai',
      );
    });

    it('reports both a bad dc and a bad subdomain', () => {
      const result = buildClientUrl({ token: 'abc', subdomain: 'a.b', dc: 'mars' });
      expect(result.url).to.equal(undefined);
      expect(reasons(result)).to.have.members(['invalid-dc', 'invalid-subdomain']);
    });

    it('percent-encodes the token so it stays one query value', () => {
      const url = buildClientUrl({ token: 'a b&locale=fr#x/+=', subdomain: 'mycompany' }).url;
      expect(url?.search).to.equal('?authorizationToken=a%20b%26locale%3Dfr%23x%2F%2B%3D');
      expect(url?.searchParams.get('authorizationToken')).to.equal('a b&locale=fr#x/+=');
      expect(url?.searchParams.has('locale')).to.equal(false);
      expect(url?.hash).to.equal('');
    });

    it('trims the token', () => {
      expect(
        buildClientUrl({ token: ' abc ', subdomain: 'mycompany' }).url?.searchParams.get(
          'authorizationToken',
        ),
      ).to.equal('abc');
    });

    it('adds the locale after the token', () => {
      expect(
        buildClientUrl({ token: 'abc', subdomain: 'mycompany', dc: 'eu', locale: 'de-AT' }).url
          ?.href,
      ).to.equal(
        'https://mycompany.web.emea-1.jumio.ai/web/v4/app?authorizationToken=abc&locale=de',
      );
    });
  });

  describe('choosing the source', () => {
    it('uses href when both href and token are set, with a conflicting-source problem', () => {
      const result = buildClientUrl({ href: SEED_HREF, token: 'other', subdomain: 'other' });
      expect(result.url?.href).to.equal(SEED_HREF);
      expect(reasons(result)).to.deep.equal(['conflicting-source']);
    });

    it('reports both conflicting-source and the href problem when the href is bad', () => {
      const result = buildClientUrl({
        href: 'http://example.com/',
        token: 'abc',
        subdomain: 'mycompany',
      });
      expect(result.url).to.equal(undefined);
      expect(reasons(result)).to.deep.equal(['conflicting-source', 'insecure-href']);
    });

    it('uses the token when href is only whitespace', () => {
      const result = buildClientUrl({ href: '   ', token: 'abc', subdomain: 'mycompany' });
      expect(result.url?.hostname).to.equal('mycompany.web.amer-1.jumio.ai');
      expect(result.problems).to.deep.equal([]);
    });

    it('reports missing-source when neither href nor token is set', () => {
      for (const options of [
        {},
        { href: '' },
        { token: '' },
        { href: ' ', token: '\t' },
        { subdomain: 'mycompany', dc: 'eu' },
      ] satisfies ClientUrlOptions[]) {
        const result = buildClientUrl(options);
        expect(result.url, JSON.stringify(options)).to.equal(undefined);
        expect(reasons(result)).to.deep.equal(['missing-source']);
      }
    });
  });

  describe('locale', () => {
    it('replaces the locale of the seed href and keeps authorizationTokenxxx byte for byte', () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: 'de' });
      expect(result.url?.href).to.equal(
        'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationTokenxxx&locale=de',
      );
      expect(result.locale).to.equal('de');
      expect(result.problems).to.deep.equal([]);
    });

    it('keeps every other parameter as written: no =, %2F, +, empty values, odd order', () => {
      const href =
        'https://x.example/app?authorizationTokenxxx&path=%2Fa%2Fb&q=a+b&empty=&flag&locale=es&z=%E2%9C%93&Locale=kept';
      expect(buildClientUrl({ href, locale: 'pt_br' }).url?.href).to.equal(
        'https://x.example/app?authorizationTokenxxx&path=%2Fa%2Fb&q=a+b&empty=&flag&z=%E2%9C%93&Locale=kept&locale=pt-BR',
      );
    });

    it('sets a locale on an href that has none', () => {
      expect(
        buildClientUrl({ href: 'https://x.example/app?authorizationToken=abc', locale: 'en-GB' })
          .url?.href,
      ).to.equal('https://x.example/app?authorizationToken=abc&locale=en-GB');
    });

    it('sets a locale on an href that has no query at all', () => {
      expect(buildClientUrl({ href: 'https://x.example/app', locale: 'fr' }).url?.href).to.equal(
        'https://x.example/app?locale=fr',
      );
    });

    it('removes every locale the href carries, also a repeated or valueless one', () => {
      const href = 'https://x.example/app?locale=es&a=1&locale=fr&locale&b=2';
      expect(buildClientUrl({ href, locale: 'ja' }).url?.href).to.equal(
        'https://x.example/app?a=1&b=2&locale=ja',
      );
    });

    it('writes the canonical code: pt-br becomes pt-BR, de-AT becomes de', () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: 'pt-br' });
      expect(result.locale).to.equal('pt-BR');
      expect(result.url?.searchParams.get('locale')).to.equal('pt-BR');
      expect(
        buildClientUrl({ href: SEED_HREF, locale: 'de-AT' }).url?.searchParams.get('locale'),
      ).to.equal('de');
    });

    it('leaves the href untouched when locale is empty or whitespace, without a problem', () => {
      for (const locale of [undefined, '', '  ']) {
        const result = buildClientUrl({ href: SEED_HREF, locale });
        expect(result.url?.href).to.equal(SEED_HREF);
        expect(result.locale).to.equal(undefined);
        expect(result.problems).to.deep.equal([]);
      }
    });

    it('reports a malformed locale, still builds the URL and leaves its locale alone', () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: 'de DE' });
      expect(result.url?.href).to.equal(SEED_HREF);
      expect(result.locale).to.equal(undefined);
      expect(reasons(result)).to.deep.equal(['unsupported-locale']);
      expect(messages(result)).to.contain('de DE');
    });

    it('reports a malformed locale for a token URL and adds no locale', () => {
      const result = buildClientUrl({ token: 'abc', subdomain: 'mycompany', locale: '123' });
      expect(result.url?.href).to.equal(
        'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=abc',
      );
      expect(reasons(result)).to.deep.equal(['unsupported-locale']);
    });

    it('passes a well-formed locale nothing fits through as given, with a warning', () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: 'mt-MT' });
      expect(result.url?.searchParams.get('locale')).to.equal('mt-MT');
      expect(result.locale).to.equal('mt-MT');
      expect(reasons(result)).to.deep.equal([]);
      expect(warnings(result)).to.deep.equal(['unlisted-locale']);
      expect(messages(result)).to.contain('"mt-MT"');
    });

    it("sends the client's spelling for a code the seed writes another way: ka is ka-GE", () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: 'ka' });
      expect(result.url?.searchParams.get('locale')).to.equal('ka-GE');
      expect(warnings(result)).to.deep.equal([]);
    });

    it('shortens a very long malformed locale in its message', () => {
      const result = buildClientUrl({ href: SEED_HREF, locale: `q${'z'.repeat(5000)}` });
      expect(reasons(result)).to.deep.equal(['unsupported-locale']);
      expect(messages(result).length).to.be.lessThan(1000);
    });

    it('still reports a malformed locale when there is no URL', () => {
      const result = buildClientUrl({ locale: '-' });
      expect(reasons(result)).to.deep.equal(['missing-source', 'unsupported-locale']);
    });

    it('returns the matched locale even when there is no URL to put it on', () => {
      const result = buildClientUrl({ href: 'nope', locale: 'de' });
      expect(result.url).to.equal(undefined);
      expect(result.locale).to.equal('de');
    });

    it('replaces a locale whose parameter name is percent-encoded', () => {
      const url = buildClientUrl({
        href: 'https://x.example/app?%6Cocale=fr&a=1',
        locale: 'de',
      }).url;
      expect(url?.searchParams.getAll('locale')).to.deep.equal(['de']);
    });
  });

  describe("hosts other than Jumio's", () => {
    it("warns about an https href off Jumio's domains, and still builds it", () => {
      const result = buildClientUrl({ href: 'https://verify.example.com/web/client?a=1' });
      expect(result.url?.href).to.equal('https://verify.example.com/web/client?a=1');
      expect(reasons(result)).to.deep.equal([]);
      expect(warnings(result)).to.deep.equal(['unknown-host']);
      expect(messages(result)).to.contain('https://verify.example.com');
    });

    it("says nothing for Jumio's domains, the current and the legacy hrefs", () => {
      for (const href of [
        'https://acme.web.amer-1.jumio.ai/web/client?baseUrl=https%3A%2F%2Fweb-sdk.emea-1.jumio.ai%2Fwebsdk%2Fv4%2Fapi&authorizationToken=t&locale=en-US',
        'https://acme.netverify.com/web/v4/app?authorizationToken=t',
        'https://x.jumio.com/a',
        'https://x.jumio.link/a',
        'https://x.jumiopp.link/a',
        'https://JUMIO.AI./a',
      ]) {
        expect(warnings(buildClientUrl({ href })), href).to.deep.equal([]);
      }
    });

    it('keeps the query of a current href exactly as given', () => {
      const href =
        'https://acme.web.amer-1.jumio.ai/web/client?baseUrl=https%3A%2F%2Fweb-sdk.emea-1.jumio.ai%2Fwebsdk%2Fv4%2Fapi&authorizationToken=t&locale=en-US';
      expect(buildClientUrl({ href }).url?.href).to.equal(href);
      expect(buildClientUrl({ href, locale: 'de' }).url?.search).to.equal(
        '?baseUrl=https%3A%2F%2Fweb-sdk.emea-1.jumio.ai%2Fwebsdk%2Fv4%2Fapi&authorizationToken=t&locale=de',
      );
    });

    it('does not count look-alike hosts as Jumio', () => {
      for (const href of [
        'https://jumio.ai.example.com/a',
        'https://notjumio.ai/a',
        'https://jumio-ai.com/a',
      ]) {
        expect(warnings(buildClientUrl({ href })), href).to.deep.equal(['unknown-host']);
      }
    });

    it('says nothing for a loopback href, the simulator in development', () => {
      expect(warnings(buildClientUrl({ href: 'http://127.0.0.1:5174/client' }))).to.deep.equal([]);
      expect(warnings(buildClientUrl({ href: 'http://localhost/client' }))).to.deep.equal([]);
      expect(warnings(buildClientUrl({ href: 'https://localhost:8443/client' }))).to.deep.equal([]);
    });
  });

  describe('never shows the token', () => {
    const scenarios: [string, ClientUrlOptions][] = [
      [
        'an http href off loopback',
        { href: `http://example.com/app?authorizationToken=${SECRET}` },
      ],
      [
        'an http href with the token in a valueless name',
        { href: `http://example.com/app?authorizationToken${SECRET}` },
      ],
      ['an http href with credentials', { href: `http://user:${SECRET}@example.com/app` }],
      ['an http href with the token in the fragment', { href: `http://example.com/app#${SECRET}` }],
      ['a javascript: href', { href: `javascript:alert('${SECRET}')` }],
      ['a data: href', { href: `data:text/html,${SECRET}` }],
      ['an unparsable href', { href: `not a url ${SECRET}` }],
      ['href and token together', { href: SEED_HREF, token: SECRET }],
      ['a token with a bad subdomain', { token: SECRET, subdomain: 'a.b' }],
      ['a token with a bad dc', { token: SECRET, subdomain: 'mycompany', dc: 'mars' }],
      ['a token with a malformed locale', { token: SECRET, subdomain: 'mycompany', locale: '!!' }],
    ];
    for (const [name, options] of scenarios) {
      it(`in the messages for ${name}`, () => {
        const result = buildClientUrl(options);
        expect(result.problems).not.to.deep.equal([]);
        expect(messages(result)).not.to.contain(SECRET);
      });
    }
  });
});

describe('redactUrl', () => {
  it('blanks authorizationToken=value', () => {
    expect(redactUrl(`https://x.example/app?authorizationToken=${SECRET}&locale=de`)).to.equal(
      'https://x.example/app?authorizationToken=[redacted]&locale=de',
    );
  });

  it('blanks the seed form authorizationTokenxxx, where the token is glued to the name', () => {
    expect(redactUrl(SEED_HREF)).to.equal(
      'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=[redacted]&locale=es',
    );
  });

  it('blanks every parameter whose name contains token, in any case', () => {
    expect(
      redactUrl(`https://x.example/?sdkToken=${SECRET}&TOKEN=${SECRET}&access_token=${SECRET}&a=1`),
    ).to.equal(
      'https://x.example/?sdkToken=[redacted]&TOKEN=[redacted]&access_token=[redacted]&a=1',
    );
  });

  it('blanks a token value that contains = signs', () => {
    expect(redactUrl(`https://x.example/?authorizationToken=${SECRET}==`)).to.equal(
      'https://x.example/?authorizationToken=[redacted]',
    );
  });

  it('keeps other parameters as written, %2F and + included', () => {
    expect(redactUrl('https://x.example/a/b?path=%2Fx&q=a+b&flag')).to.equal(
      'https://x.example/a/b?path=%2Fx&q=a+b&flag',
    );
  });

  it('drops the fragment, which may carry a token too', () => {
    expect(redactUrl(`https://x.example/app?a=1#authorizationToken=${SECRET}`)).to.equal(
      'https://x.example/app?a=1',
    );
  });

  it('drops user name and password', () => {
    expect(redactUrl(`https://user:${SECRET}@x.example/app`)).to.equal('https://x.example/app');
  });

  it('keeps the port and the path, and adds no ? when there is no query', () => {
    expect(redactUrl('http://localhost:8000/web/v4/app')).to.equal(
      'http://localhost:8000/web/v4/app',
    );
  });

  it('accepts a URL object as well as a string', () => {
    expect(redactUrl(new URL(`https://x.example/app?authorizationToken=${SECRET}`))).to.equal(
      'https://x.example/app?authorizationToken=[redacted]',
    );
  });

  it('says [unparsable URL] for a relative or broken URL, without echoing it', () => {
    expect(redactUrl(`/app?authorizationToken=${SECRET}`)).to.equal('[unparsable URL]');
    expect(redactUrl(`not a url ${SECRET}`)).to.equal('[unparsable URL]');
    expect(redactUrl('')).to.equal('[unparsable URL]');
  });

  it('never returns the token of any URL built from a token', () => {
    const url = buildClientUrl({ token: SECRET, subdomain: 'mycompany', locale: 'de' }).url;
    expect(url).not.to.equal(undefined);
    expect(redactUrl(url!)).to.equal(
      'https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=[redacted]&locale=de',
    );
  });

  it('blanks a token whose parameter name is percent-encoded', () => {
    expect(redactUrl(`https://x.example/app?authorization%54oken=${SECRET}`)).not.to.contain(
      SECRET,
    );
  });

  it('blanks a parameter whose name cannot be decoded, since it could be anything', () => {
    expect(redactUrl(`https://x.example/app?authorization%E0%54oken=${SECRET}&a=1`)).to.equal(
      'https://x.example/app?[redacted]&a=1',
    );
  });
});
