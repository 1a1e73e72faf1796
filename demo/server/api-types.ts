// What the demo server answers the browser: the types the server (api.ts, simulator-backend.ts)
// and the pages (demo.ts, the simulated client) share. Types only and no Node imports, so that the
// browser code can import them.
import type { DataCenter } from '../../src/protocol/client-url.js';
import type { LocaleCode } from '../../src/protocol/locales.js';

/** `GET /api/config`: which back end the demo server talks to. */
export interface ConfigAnswer {
  readonly backend: 'simulator' | 'jumio';
  readonly dataCenter: DataCenter;
  /** Where the simulated client is served, once its second origin listens; else `null`. */
  readonly simulatorOrigin: string | null;
  /** The token lifetime of a session whose request names none, such as `30m`. */
  readonly tokenLifetime: string;
  /** Whether `POST /api/session?tokenLifetime=` is heeded (the simulator), or ignored (Jumio). */
  readonly pageSetsTokenLifetime: boolean;
}

/**
 * `GET /api/simulator/session`: the session behind an authorization token, or why there is none.
 * It stands in for the real client's status and settings calls: `redirects` are what the settings
 * answer's `redirects` would be (the account's success and error URLs), absent when it has none.
 */
export type SimulatorSessionStatus =
  | {
      valid: true;
      expiresAt: string;
      accountId: string;
      workflowExecutionId: string;
      customerInternalReference: string;
      locale: LocaleCode | null;
      redirects: { success?: string; error?: string };
    }
  | { valid: false; reason: 'unknown' }
  /** An expired token still names its workflow, as Jumio's tokens carry it for the client. */
  | {
      valid: false;
      reason: 'expired';
      workflowExecutionId: string;
      customerInternalReference: string;
    };
