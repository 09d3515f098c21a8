import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import type { Article } from '../../lib/extraction/article';
import { type CorpusDocument, compare } from '../../lib/matching/compare';
import { CorpusIndex } from '../../lib/matching/corpus-index';
import { MATCHER_TUNABLES } from '../../lib/matching/tunables';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { CORPORA, corpusArticles, corpusAvailable } from '../support/corpora';

const available = CORPORA.filter(corpusAvailable);

describe.skipIf(available.length === 0)('compare skips candidates too far apart in time to be one story', () => {
  it('finds the same stories over the real corpora as when every candidate is aligned', async () => {
    const lexicon = loadLexiconFromDisk();
    const docs: { id: string; article: Article; claims: Claim[] }[] = available.flatMap((name) =>
      corpusArticles(name).map(({ record, article }) => ({
        id: `${name}/${record.file}`,
        article,
        claims: analyze(article, lexicon),
      })),
    );
    const index = new CorpusIndex();
    for (const d of docs) index.add(d.id, d.article, d.claims);
    const stored = new Map<string, CorpusDocument>(docs.map((d) => [d.id, { article: d.article, claims: d.claims }]));
    const corpus = { getDoc: (id: string) => stored.get(id) };
    let skippable = 0;
    for (const d of docs) {
      const aligned: string[] = [];
      // With a listener every candidate is aligned and its evidence reported.
      const full = await compare(d.article, d.claims, index, corpus, {
        onEvidence: (id, evidence) => {
          aligned.push(id);
          const gap = Math.min(evidence.eventGap ?? Infinity, evidence.daysApart ?? Infinity);
          if (Number.isFinite(gap) && gap > MATCHER_TUNABLES.sameStory.fitted.maxGapDays) skippable++;
        },
      });
      const fast = await compare(d.article, d.claims, index, corpus);
      expect(fast, d.id).toEqual(full);
      expect(aligned.length).toBeGreaterThan(0);
    }
    // The corpora hold events months apart: some candidates are skipped at all.
    expect(skippable).toBeGreaterThan(0);
  });
});
