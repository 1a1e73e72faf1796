import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { JumioVerifyElement, SessionProvider, SessionRequest } from '../src/index.js';
import {
  clientReady,
  clientUrl,
  command,
  eventually,
  frameOf,
  mount,
  names,
  recorded,
} from './helpers.js';

let key = 0;
/** A fresh session endpoint of the test server (test/server/test-api.mjs) and its log. */
function endpoint(options: { reply?: string; client?: string; delay?: number } = {}): {
  url: string;
  log: () => Promise<{ bodies: unknown[]; headers: { contentType: string; accept: string }[] }>;
} {
  const id = `${Date.now()}-${key++}`;
  const url = new URL('/test-api/session', location.origin);
  url.searchParams.set('key', id);
  url.searchParams.set('client', options.client ?? clientUrl());
  if (options.reply) url.searchParams.set('reply', options.reply);
  if (options.delay) url.searchParams.set('delay', String(options.delay));
  return {
    url: url.pathname + url.search,
    log: () => fetch(`/test-api/session-log?key=${id}`).then((response) => response.json()),
  };
}

/** Resolves with the element's iframe once it shows one: for the `n`th session, if `n` is given. */
async function sessionFrame(el: JumioVerifyElement, n?: number): Promise<HTMLIFrameElement> {
  const shown = (): HTMLIFrameElement | null => {
    const frame = el.shadowRoot!.querySelector('iframe');
    if (!frame || n === undefined) return frame;
    return new URL(frame.src).searchParams.get('session') === String(n) ? frame : null;
  };
  await eventually(
    () => shown() !== null,
    n === undefined ? 'an iframe' : `an iframe for session ${n}`,
  );
  return shown()!;
}

describe('sessions', () => {
  describe('session-url', () => {
    it("POSTs the locale to the site's endpoint and shows the web.href it answers", async () => {
      const api = endpoint();
      const { el } = await mount({ sessionUrl: api.url, locale: 'de-at' });
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      const frame = await sessionFrame(el, 1);
      expect(new URL(frame.src).searchParams.get('locale')).to.equal('de');
      const log = await api.log();
      expect(log.bodies).to.deep.equal([{ locale: 'de', reason: 'initial' }]);
      expect(log.headers[0]).to.deep.equal({
        contentType: 'application/json',
        accept: 'application/json',
      });
    });

    it('accepts { href } as well as the account response', async () => {
      const { el } = await mount({ sessionUrl: endpoint({ reply: 'href' }).url });
      await sessionFrame(el, 1);
      expect(el.state).to.equal('loading');
    });

    const failures: [string, string, RegExp][] = [
      ['an HTTP error', '503', /HTTP 503/],
      ['a body that is not JSON', 'text', /did not answer JSON/],
      ['JSON without an href', 'invalid', /without an href/],
    ];
    for (const [what, reply, message] of failures) {
      it(`reports ${what} as session-failed`, async () => {
        const { el, events } = await mount({ sessionUrl: endpoint({ reply }).url });
        await recorded(events, 'jumio-config-error');
        expect(el.state).to.equal('error');
        expect(events[0]!.detail.reason).to.equal('session-failed');
        expect(events[0]!.detail.message).to.match(message);
        expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      });
    }

    it('reports a network failure as session-failed', async () => {
      const { events } = await mount({ sessionUrl: 'http://localhost:9/session' });
      await recorded(events, 'jumio-config-error');
      const { detail } = events[0]!;
      expect(detail.reason).to.equal('session-failed');
      expect(detail.message).to.contain('session-url http://localhost:9/session failed');
    });

    it('drops a slow answer once the source changed, without reporting it as a failure', async () => {
      const slow = endpoint({ client: clientUrl({ from: 'slow' }), delay: 300 });
      const { el, events } = await mount({ sessionUrl: slow.url });
      el.sessionUrl = endpoint({ client: clientUrl({ from: 'fast' }) }).url;
      await sessionFrame(el, 1);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(events).to.have.length(0);
      expect(el.state).to.equal('loading');
      expect(new URL(frameOf(el).src).searchParams.get('from')).to.equal('fast');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(new URL(frameOf(el).src).searchParams.get('from')).to.equal('fast');
    });

    it('gives up on an endpoint that does not answer within load-timeout', async () => {
      const { el, events } = await mount({
        sessionUrl: endpoint({ delay: 2000 }).url,
        loadTimeout: 200,
      });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.contain('did not answer within 200 ms');
      expect(el.state).to.equal('error');
    });

    it('refuses an answer whose href is not https', async () => {
      const { el, events } = await mount({
        sessionUrl: endpoint({ client: 'http://example.com/app?authorizationToken=t' }).url,
      });
      await recorded(events, 'jumio-config-error');
      const { detail } = events[0]!;
      expect(detail.reason).to.equal('insecure-href');
      expect(el.state).to.equal('error');
    });
  });

  describe('sessionProvider', () => {
    it('is asked with the locale and a signal, and may answer with the href alone', async () => {
      const requests: SessionRequest[] = [];
      const provider: SessionProvider = (request, signal) => {
        requests.push(request);
        expect(signal).to.be.instanceOf(AbortSignal);
        return Promise.resolve(clientUrl({ from: 'provider' }));
      };
      const { el } = await mount({ sessionProvider: provider, locale: 'PT-br' });
      const frame = await sessionFrame(el);
      expect(new URL(frame.src).searchParams.get('from')).to.equal('provider');
      expect(new URL(frame.src).searchParams.get('locale')).to.equal('pt-BR');
      expect(requests).to.deep.equal([{ locale: 'pt-BR', reason: 'initial' }]);
    });

    it('reports a blank href from a provider as session-failed, not a wait for nothing', async () => {
      const { el, events } = await mount({ sessionProvider: () => Promise.resolve('  ') });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.match(/without an href/);
      expect(el.state).to.equal('error');
    });

    it('reports a provider that throws as session-failed', async () => {
      const { events } = await mount({
        sessionProvider: () => Promise.reject(new Error('backend down')),
      });
      await recorded(events, 'jumio-config-error');
      const { detail } = events[0]!;
      expect(detail.reason).to.equal('session-failed');
      expect(detail.message).to.contain('backend down');
    });

    it('asks once when a source is set and reload() is called in the same task', async () => {
      const { el } = await mount({ href: clientUrl() });
      let calls = 0;
      el.sessionProvider = () => {
        calls++;
        return Promise.resolve(clientUrl({ from: 'provider' }));
      };
      el.href = '';
      el.reload();
      await el.updateComplete;
      const frame = await sessionFrame(el);
      expect(new URL(frame.src).searchParams.get('from')).to.equal('provider');
      expect(calls).to.equal(1);
    });

    it('drops an answer that comes after the source changed, and aborts its request', async () => {
      let resolveFirst!: (href: string) => void;
      let firstSignal!: AbortSignal;
      const first: SessionProvider = (_request, signal) => {
        firstSignal = signal;
        return new Promise((resolve) => (resolveFirst = resolve));
      };
      const { el } = await mount({ sessionProvider: first });
      el.href = clientUrl({ from: 'second' });
      await el.updateComplete;
      expect(firstSignal.aborted).to.equal(true);
      resolveFirst(clientUrl({ from: 'first' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(new URL(frameOf(el).src).searchParams.get('from')).to.equal('second');
    });

    it('never shows an answer that settles in the same task as a source change', async () => {
      // The answer and the change race through microtasks: try every interleaving.
      for (let hops = 0; hops < 10; hops++) {
        let resolve!: (href: string) => void;
        const { el } = await mount({
          sessionProvider: () => new Promise((settle) => (resolve = settle)),
        });
        resolve(clientUrl({ from: 'stale' }));
        for (let i = 0; i < hops; i++) await Promise.resolve();
        el.href = clientUrl({ from: 'current' });
        await new Promise((wait) => setTimeout(wait, 20));
        await el.updateComplete;
        const shown = new URL(frameOf(el).src).searchParams.get('from');
        expect(shown, `source changed ${hops} microtasks after the answer`).to.equal('current');
      }
    });

    it('keeps the flow when handed a new provider function, and calls that one next', async () => {
      // A framework template with an inline arrow passes a new function on every render.
      const calls: string[] = [];
      const provider =
        (name: string): SessionProvider =>
        () => {
          calls.push(name);
          return Promise.resolve(clientUrl({ from: name }));
        };
      const { el, events } = await mount({ sessionProvider: provider('first') });
      const frame = await sessionFrame(el);
      el.sessionProvider = provider('second');
      await el.updateComplete;
      expect(frameOf(el)).to.equal(frame);
      expect(calls).to.deep.equal(['first']);
      await command(frame, { cmd: 'send', value: 'error', code: 9200 });
      await eventually(
        () => new URL(frameOf(el).src).searchParams.get('from') === 'second',
        'the refreshed session',
      );
      expect(calls).to.deep.equal(['first', 'second']);
      expect(names(events)).to.deep.equal(['jumio-refresh']);
    });

    it('starts over when the provider is removed', async () => {
      const { el, events } = await mount({
        sessionProvider: () => Promise.resolve(clientUrl()),
      });
      await sessionFrame(el);
      el.sessionProvider = undefined;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(events.map((event) => event.detail.reason)).to.deep.equal(['missing-source']);
    });

    it('takes an answer given without a promise, and reports a synchronous throw', async () => {
      const { el } = await mount({ sessionProvider: () => clientUrl({ from: 'sync' }) });
      expect(new URL((await sessionFrame(el)).src).searchParams.get('from')).to.equal('sync');
      const { events } = await mount({
        sessionProvider: () => {
          throw new Error('no backend');
        },
      });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.reason).to.equal('session-failed');
      expect(events[0]!.detail.message).to.contain('no backend');
    });
  });

  describe('browsers without AbortSignal.any and AbortSignal.timeout (Safari < 17.4)', () => {
    const statics = ['any', 'timeout'] as const;
    let saved: PropertyDescriptor[] = [];
    beforeEach(() => {
      saved = statics.map((name) => Object.getOwnPropertyDescriptor(AbortSignal, name)!);
      for (const name of statics) {
        Object.defineProperty(AbortSignal, name, { value: undefined, configurable: true });
      }
    });
    afterEach(() => {
      statics.forEach((name, i) => Object.defineProperty(AbortSignal, name, saved[i]!));
    });

    it('still gets a session from session-url and from a provider', async () => {
      const fromUrl = await mount({
        sessionUrl: endpoint({ client: clientUrl({ from: 'url' }) }).url,
      });
      expect(new URL((await sessionFrame(fromUrl.el)).src).searchParams.get('from')).to.equal(
        'url',
      );
      const fromProvider = await mount({
        sessionProvider: () => Promise.resolve(clientUrl({ from: 'provider' })),
      });
      const frame = await sessionFrame(fromProvider.el);
      expect(new URL(frame.src).searchParams.get('from')).to.equal('provider');
      expect(names([...fromUrl.events, ...fromProvider.events])).to.not.include(
        'jumio-config-error',
      );
    });

    it('still gives up after load-timeout', async () => {
      const { events } = await mount({
        sessionUrl: endpoint({ delay: 2000 }).url,
        loadTimeout: 200,
      });
      await recorded(events, 'jumio-config-error');
      expect(events[0]!.detail.message).to.contain('did not answer within 200 ms');
    });
  });

  describe('refresh after expiry or a timeout', () => {
    for (const code of [9200, 9210]) {
      it(`fetches a fresh href after error ${code}, once by default`, async () => {
        const api = endpoint();
        const { el, events } = await mount({ sessionUrl: api.url });
        await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code });
        expect(names(events)).to.deep.equal(['jumio-refresh']);
        expect(events[0]!.detail).to.deep.equal({
          attempt: 1,
          maxRefresh: 1,
          cause: 'expired',
          code,
        });
        const second = await sessionFrame(el, 2);
        expect(el.state).to.equal('loading');
        await command(second, { cmd: 'send', value: 'error', code });
        expect(names(events)).to.deep.equal(['jumio-refresh', 'jumio-error']);
        expect(el.state).to.equal('error');
        expect((await api.log()).bodies).to.deep.equal([
          { reason: 'initial' },
          { reason: 'refresh' },
        ]);
      });
    }

    it('refreshes up to max-refresh times', async () => {
      const { el, events } = await mount({ sessionUrl: endpoint().url, maxRefresh: 2 });
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9200 });
      await command(await sessionFrame(el, 2), { cmd: 'send', value: 'error', code: 9210 });
      await command(await sessionFrame(el, 3), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-refresh', 'jumio-refresh', 'jumio-error']);
      expect(events.map((event) => event.detail.attempt)).to.deep.equal([1, 2, undefined]);
    });

    it('reports an invalid max-refresh and uses the default of 1', async () => {
      const { el, events } = await mount({
        sessionUrl: endpoint().url,
        maxRefresh: Number('many'),
      });
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-config-error', 'jumio-refresh']);
      expect(events[0]!.detail.reason).to.equal('invalid-option');
      expect(events[0]!.detail.message).to.contain('max-refresh');
    });

    it('passes the error on when the refresh itself fails', async () => {
      let calls = 0;
      const provider: SessionProvider = () =>
        ++calls === 1 ? Promise.resolve(clientUrl()) : Promise.reject(new Error('backend down'));
      const { el, events } = await mount({ sessionProvider: provider });
      await command(await sessionFrame(el), { cmd: 'send', value: 'error', code: 9210 });
      await recorded(events, 'jumio-error');
      expect(names(events)).to.deep.equal(['jumio-refresh', 'jumio-config-error', 'jumio-error']);
      expect(events[2]!.detail.code).to.equal(9210);
      expect(el.state).to.equal('error');
    });

    it('passes other errors on without refreshing', async () => {
      const { el, events } = await mount({ sessionUrl: endpoint().url });
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9100 });
      expect(names(events)).to.deep.equal(['jumio-error']);
    });

    it('passes expiry on as an error when there is no session source', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-error']);
      expect(events[0]!.detail.sessionExpired).to.equal(true);
    });

    it('lets a listener cancel the refresh, and then passes the error on', async () => {
      const { el, events } = await mount({ sessionUrl: endpoint().url });
      el.addEventListener('jumio-refresh', (event) => {
        event.preventDefault();
      });
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-refresh', 'jumio-error']);
      expect(el.state).to.equal('error');
    });

    it('refreshes after a load timeout, then reports the next timeout', async () => {
      // Long enough that a busy machine still sees the first session's iframe before it goes.
      const { el, events } = await mount({ sessionUrl: endpoint().url, loadTimeout: 1000 });
      await sessionFrame(el, 1);
      await recorded(events, 'jumio-refresh');
      await sessionFrame(el, 2);
      await recorded(events, 'jumio-timeout');
      expect(names(events)).to.deep.equal(['jumio-refresh', 'jumio-timeout']);
      expect(events[0]!.detail).to.deep.include({ cause: 'timeout', code: undefined });
      expect(el.state).to.equal('error');
    });

    it('starts from the server-rendered href and refreshes from the session source', async () => {
      const api = endpoint();
      const { el } = await mount({
        href: clientUrl({ from: 'server-render' }),
        sessionUrl: api.url,
      });
      const first = frameOf(el);
      expect(new URL(first.src).searchParams.get('from')).to.equal('server-render');
      await command(first, { cmd: 'send', value: 'error', code: 9200 });
      await sessionFrame(el, 1);
      expect((await api.log()).bodies).to.deep.equal([{ reason: 'refresh' }]);
    });

    it('asks again, rather than show the expired href, when moved while a refresh is pending', async () => {
      const requests: SessionRequest[] = [];
      const pending: ((href: string) => void)[] = [];
      const provider: SessionProvider = (request) => {
        requests.push(request);
        if (requests.length === 1) return Promise.resolve(clientUrl({ session: '1' }));
        return new Promise((resolve) => pending.push(resolve));
      };
      const { el, events } = await mount({ sessionProvider: provider });
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-refresh']);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(requests.map((request) => request.reason)).to.deep.equal([
        'initial',
        'refresh',
        'refresh',
      ]);
      pending[1]!(clientUrl({ session: '2' }));
      await sessionFrame(el, 2);
      expect(names(events)).to.deep.equal(['jumio-refresh']);
      expect(el.state).to.equal('loading');
    });

    it('asks nothing while a jumio-refresh listener has removed the element', async () => {
      const requests: SessionRequest[] = [];
      const provider: SessionProvider = (request) => {
        requests.push(request);
        return clientUrl({ session: String(requests.length) });
      };
      const { el, events } = await mount({ sessionProvider: provider });
      const parent = el.parentElement!;
      el.addEventListener(
        'jumio-refresh',
        () => {
          el.remove();
        },
        { once: true },
      );
      await command(await sessionFrame(el, 1), { cmd: 'send', value: 'error', code: 9200 });
      expect(names(events)).to.deep.equal(['jumio-refresh']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests.map((request) => request.reason)).to.deep.equal(['initial']);
      parent.append(el);
      await sessionFrame(el, 2);
      expect(requests.map((request) => request.reason)).to.deep.equal(['initial', 'refresh']);
      expect(names(events)).to.deep.equal(['jumio-refresh']);
    });

    it('keeps the refreshed session when the element is moved', async () => {
      const api = endpoint();
      const { el } = await mount({ href: clientUrl(), sessionUrl: api.url });
      await command(frameOf(el), { cmd: 'send', value: 'error', code: 9200 });
      await clientReady(await sessionFrame(el, 1));
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await sessionFrame(el, 1);
      expect((await api.log()).bodies).to.have.length(1);
    });
  });

  describe('mode="window"', () => {
    let opened: { url: string | undefined; closed: boolean }[];
    let original: typeof window.open;
    let blocked = false;
    beforeEach(() => {
      opened = [];
      blocked = false;
      original = window.open;
      // A stand-in tab: the test checks where the element sends it, not what it shows.
      window.open = () => {
        if (blocked) return null;
        const tab = { url: undefined as string | undefined, closed: false };
        opened.push(tab);
        return {
          opener: window,
          location: { replace: (url: string) => (tab.url = url) },
          close: () => (tab.closed = true),
        } as unknown as Window;
      };
    });
    afterEach(() => {
      window.open = original;
    });

    const launcher = (el: JumioVerifyElement): HTMLButtonElement =>
      el.shadowRoot!.querySelector('button[part="launcher"]')!;

    it('shows a launcher button instead of an iframe, and opens the href in a tab', async () => {
      const href = clientUrl();
      const { el } = await mount({ href, mode: 'window' });
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(el.getAttribute('mode')).to.equal('window');
      expect(el.state).to.equal('idle');
      await expect(el).to.be.accessible();
      launcher(el).click();
      expect(opened.map((tab) => tab.url)).to.deep.equal([href]);
      expect(el.state).to.equal('opened');
    });

    it('asks the session source only when the tab opens', async () => {
      const api = endpoint();
      const { el } = await mount({ sessionUrl: api.url, mode: 'window' });
      expect((await api.log()).bodies).to.have.length(0);
      el.open();
      expect(opened).to.have.length(1);
      expect(el.state).to.equal('loading');
      await eventually(() => opened[0]!.url !== undefined, 'the tab sent to the session');
      expect(new URL(opened[0]!.url!).searchParams.get('session')).to.equal('1');
      expect(el.state).to.equal('opened');
    });

    it('closes the tab again when the session cannot be had', async () => {
      const { el, events } = await mount({
        sessionUrl: endpoint({ reply: '500' }).url,
        mode: 'window',
      });
      el.open();
      await recorded(events, 'jumio-config-error');
      expect(opened[0]!.closed).to.equal(true);
      expect(el.state).to.equal('error');
    });

    const busy = (el: JumioVerifyElement): boolean =>
      launcher(el).getAttribute('aria-disabled') === 'true';

    it('can be retried after a failed session: the launcher is enabled again', async () => {
      const { el, events } = await mount({
        sessionUrl: endpoint({ reply: '500' }).url,
        mode: 'window',
      });
      expect(busy(el)).to.equal(false);
      el.open();
      await el.updateComplete;
      expect(busy(el)).to.equal(true);
      expect(launcher(el).getAttribute('aria-busy')).to.equal('true');
      launcher(el).click(); // ignored while the session is on its way: one tab
      expect(opened).to.have.length(1);
      await recorded(events, 'jumio-config-error');
      await el.updateComplete;
      expect(busy(el)).to.equal(false);
    });

    it('ignores a click, Enter and Space on the launcher while its session comes', async () => {
      const { el } = await mount({ sessionUrl: endpoint({ delay: 2000 }).url, mode: 'window' });
      launcher(el).click();
      await el.updateComplete;
      expect(busy(el)).to.equal(true);
      // The launcher itself ignores them: open() is not even called.
      let calls = 0;
      const open = el.open.bind(el);
      el.open = () => {
        calls += 1;
        open();
      };
      launcher(el).click();
      launcher(el).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('loading');
      expect(calls, 'open() while busy').to.equal(0);
      expect(opened).to.have.length(1);
    });

    it('keeps focus on the launcher while the session comes, then on "Go to the tab"', async () => {
      const { el } = await mount({ sessionUrl: endpoint({ delay: 200 }).url, mode: 'window' });
      launcher(el).focus();
      launcher(el).click();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.activeElement === launcher(el)).to.equal(true);
      await eventually(() => el.state === 'opened', 'the tab sent to the session');
      await el.updateComplete;
      const resume = el.shadowRoot!.querySelector('[part="resume"]');
      expect(resume !== null && el.shadowRoot!.activeElement === resume).to.equal(true);
    });

    it('closes the blank tab when the element is removed while the session is on its way', async () => {
      const { el } = await mount({ sessionUrl: endpoint({ delay: 300 }).url, mode: 'window' });
      el.open();
      el.remove();
      await eventually(() => opened[0]!.closed, 'the tab closed');
      expect(opened[0]!.url).to.equal(undefined);
    });

    it('switches between iframe and window mode', async () => {
      const { el } = await mount({ href: clientUrl() });
      el.mode = 'window';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(launcher(el)).to.not.equal(null);
      el.mode = 'iframe';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(frameOf(el).src).to.equal(clientUrl());
      expect(el.state).to.equal('loading');
    });

    it('warns when the browser blocks the tab', async () => {
      blocked = true;
      const { el } = await mount({ href: clientUrl(), mode: 'window' });
      const warning = oneEvent(el, 'jumio-warning');
      el.open();
      const { detail } = await warning;
      expect(detail.reason).to.equal('popup-blocked');
      expect(el.state).to.equal('idle');
    });

    it('moves an embedded flow to a tab with open()', async () => {
      const href = clientUrl();
      const { el } = await mount({ href });
      el.open();
      await el.updateComplete;
      expect(opened.map((tab) => tab.url)).to.deep.equal([href]);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(el.state).to.equal('opened');
    });
  });
});
