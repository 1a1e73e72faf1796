/**
 * Does the element's preconnect hint pay off in Firefox? Chromium keeps a cross-site iframe's
 * connections apart from the page's, so there it cannot (BENCHMARKS.md); Firefox keys them by the
 * top-level site. The session pages of the page-load benchmark, loaded in Firefox (puppeteer-core
 * over WebDriver BiDi), interleaved: the client's first byte, and whether its iframe reused a
 * connection the page had opened.
 *
 * Firefox has no `--host-rules`: `network.dns.localDomains` makes Jumio's host this machine, and
 * a forwarder on 127.0.0.1:443 hands its connections to the benchmark's handshake-delaying
 * server. Port 443 needs root (or CAP_NET_BIND_SERVICE): without it, this part says so and skips.
 */
import { once } from 'node:events';
import net from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PREFS, firefoxPath } from '../scripts/browsers.mjs';
import {
  COLLECT,
  FAILED,
  FRAME_LOADED,
  PAGE_LOAD_VARIANTS,
  type Sample,
  type Variant,
} from './page-load.js';
import { JUMIO_HOST, type BenchServers } from './servers.js';
import { median, ms, p90, paired, shuffler, signedMs } from './stats.js';

/** The page-load benchmark's (e) pages, with and without a preconnect: what Firefox is asked. */
const PAGES: readonly string[] = [
  'session-fetch',
  'session-fetch-preconnect',
  'session',
  'session-hints',
];
const VARIANTS = PAGE_LOAD_VARIANTS.filter((variant) => PAGES.includes(variant.page));

const PAIRS = [
  ['session-fetch-preconnect', 'session-fetch'],
  ['session-hints', 'session'],
  ['session-hints', 'session-fetch'],
] as const;

const LOAD_TIMEOUT_MS = 15_000;

export async function benchPreconnectFirefox(servers: BenchServers, rounds: number): Promise<void> {
  console.log(`Preconnect in Firefox (${rounds} loads each, interleaved, 0 ms script latency)`);
  let executablePath: string;
  try {
    executablePath = firefoxPath();
  } catch (error) {
    console.log(`  skipped: ${(error as Error).message}`);
    return;
  }
  const forwarder = net.createServer((socket) => {
    const upstream = net.connect(servers.jumioPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    for (const end of [socket, upstream]) {
      end.on('error', () => undefined);
      end.on('close', () => {
        socket.destroy();
        upstream.destroy();
      });
    }
  });
  try {
    forwarder.listen(443, '127.0.0.1');
    await once(forwarder, 'listening');
  } catch (error) {
    console.log(
      `  skipped: cannot listen on 127.0.0.1:443 for ${JUMIO_HOST} (${(error as NodeJS.ErrnoException).code ?? String(error)}): run as root, or lower net.ipv4.ip_unprivileged_port_start`,
    );
    return;
  }
  const results = new Map<string, Sample[]>();
  servers.setScriptLatency(0);
  let browser: Browser | undefined;
  try {
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        acceptInsecureCerts: true,
        extraPrefsFirefox: {
          ...FIREFOX_PREFS,
          'network.dns.localDomains': JUMIO_HOST,
          // puppeteer turns speculative connections off; a preconnect is one. Firefox's default.
          'network.http.speculative-parallel-limit': 6,
        },
      });
    } catch (error) {
      console.log(`  skipped: Firefox did not start (${String(error).split('\n')[0]})`);
      return;
    }
    const shuffle = shuffler(25);
    for (let round = -1; round < rounds; round++) {
      for (const variant of shuffle(VARIANTS)) {
        const sample = await loadOnce(browser, servers, variant);
        const name = variant.page;
        if (round >= 0) results.set(name, [...(results.get(name) ?? []), sample]);
      }
      process.stderr.write(`\r  Firefox loads: round ${round + 1}/${rounds}`);
    }
    process.stderr.write('\n');
  } finally {
    await browser?.close();
    forwarder.close();
  }
  const values = (name: string, metric: (s: Sample) => number) =>
    (results.get(name) ?? []).map(metric);
  console.log(
    `  ${'page'.padEnd(34)} session request: median  first byte: median    p90  connection reused`,
  );
  for (const { page: name, label } of VARIANTS) {
    const connects = values(name, (s) => s.connect).filter(Number.isFinite);
    const reused = connects.filter((c) => c === 0).length;
    const firstBytes = values(name, (s) => s.firstByte);
    const session = median(values(name, (s) => s.sessionStart));
    console.log(
      `  ${label.trim().padEnd(34)}                  ${ms(session)}              ${ms(median(firstBytes))} ${ms(p90(firstBytes))}  ${reused}/${connects.length}`,
    );
  }
  for (const [page, baseline] of PAIRS) {
    const diff = paired(
      values(page, (s) => s.firstByte),
      values(baseline, (s) => s.firstByte),
    );
    console.log(
      `  first byte, ${page} − ${baseline}, paired: median ${signedMs(median(diff))}  p90 ${signedMs(p90(diff))}`,
    );
  }
}

async function loadOnce(
  browser: Browser,
  servers: BenchServers,
  variant: Variant,
): Promise<Sample> {
  const name = variant.page;
  servers.dropConnections();
  const page = await browser.newPage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const wanted = variant.element ? 'bench:jumio-loaded' : 'bench:message';
    const heard = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`no ${wanted} in ${LOAD_TIMEOUT_MS} ms`));
      }, LOAD_TIMEOUT_MS);
      page.on('console', (message) => {
        if (message.text() !== wanted) return;
        clearTimeout(timer);
        resolve();
      });
    });
    // Handled below; this keeps a timeout during goto from being an unhandled rejection.
    heard.catch(() => undefined);
    await page.goto(`${servers.origins.page}/page/${name}`, { waitUntil: 'domcontentloaded' });
    await heard;
    // Polled: `requestAnimationFrame`, puppeteer's default, runs seldom in a headless tab.
    await page.waitForFunction(FRAME_LOADED, { polling: 50, timeout: LOAD_TIMEOUT_MS });
    return (await page.evaluate(COLLECT)) as Sample;
  } catch (error) {
    console.warn(`  ${name} in Firefox: ${String(error).split('\n')[0]}`);
    return FAILED;
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}
