import type { Analyzer } from '../claims/analyze';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import type { CorpusSource } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import { CorpusIndex, type TermBackground } from '../matching/corpus-index';
import { createEngine, type Engine, engineOver } from '../matching/engine';
import { type IndexEntry, readIndexEntry } from '../matching/index-entry';
import type { Analysis } from '../storage/documents';
import type { IndexedEngine } from './library';

/**
 * The matcher as the worker holds it: the analyser and the engine's in-memory index. An analysed
 * page's entry joins the index only once storage has kept the page (the library replays storage's
 * journal of changes), so a failed save leaves no trace.
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

  loadSnapshot(parts: Record<string, unknown>): boolean {
    const index = CorpusIndex.fromSnapshot(parts, this.background);
    if (!index) return false;
    this.engine = engineOver(index);
    return true;
  }

  loadIndex(entries: readonly { docId: string; entry: IndexEntry }[]): void {
    this.engine = createEngine(entries, this.background);
  }

  applyChange(docId: string, before: IndexEntry | null, after: IndexEntry | null): void {
    const { index } = this.engine;
    // Entries come back from storage: one that cannot be read is not trusted (the document then only leaves).
    if (index.has(docId)) index.remove(docId, before ?? undefined);
    const entry = after === null ? null : readIndexEntry(after);
    if (entry) index.addEntry(docId, entry);
  }

  snapshot(): Record<string, unknown> {
    const { terms, postings, docs } = this.engine.index.snapshot();
    return { terms, postings, docs };
  }

  compare(article: Article, claims: Claim[], corpus: CorpusSource): Promise<Comparison> {
    return this.engine.compare(article, claims, corpus);
  }
}
