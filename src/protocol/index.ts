// The protocol without the element: pure data and functions, no DOM, importable on a server.
export { BREAKPOINTS, breakpointFor, type Breakpoint } from './breakpoints.js';
export { renderClientFrame, type ClientFrameOptions, type RenderedClientFrame } from './render.js';
export { EARLY_MESSAGES_SCRIPT } from './early-messages.js';
export {
  buildClientUrl,
  clientOriginOf,
  DATA_CENTERS,
  isAllowedClientUrl,
  matchDataCenter,
  redactUrl,
  type ClientUrlOptions,
  type ClientUrlResult,
  type DataCenter,
} from './client-url.js';
export {
  isFatal,
  type ConfigErrorReason,
  type ConfigProblem,
  type ConfigWarning,
  type ConfigWarningReason,
} from './config-problem.js';
export { CLIENT_FRAME_ALLOW, isClientOrigin, isJumioHost, JUMIO_DOMAINS } from './embedding.js';
export {
  describeClientError,
  describeErrorCode,
  ERROR_CODES,
  isErrorCode,
  JOURNEY_ENDING_CALLS,
  KIND_DESCRIPTIONS,
  type ClientError,
  type DescribedError,
  type ErrorCode,
  type ErrorCodeInfo,
} from './error-codes.js';
export {
  DEFAULT_LOCALE,
  matchLocale,
  resolveLocale,
  RTL_LOCALES,
  SUPPORTED_LOCALES,
  type LocaleCode,
  type ResolvedLocale,
  type SupportedLocale,
} from './locales.js';
export {
  CLIENT_EVENTS,
  ClientMetainfoSchema,
  ClientMessageSchema,
  ClientPayloadSchema,
  MAX_MESSAGE_LENGTH,
  parseClientMessage,
  STATE_CHANGE_EVENT,
  type ClientEventName,
  type ClientMessage,
  type MessageRejection,
  type ParsedClientMessage,
} from './message.js';
export {
  isRedirectTaken,
  LEGACY_ERROR_CODES,
  legacyCodeOf,
  messageOfRedirect,
  parseRedirectMessage,
  parseRedirectResult,
  REDIRECT_CHANNEL,
  REDIRECT_MESSAGE,
  REDIRECT_TAKEN,
  REDIRECT_TAKEN_WAIT_MS,
  RedirectMessageSchema,
  RedirectQuerySchema,
  TAB_FLOW_KEY,
  type ParsedRedirectResult,
  type RedirectError,
  type RedirectMessage,
  type RedirectResult,
  type RedirectTaken,
} from './redirect-result.js';
export {
  browserProblem,
  captureCapability,
  captureWarning,
  UNKNOWN_CAPABILITY,
  type Capability,
  type CaptureReason,
  type EnvironmentFacts,
} from './capability.js';
export {
  AccountResponseSchema,
  HrefResponseSchema,
  hrefOfSessionResponse,
  type AccountResponse,
  type SessionReason,
  type SessionRequest,
  type SessionResponse,
} from './session-response.js';
