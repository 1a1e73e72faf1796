import { expect } from '@open-wc/testing';
import {
  CAN_READ_PERMISSIONS_POLICY,
  CLIENT_ORIGIN,
  clientUrl,
  frameHost,
  type HostEntry,
} from './helpers.js';

/** Resolves once the async `check()` holds, polling; rejects after 5 s naming `what`. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > 5000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const port = location.port;
const warnings = (entries: HostEntry[]): HostEntry[] =>
  entries.filter((entry) => entry.event === 'jumio-warning');
const loaded = (entries: HostEntry[]): boolean =>
  entries.some((entry) => entry.event === 'jumio-loaded');
/**
 * What the element warns of when the page's own `Permissions-Policy` header keeps the camera from
 * the client's origin (the page itself has it): Chromium lets it read the iframe's policy and it
 * warns; Firefox and WebKit have no API for that, and there it must not guess: it loads the client
 * and says nothing (see CAN_READ_PERMISSIONS_POLICY). A frame around the page without the camera
 * is found in every engine: where no policy API tells, the page's own camera permission is
 * `denied` there.
 */
const HEADER_BLOCKED = CAN_READ_PERMISSIONS_POLICY ? ['camera-blocked'] : [];

/** The client loaded, and the warnings expected have come (some come after it, in some engines). */
const loadedWith =
  (count: number) =>
  (entries: HostEntry[]): boolean =>
    loaded(entries) && warnings(entries).length >= count;

describe('environment diagnostics (seed: "Embedding in an iFrame")', () => {
  it('warns once when the page is not a secure context, and still loads the client', async () => {
    // insecure.test resolves to this machine (see the runner's --host-resolver-rules), but unlike
    // localhost it is not potentially trustworthy, so http there is not a secure context.
    const host = await frameHost({
      origin: `http://insecure.test:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }) },
      allow: 'camera',
    });
    expect(host.entries.find((entry) => entry.ready)!.secure).to.equal(false);
    await host.until(loaded);
    const [warning, ...more] = warnings(host.entries);
    expect(more).to.have.length(0);
    expect(warning!.detail!['reason']).to.equal('insecure-context');
    expect(warning!.detail!['message']).to.contain('https');
    const consoleWarnings = host.entries.filter((entry) => entry.console === 'warn');
    expect(consoleWarnings.map((entry) => entry.text)).to.deep.equal([warning!.detail!['message']]);
  });

  it('warns when the page is framed without camera permission', async () => {
    const host = await frameHost({
      attributes: { href: clientUrl({ auto: 'loaded' }) },
      allow: "camera 'none'",
    });
    await host.until(loadedWith(1));
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal([
      'camera-blocked',
    ]);
    expect(warnings(host.entries)[0]!.detail!['message']).to.contain('allow="camera');
  });

  it('warns when a cross-origin frame around the page does not delegate the camera', async () => {
    const host = await frameHost({
      origin: `http://127.0.0.1:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }, `http://localhost:${port}`) },
    });
    await host.until(loadedWith(1));
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal([
      'camera-blocked',
    ]);
  });

  it("warns when the page's own Permissions-Policy keeps the camera from the client's origin", async () => {
    const host = await frameHost({
      page: 'pp-host',
      attributes: { href: clientUrl({ auto: 'loaded' }) },
      allow: 'camera',
    });
    await host.until(loadedWith(HEADER_BLOCKED.length));
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal(
      HEADER_BLOCKED,
    );
    if (CAN_READ_PERMISSIONS_POLICY) {
      const [warning] = warnings(host.entries);
      expect(warning!.detail!['message']).to.contain(`camera=(self "${CLIENT_ORIGIN}")`);
    }
  });

  it('says nothing on a secure page framed with the camera allowed', async () => {
    const host = await frameHost({
      origin: `http://127.0.0.1:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }, `http://localhost:${port}`) },
      allow: 'camera',
    });
    await host.until(loaded);
    expect(warnings(host.entries)).to.have.length(0);
    expect(host.entries.filter((entry) => entry.console)).to.have.length(0);
  });
});

/** What the host page's element shows now. */
async function snapshot(host: Awaited<ReturnType<typeof frameHost>>) {
  await host.run({ hostCommand: 'snapshot' });
  return host.entries.filter((entry) => entry.snapshot).at(-1)!.snapshot!;
}

describe('camera pre-flight and fallback', () => {
  it('offers a new tab next to the iframe on an http page (fallback="auto")', async () => {
    const host = await frameHost({
      origin: `http://insecure.test:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }) },
      allow: 'camera',
    });
    await host.until(loaded);
    const shown = await snapshot(host);
    expect(shown.view).to.equal('frame');
    expect(shown.parts).to.include.members(['fallback', 'fallback-button', 'frame']);
    expect(shown.capability).to.deep.equal({
      capture: false,
      reasons: ['insecure-context'],
      tabHelps: true,
    });
  });

  it('stops offering the tab once the journey has ended: it would start another', async () => {
    const host = await frameHost({
      origin: `http://insecure.test:${port}`,
      attributes: { href: clientUrl({ auto: ['loaded', 'success'] }), 'after-outcome': 'keep' },
      allow: 'camera',
    });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-success'));
    const shown = await snapshot(host);
    expect(shown.view).to.equal('frame');
    expect(shown.parts).to.include('frame');
    expect(shown.parts).to.not.include('fallback');
  });

  it('goes straight to the tab path with fallback="window": a launcher, no iframe', async () => {
    const host = await frameHost({
      origin: `http://insecure.test:${port}`,
      attributes: { href: clientUrl(), fallback: 'window' },
      allow: 'camera',
    });
    await host.until((entries) => warnings(entries).length === 1);
    const shown = await snapshot(host);
    expect(shown.view).to.equal('launcher');
    expect(shown.parts).to.not.include('frame');
    expect(shown.parts).to.include('launcher');
  });

  it('only warns with fallback="none"', async () => {
    const host = await frameHost({
      origin: `http://insecure.test:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }), fallback: 'none' },
      allow: 'camera',
    });
    await host.until(loaded);
    const shown = await snapshot(host);
    expect(shown.parts).to.not.include('fallback');
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal([
      'insecure-context',
    ]);
  });

  it('goes to the tab path for a framing page without allow="camera" (fallback="window")', async () => {
    const host = await frameHost({
      attributes: { href: clientUrl({ auto: 'loaded' }), fallback: 'window' },
      allow: "camera 'none'",
    });
    await host.until((entries) => warnings(entries).length === 1);
    await eventually(async () => (await snapshot(host)).view === 'launcher', 'the launcher');
    // Chromium reads this page's policy before the iframe shows, so it never shows; elsewhere
    // the page's camera permission is asked once it is in, and the iframe goes again.
    if (CAN_READ_PERMISSIONS_POLICY) {
      expect(host.entries.some((entry) => entry.event === 'jumio-loaded')).to.equal(false);
    }
  });

  it('finds a Permissions-Policy header that keeps the camera from the client once its iframe is in', async () => {
    // A client that says nothing: the offer must come from what the element found alone.
    const host = await frameHost({
      page: 'pp-host',
      attributes: { href: clientUrl(), 'load-timeout': '0' },
      allow: 'camera',
    });
    if (CAN_READ_PERMISSIONS_POLICY) {
      await host.until((entries) => warnings(entries).length === 1);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const shown = await snapshot(host);
    expect(shown.capability['reasons']).to.deep.equal(HEADER_BLOCKED);
    if (CAN_READ_PERMISSIONS_POLICY) expect(shown.parts).to.include('fallback-button');
    else expect(shown.parts).to.not.include('fallback');
  });

  it('finds a Permissions-Policy: camera=() header where the engine enforces it, and offers the tab', async () => {
    const host = await frameHost({
      page: 'no-camera-host',
      attributes: { href: clientUrl(), 'load-timeout': '0' },
      allow: 'camera',
    });
    // Firefox and WebKit do not enforce the header for the camera: nothing is blocked there,
    // and the element rightly says nothing.
    if (CAN_READ_PERMISSIONS_POLICY) {
      await host.until((entries) => warnings(entries).length === 1);
      expect(warnings(host.entries)[0]!.detail!['reason']).to.equal('camera-blocked');
      expect((await snapshot(host)).parts).to.include('fallback-button');
    } else {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(warnings(host.entries)).to.deep.equal([]);
      expect((await snapshot(host)).parts).to.not.include('fallback');
    }
  });

  for (const [what, ua, reason] of [
    [
      'a native iOS WebView',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
      'ios-webview',
    ],
    [
      "Instagram's in-app browser",
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36 Instagram 360.0.0.0.0 Android',
      'in-app-browser',
    ],
  ] as const) {
    it(`warns about ${what}, without offering a tab that would not help`, async () => {
      const host = await frameHost({
        attributes: { href: clientUrl({ auto: 'loaded' }), ua },
        allow: 'camera',
      });
      await host.until(loaded);
      expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal([
        reason,
      ]);
      const shown = await snapshot(host);
      expect(shown.capability).to.deep.include({ capture: false, tabHelps: false });
      expect(shown.parts).to.not.include('fallback');
    });
  }

  it('says nothing of iOS Safari, whose WebView the seed supports', async () => {
    const host = await frameHost({
      attributes: {
        href: clientUrl({ auto: 'loaded' }),
        ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      },
      allow: 'camera',
    });
    await host.until(loaded);
    expect(warnings(host.entries)).to.have.length(0);
  });
});
