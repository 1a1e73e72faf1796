/**
 * The locales the hosted web client renders, spelled as it spells them: what the current client
 * (`@jumio/websdk` 0.3.19) accepts, where a `*` marks the 39 of the seed's "Web > Languages" table.
 * Where the two differ the client wins, since it is what runs: the seed's Georgian `ka` is `ka-GE`
 * here (the client refuses a bare `ka`, and {@link matchLocale} still takes it).
 */
const LOCALES = [
  'ar*',
  'az',
  'bg*',
  'bn',
  'bn-IN',
  'ca',
  'ceb',
  'ceb-PH',
  'cs*',
  'da*',
  'de*',
  'el*',
  'en*',
  'en-GB*',
  'en-US',
  'es*',
  'es-MX*',
  'et*',
  'fi*',
  'fil',
  'fil-PH',
  'fr*',
  'fr-CA',
  'ga',
  'he*',
  'hi',
  'hi-IN',
  'hr*',
  'hu*',
  'hy*',
  'id*',
  'is',
  'it*',
  'ja*',
  'jv',
  'jv-ID',
  'ka-GE*',
  'kk',
  'km*',
  'km-KH',
  'ko*',
  'lt*',
  'lv',
  'ms*',
  'my',
  'my-MM',
  'nl*',
  'no*',
  'pl*',
  'pt*',
  'pt-BR*',
  'ro*',
  'ru*',
  'sk*',
  'sl',
  'sq',
  'sr',
  'sr-Cyrl',
  'sr-Latn',
  'sv*',
  'sw',
  'th*',
  'tr*',
  'uk',
  'ur',
  'uz',
  'vi*',
  'zh',
  'zh-CN*',
  'zh-HK*',
] as const;

type Unmarked<S extends string> = S extends `${infer Code}*` ? Code : S;

/** A locale code the hosted client accepts, spelled as it spells it (`pt-BR`, not `pt-br`). */
export type LocaleCode = Unmarked<(typeof LOCALES)[number]>;

/** One of {@link SUPPORTED_LOCALES}. */
export interface SupportedLocale {
  readonly code: LocaleCode;
  /** The English name, as the seed gives it for its 39 ("American English" for `en`). */
  readonly name: string;
  /** The name in the language itself ("Deutsch"), for a language picker. */
  readonly nativeName: string;
  /** The locale is in the seed's table; the others were found in the current client. */
  readonly seed: boolean;
}

/** What to ask `Intl.DisplayNames` for, where the code alone would name it otherwise. */
const DISPLAY_AS: Readonly<Record<string, string>> = {
  en: 'en-US', // the seed's "American English", the client's default
  'ka-GE': 'ka',
  'zh-CN': 'zh-Hans', // the seed names its Chinese locales by script
  'zh-HK': 'zh-Hant',
};

/**
 * `code`'s name in `language`, from the platform's CLDR data rather than a table of our own;
 * the code itself where the browser has no `Intl.DisplayNames`.
 */
function displayName(code: string, language: string): string {
  try {
    return (
      new Intl.DisplayNames([language], { type: 'language' }).of(DISPLAY_AS[code] ?? code) ?? code
    );
  } catch {
    return code;
  }
}

/**
 * The locales the hosted client supports, sorted by code. Names are looked up on first read, so
 * loading the element costs no `Intl` work.
 */
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = LOCALES.map((word) => {
  const code = word.replace('*', '') as LocaleCode;
  let name: string | undefined;
  let nativeName: string | undefined;
  return {
    code,
    get name() {
      return (name ??= displayName(code, 'en'));
    },
    get nativeName() {
      return (nativeName ??= displayName(code, DISPLAY_AS[code] ?? code));
    },
    seed: word.endsWith('*'),
  };
});

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

/**
 * Regions whose variant of a language is nearer one of the client's regional locales than the
 * base language: Latin American Spanish is Mexican Spanish's (`es-419`, `es-AR` → `es-MX`), and
 * the English of the Commonwealth and Europe British English's (`en-AU`, `en-IE` → `en-GB`).
 */
const REGIONAL_VARIANTS: ReadonlyMap<string, readonly [LocaleCode, RegExp]> = new Map([
  ['es', ['es-MX', /^(419|AR|BO|CL|CO|CR|CU|DO|EC|GT|HN|NI|PA|PE|PR|PY|SV|US|UY|VE)$/]],
  ['en', ['en-GB', /^(150|AU|NZ|IE|ZA|IN|SG|HK|MT|CY|GI|IM|JE|GG)$/]],
]);

/** The client's regional locale for a tag's language and region, per {@link REGIONAL_VARIANTS}. */
function regionalVariant(tag: string): LocaleCode | undefined {
  try {
    const { language, region } = new Intl.Locale(tag);
    const [code, regions] = REGIONAL_VARIANTS.get(language) ?? [];
    return code && region && regions?.test(region) ? code : undefined;
  } catch {
    return undefined; // malformed
  }
}

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
 * `zh-CN`). A region whose variant is nearer a regional locale of the client than the base
 * language picks it (`es-AR` → `es-MX`, `en-AU` → `en-GB`). The lookup also tries the
 * {@link ALIASES} (`nb-NO` → `no`, `ka` → `ka-GE`), and only if all that finds nothing, the tag's
 * canonical language from `Intl.Locale` (`iw` → `he`, `in` → `id`).
 *
 * Returns `undefined` when nothing matches (`xx`, `''`), and never throws, even for a malformed tag.
 */
export function matchLocale(tag: string): LocaleCode | undefined {
  const normalized = tag.trim().replaceAll('_', '-');
  // No locale at all, the common case: the platform's locale data is not loaded for it. Its
  // first use costs milliseconds, and the element asks on the way to its first request.
  if (!normalized) return undefined;
  if (/^zh-/i.test(normalized) && !/^zh-(cn|hk)(-|$)/i.test(normalized)) {
    const script = /^zh-han[st]\b/i.exec(normalized)?.[0] ?? likelyLanguageScript(normalized);
    const chinese = script && lookup(script);
    if (chinese) return chinese;
  }
  const lower = normalized.toLowerCase();
  const exact = byLowerCase.get(lower) ?? ALIASES.get(lower);
  if (exact) return exact;
  const match = regionalVariant(normalized) ?? lookup(normalized);
  if (match) return match;
  const likely = likelyLanguageScript(normalized);
  return likely === undefined ? undefined : lookup(likely);
}

/**
 * The client locale for a user's preferred languages, in order (`navigator.languages`): the first
 * that {@link matchLocale} finds a locale for, exactly or by its regional variant or base
 * language (`['fr-CH', 'en']` → `fr`); `undefined` when none fits, and the client's default
 * applies. What `locale="auto"` uses.
 */
export function preferredLocale(languages: readonly string[]): LocaleCode | undefined {
  for (const tag of languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return undefined;
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
