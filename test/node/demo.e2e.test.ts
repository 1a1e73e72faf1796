/// <reference lib="dom" />
/**
 * The README's promise, tested the way a new user meets it: the demo that `npm start` serves
 * (vite.config.ts, the demo server plugin, the simulated client on its second origin), driven in
 * Chromium: a journey to success and its redirect page, an error code, and a forged message.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.mjs';

/** What these tests read of <jumio-verify> (src/ is type-checked with the DOM, not here). */
type VerifyProperties = HTMLElement & { sessionUrl: string; maxRefresh: number };

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

describe('the demo (npm start)', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let base: string;

  before(async () => {
    vite = await createServer({
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, watch: null },
    });
    await vite.listen();
    base = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  after(async () => {
    await browser.close();
    await vite.close();
  });

  const client = () => page.frameLocator('jumio-verify iframe');
  const logged = (event: string, count = 1) =>
    page.waitForFunction(
      ([name, n]) => document.querySelectorAll(`#log li[data-event="${name}"]`).length >= Number(n),
      [event, count],
      { timeout: 20_000 },
    );

  it('loads the element against the simulated client on another origin', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('#verify[state="loaded"]', { timeout: 20_000 });
    await logged('jumio-loaded');
    const src = await page.$eval(
      '#verify',
      (el) => el.shadowRoot?.querySelector('iframe')?.src ?? '',
    );
    const clientOrigin = new URL(src).origin;
    assert.notEqual(clientOrigin, new URL(base).origin);
    assert.match(clientOrigin, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(await page.getAttribute('#backend', 'data-backend'), 'simulator');
  });

  it('ignores a success forged by the page, and says so', async () => {
    await page.click('#forge');
    await page.waitForSelector('#log li[data-kind="verified"]', { timeout: 5_000 });
    assert.equal(
      await page.$$eval('#log li[data-event="jumio-success"]', (items) => items.length),
      0,
    );
    assert.equal(await page.getAttribute('#verify', 'state'), 'loaded');
  });

  it('finishes with success, logs it without the token, and shows the redirect page', async () => {
    const src = await page.$eval(
      '#verify',
      (el) => el.shadowRoot?.querySelector('iframe')?.src ?? '',
    );
    const token = new URL(src).searchParams.get('authorizationToken') ?? '';
    assert.ok(token.length > 8);
    await client().locator('[data-testid=sim-dev-controls] summary').click();
    await client().locator('[data-testid=sim-finish-success]').click();
    await logged('jumio-success');
    assert.equal(await page.getAttribute('#verify', 'state'), 'success');
    const outcome = client().locator('[data-testid=redirect-outcome]');
    await outcome.waitFor({ timeout: 10_000 });
    assert.equal(await outcome.getAttribute('data-outcome'), 'success');
    assert.ok(!(await page.textContent('#log'))?.includes(token), 'the log shows the token');
  });

  it('finishes with an error code, described in the log and on the redirect page', async () => {
    const loaded = await page.$$eval('#log li[data-event="jumio-loaded"]', (items) => items.length);
    await page.click('#reload');
    await logged('jumio-loaded', loaded + 1);
    await client().locator('[data-testid=sim-dev-controls] summary').click();
    await client().locator('[data-testid=sim-error-code]').selectOption('9820');
    await client().locator('[data-testid=sim-finish-error]').click();
    await logged('jumio-error');
    const entry = await page.textContent('#log li[data-event="jumio-error"]');
    assert.match(entry ?? '', /9820/);
    assert.match(entry ?? '', /File upload not enabled and camera unavailable/);
    assert.equal(await page.getAttribute('#verify', 'state'), 'error');
    const outcome = client().locator('[data-testid=redirect-outcome]');
    await outcome.waitFor({ timeout: 10_000 });
    assert.equal(await outcome.getAttribute('data-outcome'), 'error');
    assert.match(
      (await client().locator('[data-testid=redirect-error-code]').textContent()) ?? '',
      /9820/,
    );
  });

  it('reads a redirect URL on its own page with parseRedirectResult', async () => {
    const other = await browser.newPage();
    await other.goto(
      `${base}/redirect.html?accountId=a1&workflowExecutionId=w1&acquisitionStatus=ERROR` +
        '&customerInternalReference=ref&errorCode=9200',
    );
    const outcome = other.locator('[data-testid=redirect-outcome]');
    assert.equal(await outcome.getAttribute('data-outcome'), 'error');
    assert.match(
      (await other.textContent('body')) ?? '',
      /Authorization token missing, invalid, or expired/,
    );
    await other.goto(`${base}/redirect.html`);
    assert.equal(
      await other.locator('[data-testid=redirect-outcome]').getAttribute('data-outcome'),
      'invalid',
    );
    await other.close();
  });

  it('shows the settings in use after going back to it, not ones the browser restored', async () => {
    const other = await browser.newPage();
    await other.goto(`${base}/`);
    await other.selectOption('#token-lifetime', '5m');
    await other.selectOption('#max-refresh', '3');
    await other.goto(`${base}/redirect.html`);
    await other.goBack();
    await other.waitForSelector('#verify[state="loaded"]', { timeout: 20_000 });
    // Chromium restores form controls after `load` on a history navigation, behind the page's back.
    const lifetime = await other.inputValue('#token-lifetime');
    assert.equal(
      await other.$eval('jumio-verify', (el) => (el as VerifyProperties).sessionUrl),
      `/api/session?tokenLifetime=${lifetime}`,
    );
    const maxRefresh = await other.inputValue('#max-refresh');
    assert.equal(
      await other.$eval('jumio-verify', (el) => (el as VerifyProperties).maxRefresh),
      Number(maxRefresh),
    );
    await other.close();
  });
});
