/**
 * Page loads in Chromium, interleaved: every round loads every variant once, in a shuffled order,
 * at each script latency, so that a variant and its baseline are measured side by side and their
 * difference can be taken per round (paired). Each load is a fresh tab with every connection
 * closed before it; all times are from the page's navigation start, in the page's own clock.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchServers } from './servers.js';
import { shuffler } from './stats.js';

export interface Variant {
  /** The page's name in pages.ts. */
  readonly page: string;
  readonly label: string;
  /** The variant this one is compared with, round by round. */
  readonly baseline?: string;
  /** The element reports `loaded` (jumio-loaded); else the page hears the client's message. */
  readonly element: boolean;
  /** Script latencies (ms) this variant is loaded at; all of them when left out. */
  readonly latencies?: readonly number[];
}

export const SCRIPT_LATENCIES = [0, 50] as const;

export const PAGE_LOAD_VARIANTS: readonly Variant[] = [
  { page: 'static', label: '(a) static <iframe>', element: false },
  {
    page: 'static-head',
    label: '    static + the script in <head>',
    baseline: 'static',
    element: false,
  },
  {
    page: 'static-defer',
    label: '    static + the script deferred',
    baseline: 'static',
    element: false,
  },
  { page: 'href', label: '(b) href, script in <head>', baseline: 'static', element: true },
  {
    page: 'bare-href',
    label: '    bare element: iframe only',
    baseline: 'static-head',
    element: false,
  },
  { page: 'adopt', label: '(c) adopted, script in <head>', baseline: 'static', element: true },
  { page: 'adopt-defer', label: '(c) adopted, script deferred', baseline: 'static', element: true },
  { page: 'vite', label: '(d) ES module bundled by Vite', baseline: 'static', element: true },
  {
    page: 'es-unbundled',
    label: '    ES entry + chunks unbundled',
    baseline: 'vite',
    element: true,
    latencies: [50],
  },
  { page: 'session-fetch', label: '(e) hand-written fetch + iframe', element: false },
  {
    page: 'session-fetch-preconnect',
    label: '    the same + <link preconnect>',
    baseline: 'session-fetch',
    element: false,
    latencies: [0],
  },
  { page: 'session', label: '(e) session-url', baseline: 'session-fetch', element: true },
  {
    page: 'bare-session',
    label: '    bare element: fetch only',
    baseline: 'session-fetch',
    element: false,
  },
  {
    page: 'session-hints',
    label: '(e) session-url + dc/subdomain',
    baseline: 'session-fetch',
    element: true,
  },
];

/** What one load measured, in ms from navigation start (NaN: not there, or the load failed). */
export interface Sample {
  /** The client iframe's request start (Resource Timing `startTime`). */
  readonly frameStart: number;
  /** The client document's first byte (`responseStart`). */
  readonly firstByte: number;
  /** The iframe's connection setup (`connectEnd - connectStart`); 0: a connection was reused. */
  readonly connect: number;
  /** The `loaded` DOM event: jumio-loaded, or for the pages without the element, the message. */
  readonly loaded: number;
  /** When the page heard the client's `loaded` message. */
  readonly message: number;
  /** The element's script evaluated (the `script-end` mark). */
  readonly scriptEnd: number;
  /** The session request's start (hand-written fetch or the element's). */
  readonly sessionStart: number;
  /** The parser reached the static iframe (the `before-frame` mark). */
  readonly beforeFrame: number;
  /** The standalone script's download ended (`responseEnd`): it cannot have run before. */
  readonly scriptLoaded: number;
  /** The parser finished (`domInteractive`): a deferred script cannot have run before. */
  readonly parsed: number;
}

/** Samples by variant page and script latency: `results.get(page)?.get(latency)[round]`. */
export type PageLoadResults = Map<string, Map<number, Sample[]>>;

const LOAD_TIMEOUT_MS = 10_000;

export async function runPageLoads(
  browser: Browser,
  servers: BenchServers,
  rounds: number,
  onProgress: (done: number, total: number) => void = () => undefined,
  variants: readonly Variant[] = PAGE_LOAD_VARIANTS,
): Promise<PageLoadResults> {
  const results: PageLoadResults = new Map();
  const loads = SCRIPT_LATENCIES.flatMap((latency) =>
    variants
      .filter((v) => (v.latencies ?? SCRIPT_LATENCIES).includes(latency))
      .map((variant) => ({ variant, latency })),
  );
  const shuffle = shuffler(15);
  const context = await browser.newContext();
  try {
    // One load of each first, unrecorded: the browser's first tab and first process are slower.
    for (const { variant, latency } of loads) await loadOnce(context, servers, variant, latency);
    for (let round = 0; round < rounds; round++) {
      for (const { variant, latency } of shuffle(loads)) {
        const sample = await loadOnce(context, servers, variant, latency);
        const byLatency = results.get(variant.page) ?? new Map<number, Sample[]>();
        results.set(variant.page, byLatency);
        const samples = byLatency.get(latency) ?? [];
        byLatency.set(latency, samples);
        samples[round] = sample;
      }
      onProgress(round + 1, rounds);
    }
  } finally {
    await context.close();
  }
  return results;
}

/** A load that failed: every figure NaN, so its round drops out of paired differences. */
export const FAILED: Sample = {
  frameStart: NaN,
  firstByte: NaN,
  connect: NaN,
  loaded: NaN,
  message: NaN,
  scriptEnd: NaN,
  sessionStart: NaN,
  beforeFrame: NaN,
  scriptLoaded: NaN,
  parsed: NaN,
};

async function loadOnce(
  context: Awaited<ReturnType<Browser['newContext']>>,
  servers: BenchServers,
  variant: Variant,
  latency: number,
): Promise<Sample> {
  if (servers.pages(variant.page, servers.origins) === undefined) {
    throw new Error(`page-load: no page "${variant.page}" (was the Vite page built?)`);
  }
  servers.setScriptLatency(latency);
  servers.dropConnections();
  const page = await context.newPage();
  try {
    const wanted = variant.element ? 'bench:jumio-loaded' : 'bench:message';
    const heard = page.waitForEvent('console', {
      predicate: (message) => message.text() === wanted,
      timeout: LOAD_TIMEOUT_MS,
    });
    await page.goto(`${servers.origins.page}/page/${variant.page}`, { waitUntil: 'commit' });
    await heard;
    return await collect(page);
  } catch (error) {
    console.warn(`  ${variant.page} at ${latency} ms: ${String(error).split('\n')[0]}`);
    return FAILED;
  } finally {
    await page.close();
  }
}

/** Reads the load's marks, the recorder's times and the Resource Timing entries. */
async function collect(page: Page): Promise<Sample> {
  // The iframe's entry is there once the client document has loaded, just after its message.
  await page.waitForFunction(FRAME_LOADED, undefined, { timeout: LOAD_TIMEOUT_MS });
  return page.evaluate<Sample>(COLLECT);
}

// Strings rather than functions: tsx's esbuild would wrap named functions in a helper that the
// page does not have.
export const FRAME_LOADED = `performance.getEntriesByType('resource').some((e) => e.initiatorType === 'iframe')`;
export const COLLECT = `(() => {
  const entries = performance.getEntriesByType('resource');
  const frame = entries.find((e) => e.initiatorType === 'iframe');
  const session = entries.find((e) => e.initiatorType === 'fetch' && e.name.includes('/session'));
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const script = entries.find((e) => e.initiatorType === 'script' && e.name.includes('/dist/jumio-verify'));
  return {
    frameStart: frame?.startTime ?? NaN,
    firstByte: frame?.responseStart ?? NaN,
    connect: frame ? frame.connectEnd - frame.connectStart : NaN,
    loaded: __bench.loaded ?? __bench.message ?? NaN,
    message: __bench.message ?? NaN,
    scriptEnd: mark('script-end'),
    sessionStart: session?.startTime ?? NaN,
    beforeFrame: mark('before-frame'),
    scriptLoaded: script?.responseEnd ?? NaN,
    parsed: performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN,
  };
})()`;
