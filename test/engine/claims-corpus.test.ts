import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import { loadLexiconFromDisk } from '../../lib/claims/load-lexicon-from-disk';
import { corpusArticles } from '../support/corpora';
import { allSeedArticles } from '../support/seeds';

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
    expect(spiderweb).toEqual(expect.arrayContaining(['exact 41 aircraft', 'more 2000000000 usd']));
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
    expect(en?.noun).toBeTruthy();
    expect(ru?.noun).toBe(en?.noun);
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

  it('analyses seeds and corpus at several hundred articles per second', () => {
    const docs = [...allSeedArticles(), ...corpus.map((c) => c.article)];
    for (const d of docs) analyze(d, lexicon); // warm the stem caches and chrono
    const started = performance.now();
    let analysed = 0;
    while (performance.now() - started < 2000) {
      for (const d of docs) analyze(d, lexicon);
      analysed += docs.length;
    }
    const perSecond = analysed / ((performance.now() - started) / 1000);
    console.log(`analyze: ${perSecond.toFixed(0)} articles/s over ${docs.length} seeds + corpus-dev articles`);
    // ~700/s measured alone on the 2-core machine; the floor leaves room for parallel test files.
    expect(perSecond).toBeGreaterThan(250);
  });
});
