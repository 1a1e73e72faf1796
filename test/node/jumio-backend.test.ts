import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { readDemoConfig, type JumioConfig } from '../../demo/server/config.js';
import { JumioBackend, JumioClient } from '../../demo/server/jumio-backend.js';
import { SessionBackendError } from '../../demo/server/session-backend.js';
import { JUMIO_TOKEN_LIFETIMES, parseTokenLifetime } from '../../demo/server/token-lifetime.js';
import { AccountResponseSchema } from '../../src/protocol/session-response.js';
import { FakeJumio } from './fake-jumio.js';
import { backendRequest, freePort, manualClock, serve } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<SessionBackendError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SessionBackendError, String(error));
    return error;
  }
  assert.fail('expected a SessionBackendError');
}

describe('JumioBackend against a fake Jumio', () => {
  let fake: FakeJumio;
  let clock: ReturnType<typeof manualClock>;
  let backend: JumioBackend;
  const configure = (extra: Record<string, string> = {}): JumioConfig => {
    const { jumio } = readDemoConfig(fake.env(extra));
    assert.ok(jumio);
    return jumio;
  };
  const createBackend = (extra: Record<string, string> = {}) => {
    const config = configure(extra);
    return new JumioBackend(config, new JumioClient(config, { now: clock.now }));
  };

  before(async () => {
    fake = await FakeJumio.start();
  });
  after(() => fake.close());
  beforeEach(() => {
    clock = manualClock();
    backend = createBackend();
  });
  afterEach(() => {
    fake.reset();
  });

  it('gets a token with client credentials, then creates an account with POST', async () => {
    const response = await backend.createSession(backendRequest({ locale: 'de' }));

    assert.deepEqual(fake.refusals, []);
    assert.equal(fake.tokenCalls.length, 1);
    assert.equal(fake.tokenCalls[0]?.body, 'grant_type=client_credentials');
    assert.equal(fake.accountCalls.length, 1);
    assert.equal(fake.accountCalls[0]?.method, 'POST');
    assert.equal(fake.accountCalls[0].path, '/api/v1/accounts');
    assert.deepEqual(fake.accountBodies()[0], {
      customerInternalReference: 'demo-ref-1',
      workflowDefinition: { key: 10011 },
      tokenLifetime: '30m',
      web: { locale: 'de' },
    });

    assert.equal(AccountResponseSchema.safeParse(response).success, true);
    assert.match(
      response.web.href,
      /^https:\/\/mycompany\.web\.amer-1\.jumio\.ai\/web\/v4\/app\?authorizationToken=.+&locale=de$/,
    );
    assert.deepEqual(response.workflowExecution.credentials, []);
  });

  it("never passes on Jumio's sdk.token or the credentials' api.token", async () => {
    const response = await backend.createSession(backendRequest());
    const json = JSON.stringify(response);
    assert.deepEqual(Object.keys(response).sort(), [
      'account',
      'timestamp',
      'web',
      'workflowExecution',
    ]);
    for (const secret of fake.issuedSecrets) assert.ok(!json.includes(secret), secret);
  });

  it('sends the configured workflow key, lifetime and redirect URLs, and the request lifetime over them', async () => {
    const configured = createBackend({
      JUMIO_WORKFLOW_KEY: '10013',
      JUMIO_TOKEN_LIFETIME: '1h',
      JUMIO_SUCCESS_URL: 'https://example.com/done',
      JUMIO_ERROR_URL: 'https://example.com/failed',
    });
    const response = await configured.createSession(backendRequest());
    const lifetime = parseTokenLifetime('5m', JUMIO_TOKEN_LIFETIMES);
    assert.ok(lifetime.ok);
    await configured.createSession(
      backendRequest({ tokenLifetime: lifetime.lifetime, locale: 'pt-BR' }),
    );

    assert.deepEqual(fake.refusals, []);
    assert.deepEqual(fake.accountBodies(), [
      {
        customerInternalReference: 'demo-ref-1',
        workflowDefinition: { key: 10013 },
        tokenLifetime: '1h',
        web: { successUrl: 'https://example.com/done', errorUrl: 'https://example.com/failed' },
      },
      {
        customerInternalReference: 'demo-ref-1',
        workflowDefinition: { key: 10013 },
        tokenLifetime: '5m',
        web: {
          successUrl: 'https://example.com/done',
          errorUrl: 'https://example.com/failed',
          locale: 'pt-BR',
        },
      },
    ]);
    assert.equal(response.web.successUrl, 'https://example.com/done');
    assert.equal(response.web.errorUrl, 'https://example.com/failed');
  });

  it('adds a workflow to a known account with PUT /accounts/{accountId} (Account Update)', async () => {
    const first = await backend.createSession(backendRequest());
    const second = await backend.createSession(backendRequest({ accountId: first.account.id }));

    assert.deepEqual(fake.refusals, []);
    assert.equal(fake.accountCalls[1]?.method, 'PUT');
    assert.equal(fake.accountCalls[1].path, `/api/v1/accounts/${first.account.id}`);
    assert.equal(second.account.id, first.account.id);
    assert.notEqual(second.workflowExecution.id, first.workflowExecution.id);
  });

  it('caches the access token: one token call for two sessions', async () => {
    await backend.createSession(backendRequest());
    await backend.createSession(backendRequest());
    assert.equal(fake.tokenCalls.length, 1);
    assert.equal(fake.accountCalls.length, 2);
  });

  it('makes one token call for concurrent sessions', async () => {
    await Promise.all([
      backend.createSession(backendRequest()),
      backend.createSession(backendRequest()),
    ]);
    assert.equal(fake.tokenCalls.length, 1);
    assert.deepEqual(fake.refusals, []);
  });

  it('renews the token 60 s before expires_in runs out', async () => {
    await backend.createSession(backendRequest());
    clock.advance((3600 - 61) * 1000);
    await backend.createSession(backendRequest());
    assert.equal(fake.tokenCalls.length, 1);
    clock.advance(1000);
    await backend.createSession(backendRequest());
    assert.equal(fake.tokenCalls.length, 2);
    const [first, second] = fake.accountCalls.map((call) => call.headers.authorization);
    assert.notEqual(fake.accountCalls[2]?.headers.authorization, first);
    assert.equal(second, first);
  });

  it('gets a new token and retries once when Jumio says 401 to a cached token', async () => {
    await backend.createSession(backendRequest());
    fake.revokeTokens(); // Jumio expired it before our cache did
    const response = await backend.createSession(backendRequest());

    assert.equal(AccountResponseSchema.safeParse(response).success, true);
    assert.equal(fake.tokenCalls.length, 2);
    assert.equal(fake.accountCalls.length, 3);
    assert.deepEqual(fake.refusals, ['401: account call without a valid Bearer token']);
  });

  it('gives up after the retry when the new token is refused too', async () => {
    fake.scripted.push({ status: 401 }, { status: 401 });
    const error = await failure(backend.createSession(backendRequest()));
    assert.equal(fake.accountCalls.length, 2);
    assert.equal(fake.tokenCalls.length, 2);
    assert.equal(error.upstreamStatus, 401);
    assert.match(
      error.message,
      /^Jumio's account API answered 401 Unauthorized: a new access token was refused too/,
    );
  });

  it('explains a 400 from the account API', async () => {
    fake.scripted.push({ status: 400, body: { message: 'tokenLifetime is invalid' } });
    const error = await failure(backend.createSession(backendRequest()));
    assert.equal(error.upstreamStatus, 400);
    assert.match(
      error.message,
      /^Jumio's account API answered 400 Bad Request: a header or a value was refused\. Check JUMIO_WORKFLOW_KEY/,
    );
    assert.match(error.message, /Jumio said: "tokenLifetime is invalid"$/);
  });

  it('explains a 403 from the account API: the User-Agent and the OAuth2 client', async () => {
    const wrongAgent = createBackend({ JUMIO_USER_AGENT: 'curl/8.0' });
    const error = await failure(wrongAgent.createSession(backendRequest()));
    assert.deepEqual(fake.refusals, ['403: account call with User-Agent curl/8.0']);
    assert.equal(error.upstreamStatus, 403);
    assert.match(
      error.message,
      /^Jumio's account API answered 403 Forbidden: check the User-Agent \(JUMIO_USER_AGENT must name your business\) and the OAuth2 client/,
    );
  });

  it('explains a 404 for an account that no longer exists', async () => {
    const error = await failure(
      backend.createSession(backendRequest({ accountId: 'gone-account' })),
    );
    assert.equal(error.upstreamStatus, 404);
    assert.match(
      error.message,
      /answered 404 Not Found: account gone-account does not exist \(any more\)/,
    );
  });

  it('explains refused client credentials', async () => {
    const wrongSecret = createBackend({ JUMIO_CLIENT_SECRET: 'not-the-secret' });
    const error = await failure(wrongSecret.createSession(backendRequest()));
    assert.equal(fake.accountCalls.length, 0);
    assert.equal(error.upstreamStatus, 401);
    assert.match(
      error.message,
      /^Jumio's OAuth2 endpoint answered 401 Unauthorized: JUMIO_CLIENT_ID and JUMIO_CLIENT_SECRET were refused/,
    );
    assert.doesNotMatch(error.message, /not-the-secret|fake-client/);
  });

  it('explains a 403 from the OAuth2 endpoint', async () => {
    fake.scriptedTokenReplies.push({ status: 403, body: { error: 'access_denied' } });
    const error = await failure(backend.createSession(backendRequest()));
    assert.match(
      error.message,
      /^Jumio's OAuth2 endpoint answered 403 Forbidden: check the OAuth2 client: OAuth2 has to be activated/,
    );
  });

  it('refuses a token answer without access_token', async () => {
    fake.scriptedTokenReplies.push({ status: 200, body: { token_type: 'Bearer' } });
    const error = await failure(backend.createSession(backendRequest()));
    assert.match(error.message, /answered 200 without access_token and expires_in/);
  });

  it('refuses an account answer without web.href', async () => {
    fake.scripted.push({
      status: 200,
      body: { account: { id: 'a' }, workflowExecution: { id: 'w' }, web: {} },
    });
    const error = await failure(backend.createSession(backendRequest()));
    assert.match(error.message, /answered 200 with something that is not an account response/);
  });

  it('refuses an account answer that is not JSON', async () => {
    fake.scripted.push({ status: 200, body: 'plain text' });
    const error = await failure(backend.createSession(backendRequest()));
    assert.match(error.message, /not an account response/);
  });

  it('blanks credentials and tokens that Jumio echoes in an error', async () => {
    await backend.createSession(backendRequest());
    const token = fake.issuedSecrets[0] ?? '';
    fake.scripted.push({
      status: 400,
      body: { message: `bad token ${token} for ${fake.clientId}` },
    });
    const error = await failure(backend.createSession(backendRequest()));
    assert.ok(!error.message.includes(token));
    assert.ok(!error.message.includes(fake.clientId));
    assert.match(error.message, /Jumio said: "bad token \[redacted\] for \[redacted\]"/);
  });

  it('blanks a credential that a long error text has across the length it is cut to', async () => {
    fake.scriptedTokenReplies.push({
      status: 401,
      // Jumio's text is cut to 200 characters: the secret's first 6 are within them.
      body: { error_description: `${'x'.repeat(186)} client ${fake.clientSecret}` },
    });
    const error = await failure(backend.createSession(backendRequest()));
    assert.ok(!error.message.includes(fake.clientSecret.slice(0, 6)), error.message);
  });

  it('refuses a token no header can carry, without quoting it', async () => {
    fake.scriptedTokenReplies.push({
      status: 200,
      body: { access_token: 'SECRET-ACCESS-TOKEN\nX', expires_in: 3600 },
    });
    const error = await failure(backend.createSession(backendRequest()));
    assert.ok(!error.message.includes('SECRET-ACCESS-TOKEN'), error.message);
    assert.match(error.message, /without access_token/);
  });

  it('says when Jumio cannot be reached', async () => {
    const port = await freePort();
    const unreachable = createBackend({ JUMIO_AUTH_URL: `http://127.0.0.1:${port}/oauth2/token` });
    const error = await failure(unreachable.createSession(backendRequest()));
    assert.equal(error.upstreamStatus, undefined);
    assert.equal(
      error.message,
      `Could not reach Jumio's OAuth2 endpoint at 127.0.0.1:${port}: ECONNREFUSED.`,
    );
  });

  it('says when Jumio does not answer in time', async () => {
    const silent = await serve(() => undefined); // never answers
    const config = configure({ JUMIO_AUTH_URL: `${silent.url}/oauth2/token` });
    const slow = new JumioBackend(config, new JumioClient(config, { timeoutMs: 50 }));
    const error = await failure(slow.createSession(backendRequest()));
    await silent.close();
    assert.match(
      error.message,
      /^Could not reach Jumio's OAuth2 endpoint at 127\.0\.0\.1:\d+: no answer within 0\.05 s\.$/,
    );
  });
});
