import type { Analyzer } from '../claims/analyze';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { type CorpusSource, compare } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import { CorpusIndex, type TermBackground } from '../matching/corpus-index';
import { type IndexEntry, readIndexEntry } from '../matching/index-entry';
import type { Analysis } from '../storage/documents';
import type { LibraryEngine } from './library';

/**
 * The matcher as the worker holds it: the analyser and the corpus index in memory (loaded from its
 * snapshot, or rebuilt from persisted entries), while documents and their claims stay in storage. An
 * analysed page's entry joins the index only once storage has kept the page (the library replays
 * storage's journal of changes), so a failed save leaves no trace.
 */
export class WorkerEngine implements LibraryEngine<IndexEntry> {
  private index: CorpusIndex;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly background?: TermBackground,
  ) {
    this.index = new CorpusIndex(background);
  }

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

  loadSnapshot(parts: Record<string, unknown>): boolean {
    const index = CorpusIndex.fromSnapshot(parts, this.background);
    if (!index) return false;
    this.index = index;
    return true;
  }

  loadIndex(entries: readonly { docId: string; entry: IndexEntry }[]): void {
    this.index = CorpusIndex.fromEntries(entries, this.background);
  }

  applyChange(docId: string, before: IndexEntry | null, after: IndexEntry | null): void {
    // Entries come back from storage: one that cannot be read is not trusted (the document then only leaves).
    if (this.index.has(docId)) this.index.remove(docId, before ?? undefined);
    const entry = after === null ? null : readIndexEntry(after);
    if (entry) this.index.addEntry(docId, entry);
  }

  snapshot(): Record<string, unknown> {
    const { terms, postings, docs } = this.index.snapshot();
    return { terms, postings, docs };
  }

  compare(article: Article, claims: Claim[], corpus: CorpusSource): Promise<Comparison> {
    return compare(article, claims, this.index, corpus);
  }
}
