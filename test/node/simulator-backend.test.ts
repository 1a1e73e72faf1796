import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SimulatorBackend } from '../../demo/server/simulator-backend.js';
import { parseTokenLifetime, SIMULATOR_TOKEN_LIFETIMES } from '../../demo/server/token-lifetime.js';
import { AccountResponseSchema } from '../../src/protocol/session-response.js';
import { backendRequest, manualClock } from './helpers.js';

const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

function lifetime(text: string) {
  const parsed = parseTokenLifetime(text, SIMULATOR_TOKEN_LIFETIMES);
  assert.ok(parsed.ok);
  return parsed.lifetime;
}

function tokenOf(href: string): string {
  return new URL(href).searchParams.get('authorizationToken') ?? '';
}

describe('SimulatorBackend', () => {
  it('answers a seed-shaped account response whose href opens the simulator on the second origin', async () => {
    const clock = manualClock();
    const backend = new SimulatorBackend({ now: clock.now });
    backend.origin = 'http://127.0.0.1:5174';
    const response = await backend.createSession(backendRequest({ locale: 'pt-BR' }));

    assert.equal(AccountResponseSchema.safeParse(response).success, true);
    assert.equal(response.timestamp, '2024-05-01T12:00:00.000Z');
    assert.match(response.account.id, UUID);
    assert.match(response.workflowExecution.id, UUID);
    assert.deepEqual(response.workflowExecution.credentials, []);
    assert.equal(response.web.successUrl, 'http://localhost:5173/redirect.html');
    assert.equal(response.web.errorUrl, 'http://localhost:5173/redirect.html');
    assert.match(
      response.web.href,
      /^http:\/\/127\.0\.0\.1:5174\/simulator\/\?authorizationToken=[\w-]{32}&locale=pt-BR$/,
    );
  });

  it('leaves out the locale when none is asked for', async () => {
    const backend = new SimulatorBackend();
    backend.origin = 'http://127.0.0.1:5174';
    const { web } = await backend.createSession(backendRequest());
    assert.match(web.href, /^http:\/\/127\.0\.0\.1:5174\/simulator\/\?authorizationToken=[\w-]+$/);
  });

  it("uses the page's origin until the second origin is known (middleware mode)", async () => {
    const { web } = await new SimulatorBackend().createSession(backendRequest());
    assert.ok(web.href.startsWith('http://localhost:5173/simulator/?authorizationToken='));
  });

  it('issues a fresh token and workflow for every session, on the same account for an update', async () => {
    const backend = new SimulatorBackend();
    const first = await backend.createSession(backendRequest());
    const second = await backend.createSession(backendRequest({ accountId: first.account.id }));
    assert.equal(second.account.id, first.account.id);
    assert.notEqual(second.workflowExecution.id, first.workflowExecution.id);
    assert.notEqual(tokenOf(second.web.href), tokenOf(first.web.href));
  });

  it('tells the simulated client what a valid token belongs to', async () => {
    const clock = manualClock();
    const backend = new SimulatorBackend({ now: clock.now });
    const response = await backend.createSession(
      backendRequest({ locale: 'de', tokenLifetime: lifetime('10m') }),
    );
    assert.deepEqual(backend.lookup(tokenOf(response.web.href)), {
      valid: true,
      expiresAt: '2024-05-01T12:10:00.000Z',
      accountId: response.account.id,
      workflowExecutionId: response.workflowExecution.id,
      customerInternalReference: 'demo-ref-1',
      locale: 'de',
      successUrl: 'http://localhost:5173/redirect.html',
      errorUrl: 'http://localhost:5173/redirect.html',
    });
  });

  it('reports a missing or unknown token as unknown (error 9200)', () => {
    const backend = new SimulatorBackend();
    assert.deepEqual(backend.lookup(null), { valid: false, reason: 'unknown' });
    assert.deepEqual(backend.lookup(''), { valid: false, reason: 'unknown' });
    assert.deepEqual(backend.lookup('forged'), { valid: false, reason: 'unknown' });
  });

  it('expires a token after its lifetime, 30m by default', async () => {
    const clock = manualClock();
    const backend = new SimulatorBackend({ now: clock.now });
    const token = tokenOf((await backend.createSession(backendRequest())).web.href);
    clock.advance(30 * 60_000 - 1);
    assert.equal(backend.lookup(token).valid, true);
    clock.advance(1);
    assert.deepEqual(backend.lookup(token), { valid: false, reason: 'expired' });
  });

  it('expires a 10s token after 10 seconds', async () => {
    const clock = manualClock();
    const backend = new SimulatorBackend({ now: clock.now });
    const token = tokenOf(
      (await backend.createSession(backendRequest({ tokenLifetime: lifetime('10s') }))).web.href,
    );
    clock.advance(9_999);
    assert.equal(backend.lookup(token).valid, true);
    clock.advance(1);
    assert.deepEqual(backend.lookup(token), { valid: false, reason: 'expired' });
  });

  it('keeps at most 1000 sessions, forgetting the oldest', async () => {
    const backend = new SimulatorBackend();
    const first = tokenOf((await backend.createSession(backendRequest())).web.href);
    for (let i = 0; i < 1000; i++) await backend.createSession(backendRequest());
    assert.deepEqual(backend.lookup(first), { valid: false, reason: 'unknown' });
  });
});
