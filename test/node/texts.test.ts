import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EN, TEXT_LANGUAGES, type Texts } from '../../src/texts.js';

/**
 * Values that may equal the English one, per language and key, because the word is truly the
 * same there. None so far: add one here, with a comment saying why, rather than loosen the check.
 */
const SAME_AS_ENGLISH: Readonly<Partial<Record<string, readonly (keyof Texts)[]>>> = {};

/** What may end a text where the English one ends with an ellipsis. */
const ELLIPSIS = /(…|⋯|\.\.\.)$/u;

/** Latin punctuation a language writes in its own forms instead (full-width, Arabic). */
const FOREIGN_PUNCTUATION: Readonly<Partial<Record<string, RegExp>>> = {
  ja: /[.,?!:;]/u,
  'zh-CN': /[.,?!:;]/u,
  'zh-HK': /[.,?!:;]/u,
  ar: /[,?;]/u,
  ur: /[.,?;]/u, // Urdu ends a sentence with ۔
};

const keys = Object.keys(EN) as (keyof Texts)[];

const languages = await Promise.all(
  TEXT_LANGUAGES.map(async (code) => {
    const module = (await import(`../../src/texts/${code}.js`)) as { default: Texts };
    return [code, module.default] as const;
  }),
);

describe('texts', () => {
  it('has a file in src/texts for every language of TEXT_LANGUAGES, and no other', () => {
    const files = readdirSync(new URL('../../src/texts/', import.meta.url))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -'.ts'.length));
    expect(files).to.have.members([...TEXT_LANGUAGES]);
  });

  for (const [code, texts] of languages) {
    describe(code, () => {
      it("has every key of EN, in EN's order, and no other", () => {
        expect(Object.keys(texts)).to.deep.equal(keys);
      });

      it('has no empty value', () => {
        for (const key of keys) {
          expect(texts[key], key).to.be.a('string');
          expect(texts[key].trim(), key).not.to.equal('');
          expect(texts[key], key).to.equal(texts[key].trim());
        }
      });

      it('translates every value', () => {
        const allowed = SAME_AS_ENGLISH[code] ?? [];
        for (const key of keys) {
          if (allowed.includes(key)) continue;
          expect(texts[key].toLowerCase(), key).not.to.equal(EN[key].toLowerCase());
        }
      });

      it('ends with an ellipsis where the English does', () => {
        for (const key of keys) {
          if (EN[key].endsWith('…')) expect(texts[key], key).to.match(ELLIPSIS);
          else expect(texts[key], key).not.to.match(ELLIPSIS);
        }
      });

      it('has no markup, placeholder or exclamation mark', () => {
        for (const key of keys) {
          expect(texts[key], key).not.to.match(/[<{]/u);
          expect(texts[key], key).not.to.match(/[!！¡]/u);
        }
      });

      const foreign = FOREIGN_PUNCTUATION[code];
      if (foreign) {
        it("uses the language's own punctuation", () => {
          for (const key of keys) expect(texts[key], key).not.to.match(foreign);
        });
      }
    });
  }
});
