import { STATUS_CODES } from 'node:http';
import * as z from 'zod/mini';
import {
  AccountResponseSchema,
  type AccountResponse,
} from '../../src/protocol/session-response.js';
import type { JumioConfig } from './config.js';
import {
  SessionBackendError,
  type SessionBackend,
  type BackendRequest,
  type BackendSession,
} from './session-backend.js';
import { JUMIO_TOKEN_LIFETIMES, type TokenLifetime } from './token-lifetime.js';

/** The body of Account Creation and Account Update (seed: Account Creation > Request Body). */
export interface AccountRequestBody {
  readonly customerInternalReference: string;
  readonly userReference?: string;
  readonly workflowDefinition: { readonly key: number };
  readonly tokenLifetime: string;
  readonly web: {
    readonly successUrl?: string;
    readonly errorUrl?: string;
    readonly locale?: string;
  };
}

/** An account response with the identifiers the demo relies on. */
export type InitiatedAccount = AccountResponse & {
  readonly account: { readonly id: string };
  readonly workflowExecution: { readonly id: string };
};

/** Seed: OAuth2 > Response. */
const TokenResponseSchema = z.object({
  // What an Authorization header can carry: fetch would refuse anything else, quoting it.
  access_token: z.string().check(z.regex(/^[\x21-\x7e]+$/)),
  expires_in: z.number().check(z.positive()),
  token_type: z.optional(z.string()),
});

/** A token is renewed this long before Jumio says it expires, so no call carries a dying one. */
const RENEW_BEFORE_MS = 60_000;

export interface JumioClientOptions {
  /** The clock, in milliseconds since the epoch (tests move it instead of sleeping). */
  readonly now?: () => number;
  /** How long one call to Jumio may take. */
  readonly timeoutMs?: number;
}

type Endpoint = "Jumio's OAuth2 endpoint" | "Jumio's account API";

/**
 * Jumio's account API with OAuth2 client credentials, as the seed describes them: an access token
 * from `POST /oauth2/token`, cached until shortly before it expires (60 minutes), then
 * `POST /api/v1/accounts` (Account Creation) or `PUT /api/v1/accounts/{accountId}` (Account Update).
 */
export class JumioClient {
  readonly #config: JumioConfig;
  readonly #now: () => number;
  readonly #timeoutMs: number;
  #token: { value: string; renewAt: number } | undefined;
  /** Every token this client was given (a few a day), for blanking in Jumio's error texts. */
  readonly #issued = new Set<string>();
  /** The token request in flight, shared by concurrent sessions so that they make only one. */
  #pendingToken: Promise<string> | undefined;

  constructor(
    config: JumioConfig,
    { now = Date.now, timeoutMs = 15_000 }: JumioClientOptions = {},
  ) {
    this.#config = config;
    this.#now = now;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Creates an account (`accountId` undefined) or starts a new workflow on it. Rejects with a
   * {@link SessionBackendError} that says what to check.
   */
  async initiate(
    accountId: string | undefined,
    body: AccountRequestBody,
  ): Promise<InitiatedAccount> {
    const token = await this.#accessToken();
    let response = await this.#callAccountApi(accountId, body, token);
    if (response.status === 401) {
      // Seed: "Access Token Timeout". Jumio may end a token before our cache does (a revoked
      // client, a skewed clock): get a new one and try once more.
      if (this.#token?.value === token) this.#token = undefined;
      await response.body?.cancel();
      response = await this.#callAccountApi(accountId, body, await this.#accessToken());
    }
    const json = await this.#readJson(response, "Jumio's account API", accountId);
    const parsed = AccountResponseSchema.safeParse(json);
    const data = parsed.success ? parsed.data : undefined;
    if (!data?.account || !data.workflowExecution) {
      throw new SessionBackendError(
        `Jumio's account API answered ${response.status} with something that is not an account ` +
          'response: web.href, account.id and workflowExecution.id are required.',
        response.status,
      );
    }
    return { ...data, account: data.account, workflowExecution: data.workflowExecution };
  }

  #accessToken(): Promise<string> {
    if (this.#token && this.#now() < this.#token.renewAt) return Promise.resolve(this.#token.value);
    this.#pendingToken ??= this.#requestToken().finally(() => {
      this.#pendingToken = undefined;
    });
    return this.#pendingToken;
  }

  async #requestToken(): Promise<string> {
    const { clientId, clientSecret, authUrl } = this.#config;
    const basic = Buffer.from(`${clientId.reveal()}:${clientSecret.reveal()}`).toString('base64');
    const response = await this.#fetch(authUrl, "Jumio's OAuth2 endpoint", {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${basic}`,
      },
      body: 'grant_type=client_credentials',
    });
    const json = await this.#readJson(response, "Jumio's OAuth2 endpoint", undefined);
    const token = TokenResponseSchema.safeParse(json);
    if (!token.success) {
      throw new SessionBackendError(
        `Jumio's OAuth2 endpoint answered ${response.status} without access_token and ` +
          'expires_in: check JUMIO_AUTH_URL.',
        response.status,
      );
    }
    const { access_token: value, expires_in: expiresIn } = token.data;
    this.#token = { value, renewAt: this.#now() + expiresIn * 1000 - RENEW_BEFORE_MS };
    this.#issued.add(value);
    return value;
  }

  #callAccountApi(
    accountId: string | undefined,
    body: AccountRequestBody,
    token: string,
  ): Promise<Response> {
    const { accountUrl, userAgent } = this.#config;
    return this.#fetch(
      accountId ? `${accountUrl}/${encodeURIComponent(accountId)}` : accountUrl,
      "Jumio's account API",
      {
        method: accountId ? 'PUT' : 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'User-Agent': userAgent,
        },
        body: JSON.stringify(body),
      },
    );
  }

  async #fetch(url: string, endpoint: Endpoint, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(this.#timeoutMs) });
    } catch (error) {
      // A TypeError without a network cause is fetch refusing the request itself, and its
      // message may quote a header: the credentials or the token.
      const why =
        error instanceof Error && error.name === 'TimeoutError'
          ? `no answer within ${this.#timeoutMs / 1000} s`
          : error instanceof TypeError && !(error.cause instanceof Error)
            ? 'the request could not be made'
            : causeCode(error);
      throw new SessionBackendError(`Could not reach ${endpoint} at ${new URL(url).host}: ${why}.`);
    }
  }

  /** The body of a 2xx answer as JSON; any other status becomes an error that says what to check. */
  async #readJson(
    response: Response,
    endpoint: Endpoint,
    accountId: string | undefined,
  ): Promise<unknown> {
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.ok) return json;
    const { status } = response;
    const said = this.#jumioMessage(json);
    throw new SessionBackendError(
      `${endpoint} answered ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd() +
        `: ${advice(endpoint, status, accountId)}${said ? ` Jumio said: "${said}"` : ''}`,
      status,
    );
  }

  /** Jumio's own error text, if any, cut short and with every credential blanked. */
  #jumioMessage(json: unknown): string | undefined {
    if (typeof json !== 'object' || json === null) return undefined;
    const fields = json as Record<string, unknown>;
    const said = [fields.message, fields.error_description, fields.error].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    if (!said) return undefined;
    const id = this.#config.clientId.reveal();
    const secret = this.#config.clientSecret.reveal();
    const basic = Buffer.from(`${id}:${secret}`).toString('base64');
    // Blanked before it is cut: a secret across the cut would no longer match, and half stay.
    return [basic, id, secret, ...this.#issued]
      .reduce((text, value) => text.replaceAll(value, '[redacted]'), said)
      .slice(0, 200)
      .replaceAll('"', "'");
  }
}

function advice(endpoint: Endpoint, status: number, accountId: string | undefined): string {
  if (endpoint === "Jumio's OAuth2 endpoint") {
    if (status === 400 || status === 401) {
      return (
        'JUMIO_CLIENT_ID and JUMIO_CLIENT_SECRET were refused. Copy them from the Customer ' +
        'Portal (Settings > API credentials > OAuth2 Clients), and check that JUMIO_DC is the ' +
        'data center of your account (us, eu, sg).'
      );
    }
    if (status === 403) {
      return (
        'check the OAuth2 client: OAuth2 has to be activated for your account (ask your Jumio ' +
        "Account Manager), and JUMIO_DC must be your account's data center."
      );
    }
    if (status === 404) return 'check JUMIO_AUTH_URL.';
  } else {
    if (status === 400) {
      return (
        'a header or a value was refused. Check JUMIO_WORKFLOW_KEY, JUMIO_TOKEN_LIFETIME ' +
        `(${JUMIO_TOKEN_LIFETIMES.min.text} to ${JUMIO_TOKEN_LIFETIMES.max.text}), ` +
        'JUMIO_SUCCESS_URL and JUMIO_ERROR_URL.'
      );
    }
    if (status === 401) {
      return (
        'a new access token was refused too. Check that the OAuth2 client belongs to the ' +
        'JUMIO_DC data center.'
      );
    }
    if (status === 403) {
      return (
        'check the User-Agent (JUMIO_USER_AGENT must name your business) and the OAuth2 ' +
        'client (it must be allowed to create accounts with this workflow).'
      );
    }
    if (status === 404) {
      return accountId
        ? `account ${accountId} does not exist (any more); the next session creates a new one.`
        : 'check JUMIO_ACCOUNT_URL.';
    }
  }
  return status >= 500 ? "the failure is on Jumio's side; try again later." : 'unexpected status.';
}

/** fetch only says "fetch failed"; the cause says why: ECONNREFUSED, ENOTFOUND, "bad port"… */
function causeCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const { code } = cause as NodeJS.ErrnoException;
    return code ?? cause.message;
  }
  return error instanceof Error ? error.message : 'network error';
}

/** Sessions from Jumio's account API, for the demo's session route. */
export class JumioBackend implements SessionBackend {
  readonly name = 'jumio';
  // A page must not be able to ask for a 60-day token: JUMIO_TOKEN_LIFETIME decides.
  readonly pageTokenLifetimes = undefined;
  readonly #config: JumioConfig;
  readonly #client: JumioClient;

  constructor(config: JumioConfig, client: JumioClient = new JumioClient(config)) {
    this.#config = config;
    this.#client = client;
  }

  get dataCenter(): JumioConfig['dataCenter'] {
    return this.#config.dataCenter;
  }

  get defaultTokenLifetime(): TokenLifetime {
    return this.#config.tokenLifetime;
  }

  async createSession(request: BackendRequest): Promise<BackendSession> {
    const { workflowKey, successUrl, errorUrl } = this.#config;
    const response = await this.#client.initiate(request.accountId, {
      customerInternalReference: request.customerInternalReference,
      workflowDefinition: { key: workflowKey },
      tokenLifetime: (request.tokenLifetime ?? this.defaultTokenLifetime).text,
      // Without JUMIO_SUCCESS_URL / JUMIO_ERROR_URL the Customer Portal's settings apply.
      web: { successUrl, errorUrl, locale: request.locale },
    });
    const { web } = response;
    return {
      timestamp: response.timestamp ?? new Date().toISOString(),
      account: { id: response.account.id },
      web: { href: web.href, successUrl: web.successUrl, errorUrl: web.errorUrl },
      workflowExecution: { id: response.workflowExecution.id, credentials: [] },
    };
  }
}
