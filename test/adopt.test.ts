import { expect } from '@open-wc/testing';
import '../src/index.js';
import { CLIENT_FRAME_ALLOW } from '../src/protocol/embedding.js';
import { waitUntil } from '@open-wc/testing';
import {
  CLIENT_ORIGIN,
  clientMessage,
  clientUrl,
  frameHost,
  mount,
  PAGE_ORIGIN,
  redirectPage,
  type HostEntry,
} from './helpers.js';

/**
 * The server-rendered page of test-api (on `origin`, the test page's by default), with the
 * element's script arriving `delay` ms late.
 */
async function serverRendered(query: Record<string, string>, origin?: string) {
  const path = `/test-api/adopt?${new URLSearchParams({ delay: '300', ...query }).toString()}`;
  const host = await frameHost({
    attributes: {},
    path,
    ready: (entry) => entry.defined === true,
    ...(origin ? { origin } : {}),
  });
  const snapshot = () => host.entries.filter((entry) => entry.snapshot).at(-1)!.snapshot!;
  const events = (name: string) => host.entries.filter((entry) => entry.event === name);
  return { ...host, snapshot, events };
}

/** test-api's page with two server-rendered elements, and what it reports once both loaded. */
async function streamed(query: Record<string, string>) {
  const path = `/test-api/streamed?${new URLSearchParams(query).toString()}`;
  const host = await frameHost({ attributes: {}, path, ready: (entry) => entry.defined === true });
  return host.entries.find((entry) => entry.defined);
}

/** The same with the standalone script in <head>: the element upgrades as the parser makes it. */
const whileParsing = (query: Record<string, string>) =>
  serverRendered({ head: '1', delay: '0', ...query });

/** What the snapshot says of an element that adopted the one server-rendered iframe. */
const ADOPTED = { adopted: true, lightFrames: 1, shadowFrames: 0, slot: 'frame' } as const;
/** …and of one that started its own iframe at once, the parser still busy after 300 ms. */
const OWN_FRAME = {
  stateAt: { 300: 'loading' },
  state: 'loading',
  lightFrames: 0,
  shadowFrames: 1,
};

const readies = (entries: HostEntry[]): number =>
  Math.max(0, ...entries.map((entry) => (typeof entry.ready === 'number' ? entry.ready : 0)));

describe('a server-rendered iframe is adopted (progressive enhancement)', () => {
  it('keeps loading the iframe the page rendered, hears it, and sizes it: no reload on upgrade', async () => {
    const host = await serverRendered({ src: clientUrl() });
    // The client loaded and said ready before the element's script ran.
    expect(readies(host.entries)).to.equal(1);
    expect(host.snapshot()).to.deep.include({
      ...ADOPTED,
      state: 'loading',
      sameFrame: true,
      height: 710,
    });
    await host.run({ hostCommand: 'client', command: { cmd: 'send', value: 'loaded' } });
    expect(host.events('jumio-loaded')).to.have.length(1);
    expect(host.snapshot()['state']).to.equal('loaded');
    // Still the first document of the iframe.
    expect(readies(host.entries)).to.equal(1);
  });

  it("hears what the client posted before the element's script ran, with renderClientFrame's recorder", async () => {
    const host = await serverRendered({
      src: clientUrl({ auto: 'loaded' }),
      recorder: '1',
      afterReady: '1',
    });
    await waitUntil(() => host.events('jumio-loaded').length === 1);
    expect(host.snapshot()).to.deep.include({ adopted: true, sameFrame: true });
    expect(readies(host.entries)).to.equal(1);
    // Once: the recorder's copy and nothing else; and no more for a later element to hear.
    await host.run({ hostCommand: 'snapshot' });
    expect(host.events('jumio-loaded')).to.have.length(1);
  });

  it('hears the client early even where another frame posted more than the recorder keeps', async () => {
    // A video's or a chat's frame, first on the page, posts 100 messages before the client's
    // `loaded`: the recorder keeps 64 from each frame, not 64 in all.
    const host = await serverRendered({
      src: clientUrl({ auto: 'loaded' }),
      recorder: '1',
      afterReady: '1',
      chatty: '100',
    });
    await waitUntil(() => host.events('jumio-loaded').length === 1);
    expect(host.snapshot()).to.deep.include({ adopted: true, sameFrame: true });
  });

  it('loses what the client posted early without the recorder: the message came to no one', async () => {
    const host = await serverRendered({ src: clientUrl({ auto: 'loaded' }), afterReady: '1' });
    await host.run({ hostCommand: 'snapshot' });
    expect(host.events('jumio-loaded')).to.have.length(0);
    expect(host.snapshot()['state']).to.equal('loading');
  });

  it("hears a second element's early messages that came after the first took the recorder over", async () => {
    // The page streams: the second element is the last node the browser has while the server
    // holds the rest, so it connects only then, long after its (later) client posted `loaded`.
    const late = new URL('/test-api/slow-client', CLIENT_ORIGIN);
    late.search = new URL(clientUrl({ auto: 'loaded' })).search;
    late.searchParams.set('ms', '300');
    const report = await streamed({
      src: clientUrl({ auto: 'loaded' }),
      late: late.href,
      hold: '2500',
    });
    expect(report?.early, 'the second client posted before its element connected').to.equal(true);
    expect(report?.loaded).to.have.members(['first', 'second']);
  });

  it("hears every element's early messages when the script comes after the page loaded", async () => {
    // Both clients posted `loaded` long before; the elements connect one after the other.
    const report = await streamed({
      src: clientUrl({ auto: 'loaded' }),
      late: clientUrl({ auto: 'loaded', session: 'second' }),
      afterLoad: '1',
    });
    expect(report?.loaded).to.have.members(['first', 'second']);
  });

  it('never hears a message a script of the page put into the recorder', async () => {
    const forged = clientMessage('success');
    const host = await serverRendered({ src: clientUrl(), recorder: '1', forge: forged });
    await host.run({ hostCommand: 'snapshot' });
    expect(host.events('jumio-success')).to.have.length(0);
    await host.run({ hostCommand: 'client', command: { cmd: 'send', value: 'loaded' } });
    expect(host.events('jumio-loaded')).to.have.length(1);
    expect(host.events('jumio-success')).to.have.length(0);
  });

  it('adopts it when the script in <head> defined the element before the parser reached it', async () => {
    // The element upgrades as the parser creates it, before its iframe child is parsed.
    const host = await whileParsing({ src: clientUrl(), delay: '0' });
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, state: 'loading', sameFrame: true });
    expect(readies(host.entries)).to.be.at.most(1);
  });

  it('adopts it when the element was moved while it waited for the parser', async () => {
    const host = await whileParsing({ src: clientUrl(), move: '1', delay: '0' });
    expect(host.snapshot()).to.deep.include({
      state: 'loading',
      adopted: true,
      sameFrame: true,
      slot: 'frame',
    });
  });

  it('starts at once from its own href while the parser is still inside it', async () => {
    // The server holds the rest of the page 1 s after the element: no wait for its children.
    const host = await whileParsing({ src: clientUrl(), own: '1', frames: '0', hold: '1000' });
    expect(host.snapshot()).to.deep.include(OWN_FRAME);
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  it('puts its own iframe in as the parser connects it, before its first update', async () => {
    const host = await whileParsing({ src: clientUrl(), own: '1', frames: '0', hold: '300' });
    expect(host.snapshot()).to.deep.include({ frameBeforeUpdate: clientUrl(), sameOwnFrame: true });
  });

  it('loads once with what a MutationObserver sets as the parser adds it', async () => {
    // Stimulus-style code sets the locale from its observer's callback, which runs before the
    // element's start: one iframe, with the locale.
    const host = await whileParsing({ src: clientUrl(), own: '1', frames: '0', observer: '1' });
    const url = new URL(clientUrl());
    url.searchParams.set('locale', 'de');
    expect(host.snapshot()).to.deep.include({ frameBeforeUpdate: url.href, sameOwnFrame: true });
    expect(host.snapshot()['ownFrames']).to.deep.equal([url.href]);
  });

  it('loads once when a MutationObserver calls reload() as the parser adds it', async () => {
    const host = await whileParsing({
      src: clientUrl(),
      own: '1',
      frames: '0',
      observer: 'reload',
    });
    expect(host.snapshot()).to.deep.include({ frameBeforeUpdate: clientUrl(), sameOwnFrame: true });
  });

  it('adopts the iframe the parser put into it after a script removed it', async () => {
    // A MutationObserver removes the element as the parser adds it, before its iframe is parsed;
    // the parser goes on filling it, and a script after it puts it back: the iframe is the client.
    const host = await whileParsing({
      src: clientUrl(),
      observer: 'remove',
      hold: '300',
      holdAt: 'inside',
    });
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, sameFrame: true, state: 'loading' });
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  it('starts at its first update when a script writes it into the loading page', async () => {
    // An inline script's innerHTML: a script may set properties next, so it does not start at
    // connect; its first update follows at once.
    const host = await whileParsing({ src: clientUrl(), own: '1', frames: '0', shadow: '1' });
    expect(host.snapshot()['frameBeforeUpdate']).to.equal('');
    expect(host.snapshot()).to.deep.include({ state: 'loading', shadowFrames: 1 });
  });

  it('removes a server-rendered iframe that came after it had started from its own href', async () => {
    // The server holds what is inside the element: it starts before the parser reaches the
    // iframe. The same client twice would load twice: the element's own, earlier one stays.
    const host = await whileParsing({ src: clientUrl(), own: '1', hold: '600', holdAt: 'inside' });
    expect(host.snapshot()).to.deep.include(OWN_FRAME);
    expect(host.snapshot()['heard']).to.deep.equal(['jumio-config-error conflicting-source']);
  });

  /** A session endpoint that answers late, and what it was asked. */
  const lateSession = (key: string) => {
    const query = new URLSearchParams({ key, client: clientUrl(), delay: '3000' });
    return {
      url: `/test-api/session?${query.toString()}`,
      calls: async () => {
        const response = await fetch(`/test-api/session-log?key=${key}`);
        return ((await response.json()) as { bodies: unknown[] }).bodies.length;
      },
    };
  };

  it('adopts one that came while its session source had not answered: the first session', async () => {
    // The session request starts at once; the iframe the parser adds next replaces it.
    const session = lateSession(`late-frame-${Math.random()}`);
    const host = await whileParsing({
      src: clientUrl(),
      session: session.url,
      hold: '600',
      holdAt: 'inside',
    });
    expect(await session.calls()).to.equal(1);
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, state: 'loading', sameFrame: true });
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  /** The page with the script in <head> and the element marked `server-rendered`. */
  const marked = (query: Record<string, string>) =>
    whileParsing({ src: clientUrl(), rendered: '1', ...query });
  it('marked server-rendered, waits for its iframe instead of asking its session source', async () => {
    // The same page with the hint: the session endpoint is never asked for the first session.
    const session = lateSession(`rendered-${Math.random()}`);
    const host = await marked({ session: session.url, hold: '600', holdAt: 'inside' });
    expect(host.snapshot()).to.deep.include({
      ...ADOPTED,
      stateAt: { 300: 'idle' },
      state: 'loading',
      sameFrame: true,
    });
    expect(await session.calls()).to.equal(0);
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  it('marked server-rendered, adopts its iframe rather than start from its own href', async () => {
    const host = await marked({ own: '1', hold: '600', holdAt: 'inside' });
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, stateAt: { 300: 'idle' } });
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  it('marked server-rendered, starts as soon as its iframe is in, not when the parser is past it', async () => {
    // The server holds what comes after the element: its iframe is already in.
    const session = lateSession(`rendered-after-${Math.random()}`);
    const host = await marked({ session: session.url, hold: '1000', holdAt: 'after' });
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, stateAt: { 300: 'loading' } });
    expect(await session.calls()).to.equal(0);
    expect(host.snapshot()['heard']).to.deep.equal([]);
  });

  it('marked server-rendered without an iframe after all, asks its session source once parsed', async () => {
    // A server that could not create the session renders the element without an iframe; the
    // rest of the page comes 600 ms later, and only then does the element start.
    const session = lateSession(`rendered-none-${Math.random()}`);
    const host = await marked({ session: session.url, frames: '0', hold: '600', holdAt: 'after' });
    expect(host.snapshot()).to.deep.include({ stateAt: { 300: 'idle' }, lightFrames: 0 });
    await waitUntil(async () => (await session.calls()) === 1, 'the session source was asked');
  });

  it('adopts it in a shadow root while the document is still loading, without waiting for it', async () => {
    // The document's parser is held 1 s by a script after the shadow host: the element does not
    // wait for DOMContentLoaded, only for the parser to go past the host.
    const host = await whileParsing({
      src: clientUrl(),
      shadow: '1',
      slow: '1000',
    });
    expect(host.snapshot()['stateAt']).to.deep.equal({ 300: 'loading' });
    expect(host.snapshot()).to.deep.include({ adopted: true, sameFrame: true, slot: 'frame' });
  });

  it('adopts it in a declarative shadow root as soon as the parser has put the iframe in', async () => {
    // The server holds inside the element for 400 ms, then after it, with the parser still in
    // the shadow root, for 400 more: at 600 ms the iframe is in, and the element has adopted it.
    const host = await whileParsing({
      src: clientUrl(),
      dsd: '1',
      hold: '400',
      holdAt: 'inside',
      probe: '300,600',
    });
    expect(host.snapshot()).to.deep.include({
      stateAt: { 300: 'idle', 600: 'loading' },
      slotAt: { 300: null, 600: 'frame' },
    });
    expect(host.snapshot()).to.deep.include({ ...ADOPTED, sameFrame: true });
  });

  it("hears the outcome of a redirect page the client loaded before the element's script ran", async () => {
    // The client ends the journey by loading a redirect page of this origin, with no message and
    // no script: the iframe's load event came and went before the element was there to hear it.
    const page = redirectPage(PAGE_ORIGIN, 'SUCCESS', {}, false);
    const host = await serverRendered({ src: clientUrl({ navigate: page }) });
    await waitUntil(() => host.events('jumio-success').length === 1);
    expect(host.events('jumio-success')[0]!.detail).to.deep.include({ via: 'redirect' });
    expect(host.snapshot()['state']).to.equal('success');
  });

  it('refuses an iframe the href rules refuse: removed, with the same config error', async () => {
    const host = await serverRendered({ src: 'http://example.com/client?authorizationToken=t' });
    expect(host.events('jumio-config-error').map((entry) => entry.detail!['reason'])).to.deep.equal(
      ['insecure-href'],
    );
    expect(host.snapshot()).to.deep.include({ state: 'error', lightFrames: 0, shadowFrames: 0 });
  });

  it('removes it with fallback="window" where the camera cannot work: the tab path, as in mode="window"', async () => {
    // http on a *.test host is no secure context: no camera in any frame of this page.
    const host = await serverRendered(
      { src: clientUrl(), fallback: 'window' },
      `http://insecure.test:${location.port}`,
    );
    // (Chromium also reads the test's frame around the page: no camera there either.)
    expect(host.events('jumio-warning').map((entry) => entry.detail!['reason'])).to.include(
      'insecure-context',
    );
    expect(host.snapshot()).to.deep.include({ state: 'idle', lightFrames: 0, shadowFrames: 0 });
  });

  it('completes a missing allow list, and says that this load of the client has no camera', async () => {
    const host = await serverRendered({ src: clientUrl(), allow: 'none' });
    expect(host.snapshot()['allow']).to.equal(CLIENT_FRAME_ALLOW);
    expect(host.snapshot()['sameFrame']).to.equal(true);
    expect(host.events('jumio-warning').map((entry) => entry.detail!['reason'])).to.deep.equal([
      'camera-blocked',
    ]);
  });

  it('says so after the configuration errors of the same start, in the documented order', async () => {
    // Two iframes without allow: the second goes (a config error as the element starts), and the
    // first one's missing camera is found once it is in, which comes after.
    const host = await serverRendered({ src: clientUrl(), allow: 'none', frames: '2' });
    const reported = host.entries
      .filter((entry) => entry.event)
      .map((entry) => `${entry.event} ${String(entry.detail!['reason'])}`);
    expect(reported).to.deep.equal([
      'jumio-config-error conflicting-source',
      'jumio-warning camera-blocked',
    ]);
  });

  it('keeps what the server allowed besides, and adds what the client needs', async () => {
    const host = await serverRendered({ src: clientUrl(), allow: 'camera;payment' });
    const allow = String(host.snapshot()['allow']).split(';');
    expect(allow).to.include.members([...CLIENT_FRAME_ALLOW.split(';'), 'payment']);
    expect(host.events('jumio-warning')).to.have.length(0);
  });

  it('loads the client anew when moved, in its own iframe, as with any iframe', async () => {
    const host = await serverRendered({ src: clientUrl() });
    await host.run({ hostCommand: 'move' });
    expect(host.snapshot()).to.deep.include({ lightFrames: 0, shadowFrames: 1, state: 'loading' });
    await host.run({ hostCommand: 'client', command: { cmd: 'send', value: 'loaded' } });
    expect(host.events('jumio-loaded')).to.have.length(1);
  });

  it('takes the adopted iframe with it when removed', async () => {
    const host = await serverRendered({ src: clientUrl() });
    await host.run({ hostCommand: 'remove' });
    expect(host.snapshot()).to.deep.include({ lightFrames: 0, shadowFrames: 0 });
  });

  it('adopts the first of two iframes and removes the other, saying so', async () => {
    const host = await serverRendered({ src: clientUrl(), frames: '2' });
    expect(host.events('jumio-config-error').map((entry) => entry.detail!['reason'])).to.deep.equal(
      ['conflicting-source'],
    );
    expect(host.snapshot()).to.deep.include({ adopted: true, sameFrame: true, lightFrames: 1 });
  });
});

describe('an early start', () => {
  it('preconnects to the client named by dc and subdomain while the session source answers', async () => {
    const provider = () => new Promise<string>(() => undefined); // never answers
    await mount({ sessionProvider: provider, subdomain: 'acme', dc: 'eu' });
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')];
    expect(links.map((link) => link.href)).to.include('https://acme.web.emea-1.jumio.ai/');
    // Once per origin, however many elements ask.
    await mount({ sessionProvider: provider, subdomain: 'acme', dc: 'eu' });
    expect(
      document.head.querySelectorAll('link[rel="preconnect"][href^="https://acme.web.emea-1"]'),
    ).to.have.length(1);
  });
});
