import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { JumioVerifyElement, SessionProvider } from '../src/index.js';
import { REDIRECT_MESSAGE } from '../src/protocol/redirect-result.js';
import {
  CLIENT_ORIGIN,
  clientUrl,
  command,
  eventually,
  frameOf,
  mount,
  names,
  navigateClient,
  PAGE_ORIGIN,
  postFromPage,
  recorded,
  redirectPage,
  THIRD_ORIGIN,
} from './helpers.js';

/** Lets a moment pass in which an event that should not come would have come. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

describe('redirect pages inside the iframe (web.successUrl / web.errorUrl)', () => {
  it("reads the outcome of a redirect page on the page's own origin, without its help", async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await navigateClient(frameOf(el), redirectPage(PAGE_ORIGIN, 'SUCCESS', {}, false));
    await recorded(events, 'jumio-success');
    expect(names(events)).to.deep.equal(['jumio-success']);
    expect(events[0]!.detail).to.deep.include({
      via: 'redirect',
      workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
      transactionReference: '22222222-2222-2222-2222-aaaaaaaaaaaa',
    });
    expect(el.state).to.equal('success');
  });

  it('takes the outcome a redirect page on another origin posts with completeRedirect()', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await navigateClient(
      frameOf(el),
      redirectPage(THIRD_ORIGIN, 'ERROR', { publicErrorCode: 'A060500' }),
    );
    await recorded(events, 'jumio-error');
    expect(events[0]!.detail).to.deep.include({
      via: 'redirect',
      code: 9100,
      publicErrorCode: 'A060500',
      final: true,
      retryable: true,
    });
    expect(el.state).to.equal('error');
  });

  it('hears nothing from a redirect page on another origin that does not post', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await navigateClient(frameOf(el), redirectPage(THIRD_ORIGIN, 'SUCCESS', {}, false));
    await settle();
    expect(names(events)).to.deep.equal([]);
    expect(el.state).to.equal('loading');
  });

  it('hears no outcome from a document with an opaque origin (a data: URL in the frame)', async () => {
    // Its origin is "null", and so is that of the URL it names: no page's URL can be checked.
    const { el, events } = await mount({ href: clientUrl() });
    const message = {
      type: REDIRECT_MESSAGE,
      href: 'about:blank?workflowExecutionId=w1&acquisitionStatus=SUCCESS',
    };
    const page = `<script>parent.postMessage(${JSON.stringify(message)}, '*')</script>`;
    await navigateClient(frameOf(el), `data:text/html,${encodeURIComponent(page)}`);
    await settle();
    // Only what any page posting from another origin than the client's gets.
    expect(names(events)).to.deep.equal(['jumio-warning']);
    expect(events[0]!.detail).to.deep.include({ reason: 'foreign-origin' });
    expect(el.state).to.equal('loading');
  });

  it('reports a finalize that posts and then redirects once', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    await command(frameOf(el), { cmd: 'send', value: 'success' });
    await navigateClient(frameOf(el), redirectPage(PAGE_ORIGIN, 'SUCCESS'));
    await settle();
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-success']);
    expect(events[1]!.detail.via).to.equal('message');
  });

  it('ends a journey a retriable error left open when the error page loads', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    // The upload failed, and the user could try again in the client: the journey goes on.
    await command(frameOf(el), {
      cmd: 'send',
      value: 'error',
      code: 9822,
      publicErrorCode: 'H000000',
      retriable: true,
    });
    expect(el.state).to.equal('loaded');
    await navigateClient(
      frameOf(el),
      redirectPage(PAGE_ORIGIN, 'ERROR', { publicErrorCode: 'A060500' }, false),
    );
    await eventually(() => events.length === 2, 'the second error');
    expect(events.map((event) => event.detail.final)).to.deep.equal([false, true]);
    expect(el.state).to.equal('error');
  });

  it('refreshes on an expiry the client reported by redirect only (J000000)', async () => {
    let calls = 0;
    const provider: SessionProvider = () => clientUrl({ session: String(++calls) });
    const { el, events } = await mount({ sessionProvider: provider });
    await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'an iframe');
    await navigateClient(
      frameOf(el),
      redirectPage(PAGE_ORIGIN, 'ERROR', { publicErrorCode: 'J000000' }, false),
    );
    await recorded(events, 'jumio-refresh');
    expect(events[0]!.detail).to.deep.include({ cause: 'expired', code: 9210 });
    await eventually(() => {
      const frame = el.shadowRoot!.querySelector('iframe');
      return frame !== null && new URL(frame.src).searchParams.get('session') === '2';
    }, 'the refreshed session');
    expect(names(events)).to.deep.equal(['jumio-refresh']);
  });

  it('removes the iframe after the outcome with after-outcome="remove", and keeps it by default', async () => {
    const removed = await mount({ href: clientUrl(), afterOutcome: 'remove' });
    await command(frameOf(removed.el), { cmd: 'send', value: 'success' });
    await removed.el.updateComplete;
    expect(removed.el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(removed.el.state).to.equal('success');
    const kept = await mount({ href: clientUrl() });
    await command(frameOf(kept.el), { cmd: 'send', value: 'success' });
    await kept.el.updateComplete;
    expect(kept.el.shadowRoot!.querySelector('iframe')).to.not.equal(null);
  });

  describe('forged redirect messages are ignored', () => {
    const valid = (origin: string): { type: string; href: string } => ({
      type: REDIRECT_MESSAGE,
      href: redirectPage(origin, 'SUCCESS'),
    });

    async function shown(): Promise<{ el: JumioVerifyElement; events: CustomEvent[] }> {
      const mounted = await mount({ href: clientUrl() });
      await command(frameOf(mounted.el), { cmd: 'send', value: 'loaded' });
      mounted.events.length = 0;
      return mounted;
    }

    it('posted by the page itself', async () => {
      const { events } = await shown();
      await postFromPage(valid(PAGE_ORIGIN));
      await settle();
      expect(names(events)).to.deep.equal([]);
    });

    it('from its iframe, naming a URL on another origin than the one that sent it', async () => {
      const { el, events } = await shown();
      await command(frameOf(el), { cmd: 'post', data: valid(PAGE_ORIGIN) });
      await command(frameOf(el), { cmd: 'post', data: valid(THIRD_ORIGIN) });
      expect(names(events)).to.deep.equal([]);
    });

    it('malformed, or naming a URL without an outcome', async () => {
      const { el, events } = await shown();
      const frame = frameOf(el);
      for (const data of [
        { type: REDIRECT_MESSAGE, href: 'not a url' },
        { type: REDIRECT_MESSAGE, href: 42 },
        { type: REDIRECT_MESSAGE, href: `${CLIENT_ORIGIN}/done?acquisitionStatus=MAYBE` },
        { type: 'jumio-verify:other', href: valid(CLIENT_ORIGIN).href },
        JSON.stringify(valid(CLIENT_ORIGIN)),
      ]) {
        await command(frame, { cmd: 'post', data });
      }
      expect(names(events)).to.deep.equal([]);
      expect(el.state).to.equal('loaded');
    });

    it('from a frame nested in the client, even for a URL on its own origin', async () => {
      const { el, events } = await shown();
      const nested = new URL('/test/fixtures/client.html', THIRD_ORIGIN).href;
      await command(frameOf(el), { cmd: 'nest', src: nested });
      await command(frameOf(el), {
        cmd: 'relay',
        command: { cmd: 'postTop', data: valid(THIRD_ORIGIN) },
      });
      await settle();
      expect(names(events)).to.deep.equal([]);
    });

    it('from an iframe the element showed before', async () => {
      const { el, events } = await shown();
      const old = frameOf(el);
      const source = old.contentWindow!;
      el.reload();
      await el.updateComplete;
      source.postMessage({ cmd: 'post', data: valid(CLIENT_ORIGIN), id: 1 }, '*');
      await settle();
      expect(names(events)).to.deep.equal([]);
    });
  });
});
