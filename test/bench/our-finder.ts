import type { Analyzer } from '../../lib/claims/analyze';
import type { Article } from '../../lib/extraction/article';
import { compare } from '../../lib/matching/compare';
import type { CorpusIndex } from '../../lib/matching/corpus-index';
import type { Finder } from './finder';
import type { OffHeapStore } from './off-heap-store';

/** Time split of one find, for the profile metrics. */
export interface MatchSplit {
  analyzeMs: number;
  compareMs: number;
}

/**
 * Parallax end to end: the article is analysed, candidates retrieved from the index, aligned claim by
 * claim and diffed (`compare`); the same-story documents it reports are what it "finds". A stored
 * article is left out by content hash inside compare, as in the extension.
 */
export function ourFinder(
  analyzer: Analyzer,
  index: CorpusIndex,
  store: OffHeapStore,
): Finder & { splits: MatchSplit[] } {
  const splits: MatchSplit[] = [];
  return {
    name: 'parallax',
    splits,
    async find(article: Article) {
      const t0 = performance.now();
      const claims = analyzer.analyze(article);
      const t1 = performance.now();
      const comparison = await compare(article, claims, index, store);
      splits.push({ analyzeMs: t1 - t0, compareMs: performance.now() - t1 });
      return comparison.stories.map((s) => s.id);
    },
  };
}

/** Parallax's retrieval stage alone (index.search, top `k` candidates), for recall before verification. */
export function ourRetrievalFinder(analyzer: Analyzer, index: CorpusIndex, k: number): Finder {
  return {
    name: 'parallax-retrieval',
    async find(article: Article) {
      const claims = analyzer.analyze(article);
      return index.search(claims, { limit: k, excludeHash: article.contentHash }).map((c) => c.docId);
    },
  };
}
