import type { TextLanguage, Texts } from './texts.js';

/**
 * The texts of a language other than English, a module each (src/texts/<code>.ts), imported on
 * first use: a page pays only for the language it shows. A bundler splits them into chunks of
 * their own; the standalone script loads them from next to itself
 * (src/texts-loader.standalone.ts).
 */
const LOADERS: Record<Exclude<TextLanguage, 'en'>, () => Promise<{ default: Texts }>> = {
  ar: () => import('./texts/ar.js'),
  de: () => import('./texts/de.js'),
  es: () => import('./texts/es.js'),
  fr: () => import('./texts/fr.js'),
  he: () => import('./texts/he.js'),
  it: () => import('./texts/it.js'),
  ja: () => import('./texts/ja.js'),
  nl: () => import('./texts/nl.js'),
  pl: () => import('./texts/pl.js'),
  pt: () => import('./texts/pt.js'),
  'pt-BR': () => import('./texts/pt-BR.js'),
  tr: () => import('./texts/tr.js'),
  ur: () => import('./texts/ur.js'),
  'zh-CN': () => import('./texts/zh-CN.js'),
  'zh-HK': () => import('./texts/zh-HK.js'),
};

export async function loadTexts(language: Exclude<TextLanguage, 'en'>): Promise<Texts> {
  return (await LOADERS[language]()).default;
}
