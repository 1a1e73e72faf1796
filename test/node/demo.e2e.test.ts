/// <reference lib="dom" />
/**
 * The README's promise, tested the way a new user meets it: the demo that `npm start` serves
 * (vite.config.ts, the demo server plugin, the simulated client on its second origin), driven in
 * Chromium: a journey to success and its redirect page, errors (one the user goes on from), the
 * endings by redirect only, and a forged message. The simulator must speak the current client:
 * its messages are checked as they arrive at the page, before the element reads them.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.mjs';

/** What these tests read of <jumio-verify> (src/ is type-checked with the DOM, not here). */
type VerifyProperties = HTMLElement & {
  sessionUrl: string;
  maxRefresh: number;
  capability: { reasons: readonly string[] };
};

/** An event of the element, with the detail fields these tests read. */
interface RecordedEvent {
  name: string;
  code?: number;
  publicErrorCode?: string;
  final?: boolean;
  cause?: string;
  via?: string;
}

/** What the init script keeps: every string posted to the page, and every jumio-* event. */
interface Recorder {
  __messages: { origin: string; data: string }[];
  __events: RecordedEvent[];
}

const EVENT_NAMES = [
  'jumio-loaded',
  'jumio-success',
  'jumio-error',
  'jumio-config-error',
  'jumio-timeout',
  'jumio-warning',
  'jumio-refresh',
];

/**
 * The demo's camera pre-flight switch (demo/preflight.ts), each outcome with what the element
 * shows by default (fallback="auto"): the "Continue in a new tab" bar where a tab gets around it.
 */
const PREFLIGHT_OUTCOMES = [
  { reason: 'insecure-context', bar: true },
  { reason: 'camera-blocked', bar: true },
  { reason: 'no-camera-api', bar: false },
  { reason: 'ios-webview', bar: false },
  { reason: 'in-app-browser', bar: false },
];

/** The keys of a state change, in the current client's order. */
const STATE_KEYS = [
  'authorizationToken',
  'eventType',
  'dateTime',
  'payload',
  'workflowExecutionId',
  'transactionReference',
  'jumioIdScanReference',
  'accountId',
  'customerInternalReference',
];

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

describe('the demo (npm start)', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let base: string;

  before(async () => {
    // The simulator, whatever credentials .env or the environment holds.
    process.env['DEMO_BACKEND'] = 'simulator';
    vite = await createServer({
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, watch: null },
    });
    await vite.listen();
    base = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript((names: string[]) => {
      const recorder = window as unknown as Recorder;
      recorder.__messages = [];
      recorder.__events = [];
      addEventListener('message', (event) => {
        if (typeof event.data === 'string') {
          recorder.__messages.push({ origin: event.origin, data: event.data });
        }
      });
      for (const name of names) {
        document.addEventListener(name, (event) => {
          const detail = ((event as CustomEvent).detail ?? {}) as Record<string, unknown>;
          recorder.__events.push({
            name,
            code: detail['code'] as number | undefined,
            publicErrorCode: detail['publicErrorCode'] as string | undefined,
            final: detail['final'] as boolean | undefined,
            cause: detail['cause'] as string | undefined,
            via: detail['via'] as string | undefined,
          });
        });
      }
    }, EVENT_NAMES);
  });

  after(async () => {
    await browser.close();
    await vite.close();
  });

  const client = () => page.frameLocator('jumio-verify iframe');
  const events = () => page.evaluate(() => (window as unknown as Recorder).__events);
  const eventNames = async () => (await events()).map((event) => event.name);
  const messages = () => page.evaluate(() => (window as unknown as Recorder).__messages);
  const forget = () =>
    page.evaluate(() => {
      const recorder = window as unknown as Recorder;
      recorder.__events.length = 0;
      recorder.__messages.length = 0;
    });
  const recorded = (name: string, count = 1) =>
    page.waitForFunction(
      ([event, n]) =>
        (window as unknown as Recorder).__events.filter((e) => e.name === event).length >= n,
      [name, count] as const,
      { timeout: 20_000 },
    );
  const frameSrc = () =>
    page.$eval('#verify', (el) => el.shadowRoot?.querySelector('iframe')?.src ?? '');
  /** A new iframe with a new session, its events and messages recorded from scratch. */
  const reload = async () => {
    await forget();
    await page.click('#reload');
    await recorded('jumio-loaded');
  };
  const devControls = async () => {
    await client().locator('[data-testid=sim-dev-controls] summary').click();
  };
  /** The page the frame is on now, by the redirect card it shows. */
  const redirectCard = async () => {
    const outcome = client().locator('[data-testid=redirect-outcome]');
    await outcome.waitFor({ timeout: 10_000 });
    return outcome;
  };
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
    // The pre-flight switch says "as found", and Chromium on 127.0.0.1 can capture.
    assert.equal(await page.inputValue('#preflight'), '');
    assert.deepEqual(
      await page.$eval('#verify', (el) => [...(el as VerifyProperties).capability.reasons]),
      [],
    );
    const src = new URL(await frameSrc());
    assert.notEqual(src.origin, new URL(base).origin);
    assert.match(src.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    // Shaped like Jumio's current hrefs: /web/client?baseUrl=…&authorizationToken=…
    assert.equal(src.pathname, '/web/client');
    assert.equal(src.searchParams.get('baseUrl'), `${src.origin}/api/simulator`);
    assert.equal(await page.getAttribute('#backend', 'data-backend'), 'simulator');
  });

  it("posts the current client's messages, and its log events alongside, which never become events", async () => {
    const clientOrigin = new URL(await frameSrc()).origin;
    const token = new URL(await frameSrc()).searchParams.get('authorizationToken');
    const posted = (await messages()).filter((m) => m.origin === clientOrigin);
    const parsed = posted.map((m) => JSON.parse(m.data) as Record<string, unknown>);
    const states = parsed.filter((m) => m['eventType'] === 510);
    const logs = parsed.filter((m) => typeof m['eventType'] === 'string');
    assert.equal(states.length, 1);
    const [loaded = {}] = states;
    assert.deepEqual(Object.keys(loaded), STATE_KEYS);
    assert.deepEqual(loaded['payload'], { value: 'loaded', metainfo: { mode: 'original' } });
    assert.equal(loaded['authorizationToken'], token);
    assert.match(String(loaded['workflowExecutionId']), /^[\da-f-]{36}$/);
    for (const key of ['transactionReference', 'jumioIdScanReference', 'accountId']) {
      assert.equal(loaded[key], loaded['workflowExecutionId'], key);
    }
    assert.match(String(loaded['customerInternalReference']), /^demo-/);
    assert.ok(!Number.isNaN(Date.parse(String(loaded['dateTime']))));
    // The settings event comes before `loaded`, the start screen's after it.
    const values = logs.map((m) => m['value']);
    assert.ok(
      values.includes('arbitrary:settings') && values.includes('screen:start'),
      values.join(),
    );
    for (const event of logs) {
      assert.deepEqual(Object.keys(event).slice(0, 7), [
        'eventType',
        'eventName',
        'value',
        'code',
        'level',
        'tags',
        'timestamp',
      ]);
      assert.equal('payload' in event, false);
    }
    assert.deepEqual(await eventNames(), ['jumio-loaded']);
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

  it('keeps the page’s focus while the client loads', async () => {
    await forget();
    await page.focus('#reload');
    await page.keyboard.press('Enter');
    await recorded('jumio-loaded');
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reload');
  });

  it('lets the user go on after a retriable error, and then succeed', async () => {
    await reload();
    await devControls();
    await client().locator('[data-testid=sim-error-situation]').selectOption('uploadFailed');
    await client().locator('[data-testid=sim-raise-error]').click();
    await recorded('jumio-error');
    assert.equal(await page.getAttribute('#verify', 'state'), 'loaded');
    await client().locator('[data-testid=sim-try-again]').click();
    // Focus follows the client's screens once the user is in it.
    await client().locator('h1:focus').waitFor({ timeout: 5_000 });
    await devControls();
    await client().locator('[data-testid=sim-finish-success]').click();
    await recorded('jumio-success');
    const seen = await events();
    assert.deepEqual(
      seen.map(({ name }) => name),
      ['jumio-loaded', 'jumio-error', 'jumio-success'],
    );
    assert.deepEqual(
      { ...seen[1] },
      {
        name: 'jumio-error',
        code: 9822,
        publicErrorCode: 'H000000',
        final: false,
        cause: undefined,
        via: 'message',
      },
    );
    const states = (await messages())
      .map((m) => JSON.parse(m.data) as { eventType?: unknown; payload?: { metainfo?: unknown } })
      .filter((m) => m.eventType === 510);
    assert.deepEqual(states[1]?.payload?.metainfo, {
      mode: 'original',
      code: 9822,
      codeExternal: 9822,
      publicErrorCode: 'H000000',
      retriable: true,
    });
    assert.equal(await page.getAttribute('#verify', 'state'), 'success');
    assert.equal(await (await redirectCard()).getAttribute('data-outcome'), 'success');
  });

  it('ends on a final error: 9900 at finalize (HTTP 406), posted, then the error page', async () => {
    await reload();
    await devControls();
    await client().locator('[data-testid=sim-error-situation]').selectOption('credentials');
    await client().locator('[data-testid=sim-raise-error]').click();
    await recorded('jumio-error');
    const error = (await events()).find((event) => event.name === 'jumio-error');
    assert.deepEqual(
      { code: error?.code, publicErrorCode: error?.publicErrorCode, final: error?.final },
      { code: 9900, publicErrorCode: 'M060406', final: true },
    );
    assert.equal(await page.getAttribute('#verify', 'state'), 'error');
    const entry = await page.textContent('#log li[data-event="jumio-error"]');
    assert.match(entry ?? '', /9900 M060406/);
    assert.match(entry ?? '', /not retryable/);
    assert.equal(await (await redirectCard()).getAttribute('data-outcome'), 'error');
  });

  it('ends at finalize with the message, then the error page, even when retriable (A060500)', async () => {
    await reload();
    await devControls();
    await client().locator('[data-testid=sim-error-situation]').selectOption('finalizeServerError');
    await client().locator('[data-testid=sim-raise-error]').click();
    await recorded('jumio-error');
    const error = (await events()).find((event) => event.name === 'jumio-error');
    assert.ok(error);
    assert.equal(error.publicErrorCode, 'A060500');
    assert.equal(error.final, true); // the client's flag says retriable, but its journey ends here
    assert.equal(await (await redirectCard()).getAttribute('data-outcome'), 'error');
    assert.equal(
      await client().locator('[data-testid=redirect-public-error-code]').textContent(),
      'A060500',
    );
  });

  it('finishes by redirect only when a status poll finds the outcome: the element reads it', async () => {
    await reload();
    await devControls();
    await client().locator('[data-testid=sim-redirect-success]').click();
    assert.equal(await (await redirectCard()).getAttribute('data-outcome'), 'success');
    await recorded('jumio-success');
    const seen = await events();
    assert.deepEqual(
      seen.map(({ name, via }) => [name, via]),
      [
        ['jumio-loaded', undefined],
        ['jumio-success', 'redirect'],
      ],
    );
    assert.equal(await page.getAttribute('#verify', 'state'), 'success');
  });

  it('expires by redirect only (J000000) and refreshes, as with 9210 when there is no error URL', async () => {
    await reload();
    await devControls();
    await client().locator('[data-testid=sim-expire]').click();
    await recorded('jumio-refresh');
    await recorded('jumio-loaded', 2);
    const byRedirect = (await events()).find((event) => event.name === 'jumio-refresh');
    assert.deepEqual([byRedirect?.cause, byRedirect?.code], ['expired', 9210]);

    await forget();
    await page.selectOption('#redirect', 'none');
    await recorded('jumio-loaded');
    await devControls();
    await client().locator('[data-testid=sim-expire]').click();
    await recorded('jumio-refresh');
    await recorded('jumio-loaded', 2);
    const byMessage = (await events()).find((event) => event.name === 'jumio-refresh');
    assert.equal(byMessage?.cause, 'expired');
    await page.selectOption('#redirect', 'same-origin');
    await recorded('jumio-loaded', 3);
  });

  it('gets the outcome back from a tab: launcher, simulator in the tab, redirect page, closed tab', async () => {
    await forget();
    await page.click('input[name=mode][value=window]');
    const launcher = page.locator('#verify').locator('[part=launcher]');
    await launcher.waitFor();
    const [tab] = await Promise.all([page.waitForEvent('popup'), launcher.click()]);
    await page.locator('#verify').locator('[part=resume]').waitFor();
    assert.equal(await page.getAttribute('#verify', 'state'), 'opened');
    await tab.locator('[data-testid=sim-dev-controls] summary').click();
    await tab.locator('[data-testid=sim-finish-success]').click();
    await recorded('jumio-success');
    const success = (await events()).find((event) => event.name === 'jumio-success');
    assert.equal(success?.via, 'redirect');
    assert.equal(await page.getAttribute('#verify', 'state'), 'success');
    await page.locator('#verify').locator('[part=done]').waitFor(); // not an empty spot
    // completeRedirect() closes the tab the element opened (it may be gone already).
    if (!tab.isClosed()) await tab.waitForEvent('close', { timeout: 10_000 });
    await page.click('input[name=mode][value=iframe]');
    await recorded('jumio-loaded');
  });

  it('redirects to a page on another origin when the session says so', async () => {
    await forget();
    await page.selectOption('#redirect', 'cross-origin');
    await recorded('jumio-loaded');
    const clientOrigin = new URL(await frameSrc()).origin;
    await devControls();
    await client().locator('[data-testid=sim-finish-success]').click();
    await recorded('jumio-success');
    await redirectCard();
    const frame = page.frames().find((f) => f.url().includes('/redirect.html'));
    assert.equal(new URL(frame?.url() ?? base).origin, clientOrigin);
    assert.notEqual(clientOrigin, new URL(base).origin);
    await forget();
    await page.selectOption('#redirect', 'same-origin');
    await recorded('jumio-loaded');
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

  for (const { reason, bar } of PREFLIGHT_OUTCOMES) {
    it(`forces the pre-flight outcome ${reason} with the demo's switch`, async () => {
      const other = await browser.newPage();
      await other.goto(`${base}/`);
      await other.waitForSelector('#verify[state="loaded"]', { timeout: 20_000 });
      // The switch reloads the page with ?preflight=, before the element module reads the page.
      await Promise.all([
        other.waitForURL(`${base}/?preflight=${reason}`),
        other.selectOption('#preflight', reason),
      ]);
      await other
        .locator('#log li[data-event="jumio-warning"]', { hasText: reason })
        .waitFor({ timeout: 20_000 });
      await other.waitForSelector('#verify[state="loaded"]', { timeout: 20_000 });
      assert.deepEqual(
        await other.$eval('#verify', (el) => [...(el as VerifyProperties).capability.reasons]),
        [reason],
      );
      assert.equal(await other.locator('#verify').locator('[part=fallback]').count(), bar ? 1 : 0);
      assert.match((await other.textContent('#preflight-note')) ?? '', new RegExp(reason));
      await other.close();
    });
  }

  it('goes to the launcher where a tab helps with fallback="window"', async () => {
    const other = await browser.newPage();
    await other.goto(`${base}/?preflight=insecure-context`);
    await other.selectOption('#fallback', 'window');
    await other.locator('#verify').locator('[part=launcher]').waitFor({ timeout: 20_000 });
    assert.equal(await other.getAttribute('#verify', 'state'), 'idle');
    assert.equal(new URL(other.url()).searchParams.get('fallback'), 'window');
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
      `/api/session?tokenLifetime=${lifetime}&redirect=${await other.inputValue('#redirect')}`,
    );
    const maxRefresh = await other.inputValue('#max-refresh');
    assert.equal(
      await other.$eval('jumio-verify', (el) => (el as VerifyProperties).maxRefresh),
      Number(maxRefresh),
    );
    await other.close();
  });

  it('serves a server-rendered page whose iframe the element adopts, not reloads', async () => {
    const html = await (await fetch(`${base}/server-rendered.html`)).text();
    // renderClientFrame's markup, inside the element, in the HTML itself: recorder, then iframe.
    const frame =
      /<jumio-verify[^>]*>\s*<script>[^\n]*?__jumioVerifyEarly[^\n]*?<\/script>(<iframe [^>]*><\/iframe>)\s*<\/jumio-verify\s*>/.exec(
        html,
      )?.[1];
    assert.ok(frame, 'the HTML has the client iframe inside <jumio-verify>');
    assert.match(html, /<jumio-verify [^>]*\bserver-rendered\b/, 'marked server-rendered');
    assert.match(frame, /src="http:\/\/127\.0\.0\.1:\d+\/web\/client\?baseUrl=/);
    assert.match(frame, /allow="camera;[^"]*" allowfullscreen/);

    const other = await browser.newPage();
    const clientRequests: string[] = [];
    other.on('request', (request) => {
      if (new URL(request.url()).pathname === '/web/client') clientRequests.push(request.url());
    });
    await other.goto(`${base}/server-rendered.html`);
    await other.waitForSelector('jumio-verify[state="loaded"]', { timeout: 20_000 });
    await other.waitForSelector('#log li[data-event="jumio-loaded"]', { timeout: 20_000 });
    assert.equal(await other.textContent('#fact-adopted'), 'yes: the same iframe and window');
    assert.equal(clientRequests.length, 1, 'the client document was requested once');
    await other.close();
  });

  it('gives a returning user a new workflow on the same account, as /api/session does', async () => {
    const accountOf = async (html: string): Promise<unknown> => {
      const token = /authorizationToken=([^&"]+)/.exec(html)?.[1] ?? '';
      const status = await fetch(`${base}/api/simulator/session?authorizationToken=${token}`);
      return ((await status.json()) as { accountId?: unknown }).accountId;
    };
    const first = await fetch(`${base}/server-rendered.html`);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(cookie, /^jumio_verify_demo_user=/, 'a new user is named');
    const account = await accountOf(await first.text());
    assert.ok(account);
    const again = await fetch(`${base}/server-rendered.html`, { headers: { Cookie: cookie } });
    assert.equal(again.headers.get('set-cookie'), null);
    assert.equal(await accountOf(await again.text()), account);
    // The page's session-url refreshes on the same account.
    const refresh = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ reason: 'refresh' }),
    });
    assert.equal(((await refresh.json()) as { account: { id: unknown } }).account.id, account);
  });

  it('renders the page with its locale on the element, so that a refresh keeps it', async () => {
    const html = await (await fetch(`${base}/server-rendered.html?locale=de`)).text();
    assert.match(html, /<jumio-verify [^>]*\blocale="de"[^>]*>\s*<script>/);
    assert.match(html, /<iframe src="[^"]*locale=de/);
  });

  it("creates no session for another site's <img>, and cannot be framed by one", async () => {
    const asked = (headers: Record<string, string>) =>
      fetch(`${base}/server-rendered.html`, {
        headers: { 'Sec-Fetch-Site': 'cross-site', ...headers },
      });
    const image = await asked({ 'Sec-Fetch-Dest': 'image' });
    assert.equal(image.headers.get('content-security-policy'), "frame-ancestors 'self'");
    const html = await image.text();
    assert.match(html, /<jumio-verify [^>]*>\s*<\/jumio-verify\s*>/, 'no iframe in the element');
    assert.doesNotMatch(html, /authorizationToken/);
    // A script's navigation, or a prefetch, is no visitor following a link.
    const followed = { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-User': '?1' };
    for (const headers of [
      { 'Sec-Fetch-Dest': 'document' },
      { ...followed, 'Sec-Purpose': 'prefetch' },
    ]) {
      const page = await (await asked(headers)).text();
      assert.doesNotMatch(page, /authorizationToken/, JSON.stringify(headers));
    }
    // A link the visitor follows from elsewhere opens the demo as it is.
    assert.match(await (await asked(followed)).text(), /authorizationToken/);
  });
});
