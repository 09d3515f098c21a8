import { describe, expect, it } from 'vitest';
import {
  EMPTY_LEXICON,
  LEXICON_VERSION,
  nameConcept,
  parseLexicon,
  wordConcepts,
  wordKey,
  wordSenses,
} from '../../../lib/claims/lexicon';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';

describe('parseLexicon', () => {
  it('reads concepts by id, the ru↔uk bridge and names', () => {
    const lexicon = parseLexicon({
      version: LEXICON_VERSION,
      sources: ['test'],
      concepts: 'secur|state|leader',
      ru: 'безопасн:0|государств:1,0',
      uk: 'держав:1',
      en: 'di:0',
      ukRu: 'безпек:безопасн',
      names: 'мьянм:2',
      background: 'сказа:412',
    });
    expect(lexicon.ru.get('государств')).toEqual(['state', 'secur']);
    expect(lexicon.uk.get('держав')).toEqual(['state']);
    expect(lexicon.ukRu.get('безпек')).toBe('безопасн');
    expect(lexicon.names.get('мьянм')).toBe('leader');
    expect(lexicon.en.get('di')).toEqual(['secur']);
    expect(lexicon.background.get('сказа')).toBeCloseTo(0.412);
  });

  it('rejects data of another shape or version', () => {
    expect(() => parseLexicon({ version: 1, uk: '', en: '' })).toThrow(/version/);
    expect(() => parseLexicon({ version: LEXICON_VERSION, concepts: '', ru: 3 })).toThrow(/format/);
    expect(() => parseLexicon(null)).toThrow();
  });
});

describe('the shipped lexicon', () => {
  const lexicon = loadLexiconFromDisk();
  const meet = (a: readonly string[], b: readonly string[]): boolean => a.some((c) => b.includes(c));

  it('bridges inflected Ukrainian words to the Russian key', () => {
    expect(wordKey('безпеки', 'uk', lexicon)).toBe(wordKey('безопасности', 'ru', lexicon));
    expect(wordKey('гарантії', 'uk', lexicon)).toBe(wordKey('гарантии', 'ru', lexicon));
    expect(wordKey('лідерів', 'uk', lexicon)).toBe(wordKey('лидеров', 'ru', lexicon));
  });

  const en = (w: string) => wordConcepts(w, 'en', lexicon);
  const ru = (w: string) => wordConcepts(w, 'ru', lexicon);
  const uk = (w: string) => wordConcepts(w, 'uk', lexicon);

  it('puts inflected Russian, Ukrainian and English words in one space of concepts', () => {
    expect(meet(ru('лидеров'), en('leaders'))).toBe(true);
    expect(meet(uk('лідерів'), en('leaders'))).toBe(true);
    expect(meet(ru('землетрясения'), en('earthquake'))).toBe(true);
    expect(meet(uk('землетрусу'), en('earthquake'))).toBe(true);
    expect(meet(ru('ракеты'), uk('ракети'))).toBe(true);
    expect(meet(ru('погибли'), en('died'))).toBe(true);
    expect(meet(uk('загинули'), en('died'))).toBe(true);
    expect(meet(ru('самолет'), en('aircraft'))).toBe(true);
  });

  it("brings the past forms of Russian verbs whose past stem is not the infinitive's to its concepts", () => {
    // The dictionaries give `произойти`, `умереть`, `найти`, `пропасть`, `помочь`; news writes these.
    expect(meet(ru('произошло'), en('happened'))).toBe(true);
    expect(meet(ru('умерли'), en('died'))).toBe(true);
    expect(meet(ru('нашли'), en('found'))).toBe(true);
    expect(meet(ru('пропавших'), en('disappeared'))).toBe(true);
    expect(meet(ru('помогли'), en('helped'))).toBe(true);
  });

  it('keeps several senses, strongest first, at most four, of which three are read as evidence', () => {
    const words = [...lexicon.ru.keys()].slice(0, 5000);
    for (const list of [...lexicon.ru.values(), ...lexicon.uk.values()].slice(0, 5000)) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(4);
    }
    expect(words.some((w) => wordSenses(w, 'ru', lexicon).length === 4)).toBe(true);
    for (const w of words) {
      const senses = wordSenses(w, 'ru', lexicon);
      expect(wordConcepts(w, 'ru', lexicon)).toEqual(senses.slice(0, 3));
    }
  });

  it('meets `наблюдение` and `мониторинг` only through the further sense', () => {
    expect(meet(ru('наблюдение'), ru('мониторинг'))).toBe(false);
    expect(meet(wordSenses('наблюдение', 'ru', lexicon), ru('мониторинг'))).toBe(true);
  });

  it('gives proper names from the dictionaries their English name', () => {
    expect(nameConcept('мьянме', 'ru', lexicon)).toBe(wordConcepts('myanmar', 'en', lexicon)[0]);
    expect(nameConcept('лувра', 'ru', lexicon)).toBe(wordConcepts('louvre', 'en', lexicon)[0]);
    expect(nameConcept('молдові', 'uk', lexicon)).toBe(wordConcepts('moldova', 'en', lexicon)[0]);
  });

  it('does not bridge without the lexicon', () => {
    expect(wordKey('безпеки', 'uk', EMPTY_LEXICON)).not.toBe(wordKey('безопасности', 'ru', EMPTY_LEXICON));
    expect(wordConcepts('лидеров', 'ru', EMPTY_LEXICON)).toEqual([]);
  });
});
