import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import type { CorpusDocument, CorpusSource } from '../matching/compare';
import type { Comparison } from '../matching/comparison';
import type { DocumentLink, ImportOutcome, LibraryEstimate, LibraryListing, SaveOutcome } from '../protocol/messages';
import type { CorpusStore, StorageEstimator } from '../storage/corpus-store';
import { type Analysis, type DocumentOrigin, dedupUrl } from '../storage/documents';
import type { DocumentRecord, DocumentSource } from '../storage/schema';
import type { SeedInput } from '../storage/seeds';
import { retryingOnce } from './retrying-once';

/** Followed and kept pages listed at once in the options page (newest first; search narrows them). */
export const LIST_RECENT_LIMIT = 500;

/**
 * What the library needs from the matching engine (WorkerEngine in the extension): analysis for
 * storage, the in-memory index kept in step with storage, and comparison. `E` is the engine's
 * persisted index entry, opaque to the library and to storage.
 */
export interface LibraryEngine<E> {
  analyze(article: Article): Analysis<E>;
  /** Takes the index from its stored snapshot; false when it cannot (damaged, another format): rebuild then. */
  loadSnapshot(parts: Record<string, unknown>): boolean;
  /** Rebuilds the in-memory index from persisted entries (a cold worker never re-analyses). */
  loadIndex(entries: readonly { docId: string; entry: E }[]): void;
  /** Follows one change to a document's stored entry: `before` (the entry it had) leaves, `after` comes in. */
  applyChange(docId: string, before: E | null, after: E | null): void;
  /** The index as snapshot parts for storage. */
  snapshot(): Record<string, unknown>;
  /** Number of documents in the index. */
  readonly size: number;
  claimsOf(article: Article): Claim[];
  compare(article: Article, claims: Claim[], corpus: CorpusSource): Promise<Comparison>;
}

/** Journal rows read at a time when catching up, so replaying a large import holds little at once. */
const CHANGES_PER_READ = 500;
/**
 * A new snapshot is written once more changes than this floor plus this share of the library were
 * applied since the last one: a cold start then replays at most about 2% of the library, and a save
 * rewrites the snapshot (tens of MB at 50,000 documents) only every thousand or so changes.
 */
const SNAPSHOT_AFTER_CHANGES = 32;
const SNAPSHOT_AFTER_SHARE = 0.02;

export interface LibraryComparison {
  comparison: Comparison;
  documents: Record<string, DocumentLink>;
  corpusSize: number;
}

export interface LibraryDeps<E> {
  openStore(): Promise<CorpusStore<E>>;
  engine: LibraryEngine<E>;
  /** The bundled seeds, read from the extension package. */
  loadSeeds(): Promise<SeedInput[]>;
  storageEstimator?: StorageEstimator;
}

/**
 * The reader's corpus as the background sees it: IndexedDB (through lib/storage) plus the engine's
 * in-memory index, kept in step. Opening is lazy and shared, so a service worker that wakes for one
 * message pays for it once and a restart mid-work just opens again.
 *
 * The index follows storage, never the other way round: every change to a document's entry is
 * journaled by storage in the document's own transaction, and the library replays the journal after
 * each write (save, import, feed refresh, deletion, expiry) and on waking, on top of the stored
 * snapshot; it writes a new snapshot once the journal has grown.
 */
export class Library<E> {
  private readonly connection = retryingOnce(() => this.open());
  /** The last journal entry the in-memory index includes. */
  private appliedSeq = 0;
  /** Changes applied since the stored snapshot (infinite when there is none). */
  private sinceSnapshot = 0;
  /** Index work (replays, snapshot writes) runs one step at a time, in order. */
  private indexWork: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: LibraryDeps<E>) {}

  store(): Promise<CorpusStore<E>> {
    return this.connection.get();
  }

  private async open(): Promise<CorpusStore<E>> {
    const store = await this.deps.openStore();
    // Idempotent: only new or changed seeds are analysed, the reader's pages are untouched.
    await store.putSeeds(await this.deps.loadSeeds(), (article) => this.deps.engine.analyze(article));
    await this.loadIndex(store);
    return store;
  }

  /** The stored snapshot plus the journal since; the entries of every document when there is no usable snapshot. */
  private async loadIndex(store: CorpusStore<E>): Promise<void> {
    const snapshot = await store.loadIndexSnapshot();
    if (snapshot && this.deps.engine.loadSnapshot(snapshot.parts)) {
      this.appliedSeq = snapshot.seq;
      this.sinceSnapshot = 0;
      await this.catchUp(store);
    } else {
      // First start, first start after the upgrade to schema v3, or an index format change.
      const { entries, journalSeq } = await store.loadIndexEntries();
      this.deps.engine.loadIndex(entries);
      this.appliedSeq = journalSeq;
      this.sinceSnapshot = Number.POSITIVE_INFINITY;
    }
    // Not awaited: the first answer does not wait for the snapshot to be written.
    this.queue(() => this.snapshotIfDue(store)).catch(() => undefined);
  }

  /** Applies the journal rows written since the index last looked, in steps. */
  private async catchUp(store: CorpusStore<E>): Promise<void> {
    const { engine } = this.deps;
    for (;;) {
      const changes = await store.readIndexChanges(this.appliedSeq, CHANGES_PER_READ);
      // Out go the entries replaced or deleted, then in come the current ones of the documents touched.
      for (const row of changes.rows) engine.applyChange(row.docId, row.before, null);
      for (const docId of new Set(changes.rows.map((row) => row.docId))) {
        const entry = changes.entries.get(docId);
        if (entry !== undefined) engine.applyChange(docId, null, entry);
      }
      this.sinceSnapshot += changes.rows.length;
      this.appliedSeq = changes.lastSeq;
      if (!changes.more) return;
    }
  }

  private async snapshotIfDue(store: CorpusStore<E>): Promise<void> {
    const due = SNAPSHOT_AFTER_CHANGES + this.deps.engine.size * SNAPSHOT_AFTER_SHARE;
    if (this.sinceSnapshot <= due) return;
    const seq = this.appliedSeq;
    const parts = this.deps.engine.snapshot();
    await store.writeIndexSnapshot(parts, seq);
    // The index continues from what it just wrote: as compact as after a cold start, without the term
    // lists of every document added since (a worker that imported 50,000 pages would keep them all).
    this.deps.engine.loadSnapshot(parts);
    this.sinceSnapshot = 0;
  }

  private queue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.indexWork.then(work);
    // A failed step (e.g. the database closed) leaves the journal in place: the next step reads it again.
    this.indexWork = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings the index up to date with storage after a write; a snapshot, when due, is written after
   * the caller has its answer. A failure to read the journal is not the write's failure: the page is
   * stored, and the next replay picks its change up.
   */
  private async sync(store: CorpusStore<E>): Promise<void> {
    await this.queue(() => this.catchUp(store)).catch(() => undefined);
    this.queue(() => this.snapshotIfDue(store)).catch(() => undefined);
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
    if (result.status !== 'unchanged') await this.sync(store);
    return { ...result, title: article.title };
  }

  /** Compares an article with every document in the library (seeds and stored pages). */
  async compare(article: Article): Promise<LibraryComparison> {
    const store = await this.store();
    const records = new Map<string, DocumentRecord>();
    // The candidates are read in one transaction, then handed to the engine one by one.
    let fetched = new Map<string, { record: DocumentRecord; claims: Claim[] }>();
    const prefetch = async (ids: readonly string[]): Promise<void> => {
      fetched = await store.getDocuments(ids).catch(() => new Map());
    };
    const getDoc = async (id: string): Promise<CorpusDocument | undefined> => {
      try {
        const hit = fetched.get(id);
        const [record, claims] = hit
          ? [hit.record, hit.claims]
          : await Promise.all([store.getDocument(id), store.getClaims(id)]);
        records.set(id, record);
        return { article: record.article, claims };
      } catch {
        return undefined; // a damaged or vanished record is left out, never fatal to the comparison
      }
    };
    const comparison = await this.deps.engine.compare(article, this.deps.engine.claimsOf(article), {
      getDoc,
      prefetch,
    });
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
      if (ids.length > 0) await this.sync(store);
      total += ids.length;
      if (ids.length === 0) return total;
    }
  }

  async remove(ids: string[]): Promise<number> {
    const store = await this.store();
    const deleted = await store.deleteDocuments(ids);
    // Also when no document existed: rows left by a damaged document may have gone.
    await this.sync(store);
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
    // The index follows each part of a file from the journal at once, reading only that part's rows (no
    // rebuild from every entry); the snapshot is rewritten by the usual rule.
    if (result.imported > 0) await this.sync(store);
    const outcome: ImportOutcome = { imported: result.imported, unchanged: result.unchanged, errors: result.errors };
    if (result.stoppedAt !== undefined) outcome.stoppedAt = result.stoppedAt;
    return outcome;
  }
}
