import { expect } from '@open-wc/testing';
import { DEFAULT_LOCALE, matchLocale, SUPPORTED_LOCALES } from '../../src/protocol/locales.js';

/**
 * The seed's "Web > Languages" table, copied here by hand as the oracle the module is checked
 * against (the "(default)" marker of `en` is moved to DEFAULT_LOCALE).
 */
const SEED_LANGUAGES: readonly (readonly [code: string, name: string])[] = [
  ['ar', 'Arabic'],
  ['bg', 'Bulgarian'],
  ['cs', 'Czech'],
  ['da', 'Danish'],
  ['de', 'German'],
  ['el', 'Greek'],
  ['en', 'American English'],
  ['en-GB', 'British English'],
  ['es', 'Spanish'],
  ['es-MX', 'Mexican Spanish'],
  ['et', 'Estonian'],
  ['fi', 'Finnish'],
  ['fr', 'French'],
  ['he', 'Hebrew'],
  ['hr', 'Croatian'],
  ['hu', 'Hungarian'],
  ['hy', 'Armenian'],
  ['id', 'Indonesian'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['ka', 'Georgian'],
  ['km', 'Khmer'],
  ['ko', 'Korean'],
  ['lt', 'Lithuanian'],
  ['ms', 'Malay'],
  ['nl', 'Dutch'],
  ['no', 'Norwegian'],
  ['pl', 'Polish'],
  ['pt', 'Portuguese'],
  ['pt-BR', 'Brazilian Portuguese'],
  ['ro', 'Romanian'],
  ['ru', 'Russian'],
  ['sk', 'Slovak'],
  ['sv', 'Swedish'],
  ['th', 'Thai'],
  ['tr', 'Turkish'],
  ['vi', 'Vietnamese'],
  ['zh-CN', 'Simplified Chinese'],
  ['zh-HK', 'Traditional Chinese'],
];

describe('SUPPORTED_LOCALES', () => {
  it('lists the 39 locales of the seed table', () => {
    expect(SEED_LANGUAGES).to.have.length(39);
    expect(SUPPORTED_LOCALES).to.have.length(39);
  });

  it('has exactly the seed codes with their English names, in the seed order', () => {
    expect(SUPPORTED_LOCALES.map(({ code, name }) => [code, name])).to.deep.equal(
      SEED_LANGUAGES.map(([code, name]) => [code, name]),
    );
  });

  it('has no code twice, even ignoring case', () => {
    const lower = SUPPORTED_LOCALES.map(({ code }) => code.toLowerCase());
    expect(new Set(lower).size).to.equal(lower.length);
  });

  it('names American English as the default, as the seed marks it', () => {
    expect(DEFAULT_LOCALE).to.equal('en');
    expect(SUPPORTED_LOCALES.find(({ code }) => code === DEFAULT_LOCALE)?.name).to.equal(
      'American English',
    );
  });
});

describe('matchLocale', () => {
  describe('exact codes', () => {
    for (const [code] of SEED_LANGUAGES) {
      it(`matches ${code} to itself`, () => {
        expect(matchLocale(code)).to.equal(code);
      });
    }
  });

  describe('case and separators', () => {
    it('matches every seed code written in lower case to the seed spelling', () => {
      for (const [code] of SEED_LANGUAGES) expect(matchLocale(code.toLowerCase())).to.equal(code);
    });

    it('matches every seed code written in upper case to the seed spelling', () => {
      for (const [code] of SEED_LANGUAGES) expect(matchLocale(code.toUpperCase())).to.equal(code);
    });

    it('matches every seed code written with _ instead of - to the seed spelling', () => {
      for (const [code] of SEED_LANGUAGES) {
        expect(matchLocale(code.replace('-', '_'))).to.equal(code);
      }
    });

    it('gives the canonical pt-BR for pt-br, pt_br, PT-BR and pT_bR', () => {
      for (const tag of ['pt-br', 'pt_br', 'PT-BR', 'pT_bR']) {
        expect(matchLocale(tag), tag).to.equal('pt-BR');
      }
    });

    it('gives the canonical zh-HK for zh-hk and en-GB for EN_gb', () => {
      expect(matchLocale('zh-hk')).to.equal('zh-HK');
      expect(matchLocale('EN_gb')).to.equal('en-GB');
    });

    it('ignores surrounding whitespace', () => {
      expect(matchLocale('  de\t')).to.equal('de');
      expect(matchLocale('\nes-mx ')).to.equal('es-MX');
    });
  });

  describe('RFC 4647 lookup fallback', () => {
    it('falls back from de-AT to de', () => {
      expect(matchLocale('de-AT')).to.equal('de');
    });

    it('falls back from de_CH to de', () => {
      expect(matchLocale('de_CH')).to.equal('de');
    });

    it('falls back from en-US to en', () => {
      expect(matchLocale('en-US')).to.equal('en');
    });

    it('falls back from en-GB-oxendict to en-GB, not to en', () => {
      expect(matchLocale('en-GB-oxendict')).to.equal('en-GB');
    });

    it('falls back from es-MX-u-ca-gregory through es-MX-u-ca and es-MX-u to es-MX', () => {
      expect(matchLocale('es-MX-u-ca-gregory')).to.equal('es-MX');
    });

    it('falls back from pt-PT to pt and from pt-BR-x-private to pt-BR', () => {
      expect(matchLocale('pt-PT')).to.equal('pt');
      expect(matchLocale('pt-BR-x-private')).to.equal('pt-BR');
    });

    it('falls back from a tag with a script subtag, sr-Latn-RS, to nothing (no sr)', () => {
      expect(matchLocale('sr-Latn-RS')).to.equal(undefined);
    });

    it('falls back from fr-Latn-FR to fr', () => {
      expect(matchLocale('fr-Latn-FR')).to.equal('fr');
    });

    it('falls back from de- (a dangling separator) to de', () => {
      expect(matchLocale('de-')).to.equal('de');
    });

    it('does not match a bare country subtag: GB is not en-GB', () => {
      expect(matchLocale('GB')).to.equal(undefined);
      expect(matchLocale('BR')).to.equal(undefined);
    });

    it('does not match a prefix of a language code: e is not en or es', () => {
      expect(matchLocale('e')).to.equal(undefined);
    });
  });

  describe('aliases for codes the seed table writes its own way', () => {
    it('matches Norwegian Bokmål and Nynorsk to no', () => {
      for (const tag of ['nb', 'nb-NO', 'nb_no', 'NB-NO', 'nn', 'nn-NO', 'NN_no']) {
        expect(matchLocale(tag), tag).to.equal('no');
      }
    });

    it('matches the Traditional script to zh-HK, whatever the region', () => {
      for (const tag of ['zh-Hant', 'ZH_HANT', 'zh-Hant-HK', 'zh_hant_hk', 'zh-Hant-TW']) {
        expect(matchLocale(tag), tag).to.equal('zh-HK');
      }
      expect(matchLocale('zh-Hant-CN'), 'the script wins over the region').to.equal('zh-HK');
    });

    it('matches the Simplified script to zh-CN, whatever the region', () => {
      for (const tag of ['zh-Hans', 'zh-hans', 'ZH_HANS', 'zh-Hans-CN', 'zh_hans_sg']) {
        expect(matchLocale(tag), tag).to.equal('zh-CN');
      }
      expect(matchLocale('zh-Hans-HK'), 'the script wins over the region').to.equal('zh-CN');
    });

    it('still prefers an exact code to an alias: zh-HK and zh-CN stay themselves', () => {
      expect(matchLocale('zh-HK-u-nu-latn')).to.equal('zh-HK');
      expect(matchLocale('zh_cn')).to.equal('zh-CN');
    });
  });

  describe('likely script and canonical language, from Intl.Locale', () => {
    it('matches Chinese regions that use the Traditional script to zh-HK', () => {
      for (const tag of ['zh-TW', 'zh-tw', 'zh_TW', 'ZH-TW', 'zh-MO', 'zh_mo']) {
        expect(matchLocale(tag), tag).to.equal('zh-HK');
      }
    });

    it('matches zh alone and regions that use the Simplified script to zh-CN', () => {
      for (const tag of ['zh', 'ZH', 'zh-SG', 'zh_sg', 'Zh-Sg']) {
        expect(matchLocale(tag), tag).to.equal('zh-CN');
      }
    });

    it('matches the deprecated iw to he and in to id, with or without a region', () => {
      for (const tag of ['iw', 'IW', 'iw-IL', 'iw_il']) {
        expect(matchLocale(tag), tag).to.equal('he');
      }
      for (const tag of ['in', 'IN', 'in-ID', 'in_id']) {
        expect(matchLocale(tag), tag).to.equal('id');
      }
    });

    it('still finds nothing for a script or language the client lacks', () => {
      for (const tag of ['sr-Latn-RS', 'sr-Latn', 'sr', 'xx', 'xx-YY', 'tlh', 'yue', 'German']) {
        expect(matchLocale(tag), tag).to.equal(undefined);
      }
    });
  });

  describe('malformed tags', () => {
    it('finds nothing, without throwing, for tags Intl.Locale rejects', () => {
      const tags = ['-', 'a--b', '123', 'x'.repeat(300), '\u0000', '\u0000zh', '-zh-TW', '_zh'];
      for (const tag of [...tags, 'zh TW', 'de DE', 'i-klingon', 'zh-min-nan', '\uD800']) {
        let result: string | undefined = 'not called';
        expect(() => (result = matchLocale(tag)), JSON.stringify(tag)).not.to.throw();
        expect(result, JSON.stringify(tag)).to.equal(undefined);
      }
    });

    it('still falls back subtag by subtag in a malformed tag (de--x → de)', () => {
      expect(matchLocale('de--x')).to.equal('de');
    });

    it('looks up a likely script only for a well-formed tag: zh- finds nothing, unlike de-', () => {
      expect(matchLocale('zh-')).to.equal(undefined);
      expect(matchLocale('de-')).to.equal('de');
    });
  });

  describe('nothing to match', () => {
    it('finds nothing for xx', () => {
      expect(matchLocale('xx')).to.equal(undefined);
    });

    it('finds nothing for the empty string', () => {
      expect(matchLocale('')).to.equal(undefined);
    });

    it('finds nothing for whitespace only', () => {
      expect(matchLocale('   ')).to.equal(undefined);
      expect(matchLocale('\t\n')).to.equal(undefined);
    });

    it('finds nothing for separators only', () => {
      expect(matchLocale('-')).to.equal(undefined);
      expect(matchLocale('_-_')).to.equal(undefined);
    });

    it('finds nothing for a leading separator before a supported code (-de)', () => {
      expect(matchLocale('-de')).to.equal(undefined);
    });

    it('finds nothing for names of Object.prototype members', () => {
      for (const tag of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect(matchLocale(tag), tag).to.equal(undefined);
      }
    });

    it('finds nothing for a language name instead of a code', () => {
      expect(matchLocale('German')).to.equal(undefined);
    });

    it('returns within a loop bound for a very long tag of many subtags', () => {
      expect(matchLocale(`de${'-ab'.repeat(10_000)}`)).to.equal('de');
      expect(matchLocale('x'.repeat(100_000))).to.equal(undefined);
    });
  });
});
