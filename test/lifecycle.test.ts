import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { DEFAULT_LOAD_TIMEOUT, type JumioVerifyElement } from '../src/index.js';
import {
  clientReady,
  clientUrl,
  command,
  eventually,
  frameHost,
  frameOf,
  mount,
  names,
  recordEvents,
} from './helpers.js';

/**
 * Counts what an element holds on to while it is on the page: `message` listeners on the window,
 * ResizeObserver observations and pending timers. Patches the platform for one test.
 */
function instrument(): {
  live: () => { listeners: number; observed: number; timers: number };
  restore: () => void;
} {
  const listeners = new Set<EventListenerOrEventListenerObject>();
  const observed = new Map<ResizeObserver, Set<Element>>();
  const timers = new Set<number>();
  const { addEventListener, removeEventListener } = window;
  const { observe, unobserve, disconnect } = ResizeObserver.prototype;
  const { setTimeout: set, clearTimeout: clear } = window;

  window.addEventListener = function (
    this: Window,
    ...args: Parameters<Window['addEventListener']>
  ) {
    if (args[0] === 'message') listeners.add(args[1]);
    addEventListener.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (
    this: Window,
    ...args: Parameters<Window['removeEventListener']>
  ) {
    if (args[0] === 'message') listeners.delete(args[1]);
    removeEventListener.apply(this, args);
  } as Window['removeEventListener'];
  ResizeObserver.prototype.observe = function (target, options) {
    observed.set(this, (observed.get(this) ?? new Set()).add(target));
    observe.call(this, target, options);
  };
  ResizeObserver.prototype.unobserve = function (target) {
    observed.get(this)?.delete(target);
    unobserve.call(this, target);
  };
  ResizeObserver.prototype.disconnect = function () {
    observed.delete(this);
    disconnect.call(this);
  };
  window.setTimeout = ((handler: () => void, ms?: number) => {
    const id: number = set(() => {
      timers.delete(id);
      handler();
    }, ms);
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;

  return {
    live: () => ({
      listeners: listeners.size,
      observed: [...observed.values()].reduce((sum, targets) => sum + targets.size, 0),
      // Only the element's own load timers: they are the ones as long as its load-timeout.
      timers: timers.size,
    }),
    restore: () => {
      Object.assign(window, {
        addEventListener,
        removeEventListener,
        setTimeout: set,
        clearTimeout: clear,
      });
      Object.assign(ResizeObserver.prototype, { observe, unobserve, disconnect });
    },
  };
}

describe('lifecycle', () => {
  describe('start', () => {
    it('waits for its first update when an inline script makes it while the page is parsed', async () => {
      const href = clientUrl();
      const host = await frameHost({
        attributes: { href },
        page: 'parsing-host',
        ready: (entry) => entry.started !== undefined,
      });
      const started = host.entries.find((entry) => entry.started)!.started!;
      // The script sets the locale after append(): one load, with it.
      expect(started).to.deep.include({ readyState: 'loading', frame: '', updated: false });
      const url = new URL(href);
      url.searchParams.set('locale', 'de');
      expect(started.frames).to.deep.equal([url.href]);
      // A listener added after append() hears what the element found.
      expect(started.reasons).to.deep.equal(['invalid-option', 'invalid-href']);
      expect(started.badState).to.equal('error');
      // The same from a timer's callback: no script is running, yet it is not the parser's.
      expect(started.timer).to.deep.equal({ readyState: 'loading', frame: '', frames: [url.href] });
    });

    it('waits for its first update once the page has loaded: a framework sets properties after connecting', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('jumio-verify');
      el.href = clientUrl({ auto: 'loaded' });
      el.maxRefresh = -1;
      const events = recordEvents(el);
      container.append(el);
      expect(el.shadowRoot!.querySelector('iframe')?.src).to.equal(undefined);
      el.locale = 'de'; // as Angular sets a bound property, after the element is in
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('de');
      await oneEvent(el, 'jumio-loaded');
      expect(names(events)).to.deep.equal(['jumio-config-error', 'jumio-loaded']);
    });

    it('asks for one session when the locale is set after connecting', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('jumio-verify');
      let calls = 0;
      el.sessionProvider = () => {
        calls++;
        return { href: clientUrl() };
      };
      container.append(el);
      el.locale = 'de';
      await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'the iframe');
      expect(calls).to.equal(1);
      expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('de');
    });
  });

  describe('load-timeout', () => {
    it('defaults to 30 seconds', () => {
      expect(document.createElement('jumio-verify').loadTimeout).to.equal(30_000);
      expect(DEFAULT_LOAD_TIMEOUT).to.equal(30_000);
    });

    it('reports a client that never says loaded, with the token redacted, and recovers if it does', async () => {
      const { el, events } = await mount({ href: clientUrl(), loadTimeout: 200 });
      const { detail } = await oneEvent(el, 'jumio-timeout');
      expect(detail.timeoutMs).to.equal(200);
      expect(detail.url).to.contain('/test/fixtures/client.html');
      expect(detail.url).to.not.contain('fixture-token');
      expect(el.state).to.equal('error');
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      expect(el.state).to.equal('loaded');
      expect(names(events)).to.deep.equal(['jumio-timeout', 'jumio-loaded']);
    });

    it('waits forever with 0', async () => {
      const { events } = await mount({ href: clientUrl(), loadTimeout: 0 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events).to.have.length(0);
    });

    /**
     * An element with `load-timeout="value"`, as markup sets it (an attribute, not a number), and
     * its first config error, listened for before its first update can raise it.
     */
    async function withAttribute(value: string) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<jumio-verify href="${clientUrl()}" load-timeout="${value}"></jumio-verify>`;
      const el = container.firstElementChild as JumioVerifyElement;
      return { el, error: oneEvent(el, 'jumio-config-error') };
    }

    it('reports an invalid value and uses the default', async () => {
      const { el, error } = await withAttribute('soon');
      const { detail } = await error;
      expect(detail.reason).to.equal('invalid-option');
      expect(detail.message).to.contain('load-timeout');
      expect(el.state).to.equal('loading');
    });

    it('reports a blank attribute rather than read it as 0, which would wait forever', async () => {
      const { el, error } = await withAttribute(''); // as a template writes it for a setting left empty
      const { detail } = await error;
      expect(detail.reason).to.equal('invalid-option');
      expect(detail.message).to.contain('load-timeout is not a number');
      expect(el.loadTimeout).to.be.NaN;
    });

    it('refuses a timeout too long for setTimeout, which would fire at once', async () => {
      const { el, events } = await mount({ href: clientUrl(), loadTimeout: 2 ** 31 });
      expect(names(events)).to.deep.equal(['jumio-config-error']);
      expect(events[0]!.detail.message).to.contain('load-timeout');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(names(events)).to.deep.equal(['jumio-config-error']);
      expect(el.state).to.equal('loading');
    });

    it('reports an invalid value once, not on every load', async () => {
      const { el, events } = await mount({ href: clientUrl(), loadTimeout: -1 });
      el.reload();
      await el.updateComplete;
      expect(names(events)).to.deep.equal(['jumio-config-error']);
    });

    it('restarts with reload(), and the old frame is not heard any more', async () => {
      // The first frame's timer is long, so it cannot fire while the frame starts up on a busy
      // machine; the reload then runs on the short one.
      const { el, events } = await mount({ href: clientUrl(), loadTimeout: 10_000 });
      const old = frameOf(el);
      await clientReady(old);
      el.loadTimeout = 300;
      el.reload();
      await el.updateComplete;
      expect(frameOf(el)).to.not.equal(old);
      await oneEvent(el, 'jumio-timeout');
      expect(names(events)).to.deep.equal(['jumio-timeout']);
    });
  });

  describe('choice options', () => {
    it('reads mode in any case, and reports one that is none of its values', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<jumio-verify href="${clientUrl()}" mode="Window"></jumio-verify>`;
      const el = container.firstElementChild as JumioVerifyElement;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="launcher"]') !== null, 'launcher').to.equal(true);
      const error = oneEvent(el, 'jumio-config-error');
      el.setAttribute('mode', 'popup');
      const { detail } = await error;
      expect(detail.reason).to.equal('invalid-option');
      expect(detail.message).to.equal(
        'jumio-verify: mode "popup" is not one of iframe, window; using iframe.',
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe') !== null, 'the iframe').to.equal(true);
    });
  });

  describe('resources', () => {
    let counter: ReturnType<typeof instrument>;
    beforeEach(() => {
      counter = instrument();
    });
    afterEach(() => {
      counter.restore();
    });

    it('holds one listener, one observation and one timer while shown', async () => {
      const { el } = await mount({ href: clientUrl() });
      expect(counter.live()).to.deep.equal({ listeners: 1, observed: 1, timers: 1 });
      el.remove();
      expect(counter.live()).to.deep.equal({ listeners: 0, observed: 0, timers: 0 });
    });

    it('lets go of its load timer once the client says loaded, so it cannot time out', async () => {
      // A timer far longer than the frame takes to start: a short one would race a slow start.
      const { el, events } = await mount({
        href: clientUrl({ auto: 'loaded' }),
        loadTimeout: 10_000,
      });
      expect(counter.live().timers).to.equal(1);
      await oneEvent(el, 'jumio-loaded');
      expect(counter.live().timers).to.equal(0);
      expect(names(events)).to.deep.equal(['jumio-loaded']);
    });

    /** Mounts 1,000 elements set up by `configure`, removing each once it has rendered. */
    async function mountAndRemove(configure: (el: JumioVerifyElement) => void): Promise<void> {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('jumio-verify');
        configure(el);
        container.append(el);
        await el.updateComplete;
        el.remove();
      }
    }

    it('leaves nothing behind after being mounted and unmounted 1,000 times', async function () {
      this.timeout(60_000);
      // A same-site href that fails at once keeps the 1,000 iframes cheap (no new process each).
      await mountAndRemove((el) => {
        el.href = 'http://localhost:9/web/v4/app?authorizationToken=t';
      });
      expect(counter.live()).to.deep.equal({ listeners: 0, observed: 0, timers: 0 });
    });

    it('aborts the session request of every one of 1,000 elements removed while it was pending', async function () {
      this.timeout(60_000);
      const signals: AbortSignal[] = [];
      await mountAndRemove((el) => {
        el.sessionProvider = (_request, signal) => {
          signals.push(signal);
          return new Promise(() => {}); // never answers
        };
      });
      expect(signals).to.have.length(1000);
      expect(signals.filter((signal) => !signal.aborted)).to.have.length(0);
      expect(counter.live()).to.deep.equal({ listeners: 0, observed: 0, timers: 0 });
    });

    it('survives a React-style double mount (connect, disconnect, connect in one task)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('jumio-verify');
      el.href = clientUrl({ auto: 'loaded' });
      const events = recordEvents(el);
      container.append(el);
      el.remove();
      container.append(el);
      await el.updateComplete;
      expect(counter.live()).to.deep.equal({ listeners: 1, observed: 1, timers: 1 });
      expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      await oneEvent(el, 'jumio-loaded');
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-success']);
    });

    it('survives a double mount after it has rendered', async () => {
      const { el, events } = await mount({ href: clientUrl({ auto: 'loaded' }) });
      await oneEvent(el, 'jumio-loaded');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(counter.live()).to.deep.equal({ listeners: 1, observed: 1, timers: 1 });
      await oneEvent(el, 'jumio-loaded');
      expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-loaded']);
    });
  });
});
