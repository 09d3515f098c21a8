import type { Analyzer } from '../claims/analyze';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { type CorpusSource, compare } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import { CorpusIndex, type IndexEntry } from '../matching/corpus-index';
import type { Analysis } from '../storage/documents';
import type { IndexedEngine } from './library';

/**
 * The matching engine as the worker holds it: the analyser and the in-memory index. Documents stay in
 * IndexedDB; only the index lives in memory, rebuilt from persisted entries on a cold start.
 */
export class WorkerEngine implements IndexedEngine<IndexEntry> {
  private index = new CorpusIndex();

  constructor(private readonly analyzer: Analyzer) {}

  get size(): number {
    return this.index.size;
  }

  claimsOf(article: Article): Claim[] {
    return this.analyzer.analyze(article);
  }

  analyze(article: Article): Analysis<IndexEntry> {
    const claims = this.analyzer.analyze(article);
    return { claims, indexEntry: this.index.entryFor(article, claims) };
  }

  loadIndex(entries: readonly { docId: string; entry: IndexEntry }[]): void {
    this.index = CorpusIndex.fromEntries(entries);
  }

  addToIndex(docId: string, entry: IndexEntry): void {
    this.index.addEntry(docId, entry);
  }

  removeFromIndex(docId: string): void {
    this.index.remove(docId);
  }

  compare(article: Article, claims: Claim[], corpus: CorpusSource): Promise<Comparison> {
    return compare(article, claims, this.index, corpus);
  }
}
