import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import {
  CLIENT_ORIGIN,
  PAGE_ORIGIN,
  clientMessage,
  clientReady,
  clientUrl,
  command,
  consoleDuring,
  frameOf,
  mount,
  names,
  postFromPage,
} from './helpers.js';

const OTHER_ORIGIN = `http://other.test:${location.port}`;
const success = clientMessage('success');

/** A frame of the stand-in client on `origin` that is not any element's iframe. */
async function strayFrame(origin: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src=${clientUrl({}, origin)} title="stray"></iframe>`,
  );
  await clientReady(frame);
  return frame;
}

/** Blocks this page's event loop, so that messages sent meanwhile queue up behind it. */
function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe('the trust boundary: a forged message never becomes an event', () => {
  it('accepts the same message from its own iframe (control)', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'post', data: success });
    expect(names(events)).to.deep.equal(['jumio-success']);
  });

  it('ignores a success posted by the page itself', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await clientReady(frameOf(el));
    await postFromPage(success);
    expect(events).to.have.length(0);
    expect(el.state).to.equal('loading');
  });

  it('ignores a success from a frame on another origin', async () => {
    const { events } = await mount({ href: clientUrl() });
    const other = await strayFrame(OTHER_ORIGIN);
    await command(other, { cmd: 'post', data: success });
    expect(events).to.have.length(0);
  });

  it("ignores a success from a same-origin twin window that is not the element's iframe", async () => {
    const { events } = await mount({ href: clientUrl() });
    const twin = await strayFrame(CLIENT_ORIGIN);
    await command(twin, { cmd: 'post', data: success });
    expect(events).to.have.length(0);
  });

  it('ignores a success from a frame nested inside the client frame, even on its origin', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'nest', src: clientUrl({ nested: '1' }) });
    await command(frame, { cmd: 'relay', command: { cmd: 'postTop', data: success } });
    await command(frame, { cmd: 'relay', command: { cmd: 'post', data: success } });
    expect(events).to.have.length(0);
    await command(frame, { cmd: 'post', data: success });
    expect(names(events)).to.deep.equal(['jumio-success']);
  });

  it('ignores its own iframe once that has navigated to another origin, and warns once', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await clientReady(frame);
    // The client may send the iframe to a redirect page; a page there is not the client.
    await command(frame, { cmd: 'post', data: clientMessage('loaded') });
    const written = await consoleDuring(async () => {
      frame.contentWindow!.location.href = clientUrl({}, OTHER_ORIGIN);
      // clientReady() knew this window before it navigated: wait for the new page's own signal.
      await new Promise<void>((resolve) => {
        window.addEventListener('message', function onReady(event) {
          if (event.origin === OTHER_ORIGIN && event.source === frame.contentWindow) {
            window.removeEventListener('message', onReady);
            resolve();
          }
        });
      });
      await command(frame, { cmd: 'post', data: success });
      await command(frame, { cmd: 'post', data: success });
    });
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-warning']);
    expect(events[1]!.detail.reason).to.equal('foreign-origin');
    expect(events[1]!.detail.message).to.contain(`sent by ${OTHER_ORIGIN}`);
    expect(written).to.deep.equal([events[1]!.detail.message]);
  });

  describe('a message sent just before the element moved on to a new URL', () => {
    // The old frame posts, then this page is kept busy so the message waits in the queue; it is
    // handled only after the element has switched (or, in the control, not switched) its URL.
    async function sendThenMaybeSwitch(switchTo?: string): Promise<CustomEvent[]> {
      const { el, events } = await mount({ href: clientUrl() });
      const old = frameOf(el);
      await clientReady(old);
      const source = old.contentWindow!;
      // The frame acknowledges after it posted: once the acknowledgement is handled, so is the
      // message, however slow the frame's process was (the control waits for it).
      const acknowledged = new Promise<void>((resolve) => {
        window.addEventListener('message', function onDone(event) {
          if (event.source !== source || (event.data as { id?: number } | null)?.id !== 0) return;
          window.removeEventListener('message', onDone);
          resolve();
        });
      });
      source.postMessage({ cmd: 'post', data: success, id: 0 }, '*');
      busyWait(300);
      if (switchTo) {
        el.href = clientUrl({ next: '1' }, switchTo);
        await el.updateComplete;
        expect(frameOf(el)).to.not.equal(old);
      }
      // A removed frame's queued messages may never be delivered at all: wait a little then.
      await (switchTo
        ? Promise.race([acknowledged, new Promise((r) => setTimeout(r, 100))])
        : acknowledged);
      return events;
    }

    it('is accepted while the element still shows that frame (control)', async () => {
      expect(names(await sendThenMaybeSwitch())).to.deep.equal(['jumio-success']);
    });

    it('is ignored once the element shows a new frame on another origin', async () => {
      expect(await sendThenMaybeSwitch(PAGE_ORIGIN)).to.have.length(0);
    });

    it('is ignored once the element shows a new frame on the same origin', async () => {
      expect(await sendThenMaybeSwitch(CLIENT_ORIGIN)).to.have.length(0);
    });
  });

  describe('malformed data from its own iframe', () => {
    const junk: [string, unknown][] = [
      ['a non-JSON string', 'success'],
      ['an object instead of a JSON string', JSON.parse(success)],
      ['an unknown payload.value', clientMessage('finished')],
      ['a wrong eventType', clientMessage('success', { eventType: 511 })],
      ['a number as accountId', clientMessage('success', { accountId: 42 })],
      ['a payload that is a string', clientMessage('success', { payload: 'success' })],
      ['a huge string', `${success.slice(0, -1)},"pad":"${'x'.repeat(100_000)}"}`],
      ['null', null],
      ['a Blob', new Blob([success])],
      ['JSON null', 'null'],
      ['a __proto__ payload', '{"__proto__":{"payload":{"value":"success"}}}'],
    ];
    for (const [what, data] of junk) {
      it(`ignores ${what} without throwing`, async () => {
        const { el, events } = await mount({ href: clientUrl() });
        const errors: string[] = [];
        const onError = (event: ErrorEvent): void => {
          errors.push(event.message);
        };
        window.addEventListener('error', onError);
        try {
          await command(frameOf(el), { cmd: 'post', data });
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(events).to.have.length(0);
        expect(errors).to.deep.equal([]);
        expect(({} as Record<string, unknown>)['payload']).to.equal(undefined);
      });
    }
  });

  describe('outcomes are reported once', () => {
    it('fires success once when the client repeats it', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      const frame = frameOf(el);
      await command(frame, { cmd: 'post', data: success });
      await command(frame, { cmd: 'post', data: success });
      expect(names(events)).to.deep.equal(['jumio-success']);
    });

    it('ignores everything after a terminal outcome', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      const frame = frameOf(el);
      await command(frame, { cmd: 'send', value: 'error', code: 9100 });
      await command(frame, { cmd: 'send', value: 'success' });
      await command(frame, { cmd: 'send', value: 'loaded' });
      await command(frame, { cmd: 'send', value: 'error', code: 9300 });
      expect(names(events)).to.deep.equal(['jumio-error']);
      expect(events[0]!.detail.code).to.equal(9100);
      expect(el.state).to.equal('error');
    });

    it('fires loaded once, and still takes the outcome after it', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      const frame = frameOf(el);
      await command(frame, { cmd: 'send', value: 'loaded' });
      await command(frame, { cmd: 'send', value: 'loaded' });
      await command(frame, { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-success']);
    });

    it('takes a success that comes without a loaded before it', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-success']);
      expect(el.state).to.equal('success');
    });

    it('listens afresh after reload()', async () => {
      const { el, events } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      el.reload();
      await el.updateComplete;
      await command(frameOf(el), { cmd: 'send', value: 'success' });
      expect(names(events)).to.deep.equal(['jumio-success', 'jumio-success']);
    });
  });
});
