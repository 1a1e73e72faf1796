import type { ConfigProblem, ConfigWarning } from './config-problem.js';
import { isJumioHost, JUMIO_DOMAINS } from './embedding.js';
import { DEFAULT_LOCALE, resolveLocale } from './locales.js';

/**
 * Jumio's data centers and the region each one's hosts are named after (seed: "Access Token URL",
 * "Account Creation"). `sgp` is accepted for `sg`, as Jumio's own WebSDK spells it.
 */
export const DATA_CENTERS = { us: 'amer-1', eu: 'emea-1', sg: 'apac-1' } as const;

/** A data center: `us` (default), `eu` or `sg`. */
export type DataCenter = keyof typeof DATA_CENTERS;

/** The data center for a `dc` value (case-insensitive, `sgp` → `sg`), or `undefined`. */
export function matchDataCenter(dc: string): DataCenter | undefined {
  const key = dc.trim().toLowerCase();
  const canonical = key === 'sgp' ? 'sg' : key;
  return Object.hasOwn(DATA_CENTERS, canonical) ? (canonical as DataCenter) : undefined;
}

/** Where the client comes from: the server-issued `web.href`, or a token and the site's subdomain. */
export interface ClientUrlOptions {
  /** The `web.href` from the account API. Wins over `token` when both are given. */
  href?: string | undefined;
  /** The authorization token, when the site has it without the href. Needs `subdomain`. */
  token?: string | undefined;
  /** The data center: `us` (default), `eu`, `sg`. */
  dc?: string | undefined;
  /** The site's "Domain Name Prefix" from the Customer Portal (seed: "Web > Initiating"). */
  subdomain?: string | undefined;
  /** Any language tag; resolved with {@link resolveLocale}. Empty means the client's default. */
  locale?: string | undefined;
}

/**
 * The client URL, or why there is none; `problems` may be non-empty even when `url` is set, and
 * `warnings` say what may not work as meant.
 */
export interface ClientUrlResult {
  readonly url: URL | undefined;
  /** The locale sent to the client: its spelling of a match, or a well-formed tag as given. */
  readonly locale: string | undefined;
  readonly problems: readonly ConfigProblem[];
  readonly warnings: readonly ConfigWarning[];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DNS_LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/**
 * True for an origin the element may embed: https anywhere, http on loopback hosts only, so that a
 * local simulator works in development without ever allowing plain http on a real network.
 */
export function isAllowedClientUrl(url: URL): boolean {
  return (
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  );
}

/**
 * Builds the URL the iframe loads, and checks it. Pure: no DOM, no network, never throws.
 * An href's own query parameters are kept as they are; `locale` sets or replaces its `locale`.
 */
export function buildClientUrl(given: ClientUrlOptions | null | undefined): ClientUrlResult {
  const options = stringsOf(given);
  const problems: ConfigProblem[] = [];
  const warnings: ConfigWarning[] = [];
  const href = options.href?.trim();
  const token = options.token?.trim();
  let url: URL | undefined;

  if (href) {
    if (token) {
      problems.push({
        reason: 'conflicting-source',
        message:
          'jumio-verify: both `href` and `token` are set; using `href`. Set only one of them.',
      });
    }
    url = checkHref(href, problems);
    if (
      url?.protocol === 'https:' &&
      !isJumioHost(url.hostname) &&
      !LOOPBACK_HOSTS.has(url.hostname)
    ) {
      warnings.push({
        reason: 'unknown-host',
        message:
          `jumio-verify: ${url.origin} is not on Jumio's hosted domains ` +
          `(${JUMIO_DOMAINS.join(', ')}). It is shown, and only messages from that origin ` +
          "count. Pass the `web.href` from Jumio's account API unchanged.",
      });
    }
  } else if (token) {
    url = urlFromToken(token, options, problems);
  } else {
    problems.push({
      reason: 'missing-source',
      message:
        'jumio-verify: nothing to show. Set `href` to the `web.href` your server got from ' +
        "Jumio's account API, or `token` with `subdomain` (and `dc`), or `session-url`.",
    });
  }

  const locale = options.locale?.trim()
    ? checkLocale(options.locale, problems, warnings)
    : undefined;
  if (url && locale) setLocale(url, locale);
  return { url, locale, problems, warnings };
}

/**
 * The options as they are typed: a caller in plain JavaScript may pass anything (a number, null
 * for the whole), which reads as not given rather than throwing.
 */
function stringsOf(given: ClientUrlOptions | null | undefined): ClientUrlOptions {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : undefined;
  return {
    href: text(given?.href),
    token: text(given?.token),
    dc: text(given?.dc),
    subdomain: text(given?.subdomain),
    locale: text(given?.locale),
  };
}

function checkHref(href: string, problems: ConfigProblem[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    problems.push({
      reason: 'invalid-href',
      message:
        'jumio-verify: `href` is not an absolute URL. Pass the `web.href` string from ' +
        "Jumio's account API response unchanged.",
    });
    return undefined;
  }
  if (isAllowedClientUrl(url)) return url;
  problems.push({
    reason: 'insecure-href',
    message:
      url.protocol === 'http:'
        ? `jumio-verify: refusing ${redactUrl(url)}: \`href\` must be https. Plain http is ` +
          'accepted only on localhost, 127.0.0.1 and [::1], for development.'
        : `jumio-verify: refusing an \`href\` with the ${url.protocol} scheme. Only https URLs ` +
          "(the `web.href` from Jumio's account API) are embedded.",
  });
  return undefined;
}

function urlFromToken(
  token: string,
  { dc, subdomain }: ClientUrlOptions,
  problems: ConfigProblem[],
): URL | undefined {
  const dataCenter = dc?.trim() ? matchDataCenter(dc) : 'us';
  if (!dataCenter) {
    problems.push({
      reason: 'invalid-dc',
      message: `jumio-verify: \`dc\` "${dc}" is not a Jumio data center. Use us, eu or sg.`,
    });
  }
  const label = subdomain?.trim() ?? '';
  const validLabel = DNS_LABEL.test(label);
  if (!validLabel) {
    problems.push({
      reason: 'invalid-subdomain',
      message:
        'jumio-verify: `token` needs `subdomain`: your Domain Name Prefix from the Customer ' +
        'Portal (Settings > Application Settings > Redirect), a DNS label such as "mycompany".',
    });
  }
  if (!dataCenter || !validLabel) return undefined;
  const url = new URL(`${hostedOrigin(label, dataCenter)}/web/v4/app`);
  url.search = `authorizationToken=${encodeURIComponent(token)}`;
  return url;
}

/** The origin Jumio serves a site's client from: its Domain Name Prefix in a data center. */
function hostedOrigin(subdomain: string, dataCenter: DataCenter): string {
  return `https://${subdomain.toLowerCase()}.web.${DATA_CENTERS[dataCenter]}.jumio.ai`;
}

/**
 * The origin the client will come from, as far as `dc` and `subdomain` tell before there is an
 * href (Jumio's hrefs are on `https://<subdomain>.web.<region>.jumio.ai`): what the element
 * preconnects to while a session source answers. `undefined` without a valid subdomain.
 */
export function clientOriginOf({ dc, subdomain }: ClientUrlOptions): string | undefined {
  const dataCenter = dc?.trim() ? matchDataCenter(dc) : 'us';
  const label = subdomain?.trim() ?? '';
  return dataCenter && DNS_LABEL.test(label) ? hostedOrigin(label, dataCenter) : undefined;
}

function checkLocale(
  locale: string,
  problems: ConfigProblem[],
  warnings: ConfigWarning[],
): string | undefined {
  const resolved = resolveLocale(locale);
  const quoted = JSON.stringify(locale.trim().slice(0, 35));
  if (!resolved) {
    problems.push({
      reason: 'unsupported-locale',
      message:
        `jumio-verify: locale ${quoted} is not a language tag, so the client's default ` +
        `(${DEFAULT_LOCALE}) applies. Use one of the codes in JumioVerifyElement.supportedLocales, ` +
        'e.g. de, en-GB, pt-BR.',
    });
  } else if (!resolved.listed) {
    warnings.push({
      reason: 'unlisted-locale',
      message:
        `jumio-verify: no locale of the hosted client fits ${quoted}; it is sent as given, and ` +
        `the client may show its default (${DEFAULT_LOCALE}) instead. The codes it has are in ` +
        'JumioVerifyElement.supportedLocales.',
    });
  }
  return resolved?.code;
}

/** Sets `locale`, leaving every other query parameter exactly as it was written. */
function setLocale(url: URL, locale: string): void {
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && parameterName(pair) !== 'locale');
  url.search = [...kept, `locale=${encodeURIComponent(locale)}`].join('&');
}

/**
 * A query parameter's name as a server reads it (percent-decoded, `+` as a space), so that
 * `%6Cocale` is `locale` and `authorization%54oken` is `authorizationToken`; `undefined` when it
 * cannot be decoded.
 */
function parameterName(pair: string): string | undefined {
  const [name = ''] = pair.split('=');
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/**
 * The URL with every token-like query parameter blanked, for messages and logs: the authorization
 * token lets anyone continue the user's verification, so it must never reach a console or a log.
 */
export function redactUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '[unparsable URL]';
  }
  const query = parsed.search
    .slice(1)
    .split('&')
    .map((pair) => {
      const name = parameterName(pair);
      if (name === undefined) return '[redacted]'; // undecodable: it could be anything
      return /token/i.test(name) ? `${name.replace(/(token).*/i, '$1')}=[redacted]` : pair;
    })
    .join('&');
  return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`;
}
