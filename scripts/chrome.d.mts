// Types for scripts/chrome.mjs: the Chromium part of scripts/browsers.d.mts.
export { CHROME_ARGS, chromePath } from './browsers.mjs';
