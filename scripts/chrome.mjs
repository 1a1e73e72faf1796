// Where Chrome is and how to start it on a machine with a closed network, shared by the browser
// tests (web-test-runner.config.mjs), the end-to-end demo test and the benchmarks.
import { existsSync } from 'node:fs';

/** Chrome or Chromium: $CHROME_PATH, else the first usual install that exists. */
export function chromePath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.',
    );
  }
  return found;
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
