// The errors the simulator can produce, each one a situation in which the current client
// (@jumio/websdk 0.3.19) posts it (read from its bundle; the same list as CLIENT_ERRORS in
// test/fixtures/client-messages.ts): its legacy code, publicErrorCode and `retriable` flag, and
// what the client does next. The codes' meanings come from src/protocol/error-codes.ts.
import { describeErrorCode, type ErrorCode } from '../../src/protocol/error-codes.js';
import type { ClientErrorInfo } from './client-protocol.js';

/**
 * Where the error happens, which decides what follows it:
 * - `journey`: a closable error screen; the user goes on in the same frame, and a later `success`
 *   (or another error) comes from it;
 * - `finalize`: the end of the journey; 2 s on the result, then the message, then the redirect
 *   when the session has an error URL;
 * - `load`: before the settings (and their redirect URLs) are known; the message, and the error
 *   screen stays.
 */
export type SituationPhase = 'journey' | 'finalize' | 'load';

export interface Situation extends ClientErrorInfo {
  readonly code: ErrorCode;
  readonly phase: SituationPhase;
  /** For the developer controls (English, like the rest of them). */
  readonly label: string;
}

const situation = (
  code: ErrorCode,
  publicErrorCode: string | undefined,
  retriable: boolean,
  phase: SituationPhase,
  label: string,
): Situation => ({ code, publicErrorCode, retriable, phase, label });

/** The session's expiry, which has its own button: redirect only when there is an error URL. */
export const EXPIRED: ClientErrorInfo = {
  code: 9210,
  publicErrorCode: 'J000000',
  retriable: false,
};

/**
 * An authorization token the server does not know, at load. The real client decodes its token
 * first; one the server refuses with 401 on the first call (status, 20) maps to C + 20 + 0401 and
 * 9200. This is the one situation not read from the client's code paths (it is our best guess).
 */
export const UNKNOWN_TOKEN: ClientErrorInfo = {
  code: 9200,
  publicErrorCode: 'C200401',
  retriable: false,
};

/** A status poll found the acquisition failed (no error details from the server). */
export const POLL_FAILED: ClientErrorInfo = {
  code: 9210,
  publicErrorCode: 'J000000',
  retriable: false,
};

export const SITUATIONS = {
  uploadFailed: situation(
    9822,
    'H000000',
    true,
    'journey',
    'upload failed: the "Connection error" screen (posted each time it shows)',
  ),
  consentFailed: situation(
    9301,
    'A040000',
    true,
    'journey',
    'consent submission failed: back on the start screen, Start again',
  ),
  finalizeServerError: situation(
    9100,
    'A060500',
    true,
    'finalize',
    'finalize answered 500: flagged retriable, yet the journey ends',
  ),
  finalizeUnauthorized: situation(9200, 'C060401', false, 'finalize', 'finalize answered 401'),
  finalizeOffline: situation(
    9100,
    undefined,
    false,
    'finalize',
    'finalize could not reach the server: no publicErrorCode',
  ),
  settingsFailed: situation(
    9100,
    'A010000',
    true,
    'load',
    'settings failed: flagged retriable, but the screen offers no way on',
  ),
  credentials: situation(9900, 'M060406', false, 'finalize', 'finalize answered 406 (credentials)'),
  embargo: situation(9801, 'M010451', false, 'load', 'settings answered 451 (embargo)'),
} as const satisfies Record<string, Situation>;

export type SituationId = keyof typeof SITUATIONS;

/** True when the user goes on in the same frame: the simulator then offers "Try again". */
export function goesOn(situation: Situation): boolean {
  return situation.phase === 'journey' && situation.retriable;
}

/** `9301 A040000 · The consent could not be submitted.`, for the developer controls. */
export function describeSituation(situation: Situation): string {
  const codes = [situation.code, situation.publicErrorCode].filter(Boolean).join(' ');
  return `${codes} · ${describeErrorCode(situation.code, situation.publicErrorCode).description}`;
}
