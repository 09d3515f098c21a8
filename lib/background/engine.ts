import type { Analyzer } from '../claims/analyze';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import type { CorpusSource } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import type { IndexEntry, TermBackground } from '../matching/corpus-index';
import { createEngine, type Engine } from '../matching/engine';
import type { Analysis } from '../storage/documents';
import type { IndexedEngine } from './library';

/**
 * The matcher as the worker holds it: the analyser and the engine's in-memory index. An analysed
 * page's entry joins the index only once storage has kept the page, so a failed save leaves no trace.
 */
export class WorkerEngine implements IndexedEngine<IndexEntry> {
  private engine: Engine;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly background?: TermBackground,
  ) {
    this.engine = createEngine([], background);
  }

  get size(): number {
    return this.engine.index.size;
  }

  claimsOf(article: Article): Claim[] {
    return this.analyzer.analyze(article);
  }

  analyze(article: Article): Analysis<IndexEntry> {
    const claims = this.analyzer.analyze(article);
    return { claims, indexEntry: this.engine.index.entryFor(article, claims) };
  }

  loadIndex(entries: readonly { docId: string; entry: IndexEntry }[]): void {
    this.engine = createEngine(entries, this.background);
  }

  addToIndex(docId: string, entry: IndexEntry): void {
    this.engine.index.addEntry(docId, entry);
  }

  removeFromIndex(docId: string): void {
    this.engine.remove(docId);
  }

  compare(article: Article, claims: Claim[], corpus: CorpusSource): Promise<Comparison> {
    return this.engine.compare(article, claims, corpus);
  }
}
