// Where the three browser engines are and how to start them on a machine with a closed network,
// shared by the browser tests (web-test-runner.config.mjs, scripts/launchers.mjs), the end-to-end
// demo test and the benchmarks (Chromium only, through scripts/chrome.mjs), and .ci/run (which
// asks `node scripts/browsers.mjs --missing` what to install). No dependencies: it runs before
// `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The engines the browser tests run in, in the order they are reported. */
export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Other names people use for an engine. */
const ALIASES = { chrome: 'chromium' };

/** The engine `name` stands for (case-insensitive, aliases allowed), or undefined. */
export function engineNamed(name) {
  const lower = name.toLowerCase();
  const engine = ALIASES[lower] ?? lower;
  return ENGINES.includes(engine) ? engine : undefined;
}

/**
 * The engines a comma- or space-separated list names (by default $TEST_BROWSERS, which
 * `npm run test:browser -- --browsers …` sets): all of them when it is empty.
 */
export function selectedEngines(list = process.env.TEST_BROWSERS ?? '') {
  const names = list.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return [...ENGINES];
  const unknown = names.filter((name) => !engineNamed(name));
  if (unknown.length) {
    throw new Error(`Unknown browser ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
  }
  return ENGINES.filter((engine) => names.some((name) => engineNamed(name) === engine));
}

/**
 * The `*.test` hosts the browser tests load pages from. Each engine is told that they are this
 * machine (127.0.0.1): Chromium through --host-resolver-rules, Firefox through the
 * network.dns.localDomains pref, WebKit through a local proxy (scripts/launchers.mjs). Chromium and
 * WebKit map every *.test name; Firefox's pref takes names, so a test that needs a new one adds it
 * here.
 */
export const TEST_HOSTS = ['insecure.test', 'other.test', 'redirect.test', 'verify.example.test'];

/** The first of `candidates` that exists, or undefined. */
function firstExisting(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

/** `/usr/lib/<triplet>/<rest>` for each multiarch triplet on this machine (Debian, Ubuntu). */
function multiarch(rest) {
  try {
    return readdirSync('/usr/lib')
      .filter((dir) => dir.endsWith('-linux-gnu'))
      .map((dir) => `/usr/lib/${dir}/${rest}`);
  } catch {
    return [];
  }
}

/**
 * What each engine needs on this machine: the programs, where they are looked for, the Debian
 * packages that bring them and what to say when one is missing.
 */
const PROGRAMS = {
  chromium: {
    label: 'Chrome or Chromium',
    env: 'CHROME_PATH',
    packages: ['chromium'],
    candidates: () => [
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    packages: ['firefox-esr'],
    candidates: () => [
      process.env.FIREFOX_PATH,
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
  },
  webkitDriver: {
    label: "WebKitGTK's WebDriver (WebKitWebDriver)",
    env: 'WEBKIT_DRIVER_PATH',
    packages: ['webkit2gtk-driver'],
    candidates: () => [
      process.env.WEBKIT_DRIVER_PATH,
      '/usr/bin/WebKitWebDriver',
      '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver',
    ],
  },
  miniBrowser: {
    label: "WebKitGTK's MiniBrowser",
    env: 'WEBKIT_BROWSER_PATH',
    // webkit2gtk-driver depends on libwebkit2gtk-4.1-0, which ships MiniBrowser.
    packages: ['webkit2gtk-driver'],
    candidates: () => [
      process.env.WEBKIT_BROWSER_PATH,
      ...multiarch('webkit2gtk-4.1/MiniBrowser'),
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
  },
  xvfb: {
    label: 'Xvfb',
    env: 'XVFB_PATH',
    packages: ['xvfb'],
    candidates: () => [process.env.XVFB_PATH, '/usr/bin/Xvfb'],
  },
};

/** The path of `program` (a key of PROGRAMS), or undefined when it is not installed. */
function find(program) {
  return firstExisting(PROGRAMS[program].candidates());
}

/** The path of `program`, or an error that says how to install it. */
function need(program) {
  const found = find(program);
  if (found) return found;
  const { label, env, packages } = PROGRAMS[program];
  throw new Error(
    `No ${label} found. Install it (Debian: apt-get install ${packages.join(' ')}) or set ${env}.`,
  );
}

/** Chrome or Chromium: $CHROME_PATH, else the first usual install that exists. */
export function chromePath() {
  return need('chromium');
}

/** Firefox (ESR or release): $FIREFOX_PATH, else the first usual install that exists. */
export function firefoxPath() {
  return need('firefox');
}

/**
 * WebKitGTK's WebDriver, the MiniBrowser it drives ($WEBKIT_DRIVER_PATH, $WEBKIT_BROWSER_PATH),
 * and Xvfb when installed: WebKitGTK has no headless mode, so it needs Xvfb or the session's
 * display.
 */
export function webkitPaths() {
  const paths = {
    driver: need('webkitDriver'),
    browser: need('miniBrowser'),
    xvfb: find('xvfb'),
  };
  if (!paths.xvfb && !hasDisplay()) {
    throw new Error(
      'WebKitGTK needs a display: install Xvfb (Debian: apt-get install xvfb) or run it in a ' +
        'desktop session.',
    );
  }
  return paths;
}

/**
 * Where `engine` is (for WebKit, its MiniBrowser), or an error that says how to install it and
 * how to test in the other engines meanwhile.
 */
export function enginePath(engine) {
  const paths = { chromium: chromePath, firefox: firefoxPath, webkit: () => webkitPaths().browser };
  try {
    return paths[engine]();
  } catch (error) {
    const others = ENGINES.filter((name) => name !== engine).join(' ');
    throw new Error(
      `${error.message.replace(/\.$/, '')}; or test in the other engines: ` +
        `npm run test:browser -- --browsers ${others}.`,
    );
  }
}

/** Headless, and without the background traffic a closed network refuses. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Firefox prefs for the same: no updates, telemetry, captive-portal or push traffic, and the
 * *.test hosts on this machine. http://insecure.test stays a non-secure context: Firefox decides
 * that by the name, not by the address it resolves to.
 */
export const FIREFOX_PREFS = {
  'network.dns.localDomains': TEST_HOSTS.join(','),
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** Debian packages that would bring what `engines` need and this machine lacks. */
export function missingPackages(engines = ENGINES) {
  const needs = {
    chromium: ['chromium'],
    firefox: ['firefox'],
    // Without a display, WebKitGTK needs Xvfb; with one, it can use it.
    webkit: ['webkitDriver', 'miniBrowser', ...(hasDisplay() ? [] : ['xvfb'])],
  };
  const packages = engines
    .flatMap((engine) => needs[engine])
    .filter((program) => !find(program))
    .flatMap((program) => PROGRAMS[program].packages);
  return [...new Set(packages)];
}

/** Whether this process can open windows: an X or Wayland display is set. */
export function hasDisplay() {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** What `path` says its version is, for logs; WebKitGTK's from its Debian package. */
function versionOf(engine, path) {
  const run = (command, args) =>
    execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    // MiniBrowser needs a display even for --version, and WebKitWebDriver does not say.
    if (engine === 'webkit') {
      return `WebKitGTK ${run('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'])}`;
    }
    return run(path, ['--version']);
  } catch {
    return 'version unknown';
  }
}

// `node scripts/browsers.mjs --missing [engine…]`: the Debian packages to install, one a line.
// `node scripts/browsers.mjs [engine…]`: each engine's path and version, or why it is not found
// (then it exits with 1).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const engines = selectedEngines(args.filter((arg) => !arg.startsWith('--')).join(','));
  if (args.includes('--missing')) {
    for (const name of missingPackages(engines)) console.log(name);
  } else {
    for (const engine of engines) {
      try {
        const path = enginePath(engine);
        console.log(`${engine}: ${path} (${versionOf(engine, path)})`);
      } catch (error) {
        console.error(`${engine}: ${error.message}`);
        process.exitCode = 1;
      }
    }
  }
}
