/// <reference lib="dom" />
/**
 * What the framework check proves of each app in Chromium, through the app's own bindings (what
 * they hand to record() in test/frameworks/apps/shared/probe.ts, read back as window.__events):
 *
 * 1. `jumio-loaded` and then `jumio-error` arrive, as CustomEvents with the client's detail;
 * 2. changing the bound href loads the new client (a new `jumio-loaded`, the iframe's new URL);
 * 3. clearing it (null) throws nothing: `jumio-config-error` `missing-source`, state `idle`;
 * 4. a bound `sessionProvider` is asked (`reason: 'initial'`) and its href loads;
 * 5. 20 mount/unmount cycles: each mount loads once, and unmounted, the window and the document
 *    have the listeners they had before the first cycle (CDP's DOMDebugger counts them all);
 * 6. each event came once, in this order, through the binding the app names, and the page logged
 *    no error.
 */
import assert from 'node:assert/strict';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { ERROR_CODES } from '../../src/protocol/error-codes.js';
import { WORKFLOW_EXECUTION_ID } from '../fixtures/client-messages.js';

/** An event as an app's binding received it (apps/shared/probe.ts records them). */
interface Recorded {
  readonly binding: string;
  readonly type: string;
  readonly custom: boolean;
  readonly detail: unknown;
}

type ProbeWindow = Window & { __events?: Recorded[]; __sessions?: { reason: string }[] };

/** What an app's check needs to know. */
export interface CheckOptions {
  /** The page, with `?client=<origin>` of the stand-in client. */
  readonly url: string;
  /** The binding each event name is recorded under, e.g. `@jumio-loaded` in Vue. */
  readonly binding: (event: string) => string;
  /** Mount/unmount cycles (20). */
  readonly cycles?: number;
}

/** Details as the check reads them. */
interface Detail {
  authorizationToken?: string;
  workflowExecutionId?: string;
  eventType?: number;
  payload?: { value?: string };
  code?: number;
  description?: string;
  final?: boolean;
  retryable?: boolean;
  via?: string;
  publicErrorCode?: string;
  reason?: string;
}

const TIMEOUT = 20_000;

/** A short name for a recorded event: its type and token (or reason). */
function key(event: Recorded): string {
  const detail = event.detail as Detail;
  return `${event.type}:${detail.authorizationToken ?? detail.reason ?? ''}`;
}

async function events(page: Page): Promise<Recorded[]> {
  return page.evaluate(() => (window as ProbeWindow).__events ?? []);
}

/** Waits until `count` events are recorded; returns them. */
async function waitForEvents(page: Page, count: number, what: string): Promise<Recorded[]> {
  try {
    await page.waitForFunction((n) => ((window as ProbeWindow).__events ?? []).length >= n, count, {
      timeout: TIMEOUT,
    });
  } catch {
    const got = (await events(page)).map(key);
    assert.fail(`${what}: waited for ${count} events, got ${got.length}: ${got.join(', ')}`);
  }
  return events(page);
}

/** The listeners on the window and the document, counted by target and type. */
async function listeners(cdp: CDPSession): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId ?? assert.fail(`no ${target}`),
    });
    for (const listener of found) {
      const name = `${target}:${listener.type}`;
      counts[name] = (counts[name] ?? 0) + 1;
    }
    if (result.objectId) await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return counts;
}

async function frameSrc(page: Page): Promise<string | undefined> {
  return page.$eval('jumio-verify', (el) => el.shadowRoot?.querySelector('iframe')?.src);
}

/** Runs the check on one app's page; throws an assertion error for what failed. */
export async function checkApp(browser: Browser, options: CheckOptions): Promise<void> {
  const { url, binding, cycles = 20 } = options;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console.error: ${message.text()} (${message.location().url})`);
    }
  });
  try {
    await page.goto(url);

    // 1. loaded, then the client's error, with their details.
    const [loaded, error] = await waitForEvents(page, 2, 'the first client');
    assert.deepEqual(
      { binding: loaded?.binding, type: loaded?.type, custom: loaded?.custom },
      { binding: binding('jumio-loaded'), type: 'jumio-loaded', custom: true },
    );
    const loadedDetail = loaded?.detail as Detail;
    assert.deepEqual(
      {
        token: loadedDetail.authorizationToken,
        workflow: loadedDetail.workflowExecutionId,
        eventType: loadedDetail.eventType,
        value: loadedDetail.payload?.value,
      },
      { token: 'first', workflow: WORKFLOW_EXECUTION_ID, eventType: 510, value: 'loaded' },
    );
    assert.deepEqual(
      { binding: error?.binding, type: error?.type, custom: error?.custom },
      { binding: binding('jumio-error'), type: 'jumio-error', custom: true },
    );
    const errorDetail = error?.detail as Detail;
    assert.deepEqual(
      {
        token: errorDetail.authorizationToken,
        value: errorDetail.payload?.value,
        code: errorDetail.code,
        description: errorDetail.description,
        final: errorDetail.final,
        retryable: errorDetail.retryable,
        via: errorDetail.via,
        publicErrorCode: errorDetail.publicErrorCode,
      },
      {
        token: 'first',
        value: 'error',
        code: 9100,
        description: ERROR_CODES[9100].description,
        final: true,
        retryable: true,
        via: 'message',
        publicErrorCode: 'A060500',
      },
    );
    assert.equal(await page.getAttribute('jumio-verify', 'state'), 'error');

    // 2. A new href: a new client.
    await page.click('#change');
    await waitForEvents(page, 3, 'after changing the href');
    assert.match((await frameSrc(page)) ?? '', /authorizationToken=second/);
    assert.equal(await page.getAttribute('jumio-verify', 'state'), 'loaded');

    // 3. No href: nothing to show, nothing thrown.
    await page.click('#clear');
    await waitForEvents(page, 4, 'after clearing the href');
    await page.waitForFunction(
      () => document.querySelector('jumio-verify')?.getAttribute('state') === 'idle',
    );
    assert.equal(await frameSrc(page), undefined);

    // 4. A session provider: asked, and its href loaded.
    await page.click('#provider');
    await waitForEvents(page, 5, 'after setting a session provider');
    const sessions = await page.evaluate(() => (window as ProbeWindow).__sessions ?? []);
    assert.deepEqual(
      sessions.map((session) => session.reason),
      ['initial'],
    );
    assert.match((await frameSrc(page)) ?? '', /authorizationToken=provided/);

    // 5. Mount and unmount: no listener left behind.
    await page.click('#toggle');
    await page.waitForSelector('jumio-verify', { state: 'detached' });
    const cdp = await context.newCDPSession(page);
    const before = await listeners(cdp);
    await page.click('#toggle');
    await waitForEvents(page, 6, 'mount 1');
    const mounted = await listeners(cdp);
    await page.click('#toggle');
    await page.waitForSelector('jumio-verify', { state: 'detached' });
    // The other cycles in the page: a round trip for all, not one per click and wait. A string,
    // not a function: tsx would name the function's inner functions with a helper the page lacks.
    await page.evaluate(`(async () => {
      const toggle = document.getElementById('toggle');
      const until = (what, done) => new Promise((resolve, reject) => {
        const start = performance.now();
        const poll = () => {
          if (done()) resolve();
          else if (performance.now() - start > ${TIMEOUT}) reject(new Error('timed out: ' + what));
          else setTimeout(poll, 5);
        };
        poll();
      });
      for (let cycle = 2; cycle <= ${cycles}; cycle++) {
        toggle.click();
        await until('mount ' + cycle, () => (window.__events ?? []).length >= 5 + cycle);
        toggle.click();
        await until('unmount ' + cycle, () => !document.querySelector('jumio-verify'));
      }
    })()`);
    const afterCycles = await listeners(cdp);
    assert.ok(
      (mounted['window:message'] ?? 0) > (before['window:message'] ?? 0),
      `a mounted element listens to the window's messages (${JSON.stringify(mounted)})`,
    );
    assert.deepEqual(afterCycles, before, `listeners after ${cycles} mount/unmount cycles`);

    // 6. Each event once, in order, through the app's binding; no error logged.
    const all = await events(page);
    assert.deepEqual(all.map(key), [
      'jumio-loaded:first',
      'jumio-error:first',
      'jumio-loaded:second',
      'jumio-config-error:missing-source',
      ...Array.from({ length: cycles + 1 }, () => 'jumio-loaded:provided'),
    ]);
    for (const event of all) assert.equal(event.binding, binding(event.type));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}
