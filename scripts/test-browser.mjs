// npm run test:browser [-- --browsers firefox webkit] [-- other web-test-runner flags]
//
// web-test-runner itself refuses --browsers unless --puppeteer or --playwright is given (and those
// would replace the configured launchers), so this takes the flag off the command line, hands the
// engines to web-test-runner.config.mjs as $TEST_BROWSERS, and starts the runner with the rest.
// `--browsers` takes engine names (chromium, firefox, webkit), space- or comma-separated, or
// `--browsers=firefox`; the names end at the first argument that is not one (a test file, say).
import { startTestRunner } from '@web/test-runner';
import { enginePath, engineNamed, selectedEngines } from './browsers.mjs';

const args = process.argv.slice(2);
const rest = [];
const names = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg.startsWith('--browsers=')) {
    names.push(arg.slice('--browsers='.length));
  } else if (arg === '--browsers') {
    const start = names.length;
    while (i + 1 < args.length && args[i + 1].split(',').every((name) => engineNamed(name))) {
      names.push(args[++i]);
    }
    // Nothing taken: name what was wrong (an unknown engine, or none at all).
    if (names.length === start) names.push(args[i + 1]?.startsWith('-') ? '' : (args[++i] ?? ''));
  } else {
    rest.push(arg);
  }
}

// Say what is missing before the runner starts, without its stack trace.
try {
  if (names.some((name) => !name)) throw new Error('--browsers needs chromium, firefox or webkit.');
  const engines = names.length ? selectedEngines(names.join(',')) : selectedEngines();
  for (const engine of engines) enginePath(engine);
  if (names.length) process.env.TEST_BROWSERS = engines.join(',');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

await startTestRunner({ argv: rest });
