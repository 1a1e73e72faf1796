/// <reference lib="dom" />
/**
 * Mounting and unmounting <jumio-verify> 1,000 times in Chromium (the built standalone script):
 * time per cycle and the JS heap before and after, both after a forced garbage collection.
 * A leak shows as a heap delta that grows with the number of cycles. Prints figures only.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.mjs';

export async function benchMount(): Promise<void> {
  const script = new URL('../dist/jumio-verify.iife.js', import.meta.url).pathname;
  if (!existsSync(script))
    throw new Error('dist/jumio-verify.iife.js is missing: run `npm run build` first');
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><div id="host" style="width: 800px"></div>');
    await page.addScriptTag({ path: script });
    const cdp = await page.context().newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (count: number): Promise<number> =>
      page.evaluate(async (n) => {
        const host = document.getElementById('host');
        if (!host) throw new Error('no #host');
        const start = performance.now();
        for (let i = 0; i < n; i++) {
          const el = document.createElement('jumio-verify') as HTMLElement & {
            href: string;
            updateComplete: Promise<boolean>;
          };
          // Same-site and refused at once: measures the element, not the network.
          el.href = 'http://localhost:9/web/v4/app?authorizationToken=t';
          host.append(el);
          await el.updateComplete;
          el.remove();
        }
        return (performance.now() - start) / n;
      }, count);

    await cycle(100); // warm up
    const before = await heap();
    const msPerCycle = await cycle(1000);
    const after = await heap();
    await cycle(1000);
    const afterMore = await heap();
    console.log('mount + unmount <jumio-verify> (Chromium, standalone build)');
    console.log(
      `  ${msPerCycle.toFixed(2)} ms per cycle (create, connect, render the iframe, remove)`,
    );
    console.log(
      `  heap before: ${(before / 1024).toFixed(0)} KiB, after 1,000 cycles: ${(after / 1024).toFixed(0)} KiB (delta ${((after - before) / 1024).toFixed(1)} KiB)`,
    );
    console.log(
      `  after 1,000 more: ${(afterMore / 1024).toFixed(0)} KiB (delta ${((afterMore - after) / 1024).toFixed(1)} KiB: a leak would grow here)`,
    );
  } finally {
    await browser.close();
  }
}
