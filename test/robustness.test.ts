import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { JumioVerifyElement, SessionProvider } from '../src/index.js';
import {
  CLIENT_ORIGIN,
  clientUrl,
  command,
  eventually,
  frameHost,
  frameOf,
  mount,
  names,
  recorded,
  type HostEntry,
} from './helpers.js';

/** Page errors (an exception thrown in an update surfaces as one) while `run` runs. */
async function pageErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.message);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

let key = 0;
/** The test server's session endpoint (test/server/test-api.mjs), answering as `reply` says. */
function sessionUrl(reply: string, extra: Record<string, string> = {}): string {
  const url = new URL('/test-api/session', location.origin);
  url.searchParams.set('key', `robust-${Date.now()}-${key++}`);
  url.searchParams.set('client', clientUrl());
  url.searchParams.set('reply', reply);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url.href;
}

describe('robustness: what pages and frameworks really do', () => {
  describe('clearing a source never throws', () => {
    const token = { token: 't', subdomain: 'acme' };
    const clearings: [string, Record<string, string>, (el: JumioVerifyElement) => void][] = [
      [
        "removeAttribute('href')",
        { href: clientUrl() },
        (el) => {
          el.removeAttribute('href');
        },
      ],
      [
        "removeAttribute('token')",
        token,
        (el) => {
          el.removeAttribute('token');
        },
      ],
      [
        "removeAttribute('session-url')",
        { 'session-url': sessionUrl('href') },
        (el) => {
          el.removeAttribute('session-url');
        },
      ],
      [
        'el.href = null (React, Preact)',
        { href: clientUrl() },
        (el) => Object.assign(el, { href: null }),
      ],
      [
        'el.href = undefined (Svelte, Angular)',
        { href: clientUrl() },
        (el) => Object.assign(el, { href: undefined }),
      ],
      ['el.token = null', token, (el) => Object.assign(el, { token: null })],
      [
        'el.sessionUrl = null',
        { 'session-url': sessionUrl('href') },
        (el) => Object.assign(el, { sessionUrl: null }),
      ],
    ];
    for (const [what, attributes, clear] of clearings) {
      it(`${what}: no iframe, state idle, missing-source`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('jumio-verify');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.loadTimeout = 0;
        const events: CustomEvent[] = [];
        const errors = await pageErrors(async () => {
          container.append(el);
          await el.updateComplete;
          el.addEventListener('jumio-config-error', (event) => events.push(event));
          clear(el);
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
        expect(el.state).to.equal('idle');
        expect(events.map((event) => event.detail.reason)).to.deep.equal(['missing-source']);
      });
    }

    it('converts values of other types with String(): a URL object is its href', async () => {
      const href = clientUrl();
      const { el } = await mount({ href: new URL(href) as unknown as string });
      expect(frameOf(el).src).to.equal(href);
    });

    it('survives a value whose conversion throws, as if it were cleared', async () => {
      const hostile = {
        toString() {
          throw new Error('no');
        },
      };
      const errors = await pageErrors(async () => {
        const { el } = await mount({ href: hostile as unknown as string });
        expect(el.state).to.equal('idle');
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('session answers', () => {
    it('reports an answer whose getters throw as session-failed, not a hang', async () => {
      const provider: SessionProvider = () =>
        Promise.resolve({
          get href(): string {
            throw new Error('getter exploded');
          },
        });
      const { el, events } = await mount({ sessionProvider: provider, loadTimeout: 2000 });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.contain('getter exploded');
      expect(el.state).to.equal('error');
    });

    it('reports a Proxy that throws on every read as session-failed', async () => {
      const trap = (): never => {
        throw new Error('trapped');
      };
      const provider: SessionProvider = () =>
        Promise.resolve(
          new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap }) as never,
        );
      const { events } = await mount({ sessionProvider: provider });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
    });

    it('refuses a session-url answer over 64 KiB', async () => {
      const { el, events } = await mount({ sessionUrl: sessionUrl('big') });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.contain('64 KiB');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it('refuses an answer that came through a redirect to a third origin', async () => {
      const { el, events } = await mount({
        sessionUrl: sessionUrl('redirect', { to: CLIENT_ORIGIN }),
      });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.contain('redirected');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it("takes an answer redirected within the endpoint's own origin", async () => {
      const { el } = await mount({ sessionUrl: sessionUrl('redirect', { to: location.origin }) });
      await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'an iframe');
    });

    it("resolves a relative session-url as fetch() does, against the page's <base>", async () => {
      // The endpoint on the client's origin, named relative to a <base> there; it redirects
      // within that origin, which is the endpoint's own.
      const endpoint = new URL(sessionUrl('redirect', { to: CLIENT_ORIGIN }));
      const base = document.createElement('base');
      base.href = `${CLIENT_ORIGIN}/test-api/`;
      document.head.append(base);
      try {
        const { el } = await mount({ sessionUrl: `session${endpoint.search}` });
        await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'an iframe');
      } finally {
        base.remove();
      }
    });
  });

  it('listens on its own window even when <img name="defaultView"> shadows document.defaultView', async () => {
    const decoy = await fixture<HTMLImageElement>(html`<img name="defaultView" alt="" />`);
    expect((document as unknown as { defaultView: unknown }).defaultView).to.equal(decoy);
    const { el, events } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    expect(names(events)).to.deep.equal(['jumio-loaded']);
  });

  describe('reported once', () => {
    it('reports a config problem once per change of the source, not on reload() or a move', async () => {
      const { el, events } = await mount({ href: clientUrl(), locale: 'de DE' });
      el.reload();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(names(events)).to.deep.equal(['jumio-config-error']);
      el.href = clientUrl({ other: '1' });
      await el.updateComplete;
      expect(names(events)).to.deep.equal(['jumio-config-error', 'jumio-config-error']);
    });

    it('checks the camera once per client origin, not on every reload()', async () => {
      const warnings = (entries: HostEntry[]): string[] =>
        entries
          .filter((entry) => entry.event === 'jumio-warning')
          .map((entry) => String(entry.detail!['reason']));
      // A frame around the page without the camera: every engine finds that.
      const host = await frameHost({
        attributes: { href: clientUrl(), 'load-timeout': '0' },
        allow: "camera 'none'",
      });
      await host.until((entries) => warnings(entries).length === 1);
      await host.run({ hostCommand: 'reload' });
      await host.run({ hostCommand: 'reload' });
      expect(warnings(host.entries)).to.deep.equal(['camera-blocked']);
      // Another origin of the client (another port) is checked anew; it need not even load.
      await host.run({ hostCommand: 'set', name: 'href', value: 'http://127.0.0.1:9/client' });
      await host.until((entries) => warnings(entries).length === 2);
    });
  });

  it('raises the events of one update in a fixed order: config errors, warnings, then the frame', async () => {
    const { events } = await mount({
      href: 'https://verify.example.test/web/client?authorizationToken=t',
      token: 't',
      locale: 'xx-YY',
      loadTimeout: -5,
    });
    expect(events.map((event) => `${event.type} ${event.detail.reason}`)).to.deep.equal([
      'jumio-config-error invalid-option',
      'jumio-config-error conflicting-source',
      'jumio-warning unknown-host',
      'jumio-warning unlisted-locale',
    ]);
  });

  it('lets a listener of the first event see the state that event belongs to', async () => {
    const seen: string[] = [];
    const el = document.createElement('jumio-verify');
    el.addEventListener('jumio-config-error', () => seen.push(el.state));
    el.href = 'javascript:alert(1)';
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    await el.updateComplete;
    expect(seen).to.deep.equal(['error']);
  });
});
