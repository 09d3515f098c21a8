import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import { sameQuantity } from '../../lib/matching/figure-compatibility';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { corpusArticles } from '../support/corpora';

const lexicon = loadLexiconFromDisk();
const corpus = corpusArticles('corpus-dev');
const claimsOf = (prefix: string): Claim[] => {
  const entry = corpus.find((c) => c.record.file.startsWith(prefix));
  if (!entry) throw new Error(`no corpus file ${prefix}`);
  return analyze(entry.article, lexicon);
};
const figureTexts = (claims: Claim[]): string[] =>
  claims.flatMap((c) => c.figures.map((f) => `${f.qualifier} ${f.value} ${f.noun}`));

describe('claims of corpus-dev (ru/uk/en)', () => {
  it('reads English figures: magnitudes, sums, counts', () => {
    expect(figureTexts(claimsOf('01_'))).toContain('exact 8.8 magnitude');
    const spiderweb = figureTexts(claimsOf('10_'));
    expect(spiderweb).toEqual(expect.arrayContaining(['exact 41 @aircraft', 'more 2000000000 usd']));
    expect(spiderweb.some((f) => f.startsWith('more 40 '))).toBe(true);
  });

  it('gives the same count of people aboard one noun key in English and Russian', () => {
    const en = claimsOf('27_')
      .flatMap((c) => c.figures)
      .find((f) => f.value === 43);
    const ru = corpus
      .filter((c) => c.record.event.startsWith('an24') && c.record.lang === 'ru')
      .flatMap((c) => analyze(c.article, lexicon).flatMap((x) => x.figures))
      .find((f) => /пассажир/.test(f.text));
    expect(en && ru && sameQuantity(en, ru)).toBe(true);
  });

  it('credits English claims to the outlet they cite', () => {
    const claims = claimsOf('27_');
    const told = claims.find((c) => c.text.includes('a source told TASS'));
    expect(told?.attributions[0]?.links.map((l) => l.key)).toEqual(['tass', 'sources']);
  });

  it('keeps offsets and languages consistent on every article', () => {
    for (const { record, article } of corpus) {
      const claims = analyze(article, lexicon);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
      const inLang = claims.filter((c) => c.lang === record.lang).length;
      expect(inLang / claims.length, record.file).toBeGreaterThan(0.6);
    }
  });
});
