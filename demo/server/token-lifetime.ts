/**
 * `tokenLifetime` as the seed's Account Creation table defines it: "a valid date period unit
 * definition", a whole number and one of s, m, h, d ('600s', '30m', '1d'), from 5m to 60d, 30m when
 * not given.
 */

const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const PATTERN = /^(\d{1,9})([smhd])$/;

/** A checked lifetime: the text sent to Jumio and what it means in seconds. */
export interface TokenLifetime {
  readonly text: string;
  readonly seconds: number;
}

/** What a back end accepts, and what it uses when the request names no lifetime. */
export interface TokenLifetimeRange {
  readonly min: TokenLifetime;
  readonly max: TokenLifetime;
  readonly fallback: TokenLifetime;
}

/** The result of {@link parseTokenLifetime}: the lifetime, or what is wrong with the text. */
export type ParsedTokenLifetime =
  { ok: true; lifetime: TokenLifetime } | { ok: false; message: string };

function lifetime(text: string): TokenLifetime {
  const match = PATTERN.exec(text);
  if (!match) throw new Error(`not a token lifetime: ${text}`);
  const [, amount = '', unit = 's'] = match;
  return {
    text,
    seconds: Number(amount) * SECONDS_PER_UNIT[unit as keyof typeof SECONDS_PER_UNIT],
  };
}

/** Jumio's limits (seed: Account Creation > Request Body > tokenLifetime). */
export const JUMIO_TOKEN_LIFETIMES: TokenLifetimeRange = {
  min: lifetime('5m'),
  max: lifetime('60d'),
  fallback: lifetime('30m'),
};

/** The simulator's: Jumio's, except that it goes down to 10s so that expiry can be watched. */
export const SIMULATOR_TOKEN_LIFETIMES: TokenLifetimeRange = {
  ...JUMIO_TOKEN_LIFETIMES,
  min: lifetime('10s'),
};

/**
 * Checks a lifetime against the seed's format and a back end's range. The message completes a
 * sentence that starts with the setting's name: "JUMIO_TOKEN_LIFETIME must be …".
 */
export function parseTokenLifetime(text: string, range: TokenLifetimeRange): ParsedTokenLifetime {
  if (!PATTERN.test(text)) {
    return {
      ok: false,
      message:
        'must be a whole number followed by s, m, h or d, such as 30m or 600s ' +
        `(got ${JSON.stringify(text.slice(0, 20))})`,
    };
  }
  const parsed = lifetime(text);
  if (parsed.seconds < range.min.seconds || parsed.seconds > range.max.seconds) {
    return {
      ok: false,
      message: `must be from ${range.min.text} to ${range.max.text} (got ${text})`,
    };
  }
  return { ok: true, lifetime: parsed };
}
