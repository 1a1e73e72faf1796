import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RedirectTarget } from '../../demo/server/session-backend.js';
import { SIMULATOR_API_PATH, SimulatorBackend } from '../../demo/server/simulator-backend.js';
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
      /^http:\/\/127\.0\.0\.1:5174\/web\/client\?baseUrl=http%3A%2F%2F127\.0\.0\.1%3A5174%2Fapi%2Fsimulator&authorizationToken=[\w-]{32}&locale=pt-BR$/,
    );
  });

  it("shapes the href like Jumio's current ones: baseUrl names the API on the same origin", async () => {
    const backend = new SimulatorBackend();
    backend.origin = 'http://127.0.0.1:5174';
    const href = new URL((await backend.createSession(backendRequest())).web.href);
    assert.equal(href.pathname, '/web/client');
    assert.deepEqual([...href.searchParams.keys()], ['baseUrl', 'authorizationToken']);
    const baseUrl = new URL(href.searchParams.get('baseUrl') ?? '');
    assert.equal(baseUrl.origin, href.origin);
    assert.equal(baseUrl.pathname, SIMULATOR_API_PATH);
  });

  it('points the success and error URLs at the page, the second origin, or nowhere', async () => {
    const backend = new SimulatorBackend();
    backend.origin = 'http://127.0.0.1:5174';
    const urls = async (redirect: RedirectTarget | undefined) => {
      const { web } = await backend.createSession(backendRequest({ redirect }));
      const lookup = backend.lookup(tokenOf(web.href));
      assert.ok(lookup.valid);
      assert.deepEqual(lookup.redirects, {
        ...(web.successUrl ? { success: web.successUrl } : {}),
        ...(web.errorUrl ? { error: web.errorUrl } : {}),
      });
      return [web.successUrl, web.errorUrl];
    };
    const page = 'http://localhost:5173/redirect.html';
    assert.deepEqual(await urls(undefined), [page, page]);
    assert.deepEqual(await urls('same-origin'), [page, page]);
    const second = 'http://127.0.0.1:5174/redirect.html';
    assert.deepEqual(await urls('cross-origin'), [second, second]);
    assert.deepEqual(await urls('none'), [undefined, undefined]);
    const { web } = await backend.createSession(backendRequest({ redirect: 'none' }));
    assert.deepEqual(Object.keys(web), ['href']);
  });

  it("falls back to the page's origin for a cross-origin redirect in middleware mode", async () => {
    const { web } = await new SimulatorBackend().createSession(
      backendRequest({ redirect: 'cross-origin' }),
    );
    assert.equal(web.errorUrl, 'http://localhost:5173/redirect.html');
  });

  it('leaves out the locale when none is asked for', async () => {
    const backend = new SimulatorBackend();
    backend.origin = 'http://127.0.0.1:5174';
    const { web } = await backend.createSession(backendRequest());
    assert.match(
      web.href,
      /^http:\/\/127\.0\.0\.1:5174\/web\/client\?baseUrl=[^&]+&authorizationToken=[\w-]+$/,
    );
  });

  it("uses the page's origin until the second origin is known (middleware mode)", async () => {
    const { web } = await new SimulatorBackend().createSession(backendRequest());
    assert.ok(
      web.href.startsWith(
        'http://localhost:5173/web/client?baseUrl=http%3A%2F%2Flocalhost%3A5173%2Fapi%2Fsimulator&authorizationToken=',
      ),
    );
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
      redirects: {
        success: 'http://localhost:5173/redirect.html',
        error: 'http://localhost:5173/redirect.html',
      },
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
    const response = await backend.createSession(backendRequest());
    const token = tokenOf(response.web.href);
    clock.advance(30 * 60_000 - 1);
    assert.equal(backend.lookup(token).valid, true);
    clock.advance(1);
    assert.deepEqual(backend.lookup(token), {
      valid: false,
      reason: 'expired',
      workflowExecutionId: response.workflowExecution.id,
      customerInternalReference: 'demo-ref-1',
    });
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
    assert.equal(backend.lookup(token).valid, false);
  });

  it('keeps at most 1000 sessions, forgetting the oldest', async () => {
    const backend = new SimulatorBackend();
    const first = tokenOf((await backend.createSession(backendRequest())).web.href);
    for (let i = 0; i < 1000; i++) await backend.createSession(backendRequest());
    assert.deepEqual(backend.lookup(first), { valid: false, reason: 'unknown' });
  });
});
