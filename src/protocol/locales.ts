/**
 * The locales the hosted web client can render, as listed in the seed's "Web > Languages" table:
 * an ISO 639-1 language code, hyphenated with an ISO 3166-1 country where applicable.
 */
export const SUPPORTED_LOCALES = [
  { code: 'ar', name: 'Arabic' },
  { code: 'bg', name: 'Bulgarian' },
  { code: 'cs', name: 'Czech' },
  { code: 'da', name: 'Danish' },
  { code: 'de', name: 'German' },
  { code: 'el', name: 'Greek' },
  { code: 'en', name: 'American English' },
  { code: 'en-GB', name: 'British English' },
  { code: 'es', name: 'Spanish' },
  { code: 'es-MX', name: 'Mexican Spanish' },
  { code: 'et', name: 'Estonian' },
  { code: 'fi', name: 'Finnish' },
  { code: 'fr', name: 'French' },
  { code: 'he', name: 'Hebrew' },
  { code: 'hr', name: 'Croatian' },
  { code: 'hu', name: 'Hungarian' },
  { code: 'hy', name: 'Armenian' },
  { code: 'id', name: 'Indonesian' },
  { code: 'it', name: 'Italian' },
  { code: 'ja', name: 'Japanese' },
  { code: 'ka', name: 'Georgian' },
  { code: 'km', name: 'Khmer' },
  { code: 'ko', name: 'Korean' },
  { code: 'lt', name: 'Lithuanian' },
  { code: 'ms', name: 'Malay' },
  { code: 'nl', name: 'Dutch' },
  { code: 'no', name: 'Norwegian' },
  { code: 'pl', name: 'Polish' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'pt-BR', name: 'Brazilian Portuguese' },
  { code: 'ro', name: 'Romanian' },
  { code: 'ru', name: 'Russian' },
  { code: 'sk', name: 'Slovak' },
  { code: 'sv', name: 'Swedish' },
  { code: 'th', name: 'Thai' },
  { code: 'tr', name: 'Turkish' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'zh-CN', name: 'Simplified Chinese' },
  { code: 'zh-HK', name: 'Traditional Chinese' },
] as const satisfies readonly { code: string; name: string }[];

/** A locale code the hosted client supports, written as the seed writes it (`pt-BR`, not `pt-br`). */
export type LocaleCode = (typeof SUPPORTED_LOCALES)[number]['code'];

/** One entry of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The client's own default when no locale is given (seed: "American English (default)"). */
export const DEFAULT_LOCALE: LocaleCode = 'en';

const byLowerCase = new Map<string, LocaleCode>(
  SUPPORTED_LOCALES.map(({ code }) => [code.toLowerCase(), code]),
);

/**
 * Tags browsers send for a language the seed's "Languages" table lists under another code, keyed
 * in lower case. The table has one `no` (Norwegian) for both written forms, Bokmål (`nb`, what
 * most Norwegian browsers report) and Nynorsk (`nn`); and it names its Chinese locales by script
 * ("Simplified Chinese" `zh-CN`, "Traditional Chinese" `zh-HK`), so a script subtag picks one
 * whatever the region (`zh-Hant-TW` → `zh-HK`).
 */
const ALIASES = new Map<string, LocaleCode>([
  ['nb', 'no'],
  ['nn', 'no'],
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
 * The same lookup also tries a few aliases for codes the seed's "Languages" table writes its own
 * way: Norwegian Bokmål and Nynorsk to `no` (`nb-NO` → `no`), and a Chinese script to the locale
 * named after it (`zh-Hant-HK` → `zh-HK`, `zh-Hans` → `zh-CN`). Only if that finds nothing, the tag
 * is looked up once more as its canonical language and likely script, from `Intl.Locale`, since
 * browsers mostly send a region and leave the script implied (`zh-TW` and `zh-MO` → `zh-HK`, `zh`
 * and `zh-SG` → `zh-CN`) and some still send deprecated codes (`iw` → `he`, `in` → `id`).
 *
 * Returns `undefined` when nothing matches (`sr-Latn-RS`, `xx`, `''`), and never throws, even for
 * a malformed tag.
 */
export function matchLocale(tag: string): LocaleCode | undefined {
  const normalized = tag.trim().replaceAll('_', '-');
  const match = lookup(normalized);
  if (match) return match;
  const likely = likelyLanguageScript(normalized);
  return likely === undefined ? undefined : lookup(likely);
}
