// npm run bench:profile [-- REV]: where the element's time goes on the way to its first request,
// from Chromium's CPU profiler, sampling every 50 µs, on the `href` page (up to the iframe's
// insertion) and the `session` page (up to the session request), with an unminified build of
// this checkout's standalone script so that the profile names its functions: the time from the
// element's constructor to that call and the functions that took it, then from the call to the
// request (the browser's own part, from its Network events, in the same clock). With REV, REV's
// script too, interleaved, and the paired differences: a change's effect on the element's own
// work (`-- HEAD` shows the noise: about ±1 ms on the medians here). The profiler slows the page
// down: compare these figures with each other, not with `npm run bench`'s. A call can fall
// between two samples, or be first sampled after the request began (a negative "to request"):
// read medians over many loads. BENCH_LOADS=20 by default.
import type { CDPSession } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.mjs';
import { startServers } from './servers.js';
import { buildStandalone, pagesWithScripts, withScript } from './standalone-build.js';
import { median, ms, p90, paired, shuffler, signedMs } from './stats.js';

const rev = process.argv[2];
const rounds = Number(process.env.BENCH_LOADS ?? 20);
const SAMPLING_US = 50;
const LOAD_TIMEOUT_MS = 10_000;

/** The pages profiled, and the call of the element's that ends each one's start. */
const PAGES = [
  { page: 'href', until: 'insertFrame', request: (url: string) => url.includes('/web/v4/app') },
  // The element's method: the flow has an inner function named requestSession too.
  { page: 'session', until: '#requestSession', request: (url: string) => url.endsWith('/session') },
] as const;
/** The element's constructor: where its part of the page's work begins. */
const FROM = 'JumioVerifyElement';

const scripts = [
  { label: 'now', file: 'profile-now.js', commit: '' },
  ...(rev === undefined ? [] : [{ label: 'base', file: 'profile-base.js', commit: '' }]),
];
for (const script of scripts) {
  script.commit = buildStandalone({
    rev: script.label === 'base' ? rev : undefined,
    unminified: true,
    name: script.file,
  });
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** One load's start: its length and each function's own time in it, in ms. */
interface Start {
  readonly ms: number;
  /** The part of it in the script's own functions (their self time). */
  readonly own: number;
  /** From the call that ends the start to the browser's request. */
  readonly toRequest: number;
  readonly self: Map<string, number>;
  /** How many of the script's functions ran in it. */
  readonly functions: number;
}

/**
 * The window from the first sample in the element's constructor to the first in `until`, and
 * what ran in it by function (the element's script's as `name:line`, the browser's by its name).
 */
function startOf(
  profile: Profile,
  script: string,
  until: string,
  request: number,
): Start | undefined {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node);
  }
  const ours = (node: ProfileNode): boolean => node.callFrame.url.endsWith(script);
  const inStack = (id: number, name: string): boolean => {
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      if (ours(node) && node.callFrame.functionName === name) return true;
    }
    return false;
  };
  const times: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((time += delta));
  const from = profile.samples.findIndex((id) => inStack(id, FROM));
  const to = profile.samples.findIndex((id, i) => i > from && inStack(id, until));
  if (from < 0 || to < 0) return undefined;
  const self = new Map<string, number>();
  const functions = new Set<string>();
  let own = 0;
  for (let i = from; i < to; i++) {
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    const { functionName, lineNumber } = node.callFrame;
    const key = ours(node)
      ? `${functionName || '(anonymous)'}:${lineNumber + 1}`
      : functionName || '(anonymous)';
    const took = ((times[i + 1] ?? times[i] ?? 0) - (times[i] ?? 0)) / 1000;
    if (ours(node)) {
      functions.add(key);
      own += took;
    }
    self.set(key, (self.get(key) ?? 0) + took);
  }
  const at = (i: number): number => (times[i] ?? NaN) / 1000;
  return {
    ms: at(to) - at(from),
    own,
    toRequest: request / 1000 - at(to),
    self,
    functions: functions.size,
  };
}

async function profileLoad(cdp: CDPSession, load: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const failure = await load().then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  const { profile } = await cdp.send('Profiler.stop');
  if (failure !== undefined) throw failure;
  return profile as unknown as Profile;
}

const servers = await startServers(pagesWithScripts);
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, ...servers.chromeArgs],
});
const starts = new Map<string, Start[]>();
try {
  const context = await browser.newContext();
  const loads = PAGES.flatMap(({ page, until, request }) =>
    scripts.map(({ file }) => ({ name: withScript(page, file), file, until, request })),
  );
  const shuffle = shuffler(15);
  // One round unrecorded first: the browser's first tab and first process are slower.
  for (let round = -1; round < rounds; round++) {
    for (const { name, file, until, request } of shuffle(loads)) {
      servers.setScriptLatency(0);
      servers.dropConnections();
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        // The request's time in the profile's clock (µs): both are the browser's monotonic one.
        let requested = NaN;
        await cdp.send('Network.enable');
        cdp.on('Network.requestWillBeSent', (event) => {
          if (Number.isNaN(requested) && request(event.request.url)) {
            requested = event.timestamp * 1e6;
          }
        });
        const profile = await profileLoad(cdp, async () => {
          await page.goto(`${servers.origins.page}/page/${name}`, { waitUntil: 'load' });
          await page.waitForFunction(
            `document.querySelector('jumio-verify')?.getAttribute('state') === 'loaded'`,
            undefined,
            { timeout: LOAD_TIMEOUT_MS },
          );
        }).catch((error: unknown) => {
          console.warn(`  ${name}: ${String(error).split('\n')[0]}`);
          return undefined;
        });
        if (round < 0) continue;
        const list = starts.get(name) ?? [];
        list[round] = (profile && startOf(profile, `/compare/${file}`, until, requested)) ?? {
          ms: NaN,
          own: NaN,
          toRequest: NaN,
          self: new Map(),
          functions: NaN,
        };
        starts.set(name, list);
      } finally {
        await page.close();
      }
    }
    if (round >= 0) process.stderr.write(`\r  round ${round + 1}/${rounds}`);
  }
  process.stderr.write('\n');
  await context.close();
} finally {
  await browser.close();
  await servers.close();
}

console.log(
  `CPU profile (every ${SAMPLING_US} µs), ${rounds} loads each, 0 ms script latency, unminified` +
    ' standalone scripts; ms, median / p90',
);
/** The figures each page is read by, from each load's start. */
const FIGURES = [
  ['window', (start: Start) => start.ms],
  ['own', (start: Start) => start.own],
  ['to request', (start: Start) => start.toRequest],
] as const;
for (const { page, until } of PAGES) {
  const of = (file: string): Start[] => starts.get(withScript(page, file)) ?? [];
  console.log();
  console.log(
    `${page}: window = the element's constructor → ${until}(); own = the script's functions in it;` +
      ` to request = ${until}() → the browser's request`,
  );
  console.log(
    `  ${''.padEnd(16)}${FIGURES.map(([name]) => name.padStart(17)).join('')}  functions`,
  );
  const row = (label: string, cells: string[], rest = ''): void => {
    console.log(`  ${label.padEnd(16)}${cells.map((cell) => cell.padStart(17)).join('')}${rest}`);
  };
  for (const { label, file, commit } of scripts) {
    const list = of(file);
    // A call shorter than the sampling interval can fall between two samples.
    const found = list.filter((start) => Number.isFinite(start.ms)).length;
    row(
      `${commit} (${label})`,
      FIGURES.map(
        ([, value]) => `${ms(median(list.map(value)), 0)} / ${ms(p90(list.map(value)), 0)}`,
      ),
      `  ${median(list.map((start) => start.functions))
        .toString()
        .padStart(9)}` +
        (found < list.length ? `  (${found} of ${list.length} loads sampled ${until}())` : ''),
    );
  }
  const [now, base] = scripts.map(({ file }) => of(file));
  if (now && base) {
    row(
      'Δ paired',
      FIGURES.map(([, value]) => {
        const delta = paired(now.map(value), base.map(value));
        return `${signedMs(median(delta), 0)} / ${signedMs(p90(delta), 0)}`;
      }),
    );
  }
  // Each function's own time in the window, averaged over the loads, the largest first; the
  // script's as name:line (in the unminified script), the browser's by name.
  const mine = (now ?? []).filter((start) => Number.isFinite(start.ms));
  const total = new Map<string, number>();
  for (const start of mine) {
    for (const [key, value] of start.self) total.set(key, (total.get(key) ?? 0) + value);
  }
  const perLoad = (keep: (key: string) => boolean): string =>
    ms(
      [...total].filter(([key]) => keep(key)).reduce((sum, [, value]) => sum + value, 0) /
        mine.length,
      0,
    );
  console.log(
    `  ${scripts[0]?.commit ?? ''}, per load (mean): the script's own functions ${perLoad((key) => key.includes(':'))},` +
      ` the browser's (natives, compiling, GC) ${perLoad((key) => !key.includes(':') && key !== '(idle)')},` +
      ` idle ${perLoad((key) => key === '(idle)')}; the largest:`,
  );
  const top = [...total].sort(([, a], [, b]) => b - a).slice(0, 15);
  for (const [key, value] of top) console.log(`    ${ms(value / mine.length)}  ${key}`);
}
