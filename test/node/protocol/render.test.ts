import { expect } from 'chai';
import { describe, it } from 'node:test';
import { clientOriginOf } from '../../../src/protocol/client-url.js';
import { CLIENT_FRAME_ALLOW } from '../../../src/protocol/embedding.js';
import { renderClientFrame } from '../../../src/protocol/render.js';

const HREF =
  'https://acme.web.amer-1.jumio.ai/web/client?baseUrl=https%3A%2F%2Fweb-sdk.emea-1.jumio.ai%2Fwebsdk%2Fv4%2Fapi&authorizationToken=t&locale=en-US';

describe('renderClientFrame', () => {
  it('writes the iframe the element adopts: src, the allow list, allowfullscreen, a title', () => {
    const { html, problems } = renderClientFrame({ href: HREF });
    expect(problems).to.deep.equal([]);
    expect(html).to.equal(
      `<iframe src="${HREF.replaceAll('&', '&#38;')}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen ` +
        'width="100%" height="710" title="Identity verification"></iframe>',
    );
  });

  it('uses the same URL rules as href: the locale, a token and its subdomain', () => {
    expect(renderClientFrame({ href: HREF, locale: 'pt_br' }).html).to.contain('locale=pt-BR');
    expect(renderClientFrame({ token: 'abc', subdomain: 'acme', dc: 'eu' }).html).to.contain(
      'src="https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=abc"',
    );
  });

  it('writes nothing for a source that cannot work, and says why', () => {
    for (const options of [{ href: 'javascript:alert(1)' }, { href: 'http://example.com/x' }, {}]) {
      const rendered = renderClientFrame(options);
      expect(rendered.html, JSON.stringify(options)).to.equal('');
      expect(rendered.problems, JSON.stringify(options)).to.have.length(1);
    }
  });

  it('escapes what it writes into attributes', () => {
    const { html } = renderClientFrame({
      href: 'https://x.jumio.ai/a?b="><script>',
      title: '"><b>',
    });
    expect(html).to.not.contain('<script>');
    expect(html).to.not.contain('"><b>');
    expect(html).to.contain('title="&#34;&#62;&#60;b&#62;"');
  });

  it('takes the title it is given, and keeps the default for an empty one', () => {
    expect(renderClientFrame({ href: HREF, title: 'Verify with Jumio' }).html).to.contain(
      'title="Verify with Jumio"',
    );
    expect(renderClientFrame({ href: HREF, title: '  ' }).html).to.contain(
      'title="Identity verification"',
    );
  });
});

describe('clientOriginOf', () => {
  it('names the origin the hosted client comes from, for a preconnect', () => {
    expect(clientOriginOf({ subdomain: 'acme' })).to.equal('https://acme.web.amer-1.jumio.ai');
    expect(clientOriginOf({ subdomain: 'ACME', dc: 'eu' })).to.equal(
      'https://acme.web.emea-1.jumio.ai',
    );
    expect(clientOriginOf({ subdomain: 'acme', dc: 'sgp' })).to.equal(
      'https://acme.web.apac-1.jumio.ai',
    );
    expect(new URL(HREF).origin).to.equal(clientOriginOf({ subdomain: 'acme', dc: 'us' }));
  });

  it('names none without a valid subdomain or data center', () => {
    for (const options of [{}, { subdomain: 'a.b' }, { subdomain: 'acme', dc: 'mars' }]) {
      expect(clientOriginOf(options), JSON.stringify(options)).to.equal(undefined);
    }
  });
});
