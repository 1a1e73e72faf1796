// Chromium for the tools that drive it with playwright-core (the end-to-end demo test, the
// package test, the benchmarks). scripts/browsers.mjs knows all three engines; this keeps the
// Chromium-only importers as they are.
export { CHROME_ARGS, chromePath } from './browsers.mjs';
