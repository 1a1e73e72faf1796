import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  DEFAULT_LOCALE,
  matchLocale,
  preferredLocale,
  resolveLocale,
  RTL_LOCALES,
  SUPPORTED_LOCALES,
} from '../../../src/protocol/locales.js';

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

/**
 * The locale codes the current client (`@jumio/websdk` 0.3.19) accepts, as read from its bundle:
 * an exact, case-sensitive list, where the regional codes also have a `_` form.
 */
const CLIENT_CODES = (
  'ar az bg bn bn-IN ca ceb ceb-PH cs da de el en en-GB en-US es es-MX et fi fil fil-PH fr fr-CA ' +
  'ga he hi hi-IN hr hu hy id is it ja jv jv-ID ka-GE kk km km-KH ko lt lv ms my my-MM nl no pl ' +
  'pt pt-BR ro ru sk sl sq sr sr-Cyrl sr-Latn sv sw th tr uk ur uz vi zh zh-CN zh-HK'
).split(' ');

/** Where the seed writes a code the client does not accept, what the client has instead. */
const SEED_TO_CLIENT: Readonly<Record<string, string>> = { ka: 'ka-GE' };

describe('SUPPORTED_LOCALES', () => {
  it('has exactly the codes the current client accepts, in its spelling', () => {
    expect(SUPPORTED_LOCALES.map(({ code }) => code)).to.have.members(CLIENT_CODES);
    expect(SUPPORTED_LOCALES).to.have.length(CLIENT_CODES.length);
  });

  it("marks the seed table's 39 locales, by the client's code where the two differ", () => {
    expect(SEED_LANGUAGES).to.have.length(39);
    const seed = SUPPORTED_LOCALES.filter((locale) => locale.seed);
    expect(seed.map(({ code, name }) => [code, name])).to.deep.equal(
      SEED_LANGUAGES.map(([code, name]) => [SEED_TO_CLIENT[code] ?? code, name]),
    );
  });

  it('keeps the seed names, and names every other locale', () => {
    for (const { code, name } of SUPPORTED_LOCALES) expect(name, code).to.match(/^[A-Z]/);
  });

  it('is sorted by code, so the README table reads like the list', () => {
    const codes = SUPPORTED_LOCALES.map(({ code }) => code);
    expect(codes).to.deep.equal([...codes].sort());
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

  it('writes ar, he and ur right to left, as the client does', () => {
    expect(RTL_LOCALES).to.deep.equal(['ar', 'he', 'ur']);
  });
});

describe('matchLocale', () => {
  describe('exact codes', () => {
    it("matches each of the client's codes to itself", () => {
      for (const code of CLIENT_CODES) expect(matchLocale(code), code).to.equal(code);
    });

    it("matches the seed's ka to the client's ka-GE", () => {
      expect(matchLocale('ka')).to.equal('ka-GE');
      expect(matchLocale('KA_ge')).to.equal('ka-GE');
    });
  });

  describe('case and separators', () => {
    it("matches every code written in lower case to the client's spelling", () => {
      for (const code of CLIENT_CODES) expect(matchLocale(code.toLowerCase())).to.equal(code);
    });

    it("matches every code written in upper case to the client's spelling", () => {
      for (const code of CLIENT_CODES) expect(matchLocale(code.toUpperCase())).to.equal(code);
    });

    it("matches every code written with _ instead of - to the client's spelling", () => {
      for (const code of CLIENT_CODES) expect(matchLocale(code.replace('-', '_'))).to.equal(code);
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

    it('falls back from en-CA to en, and keeps en-US, which the client has', () => {
      expect(matchLocale('en-CA')).to.equal('en');
      expect(matchLocale('en-US')).to.equal('en-US');
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

    it('falls back from a tag with a script subtag, sr-Latn-RS, to sr-Latn, and sr-RS to sr', () => {
      expect(matchLocale('sr-Latn-RS')).to.equal('sr-Latn');
      expect(matchLocale('sr-RS')).to.equal('sr');
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

    it('matches regions that use the Simplified script to zh-CN', () => {
      for (const tag of ['zh-SG', 'zh_sg', 'Zh-Sg', 'zh-MY']) {
        expect(matchLocale(tag), tag).to.equal('zh-CN');
      }
    });

    it("keeps zh alone, the client's own code (it shows Simplified Chinese)", () => {
      expect(matchLocale('zh')).to.equal('zh');
      expect(matchLocale('ZH')).to.equal('zh');
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
      for (const tag of ['xx', 'xx-YY', 'tlh', 'yue', 'German', 'mt', 'cy-GB']) {
        expect(matchLocale(tag), tag).to.equal(undefined);
      }
    });
  });

  describe('malformed tags', () => {
    it('finds nothing, without throwing, for tags Intl.Locale rejects', () => {
      const tags = ['-', 'a--b', '123', 'x'.repeat(300), '\u0000', '\u0000zh', '-zh-TW', '_zh'];
      for (const tag of [...tags, 'zh TW', 'de DE', 'i-klingon', '\uD800']) {
        let result: string | undefined = 'not called';
        expect(() => (result = matchLocale(tag)), JSON.stringify(tag)).not.to.throw();
        expect(result, JSON.stringify(tag)).to.equal(undefined);
      }
    });

    it('still falls back subtag by subtag in a malformed tag (de--x → de)', () => {
      expect(matchLocale('de--x')).to.equal('de');
    });

    it('falls back from a dangling separator the same way for every language: zh- and de-', () => {
      expect(matchLocale('zh-')).to.equal('zh');
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

    // Intl's first use loads the platform's locale data, on the way to the first request.
    it('builds no Intl.Locale for an empty tag', (context) => {
      const locale = context.mock.method(Intl, 'Locale');
      expect(matchLocale('')).to.equal(undefined);
      expect(resolveLocale('  ')).to.equal(undefined);
      expect(locale.mock.callCount()).to.equal(0);
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

describe('regional variants', () => {
  it('takes Latin American Spanish to Mexican Spanish, the one the client has', () => {
    for (const tag of ['es-419', 'es-AR', 'es_co', 'es-US', 'es-Latn-CL']) {
      expect(matchLocale(tag), tag).to.equal('es-MX');
    }
    expect(matchLocale('es-ES')).to.equal('es');
    expect(matchLocale('es')).to.equal('es');
  });

  it('takes the English of the Commonwealth and Europe to British English', () => {
    for (const tag of ['en-AU', 'en-NZ', 'en-IE', 'en-IN', 'en-150', 'en_za']) {
      expect(matchLocale(tag), tag).to.equal('en-GB');
    }
    expect(matchLocale('en-CA')).to.equal('en');
    expect(matchLocale('en-PH')).to.equal('en');
  });
});

describe('preferredLocale (locale="auto")', () => {
  const cases: [languages: string[], expected: string | undefined][] = [
    [['de-DE', 'en-US'], 'de'],
    [['fr-CH', 'en'], 'fr'],
    [['pt-BR', 'pt'], 'pt-BR'],
    [['pt-PT'], 'pt'],
    [['es-MX'], 'es-MX'],
    [['es-AR', 'es'], 'es-MX'],
    [['en-GB'], 'en-GB'],
    [['en-AU'], 'en-GB'],
    [['en-US', 'en'], 'en-US'],
    [['zh-TW'], 'zh-HK'],
    [['zh-CN', 'zh'], 'zh-CN'],
    [['zh-Hant-HK'], 'zh-HK'],
    [['nb-NO', 'en'], 'no'],
    [['xx', 'tlh', 'ja-JP'], 'ja'],
    [['xx-YY'], undefined],
    [[], undefined],
    [['', '  ', '-'], undefined],
  ];
  for (const [languages, expected] of cases) {
    it(`picks ${String(expected)} for ${JSON.stringify(languages)}`, () => {
      expect(preferredLocale(languages)).to.equal(expected);
    });
  }
});

describe('resolveLocale', () => {
  it("gives the client's spelling of a match, as listed", () => {
    expect(resolveLocale('pt_br')).to.deep.equal({ code: 'pt-BR', listed: true });
    expect(resolveLocale('de-AT')).to.deep.equal({ code: 'de', listed: true });
  });

  it('passes a well-formed tag that nothing fits through as given, as unlisted', () => {
    expect(resolveLocale('mt')).to.deep.equal({ code: 'mt', listed: false });
    expect(resolveLocale(' cy-GB ')).to.deep.equal({ code: 'cy-GB', listed: false });
    expect(resolveLocale('xx_YY')).to.deep.equal({ code: 'xx_YY', listed: false });
  });

  it('gives nothing for a malformed tag or none, without throwing', () => {
    for (const tag of ['', '  ', '-', 'a--b', '123', 'x'.repeat(300), 'de DE', '\uD800', '_zh']) {
      expect(resolveLocale(tag), JSON.stringify(tag)).to.equal(undefined);
    }
  });
});

describe('SUPPORTED_LOCALES names', () => {
  it("names each locale in English and in its own language, from the platform's CLDR data", () => {
    const byCode = new Map(SUPPORTED_LOCALES.map((locale) => [locale.code, locale]));
    expect(byCode.get('de')).to.deep.include({ name: 'German', nativeName: 'Deutsch' });
    expect(byCode.get('ja')).to.deep.include({ name: 'Japanese', nativeName: '日本語' });
    expect(byCode.get('en')).to.deep.include({ name: 'American English' });
    expect(byCode.get('zh-HK')).to.deep.include({
      name: 'Traditional Chinese',
      nativeName: '繁體中文',
    });
    expect(byCode.get('ka-GE')).to.deep.include({ name: 'Georgian', nativeName: 'ქართული' });
  });

  it('looks each name up once, on first read', () => {
    const original = Intl.DisplayNames;
    let constructed = 0;
    Reflect.set(
      Intl,
      'DisplayNames',
      class extends original {
        constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
          super(...args);
          constructed++;
        }
      },
    );
    try {
      const locale = SUPPORTED_LOCALES.find(({ code }) => code === 'fi')!;
      const first = locale.nativeName;
      expect(locale.nativeName).to.equal(first);
      expect(constructed).to.be.at.most(1);
    } finally {
      Reflect.set(Intl, 'DisplayNames', original);
    }
  });

  it('falls back to the code where the platform has no Intl.DisplayNames', async () => {
    const original = Intl.DisplayNames;
    Reflect.deleteProperty(Intl, 'DisplayNames'); // an old browser
    try {
      // A fresh copy of the module, whose entries have not looked anything up yet.
      const url = new URL('../../../src/protocol/locales.ts?no-intl', import.meta.url).href;
      const fresh = (await import(url)) as typeof import('../../../src/protocol/locales.js');
      const locale = fresh.SUPPORTED_LOCALES.find(({ code }) => code === 'sv')!;
      expect(locale.name).to.equal('sv');
      expect(locale.nativeName).to.equal('sv');
    } finally {
      Reflect.set(Intl, 'DisplayNames', original);
    }
  });
});
