import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  CLIENT_FRAME_ALLOW,
  isClientOrigin,
  isJumioHost,
  JUMIO_DOMAINS,
} from '../../../src/protocol/embedding.js';

describe('CLIENT_FRAME_ALLOW', () => {
  it("is the list Jumio's current embedding guide asks for", () => {
    expect(CLIENT_FRAME_ALLOW).to.equal(
      'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer',
    );
  });

  it("keeps every permission of the seed's list", () => {
    for (const feature of ['camera', 'fullscreen', 'accelerometer', 'gyroscope', 'magnetometer']) {
      expect(CLIENT_FRAME_ALLOW.split(';')).to.include(feature);
    }
  });
});

describe('isJumioHost', () => {
  it('is true for the domains and their subdomains, in any case, with a final dot', () => {
    expect(JUMIO_DOMAINS).to.deep.equal([
      'jumio.ai',
      'jumio.com',
      'netverify.com',
      'jumio.link',
      'jumiopp.link',
    ]);
    for (const host of [
      'jumio.ai',
      'acme.web.amer-1.jumio.ai',
      'ACME.Netverify.com',
      'x.jumio.link',
      'x.jumiopp.link',
      'www.jumio.com',
      'acme.web.emea-1.jumio.ai.',
    ]) {
      expect(isJumioHost(host), host).to.equal(true);
    }
  });

  it('is false for look-alikes and other hosts', () => {
    for (const host of [
      'jumio.ai.example.com',
      'notjumio.ai',
      'jumio-ai.com',
      'xjumio.com',
      'netverify.com.evil.test',
      'localhost',
      '127.0.0.1',
      '',
    ]) {
      expect(isJumioHost(host), host).to.equal(false);
    }
  });
});

describe('isClientOrigin', () => {
  const current = new URL('https://acme.web.amer-1.jumio.ai/web/client?authorizationToken=t');

  it("accepts the client URL's own origin, whatever the host", () => {
    expect(isClientOrigin(current, 'https://acme.web.amer-1.jumio.ai')).to.equal(true);
    expect(isClientOrigin(new URL('http://127.0.0.1:5174/c'), 'http://127.0.0.1:5174')).to.equal(
      true,
    );
    expect(
      isClientOrigin(new URL('https://verify.example.com/c'), 'https://verify.example.com'),
    ).to.equal(true);
  });

  it("accepts any https origin on Jumio's domains for a client on them: a redirect on Jumio's side", () => {
    for (const origin of [
      'https://acme.web.emea-1.jumio.ai',
      'https://acme.netverify.com',
      'https://x.jumio.link',
      'https://jumio.com:8443',
    ]) {
      expect(isClientOrigin(current, origin), origin).to.equal(true);
    }
  });

  it("refuses http on Jumio's domains, other hosts, and opaque origins", () => {
    for (const origin of [
      'http://acme.web.amer-1.jumio.ai',
      'https://acme.web.amer-1.jumio.ai.example.com',
      'https://example.com',
      'null',
      '',
    ]) {
      expect(isClientOrigin(current, origin), origin).to.equal(false);
    }
  });

  it('hears only the own origin for a client off Jumio domains or on loopback', () => {
    expect(
      isClientOrigin(new URL('https://verify.example.com/c'), 'https://acme.jumio.ai'),
    ).to.equal(false);
    expect(isClientOrigin(new URL('http://127.0.0.1:5174/c'), 'http://localhost:5174')).to.equal(
      false,
    );
    expect(isClientOrigin(new URL('http://127.0.0.1:5174/c'), 'https://acme.jumio.ai')).to.equal(
      false,
    );
  });
});
