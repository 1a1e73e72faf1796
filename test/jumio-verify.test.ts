import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { CLIENT_FRAME_ALLOW, JumioVerifyElement, SUPPORTED_LOCALES } from '../src/index.js';
import {
  CLIENT_ORIGIN,
  clientReady,
  clientUrl,
  command,
  consoleDuring,
  frameOf,
  mount,
  names,
} from './helpers.js';

describe('<jumio-verify>', () => {
  describe('rendering', () => {
    it('embeds the href in an iframe with the permissions the client needs', async () => {
      const href = clientUrl();
      const { el } = await mount({ href });
      const frame = frameOf(el);
      expect(frame.src).to.equal(href);
      expect(frame.getAttribute('allow')).to.equal(CLIENT_FRAME_ALLOW);
      expect(CLIENT_FRAME_ALLOW).to.equal(
        'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer',
      );
      expect(frame.allowFullscreen).to.equal(true);
      expect(frame.getAttribute('part')).to.equal('frame');
      expect(frame.title).to.equal('Identity verification');
    });

    it('has no border and fills its width', async () => {
      const { el } = await mount({ href: clientUrl() });
      const frame = frameOf(el);
      const style = getComputedStyle(frame);
      expect(style.borderTopWidth).to.equal('0px');
      expect(frame.getBoundingClientRect().width).to.equal(el.getBoundingClientRect().width);
      expect(frame.getBoundingClientRect().height).to.equal(el.getBoundingClientRect().height);
    });

    it('passes the accessibility audit', async () => {
      const { el } = await mount({ href: clientUrl(), frameTitle: 'Verify your ID with Jumio' });
      expect(frameOf(el).title).to.equal('Verify your ID with Jumio');
      await expect(el).to.be.accessible();
    });

    it('keeps the href query as written and sets the locale canonically', async () => {
      const href = `${CLIENT_ORIGIN}/test/fixtures/client.html?authorizationToken=a%2Fb&x=1&locale=fr`;
      const { el } = await mount({ href, locale: 'pt_br' });
      expect(frameOf(el).src).to.equal(
        `${CLIENT_ORIGIN}/test/fixtures/client.html?authorizationToken=a%2Fb&x=1&locale=pt-BR`,
      );
    });

    it('builds the URL from token, subdomain and data center', async () => {
      const { el } = await mount({ token: 'abc', subdomain: 'acme', dc: 'eu', loadTimeout: 0 });
      expect(frameOf(el).src).to.equal(
        'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=abc',
      );
    });

    it("lists the client's locales on the class, the seed's 39 marked", () => {
      expect(JumioVerifyElement.supportedLocales).to.equal(SUPPORTED_LOCALES);
      expect(JumioVerifyElement.supportedLocales.filter((locale) => locale.seed)).to.have.length(
        39,
      );
      expect(
        JumioVerifyElement.supportedLocales.find((locale) => locale.code === 'pt-BR'),
      ).to.deep.include({ name: 'Brazilian Portuguese', seed: true });
    });

    it('is defined once, and define() with another tag registers a subclass', () => {
      expect(customElements.get('jumio-verify')).to.equal(JumioVerifyElement);
      expect(JumioVerifyElement.define()).to.equal(JumioVerifyElement);
      const Other = JumioVerifyElement.define('other-verify');
      expect(Other).to.not.equal(JumioVerifyElement);
      expect(new Other()).to.be.instanceOf(JumioVerifyElement);
    });
  });

  describe('sizing', () => {
    const cases: [number, string, number][] = [
      [1000, 'large', 710],
      [900, 'large', 710],
      [899, 'medium', 660],
      [640, 'medium', 660],
      [639, 'small', 600],
      [560, 'small', 600],
      [559, 'x-small', 535],
      [320, 'x-small', 535],
    ];
    for (const [width, breakpoint, height] of cases) {
      it(`is ${breakpoint} and ${height} px high at ${width} px wide`, async () => {
        const { el } = await mount({ href: clientUrl() });
        el.parentElement!.style.width = `${width}px`;
        await waitFor(() => el.breakpoint === breakpoint);
        expect(el.getAttribute('breakpoint')).to.equal(breakpoint);
        expect(el.getBoundingClientRect().height).to.equal(height);
      });
    }

    it('follows its container as it resizes', async () => {
      const { el } = await mount({ href: clientUrl() });
      expect(el.breakpoint).to.equal('large');
      el.parentElement!.style.width = '600px';
      await waitFor(() => el.breakpoint === 'small');
      el.parentElement!.style.width = '700px';
      await waitFor(() => el.breakpoint === 'medium');
    });

    it('lets the page override the height, and custom properties tune one size class', async () => {
      const { el } = await mount({ href: clientUrl() });
      el.style.setProperty('--jumio-verify-height-large', '800px');
      expect(el.getBoundingClientRect().height).to.equal(800);
      el.style.height = '300px';
      expect(el.getBoundingClientRect().height).to.equal(300);
    });
  });

  describe('events', () => {
    it('turns loaded, success and error messages into typed events and states', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      expect(el.state).to.equal('loading');
      const frame = frameOf(el);
      await command(frame, { cmd: 'send', value: 'loaded' });
      expect(el.state).to.equal('loaded');
      expect(el.getAttribute('state')).to.equal('loaded');
      await command(frame, { cmd: 'send', value: 'success' });
      expect(el.state).to.equal('success');
      expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-success']);
      const detail = events[1]!.detail;
      expect(detail.accountId).to.equal('11111111-1111-1111-1111-aaaaaaaaaaaa');
      expect(detail.workflowExecutionId).to.equal('22222222-2222-2222-2222-aaaaaaaaaaaa');
      expect(detail.customerInternalReference).to.equal('fixture-reference');
      expect(detail.authorizationToken).to.equal('fixture-token');
      expect(detail.eventType).to.equal(510);
      expect(detail.transactionReference).to.equal('22222222-2222-2222-2222-aaaaaaaaaaaa');
      expect(detail.jumioIdScanReference).to.equal('22222222-2222-2222-2222-aaaaaaaaaaaa');
      expect(detail.payload).to.deep.equal({ value: 'success', metainfo: { mode: 'original' } });
    });

    it('describes the error code of an error', async () => {
      const { el } = await mount({ href: clientUrl() });
      const frame = frameOf(el);
      const error = oneEvent(el, 'jumio-error');
      await command(frame, { cmd: 'send', value: 'error', code: 9836, publicErrorCode: 'I010305' });
      const { detail } = await error;
      expect(detail.code).to.equal(9836);
      expect(detail.description).to.equal('Authentication Failure.');
      expect(detail.retryable).to.equal(false);
      expect(detail.publicErrorCode).to.equal('I010305');
      expect(detail.final).to.equal(true);
      expect(detail.payload.metainfo).to.deep.equal({
        mode: 'original',
        code: 9836,
        codeExternal: 9836,
        publicErrorCode: 'I010305',
        retriable: false,
      });
      expect(el.state).to.equal('error');
    });

    it('describes an unknown error code generically', async () => {
      const { el } = await mount({ href: clientUrl() });
      const error = oneEvent(el, 'jumio-error');
      await command(frameOf(el), { cmd: 'send', value: 'error', code: 1234 });
      const { detail } = await error;
      expect(detail.code).to.equal(1234);
      expect(detail.description).to.contain('1234');
    });

    it('dispatches events that bubble out of shadow roots', async () => {
      const { el } = await mount({ href: clientUrl() });
      const host = document.createElement('div');
      el.parentElement!.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(el);
      await el.updateComplete;
      const heard = oneEvent(document, 'jumio-loaded');
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      const event = await heard;
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('reports the loaded message a client posts as soon as it starts', async () => {
      const { el } = await mount({ href: clientUrl({ auto: 'loaded' }) });
      await oneEvent(el, 'jumio-loaded');
      expect(el.state).to.equal('loaded');
    });
  });

  describe('configuration errors', () => {
    const refused: [string, string][] = [
      ['javascript:alert(1)', 'insecure-href'],
      ['data:text/html,<p>hi</p>', 'insecure-href'],
      ['http://example.com/web/v4/app?authorizationToken=secret', 'insecure-href'],
      ['not a url', 'invalid-href'],
      ['/relative/path', 'invalid-href'],
    ];
    for (const [href, reason] of refused) {
      it(`refuses ${href} (${reason}): no iframe, state error`, async () => {
        const { el, events } = await mount({ href });
        expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
        expect(el.state).to.equal('error');
        expect(names(events)).to.deep.equal(['jumio-config-error']);
        expect(events[0]!.detail.reason).to.equal(reason);
        expect(events[0]!.detail.message).to.match(/^jumio-verify: /);
        expect(events[0]!.detail.message).to.not.contain('secret');
      });
    }

    it('reports a missing source and stays idle', async () => {
      const { el, events } = await mount({});
      expect(el.state).to.equal('idle');
      expect(events.map((e) => e.detail.reason)).to.deep.equal(['missing-source']);
      expect(events[0]!.detail.message).to.contain('href');
    });

    it('drops a malformed locale, reports it and still loads', async () => {
      const href = clientUrl();
      const { el, events } = await mount({ href, locale: 'de DE' });
      expect(names(events)).to.deep.equal(['jumio-config-error']);
      expect(events.map((e) => e.detail.reason)).to.deep.equal(['unsupported-locale']);
      expect(frameOf(el).src).to.equal(href);
      expect(el.state).to.equal('loading');
    });

    it('passes a well-formed locale no client locale fits through, with a warning', async () => {
      const { el, events } = await mount({ href: clientUrl(), locale: 'xx-YY' });
      expect(names(events)).to.deep.equal(['jumio-warning']);
      expect(events[0]!.detail.reason).to.equal('unlisted-locale');
      expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('xx-YY');
    });

    it('uses href when both href and token are set, and says so', async () => {
      const href = clientUrl();
      const { el, events } = await mount({ href, token: 't', subdomain: 'acme' });
      expect(events.map((e) => e.detail.reason)).to.deep.equal(['conflicting-source']);
      expect(frameOf(el).src).to.equal(href);
    });

    it('needs a subdomain and a known data center for a token', async () => {
      const { el, events } = await mount({ token: 't', dc: 'mars' });
      expect(events.map((e) => e.detail.reason)).to.deep.equal(['invalid-dc', 'invalid-subdomain']);
      expect(el.state).to.equal('error');
    });

    it('logs each problem once to the console, with what to fix', async () => {
      const logged = await consoleDuring(() => mount({ href: 'ftp://example.com/x' }));
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('Only https URLs');
    });
  });

  describe('changes', () => {
    it('loads a new iframe and resets state when the href changes', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      const first = frameOf(el);
      await command(first, { cmd: 'send', value: 'success' });
      expect(el.state).to.equal('success');
      el.href = clientUrl({ second: '1' });
      await el.updateComplete;
      const second = frameOf(el);
      expect(second).to.not.equal(first);
      expect(second.src).to.contain('second=1');
      expect(el.state).to.equal('loading');
      await command(second, { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-success', 'jumio-success']);
    });

    it('reloads when the locale changes', async () => {
      const { el } = await mount({ href: clientUrl(), locale: 'de' });
      const first = frameOf(el);
      el.locale = 'FR';
      await el.updateComplete;
      expect(frameOf(el)).to.not.equal(first);
      expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('fr');
    });

    it('reload() replaces the iframe and resets state', async () => {
      const { el } = await mount({ href: clientUrl() });
      const first = frameOf(el);
      await command(first, { cmd: 'send', value: 'loaded' });
      el.reload();
      await el.updateComplete;
      expect(frameOf(el)).to.not.equal(first);
      expect(el.state).to.equal('loading');
    });

    it('does not reload for a change of the frame title', async () => {
      const { el } = await mount({ href: clientUrl() });
      const first = frameOf(el);
      el.frameTitle = 'Other';
      await el.updateComplete;
      expect(frameOf(el)).to.equal(first);
      expect(first.title).to.equal('Other');
    });

    it('keeps <style>s in its shadow root, where Lit puts styles without adoptedStyleSheets', async () => {
      const { el } = await mount({ href: clientUrl() });
      const style = document.createElement('style');
      el.shadowRoot!.prepend(style);
      el.href = clientUrl({ next: '1' });
      await el.updateComplete;
      expect(style.isConnected).to.equal(true);
      expect(new URL(frameOf(el).src).searchParams.get('next')).to.equal('1');
    });

    it('turns attribute changes into property changes', async () => {
      const { el } = await mount({ href: clientUrl() });
      el.setAttribute('locale', 'ja');
      el.setAttribute('load-timeout', '5000');
      el.setAttribute('session-url', '/x');
      el.setAttribute('max-refresh', '3');
      expect([el.locale, el.loadTimeout, el.sessionUrl, el.maxRefresh]).to.deep.equal([
        'ja',
        5000,
        '/x',
        3,
      ]);
    });
  });

  describe('instances and lifecycle', () => {
    it('keeps two instances apart', async () => {
      const a = await mount({ href: clientUrl({ which: 'a' }) });
      const b = await mount({ href: clientUrl({ which: 'b' }) });
      await command(frameOf(a.el), { cmd: 'send', value: 'success' });
      await command(frameOf(b.el), { cmd: 'send', value: 'error', code: 9100 });
      expect(names(a.events)).to.deep.equal(['jumio-success']);
      expect(names(b.events)).to.deep.equal(['jumio-error']);
      expect([a.el.state, b.el.state]).to.deep.equal(['success', 'error']);
    });

    it('keeps a finished outcome when re-attached, instead of reloading the spent client', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('success');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      el.reload();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-success', 'jumio-success']);
    });

    it('starts over when re-attached, without doubling events', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      const parent = el.parentElement!;
      await clientReady(frameOf(el));
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      expect(names(events)).to.deep.equal(['jumio-loaded']);
    });
  });
});

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
