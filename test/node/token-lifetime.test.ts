import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  JUMIO_TOKEN_LIFETIMES,
  parseTokenLifetime,
  SIMULATOR_TOKEN_LIFETIMES,
} from '../../demo/server/token-lifetime.js';

describe('parseTokenLifetime', () => {
  it('reads the seed examples 1d, 30m and 600s', () => {
    assert.deepEqual(parseTokenLifetime('1d', JUMIO_TOKEN_LIFETIMES), {
      ok: true,
      lifetime: { text: '1d', seconds: 86_400 },
    });
    assert.deepEqual(parseTokenLifetime('30m', JUMIO_TOKEN_LIFETIMES), {
      ok: true,
      lifetime: { text: '30m', seconds: 1800 },
    });
    assert.deepEqual(parseTokenLifetime('600s', JUMIO_TOKEN_LIFETIMES), {
      ok: true,
      lifetime: { text: '600s', seconds: 600 },
    });
  });

  it("accepts Jumio's limits 5m and 60d and nothing beyond them", () => {
    assert.equal(parseTokenLifetime('5m', JUMIO_TOKEN_LIFETIMES).ok, true);
    assert.equal(parseTokenLifetime('300s', JUMIO_TOKEN_LIFETIMES).ok, true);
    assert.equal(parseTokenLifetime('60d', JUMIO_TOKEN_LIFETIMES).ok, true);
    assert.equal(parseTokenLifetime('1440h', JUMIO_TOKEN_LIFETIMES).ok, true);
    const short = parseTokenLifetime('299s', JUMIO_TOKEN_LIFETIMES);
    assert.deepEqual(short, { ok: false, message: 'must be from 5m to 60d (got 299s)' });
    assert.equal(parseTokenLifetime('61d', JUMIO_TOKEN_LIFETIMES).ok, false);
  });

  it('lets the simulator go down to 10s so that expiry can be watched', () => {
    assert.equal(parseTokenLifetime('10s', SIMULATOR_TOKEN_LIFETIMES).ok, true);
    assert.equal(parseTokenLifetime('9s', SIMULATOR_TOKEN_LIFETIMES).ok, false);
    assert.equal(parseTokenLifetime('61d', SIMULATOR_TOKEN_LIFETIMES).ok, false);
  });

  it('refuses anything but a whole number and one of s, m, h, d', () => {
    for (const text of [
      '',
      '30',
      'm',
      '1.5h',
      '30 m',
      '30M',
      '-5m',
      '1w',
      '30m ',
      '99999999999d',
    ]) {
      const parsed = parseTokenLifetime(text, SIMULATOR_TOKEN_LIFETIMES);
      assert.ok(!parsed.ok, text);
      assert.match(parsed.message, /whole number followed by s, m, h or d/);
    }
  });

  it('defaults to 30m, as Jumio does', () => {
    assert.equal(JUMIO_TOKEN_LIFETIMES.fallback.text, '30m');
    assert.equal(SIMULATOR_TOKEN_LIFETIMES.fallback.text, '30m');
  });
});
