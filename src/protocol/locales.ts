/**
 * The locales the hosted web client renders. `seed` marks the 39 of the seed's "Web > Languages"
 * table; the others are what the current client (`@jumio/websdk` 0.3.19) accepts besides. Where the
 * two differ the client wins, since it is what runs: the seed's Georgian `ka` is `ka-GE` here (the
 * client refuses a bare `ka`, and {@link matchLocale} still takes it).
 */
export const SUPPORTED_LOCALES = [
  { code: 'ar', name: 'Arabic', seed: true },
  { code: 'az', name: 'Azerbaijani', seed: false },
  { code: 'bg', name: 'Bulgarian', seed: true },
  { code: 'bn', name: 'Bengali', seed: false },
  { code: 'bn-IN', name: 'Bengali (India)', seed: false },
  { code: 'ca', name: 'Catalan', seed: false },
  { code: 'ceb', name: 'Cebuano', seed: false },
  { code: 'ceb-PH', name: 'Cebuano (Philippines)', seed: false },
  { code: 'cs', name: 'Czech', seed: true },
  { code: 'da', name: 'Danish', seed: true },
  { code: 'de', name: 'German', seed: true },
  { code: 'el', name: 'Greek', seed: true },
  { code: 'en', name: 'American English', seed: true },
  { code: 'en-GB', name: 'British English', seed: true },
  { code: 'en-US', name: 'American English (en-US)', seed: false },
  { code: 'es', name: 'Spanish', seed: true },
  { code: 'es-MX', name: 'Mexican Spanish', seed: true },
  { code: 'et', name: 'Estonian', seed: true },
  { code: 'fi', name: 'Finnish', seed: true },
  { code: 'fil', name: 'Filipino', seed: false },
  { code: 'fil-PH', name: 'Filipino (Philippines)', seed: false },
  { code: 'fr', name: 'French', seed: true },
  { code: 'fr-CA', name: 'Canadian French', seed: false },
  { code: 'ga', name: 'Irish', seed: false },
  { code: 'he', name: 'Hebrew', seed: true },
  { code: 'hi', name: 'Hindi', seed: false },
  { code: 'hi-IN', name: 'Hindi (India)', seed: false },
  { code: 'hr', name: 'Croatian', seed: true },
  { code: 'hu', name: 'Hungarian', seed: true },
  { code: 'hy', name: 'Armenian', seed: true },
  { code: 'id', name: 'Indonesian', seed: true },
  { code: 'is', name: 'Icelandic', seed: false },
  { code: 'it', name: 'Italian', seed: true },
  { code: 'ja', name: 'Japanese', seed: true },
  { code: 'jv', name: 'Javanese', seed: false },
  { code: 'jv-ID', name: 'Javanese (Indonesia)', seed: false },
  { code: 'ka-GE', name: 'Georgian', seed: true },
  { code: 'kk', name: 'Kazakh', seed: false },
  { code: 'km', name: 'Khmer', seed: true },
  { code: 'km-KH', name: 'Khmer (Cambodia)', seed: false },
  { code: 'ko', name: 'Korean', seed: true },
  { code: 'lt', name: 'Lithuanian', seed: true },
  { code: 'lv', name: 'Latvian', seed: false },
  { code: 'ms', name: 'Malay', seed: true },
  { code: 'my', name: 'Burmese', seed: false },
  { code: 'my-MM', name: 'Burmese (Myanmar)', seed: false },
  { code: 'nl', name: 'Dutch', seed: true },
  { code: 'no', name: 'Norwegian', seed: true },
  { code: 'pl', name: 'Polish', seed: true },
  { code: 'pt', name: 'Portuguese', seed: true },
  { code: 'pt-BR', name: 'Brazilian Portuguese', seed: true },
  { code: 'ro', name: 'Romanian', seed: true },
  { code: 'ru', name: 'Russian', seed: true },
  { code: 'sk', name: 'Slovak', seed: true },
  { code: 'sl', name: 'Slovenian', seed: false },
  { code: 'sq', name: 'Albanian', seed: false },
  { code: 'sr', name: 'Serbian', seed: false },
  { code: 'sr-Cyrl', name: 'Serbian (Cyrillic)', seed: false },
  { code: 'sr-Latn', name: 'Serbian (Latin)', seed: false },
  { code: 'sv', name: 'Swedish', seed: true },
  { code: 'sw', name: 'Swahili', seed: false },
  { code: 'th', name: 'Thai', seed: true },
  { code: 'tr', name: 'Turkish', seed: true },
  { code: 'uk', name: 'Ukrainian', seed: false },
  { code: 'ur', name: 'Urdu', seed: false },
  { code: 'uz', name: 'Uzbek', seed: false },
  { code: 'vi', name: 'Vietnamese', seed: true },
  { code: 'zh', name: 'Chinese', seed: false },
  { code: 'zh-CN', name: 'Simplified Chinese', seed: true },
  { code: 'zh-HK', name: 'Traditional Chinese', seed: true },
] as const satisfies readonly { code: string; name: string; seed: boolean }[];

/** A locale code the hosted client accepts, spelled as it spells it (`pt-BR`, not `pt-br`). */
export type LocaleCode = (typeof SUPPORTED_LOCALES)[number]['code'];

/** One entry of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The client's own default when no locale is given (seed: "American English (default)"). */
export const DEFAULT_LOCALE: LocaleCode = 'en';

/** The client's locales written right to left: it sets its direction for exactly these. */
export const RTL_LOCALES: readonly LocaleCode[] = ['ar', 'he', 'ur'];

const byLowerCase = new Map<string, LocaleCode>(
  SUPPORTED_LOCALES.map(({ code }) => [code.toLowerCase(), code]),
);

/**
 * Tags for a language the table lists under another code, keyed in lower case: Norwegian Bokmål
 * and Nynorsk (`nb`, what most Norwegian browsers report) share `no`; the seed's Georgian `ka` is
 * the client's `ka-GE`; Tagalog is written `fil`; and a Chinese script names its locale
 * ("Simplified Chinese" `zh-CN`, "Traditional Chinese" `zh-HK`) whatever the region.
 */
const ALIASES = new Map<string, LocaleCode>([
  ['nb', 'no'],
  ['nn', 'no'],
  ['ka', 'ka-GE'],
  ['tl', 'fil'],
  ['zh-hans', 'zh-CN'],
  ['zh-hant', 'zh-HK'],
]);

/** RFC 4647 §3.4 lookup of a `-`-separated tag in the table, then in {@link ALIASES}. */
function lookup(tag: string): LocaleCode | undefined {
  let candidate = tag.toLowerCase();
  while (candidate) {
    const match = byLowerCase.get(candidate) ?? ALIASES.get(candidate);
    if (match) return match;
    candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('-')));
  }
  return undefined;
}

/**
 * The canonical language and likely script of a tag (`zh-TW` → `zh-Hant`, `iw` → `he-Hebr`), from
 * the platform's CLDR data rather than rules of our own; `undefined` when the platform knows no
 * script for it or rejects the tag as malformed (`Intl.Locale` throws a `RangeError`).
 */
function likelyLanguageScript(tag: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return script ? `${language}-${script}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the supported locale for a language tag, the way a user would expect: case and `_`/`-`
 * don't matter (`pt_br` → `pt-BR`), and a tag the client lacks falls back subtag by subtag to one
 * it has (`de-AT` → `de`, `en-GB-oxendict` → `en-GB`: the "lookup" of RFC 4647 §3.4), so
 * `navigator.language` can be passed as it is.
 *
 * Chinese goes by script before anything else, since the client's bare `zh` is Simplified: a
 * script or a region picks `zh-CN` or `zh-HK` (`zh-Hant-CN` and `zh-TW` → `zh-HK`, `zh-SG` →
 * `zh-CN`). The lookup also tries the {@link ALIASES} (`nb-NO` → `no`, `ka` → `ka-GE`), and only if
 * all that finds nothing, the tag's canonical language from `Intl.Locale` (`iw` → `he`, `in` → `id`).
 *
 * Returns `undefined` when nothing matches (`xx`, `''`), and never throws, even for a malformed tag.
 */
export function matchLocale(tag: string): LocaleCode | undefined {
  const normalized = tag.trim().replaceAll('_', '-');
  if (/^zh-/i.test(normalized) && !/^zh-(cn|hk)(-|$)/i.test(normalized)) {
    const script = /^zh-han[st]\b/i.exec(normalized)?.[0] ?? likelyLanguageScript(normalized);
    const chinese = script && lookup(script);
    if (chinese) return chinese;
  }
  const match = lookup(normalized);
  if (match) return match;
  const likely = likelyLanguageScript(normalized);
  return likely === undefined ? undefined : lookup(likely);
}

/** What {@link resolveLocale} makes of a tag: the code to send the client, or `undefined`. */
export interface ResolvedLocale {
  /** The client's spelling of a match, or the tag as given when nothing in the table fits. */
  readonly code: string;
  /** False when the tag was passed through: the client may not have it, and shows English. */
  readonly listed: boolean;
}

/**
 * The locale to send the client for a tag: {@link matchLocale}'s match, else a well-formed BCP 47
 * tag as given (a newer client may know it), else `undefined` (a malformed tag, or none).
 */
export function resolveLocale(tag: string): ResolvedLocale | undefined {
  const code = matchLocale(tag);
  if (code) return { code, listed: true };
  const given = tag.trim();
  try {
    return given && Intl.getCanonicalLocales(given.replaceAll('_', '-')).length
      ? { code: given, listed: false }
      : undefined;
  } catch {
    return undefined; // RangeError: not a language tag
  }
}
