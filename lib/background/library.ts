import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import type { CorpusDocument } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import type { DocumentLink, ImportOutcome, LibraryEstimate, LibraryListing, SaveOutcome } from '../protocol/messages';
import type { CorpusStore, StorageEstimator } from '../storage/corpus-store';
import { type Analysis, type DocumentOrigin, dedupUrl } from '../storage/documents';
import type { DocumentRecord, DocumentSource } from '../storage/schema';
import type { SeedInput } from '../storage/seeds';
import { retryingOnce } from './retrying-once';

/** Followed and kept pages listed at once in the options page (newest first; search narrows them). */
export const LIST_RECENT_LIMIT = 500;

/** What the library needs from the matching engine: analysis for storage, and the in-memory index. */
export interface IndexedEngine<E> {
  analyze(article: Article): Analysis<E>;
  /** Rebuilds the in-memory index from persisted entries (a cold worker never re-analyses). */
  loadIndex(entries: readonly { docId: string; entry: E }[]): void;
  addToIndex(docId: string, entry: E): void;
  removeFromIndex(docId: string): void;
  /** Number of documents in the index. */
  readonly size: number;
  claimsOf(article: Article): Claim[];
  compare(
    article: Article,
    claims: Claim[],
    corpus: { getDoc(id: string): Promise<CorpusDocument | undefined> },
  ): Promise<Comparison>;
}

export interface LibraryComparison {
  comparison: Comparison;
  documents: Record<string, DocumentLink>;
  corpusSize: number;
}

export interface LibraryDeps<E> {
  openStore(): Promise<CorpusStore<E>>;
  engine: IndexedEngine<E>;
  /** The bundled seeds, read from the extension package. */
  loadSeeds(): Promise<SeedInput[]>;
  storageEstimator?: StorageEstimator;
}

/**
 * The reader's corpus as the background sees it: IndexedDB (through lib/storage) plus the engine's
 * in-memory index, kept in step. Opening is lazy and shared, so a service worker that wakes for one
 * message pays for it once and a restart mid-work just opens again.
 */
export class Library<E> {
  private readonly connection = retryingOnce(() => this.open());
  /** Set by an import: the index is rebuilt before the next comparison, not after every part of a file. */
  private indexStale = false;

  constructor(private readonly deps: LibraryDeps<E>) {}

  store(): Promise<CorpusStore<E>> {
    return this.connection.get();
  }

  private async open(): Promise<CorpusStore<E>> {
    const store = await this.deps.openStore();
    // Idempotent: only new or changed seeds are analysed, the reader's pages are untouched.
    await store.putSeeds(await this.deps.loadSeeds(), (article) => this.deps.engine.analyze(article));
    await this.reloadIndex(store);
    return store;
  }

  private async reloadIndex(store: CorpusStore<E>): Promise<void> {
    const { entries } = await store.loadIndexEntries();
    this.deps.engine.loadIndex(entries);
  }

  /** Forgets the open connection (e.g. closed for an upgrade in another context). */
  reset(): void {
    this.connection.reset();
  }

  /** Stores a page (saved by the reader unless `origin` says it was kept while reading or came from a feed). */
  async save(article: Article, origin?: DocumentOrigin): Promise<SaveOutcome> {
    const store = await this.store();
    const analysis = this.deps.engine.analyze(article);
    const result = await store.saveDocument(article, analysis.claims, analysis.indexEntry, origin);
    if (result.status !== 'unchanged') this.deps.engine.addToIndex(result.id, analysis.indexEntry);
    return { ...result, title: article.title };
  }

  /** Compares an article with every document in the library (seeds and stored pages). */
  async compare(article: Article): Promise<LibraryComparison> {
    const store = await this.store();
    if (this.indexStale) {
      this.indexStale = false;
      await this.reloadIndex(store);
    }
    const records = new Map<string, DocumentRecord>();
    const getDoc = async (id: string): Promise<CorpusDocument | undefined> => {
      try {
        const [record, claims] = await Promise.all([store.getDocument(id), store.getClaims(id)]);
        records.set(id, record);
        return { article: record.article, claims };
      } catch {
        return undefined; // a damaged or vanished record is left out, never fatal to the comparison
      }
    };
    const comparison = await this.deps.engine.compare(article, this.deps.engine.claimsOf(article), { getDoc });
    const documents: Record<string, DocumentLink> = {};
    const feedTitles = new Map<string, string | null>();
    for (const story of comparison.stories) {
      const record = records.get(story.id);
      if (record) {
        documents[story.id] = {
          source: record.source,
          url: dedupUrl(record.article) ?? record.article.url,
          published: record.article.published,
        };
        if (record.source === 'followed' && record.feedId) {
          if (!feedTitles.has(record.feedId)) {
            const feed = await store.getFeed(record.feedId).catch(() => null);
            feedTitles.set(record.feedId, feed?.title ?? null);
          }
          const feed = feedTitles.get(record.feedId);
          if (feed) documents[story.id] = { ...(documents[story.id] as DocumentLink), feed };
        }
      }
    }
    return { comparison, documents, corpusSize: this.deps.engine.size };
  }

  async document(id: string): Promise<DocumentRecord> {
    return (await this.store()).getDocument(id);
  }

  async list(filter: { query?: string; source?: DocumentSource }): Promise<LibraryListing> {
    if (filter.source === 'followed' || filter.source === 'kept') {
      // These grow to tens of thousands: the newest ones through the source/age index, never all rows.
      const documents = await (await this.store()).listRecent(filter.source, LIST_RECENT_LIMIT, filter.query);
      return { documents, corrupt: [] };
    }
    const listing = await (await this.store()).listDocuments(filter);
    return {
      documents: listing.documents,
      corrupt: listing.corrupt.map((c) => ({ id: c.key, message: c.message })),
    };
  }

  /**
   * Deletes documents of `source` stored before `before` (retention), in batches, and drops them
   * from the in-memory index; returns how many went.
   */
  async expire(source: DocumentSource, before: Date): Promise<number> {
    const store = await this.store();
    let total = 0;
    for (;;) {
      const ids = await store.deleteOlderThan(source, before);
      for (const id of ids) this.deps.engine.removeFromIndex(id);
      total += ids.length;
      if (ids.length === 0) return total;
    }
  }

  async remove(ids: string[]): Promise<number> {
    const deleted = await (await this.store()).deleteDocuments(ids);
    for (const id of ids) this.deps.engine.removeFromIndex(id);
    return deleted;
  }

  async estimate(): Promise<LibraryEstimate> {
    return (await this.store()).estimate(this.deps.storageEstimator);
  }

  async exportAll(): Promise<{ jsonl: string; count: number }> {
    const { jsonl, count } = await (await this.store()).exportJsonl();
    return { jsonl, count };
  }

  /** Imports an export, or the part of one that starts at file line `firstLine`. */
  async importAll(text: string, firstLine = 1): Promise<ImportOutcome> {
    const store = await this.store();
    const result = await store.importJsonl(text, (article) => this.deps.engine.analyze(article), firstLine);
    if (result.imported > 0) this.indexStale = true;
    const outcome: ImportOutcome = { imported: result.imported, unchanged: result.unchanged, errors: result.errors };
    if (result.stoppedAt !== undefined) outcome.stoppedAt = result.stoppedAt;
    return outcome;
  }
}
