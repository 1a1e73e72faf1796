/**
 * The main-thread cost of the element's first update against the static tag's: on a fresh tab
 * each time (cold code, as on a real page load), at DOMContentLoaded, the time to create the
 * element with an href, connect it, let its first update insert the iframe, and lay it out;
 * against creating, inserting and laying out the same <iframe> by hand. Interleaved, like the
 * page loads. Prints figures only.
 */
import type { Browser } from 'playwright-core';
import type { BenchServers } from './servers.js';
import { median, ms, p90, paired, ratio, shuffler, signedMs } from './stats.js';

const VARIANTS = ['first-update-element', 'first-update-static'] as const;

export async function benchFirstUpdate(
  browser: Browser,
  servers: BenchServers,
  rounds: number,
): Promise<void> {
  servers.setScriptLatency(0);
  const costs = new Map<string, number[]>(VARIANTS.map((name) => [name, []]));
  const shuffle = shuffler(1);
  const context = await browser.newContext();
  try {
    for (let round = -1; round < rounds; round++) {
      for (const name of shuffle(VARIANTS)) {
        servers.dropConnections();
        const page = await context.newPage();
        try {
          const measured = page.waitForEvent('console', {
            predicate: (message) => message.text().startsWith('bench:cost '),
            timeout: 10_000,
          });
          await page.goto(`${servers.origins.page}/page/${name}`, { waitUntil: 'commit' });
          const cost = Number((await measured).text().slice('bench:cost '.length));
          if (round >= 0) costs.get(name)?.push(cost); // round -1 warms the browser up
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await context.close();
  }
  const element = costs.get('first-update-element') ?? [];
  const tag = costs.get('first-update-static') ?? [];
  console.log(
    `First update on the main thread (${rounds} fresh tabs each, interleaved; create, insert, lay out)`,
  );
  console.log(`  ${''.padEnd(34)} median    p90`);
  console.log(`  ${'static <iframe> by hand'.padEnd(34)} ${ms(median(tag))} ${ms(p90(tag))}`);
  const diff = paired(element, tag);
  console.log(
    `  ${'<jumio-verify href>'.padEnd(34)} ${ms(median(element))} ${ms(p90(element))}  ${ratio(median(element) / median(tag))}, paired Δ median ${signedMs(median(diff))} p90 ${signedMs(p90(diff))}`,
  );
}
