import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  DATA_CENTERS,
  isAllowedClientUrl,
  matchDataCenter,
  type DataCenter,
} from '../../src/protocol/client-url.js';
import { JUMIO_TOKEN_LIFETIMES, parseTokenLifetime, type TokenLifetime } from './token-lifetime.js';

/**
 * A credential that never prints: in a template string, `JSON.stringify` or `console.log` it is
 * `[redacted]` (private fields are not shown by `util.inspect`). Only `reveal()` gives the value,
 * at the one place that sends it to Jumio.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
}

/** How to reach Jumio: read from `JUMIO_*` (README: "The demo server"). */
export interface JumioConfig {
  /** The OAuth2 client's ID and secret (Customer Portal > Settings > API credentials > OAuth2 Clients). */
  readonly clientId: Secret;
  readonly clientSecret: Secret;
  readonly dataCenter: DataCenter;
  /** `workflowDefinition.key`, e.g. 10011 (ID and Identity Verification). */
  readonly workflowKey: number;
  /** The `tokenLifetime` sent when the request does not name one. */
  readonly tokenLifetime: TokenLifetime;
  readonly successUrl: string | undefined;
  readonly errorUrl: string | undefined;
  /** Jumio requires it to name your business, for their API troubleshooting (seed: Request Headers). */
  readonly userAgent: string;
  /** The OAuth2 token endpoint and the accounts collection, normally derived from the data center. */
  readonly authUrl: string;
  readonly accountUrl: string;
}

/** The demo server's settings. */
export interface DemoConfig {
  readonly dataCenter: DataCenter;
  /** `DEMO_SIMULATOR_PORT`; `undefined` means Vite's port + 1. */
  readonly simulatorPort: number | undefined;
  /**
   * Set when both `JUMIO_CLIENT_ID` and `JUMIO_CLIENT_SECRET` are, unless `DEMO_BACKEND` is
   * `simulator`: sessions then come from Jumio.
   */
  readonly jumio: JumioConfig | undefined;
}

/** The configuration cannot work; the message names each variable at fault and what it must be. */
export class DemoConfigError extends Error {
  override readonly name = 'DemoConfigError';
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** An optional variable whose text `parse` turns into a value, or into what it must be. */
function setting<T>(parse: (text: string) => Parsed<T>) {
  return z.optional(
    z.pipe(
      z.string(),
      z.transform((text: string, ctx) => {
        const result = parse(text);
        if (result.ok) return result.value;
        ctx.issues.push({ code: 'custom', message: result.message, input: text });
        return z.NEVER;
      }),
    ),
  );
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = (message: string): Parsed<never> => ({ ok: false, message });

const credential = (text: string): Parsed<Secret> =>
  // A header value: a newline here would split the Basic auth header.
  /^[\x21-\x7e]+$/.test(text)
    ? ok(new Secret(text))
    : problem('must be the value from the Customer Portal, without spaces or quotes');

function url(text: string, { credentials }: { credentials: boolean }): Parsed<string> {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return problem('must be an absolute URL');
  }
  if (credentials) {
    // These receive the OAuth2 credentials and access tokens: never over plain http on a network.
    return isAllowedClientUrl(parsed)
      ? ok(parsed.href.replace(/\/+$/, ''))
      : problem(
          'must be an https URL (http only on localhost, 127.0.0.1 or [::1], for a local fake)',
        );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return problem('must be an http(s) URL');
  // Seed: web.successUrl and web.errorUrl are at most 255 characters.
  return text.length <= 255 ? ok(text) : problem('must be at most 255 characters long');
}

const EnvSchema = z.object({
  JUMIO_CLIENT_ID: setting(credential),
  JUMIO_CLIENT_SECRET: setting(credential),
  JUMIO_DC: setting((text) => {
    const dc = matchDataCenter(text);
    return dc ? ok(dc) : problem('must be us, eu or sg');
  }),
  JUMIO_WORKFLOW_KEY: setting((text) =>
    /^[1-9]\d{0,8}$/.test(text)
      ? ok(Number(text))
      : problem('must be a workflow definition key, a positive whole number such as 10011'),
  ),
  JUMIO_TOKEN_LIFETIME: setting((text) => {
    const parsed = parseTokenLifetime(text, JUMIO_TOKEN_LIFETIMES);
    return parsed.ok ? ok(parsed.lifetime) : problem(parsed.message);
  }),
  JUMIO_SUCCESS_URL: setting((text) => url(text, { credentials: false })),
  JUMIO_ERROR_URL: setting((text) => url(text, { credentials: false })),
  JUMIO_USER_AGENT: setting((text) =>
    /^[\x20-\x7e]{1,200}$/.test(text)
      ? ok(text)
      : problem(
          'must be printable ASCII of at most 200 characters, such as "YourCompany YourApp/1.0"',
        ),
  ),
  JUMIO_AUTH_URL: setting((text) => url(text, { credentials: true })),
  JUMIO_ACCOUNT_URL: setting((text) => url(text, { credentials: true })),
  DEMO_SIMULATOR_PORT: setting((text) =>
    /^\d{1,5}$/.test(text) && Number(text) <= 65_535
      ? ok(Number(text))
      : problem('must be a port number from 0 to 65535 (0: any free port)'),
  ),
  // `simulator`: the simulator even where credentials are set (npm test, npm run screenshots).
  DEMO_BACKEND: setting((text) =>
    text === 'simulator' ? ok(text) : problem('must be "simulator", or unset'),
  ),
});

/** Sent when `JUMIO_USER_AGENT` is not set. Name your business there for Jumio's support. */
export const DEFAULT_USER_AGENT = 'jumio-verify-demo/0.1';
/** Seed: "Workflow Definition Keys": 10011 is ID + Identity Verification. */
export const DEFAULT_WORKFLOW_KEY = 10011;

/**
 * Reads the settings from an environment. Empty variables count as unset, as in a `.env` copied
 * from a template. Throws a {@link DemoConfigError} listing every problem; it never quotes the
 * value of a credential.
 */
export function readDemoConfig(env: Readonly<Record<string, string | undefined>>): DemoConfig {
  const set = Object.fromEntries(
    Object.keys(EnvSchema.def.shape).flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const parsed = EnvSchema.safeParse(set);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
  const settings = parsed.success ? parsed.data : undefined;
  const { JUMIO_CLIENT_ID: clientId, JUMIO_CLIENT_SECRET: clientSecret } = settings ?? {};

  if (Boolean(set.JUMIO_CLIENT_ID) !== Boolean(set.JUMIO_CLIENT_SECRET)) {
    const missing = set.JUMIO_CLIENT_ID ? 'JUMIO_CLIENT_SECRET' : 'JUMIO_CLIENT_ID';
    problems.push(
      `${missing} is missing: set both JUMIO_CLIENT_ID and JUMIO_CLIENT_SECRET to use Jumio's ` +
        'API, or neither to use the simulator',
    );
  }
  if (!settings || problems.length > 0) {
    throw new DemoConfigError(
      'jumio-verify demo: invalid configuration (environment or .env):\n' +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
  }

  const dataCenter = settings.JUMIO_DC ?? 'us';
  const region = DATA_CENTERS[dataCenter];
  return {
    dataCenter,
    simulatorPort: settings.DEMO_SIMULATOR_PORT,
    jumio:
      clientId && clientSecret && settings.DEMO_BACKEND !== 'simulator'
        ? {
            clientId,
            clientSecret,
            dataCenter,
            workflowKey: settings.JUMIO_WORKFLOW_KEY ?? DEFAULT_WORKFLOW_KEY,
            tokenLifetime: settings.JUMIO_TOKEN_LIFETIME ?? JUMIO_TOKEN_LIFETIMES.fallback,
            successUrl: settings.JUMIO_SUCCESS_URL,
            errorUrl: settings.JUMIO_ERROR_URL,
            userAgent: settings.JUMIO_USER_AGENT ?? DEFAULT_USER_AGENT,
            // Seed: "Access Token URL (OAuth2)" and "Account Creation".
            authUrl: settings.JUMIO_AUTH_URL ?? `https://auth.${region}.jumio.ai/oauth2/token`,
            accountUrl:
              settings.JUMIO_ACCOUNT_URL ?? `https://account.${region}.jumio.ai/api/v1/accounts`,
          }
        : undefined,
  };
}

/**
 * Loads `<directory>/.env` into `process.env` when there is one; variables already set win.
 * Returns its path, or `undefined` when there is none.
 */
export function loadDotEnv(directory: string): string | undefined {
  const path = join(directory, '.env');
  if (!existsSync(path)) return undefined;
  process.loadEnvFile(path);
  return path;
}
