import { expect } from '@open-wc/testing';
import '../src/index.js';
import {
  clientReady,
  clientUrl,
  command,
  consoleDuring,
  frameOf,
  mount,
  names,
  recorded,
} from './helpers.js';
import { CLIENT_ERRORS } from './fixtures/client-messages.js';

/** The stand-in client's messages have the current client's shape (test/fixtures/client.js). */
describe("the current client's rules (@jumio/websdk 0.3.19)", () => {
  it('reports a retriable error as not final, stays loaded, and takes the success after it', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'send', value: 'loaded' });
    await command(frame, { cmd: 'send', value: 'error', ...CLIENT_ERRORS.consentFailed });
    expect(el.state).to.equal('loaded');
    await command(frame, { cmd: 'send', value: 'success' });
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-error', 'jumio-success']);
    expect(events[1]!.detail).to.deep.include({
      code: 9301,
      publicErrorCode: 'A040000',
      retryable: true,
      final: false,
    });
    expect(el.state).to.equal('success');
  });

  it('ends the load on an error the client does not mark retriable', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'send', value: 'error', ...CLIENT_ERRORS.credentials });
    await command(frame, { cmd: 'send', value: 'success' });
    expect(names(events)).to.deep.equal(['jumio-error']);
    expect(events[0]!.detail).to.deep.include({ code: 9900, final: true, retryable: false });
    expect(events[0]!.detail.description).to.contain('406');
    expect(el.state).to.equal('error');
  });

  it('reports the error its upload screen posts on every render once', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'send', value: 'loaded' });
    for (let render = 0; render < 3; render++) {
      await command(frame, { cmd: 'send', value: 'error', ...CLIENT_ERRORS.uploadFailed });
    }
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-error']);
    expect(events[1]!.detail).to.deep.include({ code: 9822, final: false });
  });

  it('reports loaded once when the client restarts (a change of language posts it again)', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    expect(names(events)).to.deep.equal(['jumio-loaded']);
  });

  it("still takes an older client's messages, whose errors end the journey", async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'send', value: 'loaded', old: true });
    await command(frame, { cmd: 'send', value: 'error', code: 9300, old: true });
    await command(frame, { cmd: 'send', value: 'success', old: true });
    expect(names(events)).to.deep.equal(['jumio-loaded', 'jumio-error']);
    expect(events[1]!.detail).to.deep.include({
      code: 9300,
      publicErrorCode: undefined,
      final: true,
    });
  });

  it("never turns the client's log events into events, warnings or console output", async () => {
    let events: CustomEvent[] = [];
    const written = await consoleDuring(async () => {
      const mounted = await mount({ href: clientUrl() });
      events = mounted.events;
      const frame = frameOf(mounted.el);
      await command(frame, { cmd: 'log', eventType: 'screen', eventName: 'public error' });
      await command(frame, { cmd: 'log', eventType: 'action', eventName: 'clicked start button' });
      await command(frame, { cmd: 'log', eventType: 'arbitrary', eventName: 'settings' });
      await command(frame, { cmd: 'log', eventType: 'trace', eventName: 'redirect' });
    });
    expect(names(events)).to.deep.equal([]);
    expect(written).to.deep.equal([]);
  });

  it('embeds a current /web/client href with its query as given', async () => {
    const href = clientUrl({
      baseUrl: 'https://web-sdk.emea-1.jumio.ai/websdk/v4/api',
      locale: 'en-US',
    });
    const { el, events } = await mount({ href });
    expect(frameOf(el).src).to.equal(href);
    await clientReady(frameOf(el));
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    expect(names(events)).to.deep.equal(['jumio-loaded']);
  });

  it("warns once about an https href off Jumio's domains, and shows it", async () => {
    const href = 'https://verify.example.test/web/client?authorizationToken=t';
    const { el, events } = await mount({ href, loadTimeout: 0 });
    expect(names(events)).to.deep.equal(['jumio-warning']);
    expect(events[0]!.detail.reason).to.equal('unknown-host');
    expect(events[0]!.detail.message).to.contain('https://verify.example.test');
    expect(frameOf(el).src).to.equal(href);
    el.reload();
    await el.updateComplete;
    expect(names(events)).to.deep.equal(['jumio-warning']);
  });

  it("sends the client's own code for a locale the seed writes another way (ka → ka-GE)", async () => {
    const { el, events } = await mount({ href: clientUrl(), locale: 'ka' });
    expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('ka-GE');
    expect(names(events)).to.deep.equal([]);
  });

  it('keeps the frame listening after a retriable error until the user finishes', async () => {
    const { el, events } = await mount({ href: clientUrl() });
    const frame = frameOf(el);
    await command(frame, { cmd: 'send', value: 'error', ...CLIENT_ERRORS.uploadFailed });
    // The consent's fallback error (upload call, no answer): the user presses Start again.
    const consent = { code: 9301, publicErrorCode: 'A040000', retriable: true };
    await command(frame, { cmd: 'send', value: 'error', ...consent });
    await command(frame, { cmd: 'send', value: 'error', ...CLIENT_ERRORS.finalizeUnauthorized });
    await command(frame, { cmd: 'send', value: 'success' });
    await recorded(events, 'jumio-error');
    expect(events.map((event) => `${event.type} ${String(event.detail.final)}`)).to.deep.equal([
      'jumio-error false',
      'jumio-error false',
      'jumio-error true',
    ]);
  });
});
