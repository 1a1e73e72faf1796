import type { DataCenter } from '../../src/protocol/client-url.js';
import type { LocaleCode } from '../../src/protocol/locales.js';
import type { TokenLifetime, TokenLifetimeRange } from './token-lifetime.js';

/** What the session route asks a back end for: one new workflow (transaction) for a user. */
export interface BackendRequest {
  /** The user's account, to add a workflow to it (seed: Account Update); `undefined` creates one. */
  readonly accountId: string | undefined;
  /** This transaction's reference: `demo-<random>`, never PII (seed: Account Creation). */
  readonly customerInternalReference: string;
  /** For `web.locale`; `undefined` leaves the client's (or the Customer Portal's) default. */
  readonly locale: LocaleCode | undefined;
  /** The lifetime to give; `undefined` means the back end's default. Already within range. */
  readonly tokenLifetime: TokenLifetime | undefined;
  /** The demo page's origin, where `redirect.html` is. */
  readonly pageOrigin: string;
  /**
   * Where the simulator's session sends the browser at the end (`?redirect=` on the session
   * route); `undefined` means `same-origin`. Jumio's back end ignores it: its URLs come from
   * JUMIO_SUCCESS_URL / JUMIO_ERROR_URL or the Customer Portal.
   */
  readonly redirect?: RedirectTarget | undefined;
}

/**
 * The simulator's success and error URLs: `redirect.html` on the demo page's origin, the same page
 * on another origin (the simulator's second one), or none, so that the client ends by message only.
 */
export const REDIRECT_TARGETS = ['same-origin', 'cross-origin', 'none'] as const;

/** One of {@link REDIRECT_TARGETS}. */
export type RedirectTarget = (typeof REDIRECT_TARGETS)[number];

/**
 * What the browser gets: the seed's account response, reduced to what a page may see. Jumio's
 * `sdk.token` and `workflowExecution.credentials[].api.token` are bearer tokens for the SDK and
 * API channels; a web page needs only `web.href`, so they are never passed on.
 */
export interface BackendSession {
  readonly timestamp: string;
  readonly account: { readonly id: string };
  readonly web: {
    readonly href: string;
    readonly successUrl?: string;
    readonly errorUrl?: string;
  };
  readonly workflowExecution: { readonly id: string; readonly credentials: readonly [] };
}

/** Where sessions come from: the built-in simulator, or Jumio's account API. */
export interface SessionBackend {
  readonly name: 'simulator' | 'jumio';
  /** The data center the hrefs point into (the simulator only reports it). */
  readonly dataCenter: DataCenter;
  /** What a page may ask for with `?tokenLifetime=`; `undefined`: only the server decides. */
  readonly pageTokenLifetimes: TokenLifetimeRange | undefined;
  /** The lifetime of a session whose request names none. */
  readonly defaultTokenLifetime: TokenLifetime;
  /** Creates or updates the account. Rejects with a {@link SessionBackendError}. */
  createSession(request: BackendRequest): Promise<BackendSession>;
}

/**
 * A back end's failure, worded for the person running the demo: what went wrong and what to
 * check. It goes to the server's log (the browser learns only the status), and never contains a
 * secret or a token.
 */
export class SessionBackendError extends Error {
  override readonly name = 'SessionBackendError';
  /** Jumio's HTTP status, when Jumio answered. */
  readonly upstreamStatus: number | undefined;

  constructor(message: string, upstreamStatus?: number) {
    super(message);
    this.upstreamStatus = upstreamStatus;
  }
}
