// web-test-runner launchers for the three engines, on the browsers this machine has installed
// (scripts/browsers.mjs finds them; nothing is downloaded):
// - Chromium and Firefox through puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox),
//   with @web/test-runner-chrome's launcher, which takes any puppeteer and its launch options;
// - WebKit through WebKitGTK's WebDriver and MiniBrowser, with @web/test-runner-webdriver's
//   launcher (webdriverio), plus what that launcher does not do itself: start the driver, give
//   WebKitGTK a display (it has no headless mode) and resolve *.test (it has no resolver flag).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, FIREFOX_PREFS, chromePath, firefoxPath, webkitPaths } from './browsers.mjs';

/** Chromium, headless, with every *.test host on this machine. */
export function chromiumLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      executablePath: chromePath(),
      args: [
        ...CHROME_ARGS,
        // *.test resolves to this machine: a real host that is not a secure context over http.
        '--host-resolver-rules=MAP *.test 127.0.0.1',
      ],
    },
  });
}

/** Firefox, headless, over WebDriver BiDi; the *.test hosts through network.dns.localDomains. */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
    },
  });
}

/**
 * The child processes this module started, each in a process group of its own (so MiniBrowser
 * and its web processes go with the driver that started them), ended when the runner ends however
 * it ends.
 */
const children = new Set();
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
const endChildren = () => {
  for (const child of children) signalGroup(child, 'SIGKILL');
};
process.once('exit', endChildren);
// web-test-runner stops on SIGINT itself (and 'exit' follows); on these Node would just die.
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    endChildren();
    process.exit(code);
  });
}

/** Starts `command`, remembering the tail of its stderr for error messages. */
function start(command, args, options = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    ...options,
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  child.stderrTail = () => stderr.trim();
  return child;
}

/** Ends `child` and what it started, and waits for it. */
async function end(child) {
  if (!child) return;
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return;
  }
  const exited = once(child, 'exit');
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 3000);
  await exited;
  signalGroup(child, 'SIGKILL');
  clearTimeout(timer);
}

/** Starts Xvfb on a free display number, which it reports on file descriptor 3. */
async function startXvfb(path) {
  const child = start(
    path,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let number = '';
  const display = new Promise((resolve, reject) => {
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    child.once('exit', (code) =>
      reject(new Error(`Xvfb exited with ${code} before it was ready: ${child.stderrTail()}`)),
    );
  });
  return { child, display: await display };
}

/**
 * An HTTP proxy that sends requests for *.test hosts to this machine, on the port they name, and
 * drops every other request, as a failed DNS lookup would. Only plain http is proxied (the tests'
 * *.test pages are http); https and the loopback hosts go direct.
 */
async function startTestHostProxy() {
  const server = createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      target = undefined;
    }
    if (target?.protocol !== 'http:' || !target.hostname.endsWith('.test')) {
      req.socket.destroy();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = request(
      {
        host: '127.0.0.1',
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.statusMessage, response.rawHeaders);
        response.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (_req, socket) => socket.destroy());
  server.on('upgrade', (_req, socket) => socket.destroy());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** A port nobody listens on now. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves once the WebDriver at `port` answers /status, or rejects when `child` exits. */
async function driverReady(port, child) {
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`WebKitWebDriver exited with ${code}: ${child.stderrTail()}`);
  });
  const deadline = Date.now() + 20_000;
  const poll = async () => {
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
  };
  await Promise.race([poll(), exited]);
}

/**
 * WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (WebDriver classic) through
 * webdriverio. WebKitGTK has no headless mode, so the launcher starts its own Xvfb when Xvfb is
 * installed (no window appears, even on a desktop), else it uses the session's display.
 */
class WebKitLauncher extends WebdriverLauncher {
  #paths;
  #xvfb;
  #driver;
  #proxy;

  constructor(paths) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.#paths = paths;
  }

  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (this.#paths.xvfb) {
      this.#xvfb = await startXvfb(this.#paths.xvfb);
      env.DISPLAY = this.#xvfb.display;
      env.GDK_BACKEND = 'x11';
      delete env.WAYLAND_DISPLAY;
    }
    this.#proxy = await startTestHostProxy();
    const port = await freePort();
    this.#driver = start(this.#paths.driver, [`--port=${port}`], { env });
    await driverReady(port, this.#driver);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic; webdriverio 9 would ask for BiDi first.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: this.#paths.browser,
          // MiniBrowser's own proxy options, not the WebDriver proxy capability: with that,
          // WebKitWebDriver 2.50 now and then never answers the new-session request (MiniBrowser
          // quits at once); about 1 start in 20 here, none in 30 with these.
          args: [
            '--automation',
            `--proxy=http://127.0.0.1:${this.#proxy.address().port}`,
            '--ignore-host=localhost',
            '--ignore-host=127.0.0.1',
          ],
        },
      },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    await end(this.#driver);
    await end(this.#xvfb?.child);
    this.#proxy?.close();
    this.#proxy?.closeAllConnections();
  }
}

/** WebKit, in WebKitGTK's MiniBrowser; fails now, with what to install, if it cannot run here. */
export function webkitLauncher() {
  return new WebKitLauncher(webkitPaths());
}

/** The launcher of each engine, by the names `--browsers` takes. */
export const LAUNCHERS = {
  chromium: chromiumLauncher,
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};
