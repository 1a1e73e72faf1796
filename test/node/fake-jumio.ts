import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received. */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** An answer a test forces onto the next account call, before any check. */
export interface ScriptedReply {
  readonly status: number;
  readonly body?: unknown;
}

/**
 * A stand-in for Jumio's OAuth2 endpoint and account API on 127.0.0.1, strict the way the seed
 * says Jumio is: a missing or wrong header or value is refused with 400, 401 or 403, and the reason
 * is recorded in `refusals`, so a test that expects success also proves every header was right.
 * It answers with the seed's example responses, `sdk.token` and `api.token` included.
 */
export class FakeJumio {
  readonly clientId = 'fake-client-id-7d1c';
  readonly clientSecret = 'fake-client-secret-9b2e4f';
  readonly userAgent = 'Acme Corp jumio-verify-demo/1.0';
  readonly tokenCalls: RecordedCall[] = [];
  readonly accountCalls: RecordedCall[] = [];
  /** Why the fake refused a call, one line each. */
  readonly refusals: string[] = [];
  /** Every access token issued, and every sdk/api token answered: none may reach a browser. */
  readonly issuedSecrets: string[] = [];
  /** Answers for the next account calls, used in order. */
  readonly scripted: ScriptedReply[] = [];
  /** The token endpoint's next answers, used in order. */
  readonly scriptedTokenReplies: ScriptedReply[] = [];

  readonly #server: Server;
  readonly #validTokens = new Set<string>();
  readonly #accounts = new Set<string>();

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeJumio> {
    const server = createServer();
    const fake = new FakeJumio(server);
    server.on('request', (req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const call = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
        const { status, json } = fake.#answer(call);
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }
  get authUrl(): string {
    return `${this.origin}/oauth2/token`;
  }
  get accountUrl(): string {
    return `${this.origin}/api/v1/accounts`;
  }

  /** The settings that point the demo server at this fake. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      JUMIO_CLIENT_ID: this.clientId,
      JUMIO_CLIENT_SECRET: this.clientSecret,
      JUMIO_USER_AGENT: this.userAgent,
      JUMIO_AUTH_URL: this.authUrl,
      JUMIO_ACCOUNT_URL: this.accountUrl,
      ...extra,
    };
  }

  /** Ends every token issued so far, as Jumio does after 60 minutes. */
  revokeTokens(): void {
    this.#validTokens.clear();
  }

  /** Forgets the calls, refusals, scripted replies and tokens of a test; accounts stay. */
  reset(): void {
    for (const list of [
      this.tokenCalls,
      this.accountCalls,
      this.refusals,
      this.issuedSecrets,
      this.scripted,
      this.scriptedTokenReplies,
    ]) {
      list.length = 0;
    }
    this.revokeTokens();
  }

  /** The JSON bodies of the account calls. */
  accountBodies(): Record<string, unknown>[] {
    return this.accountCalls.map((call) => JSON.parse(call.body) as Record<string, unknown>);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => {
      this.#server.close(() => {
        resolve();
      });
    });
  }

  #answer(call: RecordedCall): { status: number; json: unknown } {
    if (call.path === '/oauth2/token') {
      this.tokenCalls.push(call);
      const scripted = this.scriptedTokenReplies.shift();
      if (scripted)
        return { status: scripted.status, json: scripted.body ?? { error: 'scripted' } };
      return this.#token(call);
    }
    if (call.path.startsWith('/api/v1/accounts')) {
      this.accountCalls.push(call);
      const scripted = this.scripted.shift();
      if (scripted)
        return { status: scripted.status, json: scripted.body ?? { message: 'scripted' } };
      return this.#account(call);
    }
    return this.#refuse(404, `unknown path ${call.path}`);
  }

  #refuse(status: number, why: string): { status: number; json: unknown } {
    this.refusals.push(`${status}: ${why}`);
    return { status, json: { message: why } };
  }

  /** Seed: "Request Access Token". */
  #token({ method, headers, body }: RecordedCall): { status: number; json: unknown } {
    if (method !== 'POST') return this.#refuse(405, `token call with ${method}`);
    if (headers.accept !== 'application/json')
      return this.#refuse(400, 'token call without Accept: application/json');
    if (headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return this.#refuse(400, `token call with Content-Type ${headers['content-type']}`);
    }
    const basic = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
    if (headers.authorization !== basic)
      return this.#refuse(401, 'token call without the Basic credentials');
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials' || [...form.keys()].length !== 1) {
      return this.#refuse(400, `token call with form ${body}`);
    }
    const accessToken = `fake-access-token-${randomBytes(12).toString('base64url')}`;
    this.#validTokens.add(accessToken);
    this.issuedSecrets.push(accessToken);
    return {
      status: 200,
      json: { access_token: accessToken, expires_in: 3600, token_type: 'Bearer' },
    };
  }

  /** Seed: "Account Creation" and "Account Update". */
  #account({ method, path, headers, body }: RecordedCall): { status: number; json: unknown } {
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    if (!token || !this.#validTokens.has(token))
      return this.#refuse(401, 'account call without a valid Bearer token');
    if (headers.accept !== 'application/json')
      return this.#refuse(403, 'account call without Accept: application/json');
    if (headers['content-type'] !== 'application/json') {
      return this.#refuse(403, `account call with Content-Type ${headers['content-type']}`);
    }
    if (headers['user-agent'] !== this.userAgent) {
      return this.#refuse(403, `account call with User-Agent ${headers['user-agent']}`);
    }
    if (headers['content-length'] !== String(Buffer.byteLength(body))) {
      return this.#refuse(403, 'account call without a correct Content-Length');
    }

    const id = /^\/api\/v1\/accounts(?:\/([^/]+))?$/.exec(path)?.[1];
    if (method === 'PUT' && id !== undefined) {
      if (!this.#accounts.has(id)) return this.#refuse(404, `no account ${id}`);
    } else if (method !== 'POST' || id !== undefined) {
      return this.#refuse(405, `${method} ${path}`);
    }

    const problem = checkAccountBody(body);
    if (problem) return this.#refuse(400, problem);
    const request = JSON.parse(body) as {
      web?: { locale?: string; successUrl?: string; errorUrl?: string };
    };

    const accountId = id ?? randomUUID();
    this.#accounts.add(accountId);
    const workflowExecutionId = randomUUID();
    const credentialId = randomUUID();
    const sdkToken = `fake-sdk-token-${randomBytes(12).toString('base64url')}`;
    const apiToken = `fake-api-token-${randomBytes(12).toString('base64url')}`;
    const authorizationToken = `fake-authorization-${randomBytes(12).toString('base64url')}`;
    this.issuedSecrets.push(sdkToken, apiToken);
    const locale = request.web?.locale ? `&locale=${request.web.locale}` : '';
    const api = `https://api.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`;
    return {
      status: 200,
      json: {
        timestamp: new Date().toISOString(),
        account: { id: accountId },
        web: {
          href: `https://mycompany.web.amer-1.jumio.ai/web/v4/app?authorizationToken=${authorizationToken}${locale}`,
          successUrl: request.web?.successUrl,
          errorUrl: request.web?.errorUrl,
        },
        sdk: { token: sdkToken },
        workflowExecution: {
          id: workflowExecutionId,
          credentials: [
            {
              id: credentialId,
              category: 'ID',
              allowedChannels: ['WEB', 'API', 'SDK'],
              api: {
                token: apiToken,
                parts: { front: `${api}/credentials/${credentialId}/parts/FRONT` },
                workflowExecution: api,
              },
            },
          ],
        },
      },
    };
  }
}

/** What is wrong with an account request body, per the seed's Request Body table, if anything. */
function checkAccountBody(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'body is not JSON';
  }
  if (typeof json !== 'object' || json === null) return 'body is not an object';
  const request = json as Record<string, unknown>;
  const reference = request.customerInternalReference;
  if (typeof reference !== 'string' || !reference || reference.length > 100) {
    return 'customerInternalReference missing or longer than 100';
  }
  const definition = request.workflowDefinition as { key?: unknown } | undefined;
  if (typeof definition?.key !== 'number') return 'workflowDefinition.key missing';
  const lifetime = request.tokenLifetime;
  if (lifetime !== undefined && (typeof lifetime !== 'string' || !/^\d+[smhd]$/.test(lifetime))) {
    return `tokenLifetime ${JSON.stringify(lifetime)}`;
  }
  const web = (request.web ?? {}) as Record<string, unknown>;
  if (web.locale !== undefined && (typeof web.locale !== 'string' || web.locale.length > 5)) {
    return 'web.locale longer than 5';
  }
  for (const key of ['successUrl', 'errorUrl']) {
    const value = web[key];
    if (value !== undefined && (typeof value !== 'string' || value.length > 255))
      return `web.${key}`;
  }
  const known = new Set([
    'customerInternalReference',
    'workflowDefinition',
    'userReference',
    'tokenLifetime',
    'web',
    'callbackUrl',
    'reportingCriteria',
  ]);
  const unknown = Object.keys(request).filter((key) => !known.has(key));
  return unknown.length ? `unknown fields ${unknown.join(', ')}` : undefined;
}
