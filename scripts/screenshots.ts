/**
 * `npm run screenshots`: the demo as people see it, in PNGs under screenshots/ (git-ignored), to
 * look at before and after a change of the demo or of the element. It starts the demo the way
 * test/node/demo.e2e.test.ts does (Vite with vite.config.ts on a free port, the simulated client
 * on its second origin), drives Chromium with playwright-core, and writes
 *
 * - `demo-<width>-<scene>.png`: every state of the element the simulator can bring about (SCENES),
 *   at each of WIDTHS; and `demo-ar-<width>-<scene>.png`, the same with locale="ar" at 1280 and
 *   390 px: the stage is then a right-to-left page (the simulator itself shows English);
 * - `simulator-<width>[-<variant>].png`, the simulated client on a page of its own,
 *   `redirect-<width>-<outcome>.png`, demo/redirect.html, and `server-rendered-<width>.png`, the
 *   demo server's server-rendered page, at 1280 and 390 px;
 *
 * and runs axe-core (node_modules/axe-core) at 1280 and 390 px on the demo page in every scene (the
 * element's shadow tree with it) and inside its frame (the simulator, or the redirect page), in
 * RTL too, and on the standalone pages; it prints what it finds, and exits with 1 on a violation.
 *
 *   npm run screenshots                      # everything, into screenshots/
 *   npm run screenshots -- loaded preflight  # only the files whose name contains one of the words
 *   npm run screenshots -- axe               # only axe, in every scene
 *   npm run screenshots -- --jobs 1          # one browser instead of two
 *
 * A new state of the element is one line in SCENES: its name, how to get there from a fresh demo
 * page with the helpers of {@link Demo}, and if need be the demo's query or a request to hold.
 */
import { mkdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { createServer } from 'vite';
import { TAB_FLOW_KEY } from '../src/protocol/redirect-result.js';
import { CHROME_ARGS, chromePath } from './chrome.mjs';

/** The widths every demo scene is captured at, each with a usual screen height. */
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 800, height: 1000 },
  { width: 600, height: 960 },
  { width: 390, height: 844 },
] as const;

/** Where the standalone pages are captured and axe runs. */
const PAGE_WIDTHS = [WIDTHS[0], WIDTHS[3]] as const;

const WAIT = 20_000;

/** The end of an axe report that found nothing. */
const CLEAN = ': no violations';

/**
 * A state of the demo, reached from a fresh page: `reach` is what a user or the simulator's
 * developer controls do; `query` goes into the demo's URL; `hold` leaves a request unanswered, so
 * that the element or the client stays loading; `rtl: false` skips the Arabic capture; `widths`
 * narrows WIDTHS. After the captures the locale is switched to `ar` on the same page, and `reach`
 * runs again: it must work from the state it brought about, too.
 */
interface Scene {
  readonly name: string;
  readonly reach: (demo: Demo) => Promise<unknown>;
  readonly query?: string;
  readonly hold?: keyof typeof HOLDS;
  readonly rtl?: false;
  readonly widths?: readonly number[];
}

/** The widest and the narrowest: for the Arabic captures, and where little differs. */
const ENDS: readonly number[] = [WIDTHS[0].width, WIDTHS[3].width];

/** The right-to-left locale. */
const RTL = 'ar';

// `rtl: false` where the frame shows the demo's redirect page (its own document, in English) or
// only the pre-flight note differs from another scene.
// prettier-ignore
const SCENES: readonly Scene[] = [
  { name: 'idle', reach: (d) => d.pasteHref('') },
  { name: 'loading', reach: (d) => d.state('loading'), hold: 'session' },
  { name: 'loading-client', reach: (d) => d.frameIn(), hold: 'client' },
  { name: 'loaded', reach: (d) => d.state('loaded') },
  { name: 'success', reach: (d) => d.finish('none') },
  { name: 'redirect', reach: (d) => d.finish('same-origin'), rtl: false },
  { name: 'redirect-error', reach: (d) => d.raise('finalizeServerError', 'redirect'), rtl: false },
  { name: 'error', reach: (d) => d.raise('settingsFailed') },
  { name: 'retriable-error', reach: (d) => d.raise('uploadFailed') },
  { name: 'opened', reach: (d) => d.openTab() },
  { name: 'tab-done', reach: (d) => d.tabDone() },
  { name: 'config-error', reach: (d) => d.pasteHref('http://example.com/web/client?token=x') },
  // The camera pre-flight switch (demo/preflight.ts). With fallback="auto", the default, an http
  // page and a policy without the camera get the fallback bar; the others only warn (and the
  // element shows what it does in `loaded`).
  { name: 'preflight-insecure-context', reach: (d) => d.bar(), query: 'preflight=insecure-context' },
  { name: 'preflight-insecure-context-window', reach: (d) => d.part('launcher'), query: 'preflight=insecure-context&fallback=window', rtl: false },
  { name: 'preflight-camera-blocked', reach: (d) => d.bar(), query: 'preflight=camera-blocked', rtl: false },
  { name: 'preflight-no-camera-api', reach: (d) => d.warned('no-camera-api'), query: 'preflight=no-camera-api', rtl: false, widths: ENDS },
  { name: 'preflight-ios-webview', reach: (d) => d.warned('ios-webview'), query: 'preflight=ios-webview', rtl: false, widths: ENDS },
  { name: 'preflight-in-app-browser', reach: (d) => d.warned('in-app-browser'), query: 'preflight=in-app-browser', rtl: false, widths: ENDS },
];

/** Requests a scene can hold, by URL. */
const HOLDS = {
  /** The demo's session API: the element waits for an href. */
  session: /\/api\/session(\?|$)/,
  /** The simulator's own session check: its frame is in, and it says nothing yet. */
  client: /\/api\/simulator\/session\?/,
};

/** The demo's controls and the simulated client's developer controls, as scenes use them. */
class Demo {
  constructor(readonly page: Page) {}

  get client() {
    return this.page.frameLocator('jumio-verify iframe');
  }

  /** Waits until the element's reflected state is `state`. */
  async state(state: string): Promise<void> {
    await this.page.waitForSelector(`#verify[state="${state}"]`, { timeout: WAIT });
  }

  /** Waits until the element shows an iframe, whatever the client says in it. */
  async frameIn(): Promise<void> {
    await this.page.locator('#verify').locator('iframe').waitFor({ timeout: WAIT });
  }

  /** Waits until a part of the element's own (not the client's) shows. */
  async part(name: string): Promise<void> {
    await this.page.locator('#verify').locator(`[part="${name}"]`).waitFor({ timeout: WAIT });
  }

  /** The fallback bar ("Continue in a new tab") beside the loaded client. */
  async bar(): Promise<void> {
    await this.state('loaded');
    await this.part('fallback');
  }

  /** The pre-flight's warning for `reason` in the log, and the client loaded. */
  async warned(reason: string): Promise<void> {
    await this.page
      .locator('#log li[data-event="jumio-warning"]', { hasText: reason })
      .waitFor({ timeout: WAIT });
    await this.state('loaded');
  }

  /** Source "Paste a web.href", and `href` loaded from its field. */
  async pasteHref(href: string): Promise<void> {
    await this.page.click('#source-href');
    await this.page.fill('#href-input', href);
    await this.page.click('#href-load');
    await this.page.locator('#href-input').blur();
  }

  async devControls(): Promise<void> {
    await this.state('loaded');
    await this.client.locator('[data-testid=sim-dev-controls] summary').click();
  }

  /** The journey finished with success, with the session's redirect URLs set to `redirect`. */
  async finish(redirect: 'none' | 'same-origin'): Promise<void> {
    await this.page.selectOption('#redirect', redirect);
    await this.devControls();
    await this.client.locator('[data-testid=sim-finish-success]').click();
    await this.state('success');
    await (redirect === 'none' ? this.clientScreen() : this.redirectPage());
  }

  /** One of the simulator's error situations (demo/simulator/situations.ts), and what follows. */
  async raise(situation: string, then?: 'redirect'): Promise<void> {
    await this.devControls();
    await this.client.locator('[data-testid=sim-error-situation]').selectOption(situation);
    await this.client.locator('[data-testid=sim-raise-error]').click();
    await this.page.waitForSelector('#log li[data-event="jumio-error"]', { timeout: WAIT });
    await (then === 'redirect' ? this.redirectPage() : this.clientScreen());
  }

  /** The client's screen, with the developer controls closed. */
  async clientScreen(): Promise<void> {
    await this.client.locator('h1').first().waitFor({ timeout: WAIT });
    await this.client.locator('[data-testid=sim-dev-controls]:not([open])').waitFor();
  }

  /** The demo's redirect page, in the frame. */
  async redirectPage(): Promise<void> {
    await this.client.locator('[data-testid=redirect-outcome]').waitFor({ timeout: WAIT });
  }

  /**
   * Another locale for the element, with the log cleared: the element starts over (a new session,
   * a new frame), so that the scene's `reach` can run again. The old frame is waited out: until
   * the new session is in, it is still there, and `reach` would find it.
   */
  async switchLocale(locale: string): Promise<void> {
    const old = await this.page.locator('#verify').locator('iframe').elementHandles();
    await this.page.click('#log-clear');
    await this.page.selectOption('#locale', locale);
    for (const frame of old) {
      await this.page.waitForFunction((node) => !node.isConnected, frame, { timeout: WAIT });
    }
  }

  /**
   * Mode window, and the launcher clicked: the flow goes on in a tab, left open. Where it already
   * is (the RTL pass: the journey stays in its tab through a language switch), it stays there.
   */
  async openTab(): Promise<void> {
    if ((await this.page.locator('#verify').getAttribute('state')) === 'opened') return;
    await this.page.click('#mode-window');
    const launcher = this.page.locator('#verify').locator('[part=launcher]');
    await launcher.waitFor({ timeout: WAIT });
    await Promise.all([this.page.waitForEvent('popup'), launcher.click()]);
    await this.state('opened');
    await this.page.bringToFront();
  }

  /** The journey finished in the tab: the simulator there succeeds, and its redirect page reports. */
  async tabDone(): Promise<void> {
    await this.page.click('#mode-window');
    const launcher = this.page.locator('#verify').locator('[part=launcher]');
    await launcher.waitFor({ timeout: WAIT });
    const [tab] = await Promise.all([this.page.waitForEvent('popup'), launcher.click()]);
    await tab.locator('[data-testid=sim-dev-controls] summary').click({ timeout: WAIT });
    await tab.locator('[data-testid=sim-finish-success]').click();
    await this.part('done');
    if (!tab.isClosed()) await tab.close();
    await this.page.bringToFront();
  }
}

// ---- running ----------------------------------------------------------------------------------

const { values: options, positionals: words } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string', default: '2' }, out: { type: 'string' } },
});
const jobs = Math.max(1, Math.round(Number(options.jobs)) || 1);
const outDir = options.out ?? fileURLToPath(new URL('../screenshots/', import.meta.url));
const wanted = (file: string): boolean =>
  words.length === 0 || words.some((word) => file.includes(word));
const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

/** Something to capture, in a browser context of its own worker. */
type Task = (context: BrowserContext) => Promise<void>;

const started = Date.now();
const written: string[] = [];
const failures: string[] = [];
const axeReports: string[] = [];

// The simulator, whatever credentials .env or the environment holds.
process.env['DEMO_BACKEND'] = 'simulator';
const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'silent',
  server: { host: '127.0.0.1', port: 0, watch: null },
});
await vite.listen();
const base = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;

try {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const tasks: Task[] = [];
  for (const scene of SCENES) {
    if (wanted('axe') || captures(scene).some(({ file }) => wanted(file))) {
      tasks.push((context) => demoScene(context, scene));
    }
  }
  tasks.push(...standalonePages());
  await runAll(tasks, jobs);
} finally {
  await vite.close();
}

const violations = axeReports.filter((line) => !line.endsWith(CLEAN));
for (const line of violations.sort()) console.log(line);
console.log(`axe: ${axeReports.length - violations.length} of ${axeReports.length} checks clean`);
if (violations.length) process.exitCode = 1;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${written.length} screenshots in ${outDir} (${seconds} s)`);
if (failures.length) {
  console.error(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

/**
 * Runs `tasks` on `n` workers, each with a browser of its own and one page at a time: Chromium
 * throttles a page that is not in front, and two pages of one browser would take turns.
 */
async function runAll(tasks: Task[], n: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      const browser: Browser = await chromium.launch({
        executablePath: chromePath(),
        args: [...CHROME_ARGS],
      });
      try {
        // Reduced motion: the stage's width transition is off, so no capture catches it halfway.
        const context = await browser.newContext({ reducedMotion: 'reduce' });
        for (let task = queue.shift(); task; task = queue.shift()) await task(context);
      } finally {
        await browser.close();
      }
    }),
  );
}

/** The files a scene makes, in its client's default locale and then in RTL. */
function captures(scene: Scene): { locale: string; size: (typeof WIDTHS)[number]; file: string }[] {
  const all = WIDTHS.filter(({ width }) => !scene.widths || scene.widths.includes(width)).map(
    (size) => ({ locale: '', size, file: `demo-${size.width}-${scene.name}.png` }),
  );
  if (scene.rtl === false) return all;
  return [
    ...all,
    ...WIDTHS.filter(({ width }) => ENDS.includes(width)).map((size) => ({
      locale: RTL,
      size,
      file: `demo-${RTL}-${size.width}-${scene.name}.png`,
    })),
  ];
}

/** A fresh demo page, brought to `scene`, captured at every width, then in RTL; axe at both ends. */
async function demoScene(context: BrowserContext, scene: Scene): Promise<void> {
  const page = await context.newPage();
  const popups: Page[] = [];
  page.on('popup', (popup) => popups.push(popup));
  const demo = new Demo(page);
  try {
    await page.setViewportSize(WIDTHS[0]);
    // Never answered: the page is closed with the request still open.
    if (scene.hold) await page.route(HOLDS[scene.hold], () => undefined);
    // A client held that long would time out (30 s) on a busy machine, and the element would
    // replace its frame mid-capture; the attribute is read when the frame goes in, after this.
    if (scene.hold === 'client') {
      await page.addInitScript(() => {
        addEventListener('DOMContentLoaded', () => {
          document.querySelector('jumio-verify')?.setAttribute('load-timeout', '3600000');
        });
      });
    }
    await page.goto(`${base}/${scene.query ? `?${scene.query}` : ''}`, {
      waitUntil: 'domcontentloaded',
    });
    await scene.reach(demo);
    const all = captures(scene);
    const shoot = async (locale: string) => {
      for (const { file, size } of all.filter((shot) => shot.locale === locale)) {
        if (wanted(file)) await capture(page, file, size);
        if (PAGE_WIDTHS.some(({ width }) => width === size.width)) {
          if (!wanted(file)) await page.setViewportSize(size);
          await settle(page);
          await axeDemo(page, `demo${locale ? ` ${locale}` : ''} ${size.width} ${scene.name}`);
        }
      }
    };
    await shoot('');
    if (all.some(({ locale }) => locale)) {
      await page.setViewportSize(WIDTHS[0]);
      await demo.switchLocale(RTL);
      await scene.reach(demo);
      await shoot(RTL);
    }
  } catch (error) {
    failures.push(`demo ${scene.name}: ${String(error).split('\n')[0]}`);
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const popup of popups) await popup.close();
    await page.close();
  }
}

/** Makes `page`, a redirect page, the element's tab whose page is gone, and waits for it to say so. */
async function unheardTab(page: Page): Promise<void> {
  await page.evaluate((key) => {
    sessionStorage.setItem(key, 'a-flow-nobody-waits-for');
  }, TAB_FLOW_KEY);
  await page.reload();
  await page.waitForSelector('[data-testid=redirect-tab-unheard]', { timeout: WAIT });
}

/** The simulator and the redirect page on pages of their own, at PAGE_WIDTHS. */
function standalonePages(): Task[] {
  const redirect = (query: string) => Promise.resolve(`${base}/redirect.html${query}`);
  const ids = 'accountId=a1&workflowExecutionId=w1&customerInternalReference=demo-ref';
  const devControls = (page: Page) => page.click('[data-testid=sim-dev-controls] summary');
  // prettier-ignore
  const pages: { kind: string; variant?: string; url: () => Promise<string>; then?: (page: Page) => Promise<unknown> }[] = [
    { kind: 'simulator', url: () => sessionHref() },
    { kind: 'simulator', variant: 'ar', url: () => sessionHref('ar') },
    { kind: 'simulator', variant: 'dev', url: () => sessionHref(), then: devControls },
    { kind: 'redirect', variant: 'success', url: () => redirect(`?${ids}&acquisitionStatus=SUCCESS`) },
    { kind: 'redirect', variant: 'error', url: () => redirect(`?${ids}&acquisitionStatus=ERROR&publicErrorCode=A060500`) },
    { kind: 'redirect', variant: 'invalid', url: () => redirect('') },
    // The element's tab (its flow id in the tab's storage) that no page answered: it stays open.
    { kind: 'redirect', variant: 'tab-unheard', url: () => redirect(`?${ids}&acquisitionStatus=SUCCESS`), then: unheardTab },
    { kind: 'server-rendered', url: () => Promise.resolve(`${base}/server-rendered.html`), then: (page) => page.waitForSelector('#log li[data-event="jumio-loaded"]', { timeout: WAIT }) },
  ];
  return pages.map(({ kind, variant, url, then }) => async (context) => {
    const file = (width: number) => `${kind}-${width}${variant ? `-${variant}` : ''}.png`;
    if (!wanted('axe') && !PAGE_WIDTHS.some(({ width }) => wanted(file(width)))) return;
    const page = await context.newPage();
    try {
      await page.setViewportSize(PAGE_WIDTHS[0]);
      await page.goto(await url());
      await page.waitForSelector('h1', { timeout: WAIT });
      await then?.(page);
      for (const size of PAGE_WIDTHS) {
        await page.setViewportSize(size);
        if (wanted(file(size.width))) await capture(page, file(size.width));
        else await settle(page);
        await axe(page, `${kind} ${size.width}${variant ? ` ${variant}` : ''}`);
      }
    } catch (error) {
      failures.push(`${kind} ${variant ?? ''}: ${String(error).split('\n')[0]}`);
    } finally {
      await page.close();
    }
  });
}

/** A new simulator session's href, from the demo's session API. */
async function sessionHref(locale?: string): Promise<string> {
  const response = await fetch(`${base}/api/session?tokenLifetime=30m&redirect=same-origin`, {
    method: 'POST',
    // The page's origin, where the same-origin redirect URLs point.
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ locale, reason: 'initial' }),
  });
  const { web } = (await response.json()) as { web: { href: string } };
  return web.href;
}

/**
 * Lets layout, the element's breakpoint and the client's frame follow a new viewport, scrolled to
 * the top (a click may have scrolled, and the sticky log moves with the page). Chromium paints no
 * cross-origin frame outside the viewport, even in a full-page capture: a client below the fold is
 * scrolled into view.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        scrollTo(0, 0);
        const element = document.querySelector('jumio-verify');
        const { top, bottom } = element?.getBoundingClientRect() ?? { top: 0, bottom: 0 };
        if (top >= innerHeight || bottom <= 0) element?.scrollIntoView({ block: 'nearest' });
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
  // The client's frame lays itself out again in its own process.
  await page.waitForTimeout(150);
}

/** The whole page as a PNG, at `size` if given. */
async function capture(page: Page, file: string, size?: (typeof WIDTHS)[number]): Promise<void> {
  if (size) await page.setViewportSize(size);
  await settle(page);
  await page.screenshot({ path: `${outDir}/${file}`, fullPage: true });
  written.push(file);
  console.log(`  ${file}`);
}

/** The demo page, with the element, and the document in the element's frame, if there is one. */
async function axeDemo(page: Page, label: string): Promise<void> {
  await axe(page, label);
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame());
  if (frame && frame.url().startsWith('http')) await axe(frame, `${label}, in its frame`);
}

interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core's violations in `target`, a page or a frame (not the frames inside it). */
async function axe(target: Page | Frame, label: string): Promise<void> {
  await target.addScriptTag({ path: axePath });
  const violations = await target.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<AxeResults> };
    };
    const result = await axe.run(document, { iframes: false });
    return result.violations.map(({ id, nodes }) => ({
      id,
      targets: nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  const found = violations.map(
    ({ id, targets }) => `${id} (${targets.length}: ${targets.slice(0, 3).join(' ')})`,
  );
  axeReports.push(`axe ${label}${found.length ? `: ${found.join(', ')}` : CLEAN}`);
}
