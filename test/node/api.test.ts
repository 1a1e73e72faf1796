import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { ConfigAnswer } from '../../demo/server/api-types.js';
import { createDemoApi, MAX_BODY_BYTES } from '../../demo/server/api.js';
import { readDemoConfig } from '../../demo/server/config.js';
import { JumioBackend } from '../../demo/server/jumio-backend.js';
import { SimulatorBackend } from '../../demo/server/simulator-backend.js';
import { AccountResponseSchema } from '../../src/protocol/session-response.js';
import { FakeJumio } from './fake-jumio.js';
import { captureConsole, manualClock, postSession, serve } from './helpers.js';

const PAGE = 'http://localhost:5173';

/** Every answer's body, so the secrets test can search them all. */
const bodies: string[] = [];

async function json(response: Response): Promise<Record<string, unknown>> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/json\b/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const text = await response.text();
  bodies.push(text);
  return JSON.parse(text) as Record<string, unknown>;
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('the session API with the simulator', () => {
  let clock: ReturnType<typeof manualClock>;
  let backend: SimulatorBackend;
  let server: Awaited<ReturnType<typeof serve>>;
  let logs: ReturnType<typeof captureConsole>;

  beforeEach(async () => {
    logs = captureConsole();
    clock = manualClock();
    backend = new SimulatorBackend({ now: clock.now });
    server = await serve(createDemoApi({ backend }));
  });
  afterEach(async () => {
    logs.restore();
    await server.close();
  });

  const session = (body?: unknown, headers: Record<string, string> = {}, query = '') =>
    postSession(`${server.url}/api/session${query}`, body, { Origin: PAGE, ...headers });

  it('GET /api/config tells the page which back end answers and where the simulator is', async () => {
    const before = await fetch(`${server.url}/api/config`);
    assert.equal(before.status, 200);
    const expected = {
      backend: 'simulator',
      dataCenter: 'us',
      simulatorOrigin: null,
      tokenLifetime: '30m',
      pageSetsTokenLifetime: true,
    };
    assert.deepEqual(await json(before), expected);
    backend.origin = 'http://127.0.0.1:5174';
    assert.deepEqual(await json(await fetch(`${server.url}/api/config`)), {
      ...expected,
      simulatorOrigin: 'http://127.0.0.1:5174',
    });
  });

  it('POST /api/session answers an account response that opens the simulator', async () => {
    backend.origin = 'http://127.0.0.1:5174';
    const response = await session({ locale: 'de-AT', reason: 'initial' });
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(AccountResponseSchema.safeParse(body).success, true);
    assert.deepEqual(Object.keys(body), ['timestamp', 'account', 'web', 'workflowExecution']);
    const web = body.web as { href: string; successUrl: string; errorUrl: string };
    assert.match(
      web.href,
      /^http:\/\/127\.0\.0\.1:5174\/web\/client\?baseUrl=http%3A%2F%2F127\.0\.0\.1%3A5174%2Fapi%2Fsimulator&authorizationToken=[\w-]+&locale=de$/,
    );
    assert.equal(web.successUrl, `${PAGE}/redirect.html`);
    assert.equal(web.errorUrl, `${PAGE}/redirect.html`);
    assert.deepEqual((body.workflowExecution as { credentials: unknown }).credentials, []);
  });

  it('points the redirect URLs where ?redirect= says: this origin, the second one, or nowhere', async () => {
    backend.origin = 'http://127.0.0.1:5174';
    const webOf = async (query: string) =>
      (await json(await session({}, {}, query))).web as Record<string, string>;
    assert.equal((await webOf('?redirect=same-origin')).errorUrl, `${PAGE}/redirect.html`);
    const cross = await webOf('?tokenLifetime=5m&redirect=cross-origin');
    assert.equal(cross.successUrl, 'http://127.0.0.1:5174/redirect.html');
    assert.equal(cross.errorUrl, 'http://127.0.0.1:5174/redirect.html');
    assert.deepEqual(Object.keys(await webOf('?redirect=none')), ['href']);
    assert.match(logs.output(), /tokenLifetime 5m, redirect cross-origin/);
  });

  it('takes the redirect page from the Host when there is no Origin', async () => {
    const response = await postSession(`${server.url}/api/session`);
    const { web } = (await json(response)) as { web: { successUrl: string } };
    assert.equal(web.successUrl, `${server.url}/redirect.html`);
  });

  it('names a new user with an HttpOnly, SameSite=Lax cookie', async () => {
    const response = await session();
    assert.match(
      response.headers.get('set-cookie') ?? '',
      /^jumio_verify_demo_user=[\w-]+; HttpOnly; SameSite=Lax; Path=\/$/,
    );
    await json(response);
  });

  it("reuses a returning user's account, with a new workflow (Account Update)", async () => {
    const first = await session();
    const cookie = cookieOf(first);
    const firstBody = await json(first);
    const second = await session({ reason: 'refresh' }, { Cookie: `theme=dark; ${cookie}` });
    const secondBody = await json(second);
    assert.equal(second.headers.get('set-cookie'), null);
    assert.deepEqual(secondBody.account, firstBody.account);
    assert.notDeepEqual(secondBody.workflowExecution, firstBody.workflowExecution);
  });

  it('creates a new account for a cookie it does not know', async () => {
    const first = await json(await session());
    const response = await session({}, { Cookie: 'jumio_verify_demo_user=made-up' });
    assert.match(response.headers.get('set-cookie') ?? '', /^jumio_verify_demo_user=/);
    assert.notDeepEqual((await json(response)).account, first.account);
  });

  it('accepts an empty JSON body', async () => {
    const response = await session('');
    assert.equal(response.status, 200);
    await json(response);
  });

  it('logs each session without its token', async () => {
    const body = await json(await session({ locale: 'fr', reason: 'refresh' }));
    const token =
      new URL((body.web as { href: string }).href).searchParams.get('authorizationToken') ?? '';
    assert.match(
      logs.output(),
      /\[demo\] refresh session from simulator: new account [\w-]+, workflowExecution [\w-]+, locale fr, tokenLifetime 30m/,
    );
    assert.ok(!logs.output().includes(token));
  });

  describe('GET /api/simulator/session', () => {
    const lookup = async (token: string) =>
      json(
        await fetch(
          `${server.url}/api/simulator/session?authorizationToken=${encodeURIComponent(token)}`,
        ),
      );

    it('describes the session behind a token', async () => {
      const body = await json(await session({ locale: 'ja' }));
      const token =
        new URL((body.web as { href: string }).href).searchParams.get('authorizationToken') ?? '';
      const status = await lookup(token);
      assert.equal(status.valid, true);
      assert.equal(status.accountId, (body.account as { id: string }).id);
      assert.equal(status.workflowExecutionId, (body.workflowExecution as { id: string }).id);
      assert.match(String(status.customerInternalReference), /^demo-[\w-]+$/);
      assert.equal(status.locale, 'ja');
      assert.equal(status.expiresAt, '2024-05-01T12:30:00.000Z');
      assert.deepEqual(status.redirects, {
        success: `${PAGE}/redirect.html`,
        error: `${PAGE}/redirect.html`,
      });
    });

    it('drops a well-formed locale the client lacks, which the element passes through', async () => {
      const response = await session({ locale: 'mt-MT' });
      assert.equal(response.status, 200);
      const body = await json(response);
      const token =
        new URL((body.web as { href: string }).href).searchParams.get('authorizationToken') ?? '';
      assert.equal((await lookup(token)).locale, null);
    });

    it('answers unknown for a missing or forged token', async () => {
      assert.deepEqual(await lookup('forged'), { valid: false, reason: 'unknown' });
      assert.deepEqual(await json(await fetch(`${server.url}/api/simulator/session`)), {
        valid: false,
        reason: 'unknown',
      });
    });

    it('answers expired once ?tokenLifetime has run out', async () => {
      const body = await json(await session({}, {}, '?tokenLifetime=30s'));
      const token =
        new URL((body.web as { href: string }).href).searchParams.get('authorizationToken') ?? '';
      clock.advance(29_999);
      assert.equal((await lookup(token)).valid, true);
      clock.advance(1);
      // An expired token still names its workflow, as the client's messages need it.
      const { customerInternalReference, ...expired } = await lookup(token);
      assert.deepEqual(expired, {
        valid: false,
        reason: 'expired',
        workflowExecutionId: (body.workflowExecution as { id: string }).id,
      });
      assert.match(String(customerInternalReference), /^demo-[\w-]+$/);
    });
  });

  describe('refuses bad requests with 400 and what to fix', () => {
    const refused = async (response: Response, message: RegExp) => {
      assert.equal(response.status, 400);
      const body = await json(response);
      assert.deepEqual(Object.keys(body), ['error']);
      assert.match(String(body.error), message);
    };

    it('invalid JSON', async () => {
      await refused(await session('{"locale":'), /^the body is not valid JSON/);
    });

    it('JSON that is not an object', async () => {
      await refused(await session('["de"]'), /^the body must be a JSON object/);
      await refused(await session('null'), /^the body must be a JSON object/);
    });

    it('a body over 4 KiB', async () => {
      await refused(
        await session({ locale: 'de', padding: 'x'.repeat(MAX_BODY_BYTES) }),
        /^the body is larger than 4096 bytes/,
      );
    });

    it('a body over 4 KiB sent without Content-Length', async () => {
      const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
          });
        });
        req.on('error', reject);
        for (let i = 0; i < 10; i++) req.write('x'.repeat(1024));
        req.end();
      });
      assert.equal(response.status, 400);
      assert.match(response.body, /larger than 4096 bytes/);
    });

    it('a body that is not sent as application/json', async () => {
      await refused(
        await session('{}', { 'Content-Type': 'text/plain' }),
        /^send the body as JSON, with Content-Type: application\/json$/,
      );
    });

    it('a locale that is not a language tag, listing the supported ones', async () => {
      await refused(
        await session({ locale: 'de DE' }),
        /^locale "de DE" is not a language tag; use one of ar, az, bg, .*pt-BR.*, zh-HK$/,
      );
      await refused(await session({ locale: 42 }), /^locale must be a language tag/);
    });

    it('an unknown redirect target', async () => {
      await refused(
        await session({}, {}, '?redirect=top'),
        /^redirect must be same-origin, cross-origin or none \(got "top"\)$/,
      );
    });

    it('an unknown reason', async () => {
      await refused(await session({ reason: 'retry' }), /^reason must be "initial" or "refresh"$/);
    });

    it('a tokenLifetime out of format or range', async () => {
      await refused(
        await session({}, {}, '?tokenLifetime=abc'),
        /^tokenLifetime must be a whole number followed by s, m, h or d/,
      );
      await refused(
        await session({}, {}, '?tokenLifetime=9s'),
        /^tokenLifetime must be from 10s to 60d \(got 9s\) for the simulator$/,
      );
      await refused(
        await session({}, {}, '?tokenLifetime=61d'),
        /^tokenLifetime must be from 10s to 60d/,
      );
    });
  });

  it('answers 405 with Allow to a wrong method', async () => {
    const get = await fetch(`${server.url}/api/session`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    assert.deepEqual(await json(get), { error: '/api/session accepts POST only' });

    const post = await fetch(`${server.url}/api/config`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    await json(post);

    const del = await fetch(`${server.url}/api/simulator/session`, { method: 'DELETE' });
    assert.equal(del.status, 405);
    await json(del);
  });

  it('passes everything else on to next()', async () => {
    for (const path of [
      '/',
      '/simulator/',
      '/api',
      '/api/sessions',
      '/redirect.html?api/session',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.equal(await response.text(), 'next()');
    }
  });
});

describe('the session API with Jumio', () => {
  let fake: FakeJumio;
  let server: Awaited<ReturnType<typeof serve>>;
  let logs: ReturnType<typeof captureConsole>;

  before(async () => {
    fake = await FakeJumio.start();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    logs = captureConsole();
    const { jumio } = readDemoConfig(fake.env({ JUMIO_DC: 'eu', JUMIO_TOKEN_LIFETIME: '2h' }));
    assert.ok(jumio);
    server = await serve(createDemoApi({ backend: new JumioBackend(jumio) }));
  });
  afterEach(async () => {
    const output = logs.output();
    logs.restore();
    await server.close();
    // Nothing secret in any answer or any log line, whatever the test did.
    for (const secret of [fake.clientId, fake.clientSecret, ...fake.issuedSecrets]) {
      assert.ok(!output.includes(secret), `a log line contains ${secret}`);
      for (const body of bodies) assert.ok(!body.includes(secret), `an answer contains ${secret}`);
    }
    fake.reset();
  });

  const session = (body?: unknown, headers: Record<string, string> = {}, query = '') =>
    postSession(`${server.url}/api/session${query}`, body, { Origin: PAGE, ...headers });

  it('GET /api/config reports Jumio, its data center and the lifetime the server sets', async () => {
    assert.deepEqual(await json(await fetch(`${server.url}/api/config`)), {
      backend: 'jumio',
      dataCenter: 'eu',
      simulatorOrigin: null,
      tokenLifetime: '2h',
      pageSetsTokenLifetime: false,
    } satisfies ConfigAnswer);
  });

  it("answers Jumio's account response, without the SDK and API tokens", async () => {
    const response = await session({ locale: 'es-MX', reason: 'initial' });
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(AccountResponseSchema.safeParse(body).success, true);
    assert.deepEqual((body.workflowExecution as { credentials: unknown }).credentials, []);
    assert.equal('sdk' in body, false);
    assert.equal((fake.accountBodies()[0]?.web as { locale: string }).locale, 'es-MX');
    assert.deepEqual(fake.refusals, []);
  });

  it('creates the account with POST, then updates it with PUT for the same browser', async () => {
    const first = await session();
    const cookie = cookieOf(first);
    const { account } = await json(first);
    const second = await session({ reason: 'refresh' }, { Cookie: cookie });
    assert.deepEqual((await json(second)).account, account);
    assert.deepEqual(
      fake.accountCalls.map((call) => `${call.method} ${call.path}`),
      ['POST /api/v1/accounts', `PUT /api/v1/accounts/${(account as { id: string }).id}`],
    );
  });

  it("answers 502 with Jumio's status and advice when Jumio refuses", async () => {
    fake.scripted.push({ status: 403, body: { message: 'Forbidden' } });
    const forbidden = await session();
    assert.equal(forbidden.status, 502);
    // The browser learns the status; the advice is for the operator, in the log.
    assert.equal(
      (await json(forbidden)).error,
      'could not create a verification session (Jumio answered 403); the server log says why',
    );
    assert.match(
      logs.output(),
      /\[demo\] session failed \(jumio\): Jumio's account API answered 403 Forbidden: check the User-Agent/,
    );

    fake.scripted.push({ status: 400 });
    const bad = await session();
    assert.equal(bad.status, 502);
    assert.match(String((await json(bad)).error), /Jumio answered 400/);
    assert.match(logs.output(), /answered 400 Bad Request: a header or a value was refused/);
  });

  it('answers 502 for an invalid account response', async () => {
    fake.scripted.push({ status: 200, body: { web: { href: '' } } });
    const response = await session();
    assert.equal(response.status, 502);
    assert.equal(
      (await json(response)).error,
      'could not create a verification session; the server log says why',
    );
    assert.match(logs.output(), /not an account response/);
  });

  it('forgets an account Jumio no longer has, so the next session creates a new one', async () => {
    const first = await session();
    const cookie = cookieOf(first);
    await json(first);
    fake.scripted.push({ status: 404 });
    const gone = await session({}, { Cookie: cookie });
    assert.equal(gone.status, 502);
    assert.match(String((await json(gone)).error), /Jumio answered 404/);
    assert.match(logs.output(), /answered 404 Not Found: account [\w-]+ does not exist/);
    const fresh = await session({}, { Cookie: cookie });
    assert.equal(fresh.status, 200);
    assert.match(fresh.headers.get('set-cookie') ?? '', /^jumio_verify_demo_user=/);
    await json(fresh);
    assert.deepEqual(
      fake.accountCalls.map((call) => call.method),
      ['POST', 'PUT', 'POST'],
    );
  });

  it('ignores ?tokenLifetime: against Jumio the server decides, and logs what it sent', async () => {
    const response = await session({}, {}, '?tokenLifetime=60d');
    assert.equal(response.status, 200);
    await json(response);
    assert.equal(fake.accountBodies().at(-1)?.tokenLifetime, '2h');
    assert.match(logs.output(), /tokenLifetime 2h/);
  });

  it('ignores ?redirect: against Jumio the URLs come from its configuration', async () => {
    const response = await session({}, {}, '?redirect=bogus');
    assert.equal(response.status, 200);
    await json(response);
    assert.doesNotMatch(logs.output(), /redirect/);
  });

  it('has no simulator route', async () => {
    const response = await fetch(`${server.url}/api/simulator/session?authorizationToken=x`);
    assert.equal(response.status, 404);
    assert.equal(await response.text(), 'next()');
  });
});
