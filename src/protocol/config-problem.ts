/**
 * Why a configuration cannot work as given. Each reason comes with a message that names the
 * attribute or property at fault and says what to do instead.
 *
 * | reason | fatal: no client, and the state is `error` |
 * | --- | --- |
 * | `missing-source` | no: nothing to show yet, and the state stays `idle` until a source is set (the loading panel shows for `load-timeout`, then the unavailable one): neither `href`, `token` + `subdomain`, `session-url` nor `sessionProvider` |
 * | `conflicting-source` | no: both `href` and `token` are set, and `href` is used; or more than one server-rendered iframe is inside the element, or one came after the element started from its own source, or one shows another client than `href` or `token`: the extra ones are removed |
 * | `invalid-href` | yes: `href` is not an absolute URL |
 * | `insecure-href` | yes: `href` is not https (http only on loopback), e.g. `javascript:` or `data:` |
 * | `invalid-subdomain` | yes: `token` without a valid `subdomain` |
 * | `invalid-dc` | yes: `dc` is not `us`, `eu` or `sg` |
 * | `unsupported-locale` | no: the locale is not a language tag; it is dropped and the client's default applies |
 * | `invalid-option` | no: `load-timeout` or `max-refresh` is no number in range, or `mode`, `fallback` or `after-outcome` none of its values (read in any case); its default applies |
 * | `session-failed` | yes: the session source failed or answered something unusable |
 * | `spent-href` | no: `open()` after the journey finished, with a plain `href`, which cannot start another; the outcome stands |
 */
export type ConfigErrorReason =
  | 'missing-source'
  | 'conflicting-source'
  | 'invalid-href'
  | 'insecure-href'
  | 'invalid-subdomain'
  | 'invalid-dc'
  | 'unsupported-locale'
  | 'invalid-option'
  | 'session-failed'
  | 'spent-href';

/** A configuration problem: what is wrong (`reason`) and what to fix (`message`). */
export interface ConfigProblem {
  readonly reason: ConfigErrorReason;
  readonly message: string;
}

const FATAL: ReadonlySet<ConfigErrorReason> = new Set([
  'invalid-href',
  'insecure-href',
  'invalid-subdomain',
  'invalid-dc',
  'session-failed',
]);

/** True when a problem leaves nothing to show (the table above): the element's state is `error`. */
export function isFatal(problem: ConfigProblem): boolean {
  return FATAL.has(problem.reason);
}

/**
 * Why a configuration will work, but maybe not as meant: reported as `jumio-warning`.
 *
 * | reason | what happens |
 * | --- | --- |
 * | `unknown-host` | the https href is not on Jumio's hosted domains: it is shown, and only its own origin is heard |
 * | `unlisted-locale` | the locale is a language tag no client locale fits: it is sent as given, and the client may show English |
 */
export type ConfigWarningReason = 'unknown-host' | 'unlisted-locale';

/** A configuration warning: what is odd (`reason`) and what to check (`message`). */
export interface ConfigWarning {
  readonly reason: ConfigWarningReason;
  readonly message: string;
}
