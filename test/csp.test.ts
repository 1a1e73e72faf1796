import { expect } from '@open-wc/testing';
import { clientUrl, frameHost } from './helpers.js';

describe('on a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('loads, reports the client events and causes no violation', async () => {
    const host = await frameHost({
      page: 'csp-host',
      attributes: { href: clientUrl({ auto: ['loaded', 'success'] }) },
      allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer',
    });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-success'));
    const policy = await fetch('/test/fixtures/csp-host.html').then((response) =>
      response.headers.get('content-security-policy'),
    );
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain("script-src 'self'");
    expect(host.entries.filter((entry) => entry.event).map((entry) => entry.event)).to.deep.equal([
      'jumio-loaded',
      'jumio-success',
    ]);
    expect(host.entries.filter((entry) => entry.violation)).to.deep.equal([]);
    expect(host.entries.filter((entry) => entry.pageError)).to.deep.equal([]);
  });

  it('works the same with the standalone build a CMS page loads', async () => {
    const host = await frameHost({
      page: 'csp-standalone',
      attributes: { href: clientUrl({ auto: ['loaded', 'error'], code: '9822' }) },
      allow: 'camera',
    });
    // host.js falls back to the sources when the script did not load: that would prove nothing.
    expect(host.entries.find((entry) => entry.ready)!.standalone).to.equal(true);
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-error'));
    expect(host.entries.filter((entry) => entry.event).map((entry) => entry.event)).to.deep.equal([
      'jumio-loaded',
      'jumio-error',
    ]);
    expect(host.entries.find((entry) => entry.event === 'jumio-error')!.detail!['code']).to.equal(
      9822,
    );
    expect(host.entries.filter((entry) => entry.violation)).to.deep.equal([]);
    expect(host.entries.filter((entry) => entry.pageError)).to.deep.equal([]);
  });

  it('reports violations on that page (control: an eval is one)', async () => {
    const host = await frameHost({
      page: 'csp-host',
      attributes: { 'probe-eval': '', href: clientUrl({ auto: 'loaded' }) },
    });
    await host.until((entries) => entries.some((entry) => entry.violation));
    expect(host.entries.find((entry) => entry.violation)!.violation).to.match(
      /script-src|trusted-types/,
    );
  });

  it('still refuses a javascript: href there, without a violation', async () => {
    const host = await frameHost({ page: 'csp-host', attributes: { href: 'javascript:alert(1)' } });
    await host.until((entries) => entries.some((entry) => entry.event === 'jumio-config-error'));
    expect(host.entries.filter((entry) => entry.violation)).to.deep.equal([]);
  });
});
