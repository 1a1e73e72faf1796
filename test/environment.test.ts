import { expect } from '@open-wc/testing';
import {
  CAN_READ_PERMISSIONS_POLICY,
  CLIENT_ORIGIN,
  clientUrl,
  frameHost,
  type HostEntry,
} from './helpers.js';

const port = location.port;
const warnings = (entries: HostEntry[]): HostEntry[] =>
  entries.filter((entry) => entry.event === 'jumio-warning');
const loaded = (entries: HostEntry[]): boolean =>
  entries.some((entry) => entry.event === 'jumio-loaded');
/**
 * What the element warns of when a permissions policy keeps the camera from the client: Chromium
 * lets it read the policy and it warns; Firefox and WebKit have no API for that, and there it must
 * not guess: it loads the client and says nothing (see CAN_READ_PERMISSIONS_POLICY).
 */
const CAMERA_BLOCKED = CAN_READ_PERMISSIONS_POLICY ? ['camera-blocked'] : [];

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
    await host.until(loaded);
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal(
      CAMERA_BLOCKED,
    );
    if (CAN_READ_PERMISSIONS_POLICY) {
      expect(warnings(host.entries)[0]!.detail!['message']).to.contain('allow="camera');
    }
  });

  it('warns when a cross-origin frame around the page does not delegate the camera', async () => {
    const host = await frameHost({
      origin: `http://127.0.0.1:${port}`,
      attributes: { href: clientUrl({ auto: 'loaded' }, `http://localhost:${port}`) },
    });
    await host.until(loaded);
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal(
      CAMERA_BLOCKED,
    );
  });

  it("warns when the page's own Permissions-Policy keeps the camera from the client's origin", async () => {
    const host = await frameHost({
      page: 'pp-host',
      attributes: { href: clientUrl({ auto: 'loaded' }) },
      allow: 'camera',
    });
    await host.until(loaded);
    expect(warnings(host.entries).map((entry) => entry.detail!['reason'])).to.deep.equal(
      CAMERA_BLOCKED,
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
