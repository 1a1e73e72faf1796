import { expect } from 'chai';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { clientOriginOf } from '../../../src/protocol/client-url.js';
import { CLIENT_FRAME_ALLOW } from '../../../src/protocol/embedding.js';
import {
  EARLY_MESSAGES,
  EARLY_MESSAGES_SCRIPT,
  MAX_EARLY_MESSAGES,
} from '../../../src/protocol/early-messages.js';
import { renderClientFrame } from '../../../src/protocol/render.js';

const HREF =
  'https://acme.web.amer-1.jumio.ai/web/client?baseUrl=https%3A%2F%2Fweb-sdk.emea-1.jumio.ai%2Fwebsdk%2Fv4%2Fapi&authorizationToken=t&locale=en-US';

describe('renderClientFrame', () => {
  it('writes the iframe the element adopts: src, the allow list, allowfullscreen, a title', () => {
    const { html, frame, script, problems } = renderClientFrame({ href: HREF });
    expect(problems).to.deep.equal([]);
    expect(frame).to.equal(
      `<iframe src="${HREF.replaceAll('&', '&#38;')}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen ` +
        'width="100%" height="710" title="Identity verification"></iframe>',
    );
    expect(html).to.equal(script + frame);
  });

  it('writes the early-message recorder as an inline script, with a nonce, or leaves it out', () => {
    const { script } = renderClientFrame({ href: HREF });
    expect(script).to.equal(`<script>${EARLY_MESSAGES_SCRIPT}</script>`);
    expect(renderClientFrame({ href: HREF, nonce: 'n0"nce' }).script).to.equal(
      `<script nonce="n0&#34;nce">${EARLY_MESSAGES_SCRIPT}</script>`,
    );
    const without = renderClientFrame({ href: HREF, earlyMessages: false });
    expect(without.html).to.equal(without.frame);
  });

  it('records messages with a recorder the boundary can take over, and only once per page', () => {
    const listeners: unknown[] = [];
    const scope: Record<string, unknown> = {
      addEventListener: (type: string, listener: unknown) => {
        expect(type).to.equal('message');
        listeners.push(listener);
      },
    };
    const run = () => {
      runInNewContext(EARLY_MESSAGES_SCRIPT, { window: scope });
    };
    run();
    const recorder = scope[EARLY_MESSAGES] as ((event: unknown) => void) & { q: unknown[] };
    expect(listeners).to.deep.equal([recorder]);
    // Not the page's own messages, nor a nested frame's, nor one without a sender: they would
    // crowd out the client's.
    const frame = { parent: scope };
    recorder({ i: 'page', source: scope });
    recorder({ i: 'nested', source: { parent: frame } });
    recorder({ i: 'none', source: null });
    expect(recorder.q).to.deep.equal([]);
    for (let i = 0; i < MAX_EARLY_MESSAGES + 5; i++) recorder({ i, source: frame });
    expect(recorder.q).to.have.length(MAX_EARLY_MESSAGES);
    expect(recorder.q[0]).to.deep.equal({ i: 0, source: frame });
    // Counted by frame: a frame that posts more (a video, an ad) leaves the client its places.
    const client = { parent: scope };
    recorder({ i: 'loaded', source: client });
    expect(recorder.q).to.have.length(MAX_EARLY_MESSAGES + 1);
    expect(recorder.q.at(-1)).to.deep.equal({ i: 'loaded', source: client });
    // A second recorder on the page (two elements rendered), or one after the take-over: none.
    run();
    scope[EARLY_MESSAGES] = false;
    run();
    expect(listeners).to.have.length(1);
  });

  it('uses the same URL rules as href: the locale, a token and its subdomain', () => {
    expect(renderClientFrame({ href: HREF, locale: 'pt_br' }).html).to.contain('locale=pt-BR');
    expect(renderClientFrame({ token: 'abc', subdomain: 'acme', dc: 'eu' }).html).to.contain(
      'src="https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=abc"',
    );
  });

  it('never throws on options that are no strings, as a plain JavaScript caller may pass', () => {
    type Options = Parameters<typeof renderClientFrame>[0];
    const titled = { href: HREF, title: 42 } as unknown as Options;
    expect(renderClientFrame(titled).frame).to.contain('title="Identity verification"');
    for (const odd of [
      { href: 5 },
      { token: 5 },
      { href: HREF, locale: 5 },
      { href: HREF, nonce: 5 },
      undefined,
      null,
    ]) {
      expect(
        () => renderClientFrame(odd as unknown as Options),
        JSON.stringify(odd),
      ).to.not.throw();
    }
    expect(renderClientFrame({ href: 5 } as unknown as Options).problems).to.deep.include({
      reason: 'missing-source',
      message: renderClientFrame({}).problems[0]!.message,
    });
  });

  it('writes nothing for a source that cannot work, and says why', () => {
    for (const options of [{ href: 'javascript:alert(1)' }, { href: 'http://example.com/x' }, {}]) {
      const rendered = renderClientFrame(options);
      expect(rendered.html, JSON.stringify(options)).to.equal('');
      expect(rendered.problems, JSON.stringify(options)).to.have.length(1);
    }
  });

  it('escapes what it writes into attributes', () => {
    const { frame } = renderClientFrame({
      href: 'https://x.jumio.ai/a?b="><script>',
      title: '"><b>',
    });
    expect(frame).to.not.contain('<script>');
    expect(frame).to.not.contain('"><b>');
    expect(frame).to.contain('title="&#34;&#62;&#60;b&#62;"');
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
