import { randomBytes, randomUUID } from 'node:crypto';
import type { DataCenter } from '../../src/protocol/client-url.js';
import type { LocaleCode } from '../../src/protocol/locales.js';
import type { SimulatorSessionStatus } from './api-types.js';
import type { SessionBackend, BackendRequest, BackendSession } from './session-backend.js';
import { SIMULATOR_TOKEN_LIFETIMES } from './token-lifetime.js';

/** A session the simulated client can be opened with, as the simulator keeps it. */
interface SimulatorSession {
  readonly accountId: string;
  readonly workflowExecutionId: string;
  readonly customerInternalReference: string;
  readonly locale: LocaleCode | undefined;
  readonly successUrl: string;
  readonly errorUrl: string;
  /** Milliseconds since the epoch, on the backend's clock. */
  readonly expiresAt: number;
}

/** Oldest sessions are forgotten beyond this, so a long-running demo does not grow forever. */
const MAX_SESSIONS = 1000;

export interface SimulatorBackendOptions {
  /** Reported by `/api/config`; the simulator has no data center of its own. */
  readonly dataCenter?: DataCenter;
  /** The clock, in milliseconds since the epoch (tests move it instead of sleeping). */
  readonly now?: () => number;
}

/**
 * Jumio's account API played offline: sessions live in memory and their `web.href` opens the
 * simulated client (`demo/simulator/`) on a second origin, so that the element's origin checks
 * work exactly as against Jumio.
 */
export class SimulatorBackend implements SessionBackend {
  readonly name = 'simulator';
  readonly pageTokenLifetimes = SIMULATOR_TOKEN_LIFETIMES;
  readonly defaultTokenLifetime = SIMULATOR_TOKEN_LIFETIMES.fallback;
  readonly dataCenter: DataCenter;
  /**
   * The origin the simulated client is served from, once the second server listens. Until then,
   * and in middleware mode where there is no second server, hrefs use the page's own origin.
   */
  origin: string | null = null;

  readonly #now: () => number;
  readonly #sessions = new Map<string, SimulatorSession>();

  constructor({ dataCenter = 'us', now = Date.now }: SimulatorBackendOptions = {}) {
    this.dataCenter = dataCenter;
    this.#now = now;
  }

  createSession(request: BackendRequest): Promise<BackendSession> {
    const lifetime = request.tokenLifetime ?? this.defaultTokenLifetime;
    const now = this.#now();
    const authorizationToken = randomBytes(24).toString('base64url');
    const redirect = `${request.pageOrigin}/redirect.html`;
    const session: SimulatorSession = {
      accountId: request.accountId ?? randomUUID(),
      workflowExecutionId: randomUUID(),
      customerInternalReference: request.customerInternalReference,
      locale: request.locale,
      successUrl: redirect,
      errorUrl: redirect,
      expiresAt: now + lifetime.seconds * 1000,
    };
    this.#remember(authorizationToken, session);

    const href = new URL('/simulator/', this.origin ?? request.pageOrigin);
    href.search = `authorizationToken=${authorizationToken}`;
    if (session.locale) href.search += `&locale=${session.locale}`;
    return Promise.resolve({
      timestamp: new Date(now).toISOString(),
      account: { id: session.accountId },
      web: { href: href.href, successUrl: session.successUrl, errorUrl: session.errorUrl },
      workflowExecution: { id: session.workflowExecutionId, credentials: [] },
    });
  }

  /** The session an authorization token belongs to, as the simulated client asks for it. */
  lookup(authorizationToken: string | null): SimulatorSessionStatus {
    const session = authorizationToken ? this.#sessions.get(authorizationToken) : undefined;
    if (!session) return { valid: false, reason: 'unknown' };
    if (this.#now() >= session.expiresAt) return { valid: false, reason: 'expired' };
    return {
      valid: true,
      expiresAt: new Date(session.expiresAt).toISOString(),
      accountId: session.accountId,
      workflowExecutionId: session.workflowExecutionId,
      customerInternalReference: session.customerInternalReference,
      locale: session.locale ?? null,
      successUrl: session.successUrl,
      errorUrl: session.errorUrl,
    };
  }

  #remember(authorizationToken: string, session: SimulatorSession): void {
    this.#sessions.set(authorizationToken, session);
    for (const oldest of this.#sessions.keys()) {
      if (this.#sessions.size <= MAX_SESSIONS) break;
      this.#sessions.delete(oldest);
    }
  }
}
