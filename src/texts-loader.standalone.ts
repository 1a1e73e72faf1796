import type { TextLanguage, Texts } from './texts.js';

// The standalone script's stand-in for src/texts-loader.ts (vite.config.ts swaps them): a
// classic script cannot be split into chunks, so the texts stay files next to it, dist/texts/,
// as the ES build writes them, and are imported from the script's own URL. Where they are not
// next to it (only the script was copied), English shows.
const script = document.currentScript;
const base = script instanceof HTMLScriptElement ? script.src : '';

export async function loadTexts(language: Exclude<TextLanguage, 'en'>): Promise<Texts> {
  const url = new URL(`texts/${language}.js`, base || location.href).href;
  return ((await import(/* @vite-ignore */ url)) as { default: Texts }).default;
}
