/**
 * postMessage → DOM event latency with 1, 10 and 100 elements on the page, each with its own
 * stand-in client (on 127.0.0.1, out of process): the page pings one client, which posts `loaded`
 * and a retriable error; the time from the page hearing that error (a capturing window listener,
 * registered in <head>, before the element's shared one) to the element's `jumio-error` event is the
 * element's own share; the round trip from the ping is printed alongside. Prints figures only.
 */
import type { Browser } from 'playwright-core';
import type { BenchServers } from './servers.js';
import { median, ms, p90 } from './stats.js';

export const MESSAGE_COUNTS = [1, 10, 100] as const;

interface Latency {
  roundTrip: number;
  element: number;
}

const measure = (samples: number): string => `(async () => {
  const elements = [...document.querySelectorAll('jumio-verify')];
  const out = [];
  for (let i = 0; i < ${samples}; i++) {
    const element = elements[(i * 7) % elements.length];
    const frame = element.shadowRoot.querySelector('iframe');
    const start = performance.now();
    const event = await new Promise((resolve) => {
      element.addEventListener('jumio-error', () => resolve(performance.now()), { once: true });
      frame.contentWindow.postMessage('ping', '*');
    });
    out.push({ roundTrip: event - start, element: event - window.__heard });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return out;
})()`;

export async function benchMessages(
  browser: Browser,
  servers: BenchServers,
  samples: number,
): Promise<void> {
  servers.setScriptLatency(0);
  console.log(
    `postMessage → DOM event (${samples} messages per page, to elements in turn; ms, median / p90)`,
  );
  console.log(
    `  ${'elements'.padEnd(10)} ${'element share'.padStart(15)} ${'round trip'.padStart(15)}`,
  );
  const context = await browser.newContext();
  try {
    for (const count of MESSAGE_COUNTS) {
      servers.dropConnections();
      const page = await context.newPage();
      try {
        await page.goto(`${servers.origins.page}/page/messages-${count}`, { waitUntil: 'load' });
        await page.waitForFunction(
          `performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'iframe').length >= ${count}`,
          undefined,
          { timeout: 60_000 },
        );
        const results = await page.evaluate<Latency[]>(measure(samples));
        const element = results.map((r) => r.element);
        const roundTrip = results.map((r) => r.roundTrip);
        console.log(
          `  ${String(count).padEnd(10)} ${ms(median(element), 7)} ${ms(p90(element), 7)} ${ms(median(roundTrip), 7)} ${ms(p90(roundTrip), 7)}`,
        );
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
}
