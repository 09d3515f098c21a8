import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON, parseLexicon, wordKey } from '../../../lib/claims/lexicon';
import { loadLexiconFromDisk } from '../../../lib/claims/load-lexicon-from-disk';

describe('parseLexicon', () => {
  it('reads the packed key>stem,stem groups', () => {
    const lexicon = parseLexicon({
      version: 1,
      source: 'test',
      uk: 'безопасн>безпек,безпец|государств>держав',
      en: 'лидер>leader',
    });
    expect(lexicon.uk.get('безпек')).toBe('безопасн');
    expect(lexicon.uk.get('безпец')).toBe('безопасн');
    expect(lexicon.uk.get('держав')).toBe('государств');
    expect(lexicon.en.get('leader')).toBe('лидер');
  });

  it('rejects data of another shape', () => {
    expect(() => parseLexicon({ version: 2, uk: '', en: '' })).toThrow();
    expect(() => parseLexicon(null)).toThrow();
  });
});

describe('wordKey with the shipped lexicon', () => {
  const lexicon = loadLexiconFromDisk();

  it('bridges inflected Ukrainian words to the Russian key', () => {
    expect(wordKey('безпеки', 'uk', lexicon)).toBe(wordKey('безопасности', 'ru', lexicon));
    expect(wordKey('гарантії', 'uk', lexicon)).toBe(wordKey('гарантии', 'ru', lexicon));
    expect(wordKey('лідерів', 'uk', lexicon)).toBe(wordKey('лидеров', 'ru', lexicon));
  });

  it('bridges English words through the frequency list', () => {
    expect(wordKey('leaders', 'en', lexicon)).toBe(wordKey('лидеров', 'ru', lexicon));
    expect(wordKey('delegations', 'en', lexicon)).toBe(wordKey('делегациям', 'ru', lexicon));
  });

  it('does not bridge without the lexicon', () => {
    expect(wordKey('безпеки', 'uk', EMPTY_LEXICON)).not.toBe(wordKey('безопасности', 'ru', EMPTY_LEXICON));
  });
});
