import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { CLIENT_ORIGIN, clientUrl, frameHost, PAGE_ORIGIN, redirectPage } from './helpers.js';

// A page in a frame under another site (the host on 127.0.0.1 inside the test page on
// localhost): browsers partition its storage and its BroadcastChannels by the top-level site, so
// a real tab's redirect page, a top-level page of the host's origin, can neither read the flow id
// nor reach the element with its broadcast. These tests open real tabs (no stand-in window.open).

/** The host in its frame, its element in window mode at the `client`, its launcher clicked. */
async function launched(
  client: Record<string, string>,
): Promise<Awaited<ReturnType<typeof frameHost>>> {
  const host = await frameHost({
    origin: CLIENT_ORIGIN,
    allow: 'camera',
    // The client is on yet another origin: the test page's.
    attributes: { mode: 'window', href: clientUrl(client, PAGE_ORIGIN) },
  });
  // A real click: a script's click() is no user gesture, and WebKit blocks the tab then.
  await host.run({ hostCommand: 'rect', part: 'launcher' });
  const { x, y } = host.entries.find((entry) => entry.rect)!.rect!;
  const frame = host.frame.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frame.x + x), Math.round(frame.y + y)],
  });
  await resetMouse();
  return host;
}

const eventsOf = (host: Awaited<ReturnType<typeof frameHost>>): string[] =>
  host.entries.flatMap((entry) => (entry.event ? [entry.event] : []));

/** A real tab opens, loads twice and posts: more than a frame's 5 s on a busy machine. */
const TAB_MS = 15_000;
/** Time for a second outcome, had one been sent, to arrive before the events are counted. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

describe('the new tab, from a page in a frame under another site', () => {
  it("reports the outcome the tab's redirect page posts to its opener", async () => {
    // The client goes straight on to the host's redirect page, as at the end of a journey.
    const host = await launched({ navigate: redirectPage(CLIENT_ORIGIN, 'SUCCESS') });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-success'), TAB_MS);
    await settle();
    const success = host.entries.find((entry) => entry.event === 'jumio-success')!;
    expect(success.detail).to.deep.include({
      via: 'redirect',
      workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
    });
    expect(success.state).to.equal('success');
    expect(eventsOf(host).filter((event) => event === 'jumio-success')).to.have.length(1);
  });

  it('takes nothing another origin in the tab posts to the opener, even a well-formed outcome', async () => {
    // The page at the client's origin posts a well-formed success of its own origin (what the
    // channel would take, but for the origin it came from); the redirect page that follows says
    // the journey failed: only that counts.
    const host = await launched({
      forge: redirectPage(PAGE_ORIGIN, 'SUCCESS'),
      navigate: redirectPage(CLIENT_ORIGIN, 'ERROR', { publicErrorCode: 'A060500' }),
    });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-error'), TAB_MS);
    await settle();
    expect(eventsOf(host)).to.not.include('jumio-success');
    expect(eventsOf(host).filter((event) => event === 'jumio-error')).to.have.length(1);
  });
});
