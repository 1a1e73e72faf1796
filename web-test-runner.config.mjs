import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from './scripts/browsers.mjs';
import { LAUNCHERS } from './scripts/launchers.mjs';
import { testApi } from './test/server/test-api.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, which open-wc's
  // fixture() waits for. And one engine at a time: on two cores, three side by side took as long
  // in all and made WebKit's fuzz tests overrun their timeout.
  concurrency: 1,
  concurrentBrowsers: 1,
  // The fuzz tests are CPU-bound, and WebKit's JavaScriptCore runs them up to twice as slowly as
  // V8 or SpiderMonkey: on two busy cores one took 8 s in WebKit (4 s in Chromium), and now and
  // then more than 10.
  testFramework: { config: { timeout: 30_000 } },
  plugins: [
    {
      // eventemitter3's "import" entry re-exports its CommonJS file, which a browser cannot load
      // unbundled; the package ships the same code as an ES module, so serve that instead.
      name: 'eventemitter3-esm',
      resolveImport: ({ source }) =>
        source === 'eventemitter3'
          ? '/node_modules/eventemitter3/dist/eventemitter3.esm.js'
          : undefined,
    },
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
  ],
  // Fixture pages with special response headers, and the session endpoint the tests call.
  middleware: [testApi],
  // The element's own console messages are asserted in tests; printing them all is just noise.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && /^(jumio-verify:|Lit is in dev mode)/.test(args[0])),
  // Chromium, Firefox and WebKit, or those `npm run test:browser -- --browsers …` names
  // (scripts/test-browser.mjs passes them as $TEST_BROWSERS).
  browsers: selectedEngines().map((engine) => LAUNCHERS[engine]()),
};
