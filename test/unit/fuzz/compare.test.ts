import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import type { Claim } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { contentHash } from '../../../lib/extraction/content-hash';
import { articleFromSeed } from '../../../lib/extraction/seed-article';
import { MemoryCorpus } from '../../../lib/matching/memory-corpus';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { articleWith, CaseLog, hostileText, runs, textPiece, timeBoundMs, timedAsync } from './support';

const lexicon = loadLexiconFromDisk();
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seeds: Article[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => articleFromSeed(f, readFileSync(join(SEEDS, f), 'utf8')));

/** A real seed with fuzz spliced between its words: still the same story, so alignment and differences run. */
const mutatedSeed: fc.Arbitrary<Article> = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), textPiece), { maxLength: 25 }),
    fc.constantFrom('ru', 'uk', 'en', 'und'),
  )
  .map(([seed, edits, lang]) => {
    let text = seed.text;
    for (const [at, piece] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return { ...seed, text, lang: text === seed.text ? seed.lang : lang, contentHash: contentHash(text) };
  });

const anyArticle = fc.oneof(mutatedSeed, articleWith(hostileText()));

/** Every claim the comparison quotes is one of the article's or the stored document's claims, by index and text. */
function expectConsistent(
  comparison: Awaited<ReturnType<MemoryCorpus['compare']>>,
  claims: readonly Claim[],
  corpus: MemoryCorpus,
): void {
  expect(comparison.article.claims).toBe(claims.length);
  for (const story of comparison.stories) {
    const doc = corpus.getDoc(story.id);
    expect(doc, `story ${story.id} is in the corpus`).toBeDefined();
    expect(Number.isFinite(story.score)).toBe(true);
    for (const aligned of story.claims) {
      expect(claims[aligned.hereIndex]?.text).toBe(aligned.here);
      expect(doc?.claims[aligned.thereIndex]?.text).toBe(aligned.there);
      expect(Number.isFinite(aligned.score)).toBe(true);
      expect(['agrees', 'differs', 'related']).toContain(aligned.verdict);
      if (aligned.verdict === 'differs') expect(aligned.differences.length).toBeGreaterThan(0);
    }
  }
  const texts = new Set(claims.map((c) => c.text));
  for (const text of comparison.onlyHere) expect(texts.has(text)).toBe(true);
  for (const anomaly of comparison.anomalies) expect(claims[anomaly.claim]).toBeDefined();
  // Plain data: it must cross a message boundary (structured clone / JSON) unchanged.
  expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
}

describe('fuzz: comparison with a corpus', () => {
  it('compares arbitrary articles with a small corpus of seeds and fuzzed documents without throwing', async () => {
    const log = new CaseLog('MemoryCorpus.compare');
    let withStories = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(anyArticle, { maxLength: 3 }), anyArticle, async (extra, article) => {
        const corpus = new MemoryCorpus();
        for (const [i, doc] of [...seeds, ...extra].entries()) corpus.add(`doc-${i}`, doc, analyze(doc, lexicon));
        const claims = analyze(article, lexicon);
        const size = article.text.length + [...seeds, ...extra].reduce((n, d) => n + d.text.length, 0);
        const { value: comparison, ms } = await timedAsync(() => corpus.compare(article, claims));
        log.record(size, ms);
        if (comparison.stories.length > 0) withStories++;
        expectConsistent(comparison, claims, corpus);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(size));
      }),
      { numRuns: runs(60) },
    );
    log.print();
    console.log(`fuzz MemoryCorpus.compare: ${withStories} comparisons found the same story elsewhere`);
  });

  it('keeps the index consistent when fuzzed documents are added and removed', async () => {
    const log = new CaseLog('MemoryCorpus add/remove');
    await fc.assert(
      fc.asyncProperty(fc.array(anyArticle, { minLength: 1, maxLength: 4 }), fc.nat(), async (docs, pick) => {
        const corpus = new MemoryCorpus();
        for (const [i, doc] of docs.entries()) corpus.add(`d${i}`, doc, analyze(doc, lexicon));
        const removed = `d${pick % docs.length}`;
        expect(corpus.remove(removed)).toBe(true);
        expect(corpus.remove(removed)).toBe(false);
        const probe = docs[pick % docs.length] as Article;
        const comparison = await corpus.compare(probe, analyze(probe, lexicon));
        log.record(0, 0);
        expect(comparison.stories.map((s) => s.id)).not.toContain(removed);
        expect(corpus.size).toBe(docs.length - 1);
      }),
      { numRuns: runs(40) },
    );
    log.print();
  });
});
