import { expect, fixture, html } from '@open-wc/testing';
import { ClientChannel } from '../src/client-channel.js';
import type { ClientError } from '../src/protocol/error-codes.js';
import type { ClientMessage } from '../src/protocol/message.js';
import {
  CLIENT_ORIGIN,
  clientMessage,
  clientReady,
  clientUrl,
  command,
  forgedMessageEvent,
} from './helpers.js';

/** A plain iframe of the stand-in client: no element, just the channel. */
async function clientFrame(): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src=${clientUrl()} title="client"></iframe>`,
  );
  await clientReady(frame);
  return frame;
}

describe('ClientChannel (headless)', () => {
  let channel: ClientChannel;
  let heard: string[];
  beforeEach(() => {
    channel = new ClientChannel();
    heard = [];
    channel.on('loaded', (message: ClientMessage) =>
      heard.push(`loaded ${message.accountId ?? ''}`),
    );
    channel.on('success', () => heard.push('success'));
    channel.on('error', (error: ClientError) =>
      heard.push(`error ${error.code ?? ''} ${error.description}`),
    );
  });
  afterEach(() => {
    channel.disconnect();
  });

  it('emits what the connected frame reports, described', async () => {
    const frame = await clientFrame();
    channel.connect(frame, CLIENT_ORIGIN);
    await command(frame, { cmd: 'send', value: 'loaded' });
    await command(frame, { cmd: 'send', value: 'error', code: 9210 });
    expect(heard).to.deep.equal([
      'loaded 11111111-1111-1111-1111-aaaaaaaaaaaa',
      'error 9210 Session expired after the user journey started.',
    ]);
  });

  it('hears nothing before connect() and after disconnect()', async () => {
    const frame = await clientFrame();
    await command(frame, { cmd: 'send', value: 'loaded' });
    channel.connect(frame, CLIENT_ORIGIN);
    channel.disconnect();
    await command(frame, { cmd: 'send', value: 'success' });
    expect(heard).to.deep.equal([]);
  });

  it("reports every message as it came: what an outcome means is the element's to say", async () => {
    const frame = await clientFrame();
    channel.connect(frame, CLIENT_ORIGIN);
    await command(frame, { cmd: 'send', value: 'success' });
    await command(frame, { cmd: 'send', value: 'success' });
    expect(heard).to.deep.equal(['success', 'success']);
  });

  it('keeps its subscribers across connections', async () => {
    const frame = await clientFrame();
    channel.connect(frame, CLIENT_ORIGIN);
    channel.disconnect();
    channel.connect(frame, CLIENT_ORIGIN);
    await command(frame, { cmd: 'send', value: 'success' });
    expect(heard).to.deep.equal(['success']);
  });

  it("drops the client's log events without a word", async () => {
    const frame = await clientFrame();
    const foreign: string[] = [];
    channel.on('foreignOrigin', (origin: string) => foreign.push(origin));
    channel.connect(frame, CLIENT_ORIGIN);
    await command(frame, { cmd: 'log', eventType: 'screen', eventName: 'start' });
    await command(frame, { cmd: 'log', eventType: 'trace', eventName: 'camera state changed' });
    expect(heard).to.deep.equal([]);
    expect(foreign).to.deep.equal([]);
  });

  it('ignores the frame when told to expect another origin, and says so once per connection', async () => {
    channel.on('foreignOrigin', (origin: string) => heard.push(`foreign ${origin}`));
    const frame = await clientFrame();
    channel.connect(frame, location.origin);
    await command(frame, { cmd: 'send', value: 'success' });
    await command(frame, { cmd: 'send', value: 'success' });
    channel.connect(frame, location.origin);
    await command(frame, { cmd: 'send', value: 'loaded' });
    expect(heard).to.deep.equal([`foreign ${CLIENT_ORIGIN}`, `foreign ${CLIENT_ORIGIN}`]);
  });

  it('ignores a MessageEvent that a script built to look like the client', async () => {
    const frame = await clientFrame();
    channel.connect(frame, CLIENT_ORIGIN);
    const forged = forgedMessageEvent({
      data: clientMessage('success'),
      origin: CLIENT_ORIGIN,
      source: frame.contentWindow,
    });
    expect(forged.source === frame.contentWindow, 'the forgery names the frame').to.be.true;
    window.dispatchEvent(forged);
    await command(frame, { cmd: 'send', value: 'loaded' });
    expect(heard).to.deep.equal(['loaded 11111111-1111-1111-1111-aaaaaaaaaaaa']);
  });
});
