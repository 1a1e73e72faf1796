import { CLIENT_FRAME_TITLE } from './protocol/embedding.js';

/**
 * What the element itself says to the user, besides what the client says in its iframe: short,
 * calm, in plain words, never blaming the user, and never a developer's detail (that goes to the
 * console and the events). English is built in; the other languages are in src/texts/<code>.ts
 * and are loaded when the element's locale asks for one (see {@link TEXT_LANGUAGES}).
 */
export const EN = {
  /** The launcher's label, where the client opens in a tab (`mode="window"`). */
  launch: 'Verify your identity',
  /** The client's iframe's accessible name, unless the page gives its own (`frame-title`). */
  frameTitle: CLIENT_FRAME_TITLE,
  /** While the client loads in the iframe. */
  loading: 'Loading the identity verification…',
  /** Announced once the client is showing. */
  ready: 'The identity verification is ready.',
  /** While a fresh session is fetched after the old one expired. */
  refreshing: 'Your session expired. Starting a new one…',
  /** While a fresh session is fetched after the client did not start in time. */
  retrying: 'This is taking longer than usual. Trying again…',
  /** Announced when the client reports the user's images were accepted. */
  done: 'Thank you. Your documents were submitted for verification.',
  /** While the flow goes on in another tab. */
  opened: 'Continue your verification in the other tab.',
  /** The button that brings that tab back. */
  resume: 'Go to the verification tab',
  /** Where the camera cannot work in the iframe but would in a tab. */
  noCamera: 'Your camera cannot be used on this page.',
  /** The button that moves the flow to a tab. */
  continueInTab: 'Continue in a new tab',
  /** The button after an error a fresh session can help with. */
  tryAgain: 'Try again',
  /** The configuration cannot work: no developer detail, and nothing the user can do. */
  unavailable: 'Identity verification is not available right now. Please try again later.',
  /** The client never said it loaded. */
  timedOut: 'The identity verification could not start.',
  /** An error of the network or of Jumio's servers. */
  errorNetwork: 'We could not reach the verification service.',
  /** The camera could not be used. */
  errorCamera: 'Your camera could not be used for the verification.',
  /** The session ran out. */
  errorExpired: 'Your verification session has expired.',
  /** Too many attempts did not succeed. */
  errorAttempts: 'The verification could not be completed after several attempts.',
  /** The link or its credentials cannot be used (again). */
  errorDenied: 'This verification link can no longer be used.',
  /** Anything else. */
  errorOther: 'Something went wrong with the verification.',
};

/** The element's texts in one language. */
export type Texts = typeof EN;

/**
 * The languages the element has texts for, besides English: a locale of the client that is one
 * of these, or whose language is (`de-AT`, `es-MX`), gets them; any other shows English.
 */
export const TEXT_LANGUAGES = [
  'ar',
  'de',
  'es',
  'fr',
  'he',
  'it',
  'ja',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'tr',
  'ur',
  'zh-CN',
  'zh-HK',
] as const;

/** A language of {@link TEXT_LANGUAGES}, or `en`. */
export type TextLanguage = (typeof TEXT_LANGUAGES)[number] | 'en';

/** The language of the element's texts for a client locale: its own, its base language's, or en. */
export function textLanguageOf(locale: string | undefined): TextLanguage {
  if (!locale) return 'en';
  const [language = ''] = locale.split('-');
  const known = (code: string): code is TextLanguage =>
    (TEXT_LANGUAGES as readonly string[]).includes(code);
  if (known(locale)) return locale;
  if (language === 'zh') return 'zh-CN'; // the client's bare zh is Simplified
  return known(language) ? language : 'en';
}

/**
 * The texts' category for an error: what a user can be told about it, in a few words. The client
 * sends 9100, 9300 and 9301 both when a call got no answer and when the server answered with an
 * error; only the first is "could not reach" (`answered`: the server answered the call).
 */
export function errorTextOf(code: number | undefined, answered = false): keyof Texts {
  switch (code) {
    case 9100:
    case 9300:
    case 9301:
      return answered ? 'errorOther' : 'errorNetwork';
    case 9800:
    case 9810:
      return 'errorNetwork';
    case 9820:
    case 9821:
    case 9822:
      return 'errorCamera';
    case 9200:
    case 9210:
      return 'errorExpired';
    case 9835:
      return 'errorAttempts';
    case 9836:
    case 9900:
      return 'errorDenied';
    default:
      return 'errorOther';
  }
}
