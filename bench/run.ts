// npm run bench: figures for speed, memory and size. No thresholds: compare runs, not against a
// number. BENCH_LOADS=10 npm run bench: fewer loads per variant (30 by default), for a quick look.
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.mjs';
import { benchFirstUpdate } from './first-update.js';
import { benchMessages } from './messages.js';
import { benchMount } from './mount.js';
import { runPageLoads } from './page-load.js';
import { reportPageLoads } from './page-load-report.js';
import { benchPages } from './pages.js';
import { benchParse } from './parse.js';
import { benchPreconnectFirefox } from './preconnect-firefox.js';
import { startServers } from './servers.js';
import { benchSize } from './size.js';
import { buildEsPages } from './vite-page.js';

const rounds = Number(process.env.BENCH_LOADS ?? 30);
const started = Date.now();
const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

await buildEsPages();
const servers = await startServers(benchPages);
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, ...servers.chromeArgs],
});
console.log(
  `Chromium ${browser.version()}, Node ${process.version}, ${cpus().length} cores, ` +
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the start`,
);
console.log();
try {
  const results = await runPageLoads(browser, servers, rounds, (done, total) => {
    process.stderr.write(`\r  page loads: round ${done}/${total}, ${seconds()}`);
  });
  process.stderr.write('\n');
  reportPageLoads(results);
  console.log(`(page loads done at ${seconds()})`);
  await benchFirstUpdate(browser, servers, rounds);
  console.log(`(first update done at ${seconds()})`);
  console.log();
  await benchMessages(browser, servers, rounds);
  console.log(`(messages done at ${seconds()})`);
  console.log();
  await benchPreconnectFirefox(servers, rounds);
  console.log(`(Firefox preconnect done at ${seconds()})`);
  console.log();
} finally {
  await browser.close();
  await servers.close();
}
benchParse();
console.log();
await benchMount();
console.log();
await benchSize();
console.log();
console.log(`(${seconds()} in all; load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end)`);
