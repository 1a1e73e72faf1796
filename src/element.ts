// The element class without defining a tag: for a custom tag name or a scoped registry.
export * from './protocol/index.js';
export { ClientChannel, type ClientChannelEvents } from './client-channel.js';
export { JUMIO_EVENTS } from './events.js';
export type * from './events.js';
export type { FlowSource, RefreshCause } from './flow.js';
export { completeRedirect, type CompletedRedirect } from './redirect.js';
export {
  DEFAULT_LOAD_TIMEOUT,
  DEFAULT_MAX_REFRESH,
  JumioVerifyElement,
  type JumioVerifyProperty,
  type JumioVerifyProps,
  type AfterOutcome,
  type ElementView,
  type VerifyFallback,
  type VerifyMode,
  type VerifyState,
} from './jumio-verify.js';
export type { SessionProvider, SessionReason, SessionRequest } from './session.js';
