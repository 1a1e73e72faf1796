import { expect } from '@open-wc/testing';
import type * as Standalone from '../src/standalone.js';
import {
  clientMessage,
  clientUrl,
  command,
  eventually,
  frameOf,
  mount,
  names,
  postFromPage,
  recorded,
} from './helpers.js';

// The element comes only from the built standalone script, loaded the way a CMS page loads it
// (the helpers import nothing from src/ that defines it). `npm test` builds it first.
declare global {
  interface Window {
    JumioVerify?: typeof Standalone;
  }
}

before(async () => {
  const script = document.createElement('script');
  script.src = '/dist/jumio-verify.iife.js';
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => {
      reject(new Error('dist/jumio-verify.iife.js is missing: run `npm run build` first'));
    };
  });
  document.head.append(script);
  await loaded;
});

describe('the standalone script (dist/jumio-verify.iife.js)', () => {
  it('defines <jumio-verify> and exposes what a page without a bundler uses on window.JumioVerify', () => {
    const api = window.JumioVerify!;
    expect(Object.keys(api).sort()).to.deep.equal(
      [
        'BREAKPOINTS',
        'CLIENT_FRAME_ALLOW',
        'ClientChannel',
        'DEFAULT_LOAD_TIMEOUT',
        'ERROR_CODES',
        'JUMIO_EVENTS',
        'JumioVerifyElement',
        'SUPPORTED_LOCALES',
        'breakpointFor',
        'completeRedirect',
        'buildClientUrl',
        'describeErrorCode',
        'matchLocale',
        'parseClientMessage',
        'parseRedirectResult',
        'redactUrl',
        'resolveLocale',
      ].sort(),
    );
    expect(customElements.get('jumio-verify')).to.equal(api.JumioVerifyElement);
    expect(api.SUPPORTED_LOCALES.filter((locale) => locale.seed)).to.have.length(39);
    expect(api.JumioVerifyElement.supportedLocales).to.equal(api.SUPPORTED_LOCALES);
    expect(api.ERROR_CODES[9822].description).to.equal('Browser does not support camera.');
    expect(api.BREAKPOINTS.map((b) => b.name)).to.deep.equal([
      'large',
      'medium',
      'small',
      'x-small',
    ]);
    expect(api.matchLocale('pt-br')).to.equal('pt-BR');
    expect(api.parseClientMessage(clientMessage('loaded')).ok).to.equal(true);
    expect(typeof api.buildClientUrl).to.equal('function');
    expect(typeof api.parseRedirectResult).to.equal('function');
    expect(typeof api.ClientChannel).to.equal('function');
  });

  it('embeds the client, sizes it and reports its events', async () => {
    const { el, events } = await mount({ href: clientUrl(), locale: 'PT_br' });
    const frame = frameOf(el);
    expect(new URL(frame.src).searchParams.get('locale')).to.equal('pt-BR');
    expect(frame.getAttribute('allow')).to.equal(
      'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer',
    );
    expect(el.getAttribute('breakpoint')).to.equal('large');
    expect(el.getBoundingClientRect().height).to.equal(710);
    el.parentElement!.style.width = '500px';
    await eventually(() => el.getAttribute('breakpoint') === 'x-small', 'x-small');
    expect(el.getBoundingClientRect().height).to.equal(535);
    await command(frame, { cmd: 'send', value: 'loaded' });
    await command(frame, { cmd: 'send', value: 'error', code: 9835 });
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-error']);
    expect(events[1]!.detail.description).to.equal('No acceptable submission in 3 attempts.');
    expect(el.getAttribute('state')).to.equal('error');
  });

  it('loads the texts of its locale from next to itself (dist/texts/), and shows them', async () => {
    const { el } = await mount({ href: clientUrl(), locale: 'de' });
    await eventually(
      () => el.shadowRoot!.querySelector('[part="loading"]')?.getAttribute('lang') === 'de',
      'the German texts',
    );
    expect(el.shadowRoot!.querySelector('[part="loading-text"]')!.textContent).to.equal(
      'Die Identitätsprüfung wird geladen…',
    );
  });

  it('ignores a success forged by the page', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await postFromPage(clientMessage('success'));
    expect(events).to.have.length(0);
    expect(el.state).to.equal('loading');
  });

  it('refuses a dangerous href with a config error', async () => {
    const { el, events } = await mount({ href: 'javascript:alert(1)' });
    expect(names(events)).to.deep.equal(['jumio-config-error']);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('works from markup alone: one element with a session-url', async () => {
    const api = new URL('/test-api/session', location.origin);
    api.searchParams.set('key', `standalone-${Date.now()}`);
    api.searchParams.set('client', clientUrl({ auto: 'loaded' }));
    const container = document.createElement('div');
    document.body.append(container);
    const events: CustomEvent[] = [];
    container.addEventListener('jumio-loaded', (event) => events.push(event));
    container.innerHTML = `<jumio-verify session-url="${api.pathname}${api.search}" locale="fr"></jumio-verify>`;
    await recorded(events, 'jumio-loaded');
    expect(container.firstElementChild!.getAttribute('state')).to.equal('loaded');
    container.remove();
  });
});
