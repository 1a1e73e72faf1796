// The standalone script (`vite build --mode standalone`, dist/jumio-verify.iife.js): <jumio-verify>
// defined on load, and `window.JumioVerify` with what a page without a bundler uses. The zod
// schemas and the server-side helpers are left to the ES modules, where a bundler drops what a
// page does not import; here every export would be in every page's script.
import { JumioVerifyElement } from './jumio-verify.js';

export { ClientChannel } from './client-channel.js';
export { JUMIO_EVENTS } from './events.js';
export { DEFAULT_LOAD_TIMEOUT, JumioVerifyElement } from './jumio-verify.js';
export { BREAKPOINTS, breakpointFor } from './protocol/breakpoints.js';
export { buildClientUrl, redactUrl } from './protocol/client-url.js';
export { CLIENT_FRAME_ALLOW } from './protocol/embedding.js';
export { describeErrorCode, ERROR_CODES } from './protocol/error-codes.js';
export { matchLocale, resolveLocale, SUPPORTED_LOCALES } from './protocol/locales.js';
export { parseClientMessage } from './protocol/message.js';
export { parseRedirectResult } from './protocol/redirect-result.js';
export { completeRedirect } from './redirect.js';

JumioVerifyElement.define();
