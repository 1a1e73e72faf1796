/**
 * Order statistics for the benchmarks: medians and 90th percentiles of samples, and of paired
 * differences (each load against its baseline's load in the same round), so that what changes
 * from one round to the next (the machine's load, the browser's mood) cancels out.
 */

/** The `q` quantile (0…1) of `values`, interpolated linearly; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const lower = sorted[low] ?? Number.NaN;
  const upper = sorted[high] ?? Number.NaN;
  return lower + (upper - lower) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p90 = (values: readonly number[]): number => quantile(values, 0.9);

/**
 * `a[i] - b[i]` for every round where both were measured (a load that timed out leaves its
 * round out).
 */
export function paired(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      out.push(x - y);
    }
  }
  return out;
}

/** Milliseconds with one decimal, right-aligned to `width`. */
export function ms(value: number, width = 6): string {
  return (Number.isFinite(value) ? value.toFixed(1) : '–').padStart(width);
}

/** A signed difference in milliseconds: "+3.2", "−0.4". */
export function signedMs(value: number, width = 6): string {
  if (!Number.isFinite(value)) return '–'.padStart(width);
  const text = `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}`;
  return text.padStart(width);
}

/** "×1.64". */
export function ratio(value: number, width = 6): string {
  return (Number.isFinite(value) ? `×${value.toFixed(2)}` : '–').padStart(width);
}

/** A seeded shuffle (mulberry32), so that a run's order of loads can be reproduced. */
export function shuffler(seed: number): <T>(items: readonly T[]) => T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}
