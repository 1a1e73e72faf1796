// npm run bench:compare -- REV: this checkout's standalone script (run `npm run build` first)
// against the one REV builds (a commit, a branch; HEAD~1 by default), in one run of interleaved
// page loads at 0 ms script latency: the element's pages with either script, and the bare
// element's as the floor. BENCH_LOADS=30 by default. What one change did to the element's share,
// read from paired differences rather than from two runs on a machine whose speed drifts.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.mjs';
import { runPageLoads, type Sample, type Variant } from './page-load.js';
import { startServers } from './servers.js';
import { buildStandalone, pagesWithScripts, withScript } from './standalone-build.js';
import { median, ms, p90, paired, signedMs } from './stats.js';

const rev = process.argv[2] ?? 'HEAD~1';
const rounds = Number(process.env.BENCH_LOADS ?? 30);
const BASE = 'jumio-verify.iife.js';

const commit = buildStandalone({ rev, name: BASE });

/** What each page is read by: script evaluated → the iframe's or the session's request. */
const COMPARED = [
  { page: 'href', request: 'iframe' },
  { page: 'adopt', request: 'iframe' },
  { page: 'session', request: 'session' },
] as const;
const fromScript = (request: 'iframe' | 'session') => (sample: Sample) =>
  (request === 'iframe' ? sample.frameStart : sample.sessionStart) - sample.scriptEnd;

const variants: Variant[] = [
  ...COMPARED.flatMap(({ page }) => [
    { page, label: page, element: true, latencies: [0] },
    { page: withScript(page, BASE), label: `${page}@base`, element: true, latencies: [0] },
  ]),
  { page: 'bare-href', label: 'bare-href', element: false, latencies: [0] },
  { page: 'bare-session', label: 'bare-session', element: false, latencies: [0] },
];

const servers = await startServers(pagesWithScripts);
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, ...servers.chromeArgs],
});
try {
  const results = await runPageLoads(browser, servers, rounds, undefined, variants);
  process.stderr.write('\n');
  const samples = (page: string): Sample[] => results.get(page)?.get(0) ?? [];
  console.log(
    `This checkout's standalone script against ${commit}'s (${rev}), ${rounds} interleaved loads` +
      ' each, 0 ms script latency; ms from the script evaluated to the request',
  );
  console.log(
    '  page            request   now: median   p90   base: median   p90   Δ paired median   p90',
  );
  for (const { page, request } of COMPARED) {
    const now = samples(page).map(fromScript(request));
    const base = samples(withScript(page, BASE)).map(fromScript(request));
    const delta = paired(now, base);
    console.log(
      `  ${page.padEnd(15)} ${request.padEnd(8)} ${ms(median(now), 12)} ${ms(p90(now))}` +
        ` ${ms(median(base), 14)} ${ms(p90(base))} ${signedMs(median(delta), 18)} ${signedMs(p90(delta))}`,
    );
  }
  for (const [page, request] of [
    ['bare-href', 'iframe'],
    ['bare-session', 'session'],
  ] as const) {
    const floor = samples(page).map(fromScript(request));
    console.log(
      `  ${page.padEnd(15)} ${request.padEnd(8)} ${ms(median(floor), 12)} ${ms(p90(floor))}   (the floor)`,
    );
  }
} finally {
  await browser.close();
  await servers.close();
}
