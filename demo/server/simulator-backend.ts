import { randomBytes, randomUUID } from 'node:crypto';
import type { DataCenter } from '../../src/protocol/client-url.js';
import type { LocaleCode } from '../../src/protocol/locales.js';
import type { SimulatorSessionStatus } from './api-types.js';
import type {
  BackendRequest,
  BackendSession,
  RedirectTarget,
  SessionBackend,
} from './session-backend.js';
import { SIMULATOR_TOKEN_LIFETIMES } from './token-lifetime.js';

/** A session the simulated client can be opened with, as the simulator keeps it. */
interface SimulatorSession {
  readonly accountId: string;
  readonly workflowExecutionId: string;
  readonly customerInternalReference: string;
  readonly locale: LocaleCode | undefined;
  /** `undefined` for a session without redirect URLs: the client then ends by message only. */
  readonly successUrl: string | undefined;
  readonly errorUrl: string | undefined;
  /** Milliseconds since the epoch, on the backend's clock. */
  readonly expiresAt: number;
}

/** Oldest sessions are forgotten beyond this, so a long-running demo does not grow forever. */
const MAX_SESSIONS = 1000;

/** The simulator's API on its origin: the href's `baseUrl`, as Jumio's points at its API host. */
export const SIMULATOR_API_PATH = '/api/simulator';

/** Where the simulated client is served, as Jumio's current hrefs are shaped. */
export const SIMULATOR_CLIENT_PATH = '/web/client';

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
    const redirect = this.#redirectPage(request.redirect ?? 'same-origin', request.pageOrigin);
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

    // Shaped like Jumio's current web.href: /web/client?baseUrl=<API>&authorizationToken=…&locale=…
    const origin = this.origin ?? request.pageOrigin;
    const href = new URL(SIMULATOR_CLIENT_PATH, origin);
    href.search =
      `baseUrl=${encodeURIComponent(`${origin}${SIMULATOR_API_PATH}`)}` +
      `&authorizationToken=${authorizationToken}`;
    if (session.locale) href.search += `&locale=${session.locale}`;
    return Promise.resolve({
      timestamp: new Date(now).toISOString(),
      account: { id: session.accountId },
      web: {
        href: href.href,
        ...(session.successUrl === undefined ? {} : { successUrl: session.successUrl }),
        ...(session.errorUrl === undefined ? {} : { errorUrl: session.errorUrl }),
      },
      workflowExecution: { id: session.workflowExecutionId, credentials: [] },
    });
  }

  /**
   * `redirect.html` on the page's origin, or on the simulator's (cross-origin to the page, as a
   * site's separate verification domain would be; in middleware mode there is no second origin,
   * so it is the page's too), or none.
   */
  #redirectPage(target: RedirectTarget, pageOrigin: string): string | undefined {
    switch (target) {
      case 'none':
        return undefined;
      case 'cross-origin':
        return `${this.origin ?? pageOrigin}/redirect.html`;
      case 'same-origin':
        return `${pageOrigin}/redirect.html`;
    }
  }

  /** The session an authorization token belongs to, as the simulated client asks for it. */
  lookup(authorizationToken: string | null): SimulatorSessionStatus {
    const session = authorizationToken ? this.#sessions.get(authorizationToken) : undefined;
    if (!session) return { valid: false, reason: 'unknown' };
    if (this.#now() >= session.expiresAt) {
      return {
        valid: false,
        reason: 'expired',
        workflowExecutionId: session.workflowExecutionId,
        customerInternalReference: session.customerInternalReference,
      };
    }
    return {
      valid: true,
      expiresAt: new Date(session.expiresAt).toISOString(),
      accountId: session.accountId,
      workflowExecutionId: session.workflowExecutionId,
      customerInternalReference: session.customerInternalReference,
      locale: session.locale ?? null,
      redirects: {
        ...(session.successUrl === undefined ? {} : { success: session.successUrl }),
        ...(session.errorUrl === undefined ? {} : { error: session.errorUrl }),
      },
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
