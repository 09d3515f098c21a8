import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { type CompareOptions, type CorpusSource, compare } from './compare';
import type { Comparison } from './comparison';
import { CorpusIndex, type TermBackground } from './corpus-index';
import type { IndexEntry, IndexRow } from './index-entry';

/**
 * The matcher as the service worker uses it: an index kept in memory (loaded from its snapshot, or
 * rebuilt from persisted rows), while documents and their claims stay in storage and are fetched through `corpus`.
 */
export interface Engine {
  readonly index: CorpusIndex;
  /** Indexes a document; persist the returned entry as `{docId, entry}`. */
  add(docId: string, article: Article, claims: readonly Claim[]): IndexEntry;
  remove(docId: string): boolean;
  toEntries(): IndexRow[];
  compare(article: Article, claims: Claim[], corpus: CorpusSource, options?: CompareOptions): Promise<Comparison>;
}

export function createEngine(rows: Iterable<IndexRow> = [], background?: TermBackground): Engine {
  return engineOver(CorpusIndex.fromEntries(rows, background));
}

/** The engine over an index already built, e.g. one loaded from a snapshot (CorpusIndex.fromSnapshot). */
export function engineOver(index: CorpusIndex): Engine {
  return {
    index,
    add: (docId, article, claims) => index.add(docId, article, claims),
    remove: (docId) => index.remove(docId),
    toEntries: () => index.toEntries(),
    compare: (article, claims, corpus, options) => compare(article, claims, index, corpus, options),
  };
}
