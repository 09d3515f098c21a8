import type { IDBPDatabase } from 'idb';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { type OpenDatabaseOptions, openDatabase } from './database';
import type {
  AnalyzeDocument,
  DocumentListing,
  DocumentOrigin,
  IndexEntries,
  ListFilter,
  SaveResult,
} from './documents';
import * as documents from './documents';
import { MESSAGES, StorageError, toStorageError } from './errors';

import * as feeds from './feeds';
import type { ExportResult, ImportResult } from './import-export';
import * as transfer from './import-export';
import type { IndexChanges, StoredSnapshot } from './index-records';
import * as indexRecords from './index-records';
import {
  type CorpusSchema,
  DEFAULT_DB_NAME,
  type DocumentRecord,
  type DocumentSource,
  type DocumentSummary,
  type FeedItemRecord,
  type FeedRecord,
} from './schema';
import type { SeedInput, SeedResult } from './seeds';
import * as seeding from './seeds';

export interface CorpusStoreOptions extends OpenDatabaseOptions {
  /** Clock for storedAt/updatedAt/savedAt; injectable so fixtures are reproducible. */
  now?: () => Date;
}

/** The parts of navigator.storage we use; passed in because storage code does not touch globals. */
export interface StorageEstimator {
  estimate(): Promise<{ usage?: number; quota?: number }>;
}

export interface CorpusEstimate {
  /** Bytes the browser reports for the whole extension origin, or null when unknown. */
  usageBytes: number | null;
  quotaBytes: number | null;
  documents: Record<DocumentSource, number>;
}

/**
 * The corpus database: bundled seeds and the reader's stored pages, with their claims and the
 * matcher's index entries, plus the matcher's index snapshot and the journal of changes since. `E` is
 * the engine's persisted index entry type, opaque to storage. Every method rejects with a
 * StorageError whose message can be shown to the reader.
 */
export class CorpusStore<E = unknown> {
  private closed = false;

  constructor(
    private readonly db: IDBPDatabase<CorpusSchema>,
    private readonly now: () => Date,
  ) {}

  /** Called by the opener when our connection was closed for an upgrade or by the browser. */
  markClosed(): void {
    this.closed = true;
  }

  private async run<T>(operation: (db: IDBPDatabase<CorpusSchema>) => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageError('closed', MESSAGES.closed);
    try {
      return await operation(this.db);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  putSeeds(seeds: readonly SeedInput[], analyze: AnalyzeDocument<E>): Promise<SeedResult> {
    return this.run((db) => seeding.putSeeds(db, seeds, analyze, this.now()));
  }

  /** `origin` says how a reader's page came in (saved by default, kept while reading, or from a feed). */
  saveDocument(article: Article, claims: Claim[], indexEntry: E, origin?: DocumentOrigin): Promise<SaveResult> {
    return this.run((db) => documents.saveDocument(db, article, { claims, indexEntry }, this.now(), origin));
  }

  listFeeds(): Promise<FeedRecord[]> {
    return this.run((db) => feeds.listFeeds(db));
  }

  getFeed(id: string): Promise<FeedRecord | null> {
    return this.run((db) => feeds.getFeed(db, id));
  }

  putFeed(feed: FeedRecord): Promise<void> {
    return this.run((db) => feeds.putFeed(db, feed));
  }

  updateFeed(id: string, change: (feed: FeedRecord) => FeedRecord): Promise<FeedRecord | null> {
    return this.run((db) => feeds.updateFeed(db, id, change));
  }

  deleteFeed(id: string): Promise<boolean> {
    return this.run((db) => feeds.deleteFeed(db, id));
  }

  getFeedItem(url: string): Promise<FeedItemRecord | null> {
    return this.run((db) => feeds.getFeedItem(db, url));
  }

  putFeedItem(item: FeedItemRecord): Promise<void> {
    return this.run((db) => feeds.putFeedItem(db, item));
  }

  hasDocumentAt(url: string): Promise<string | null> {
    return this.run((db) => feeds.hasDocumentAt(db, url));
  }

  countByFeed(feedIds: readonly string[]): Promise<Record<string, number>> {
    return this.run((db) => feeds.countByFeed(db, feedIds));
  }

  deleteOlderThan(source: DocumentSource, before: Date, batch = 200): Promise<string[]> {
    return this.run((db) => feeds.deleteOlderThan(db, source, before.toISOString(), batch));
  }

  deleteFeedItemsSeenBefore(before: Date, batch = 500): Promise<number> {
    return this.run((db) => feeds.deleteFeedItemsSeenBefore(db, before.toISOString(), batch));
  }

  listRecent(source: DocumentSource, limit: number, query?: string): Promise<DocumentSummary[]> {
    return this.run((db) => feeds.listRecent(db, source, limit, query));
  }

  getSetting(key: string): Promise<unknown> {
    return this.run((db) => feeds.getSetting(db, key));
  }

  putSetting(key: string, value: unknown): Promise<void> {
    return this.run((db) => feeds.putSetting(db, key, value));
  }

  /** The store's clock, so callers date feed items the way documents are dated. */
  clock(): Date {
    return this.now();
  }

  /** Rejects with `not-found` when absent, `corrupt-record` when the row is damaged. */
  getDocument(id: string): Promise<DocumentRecord> {
    return this.run((db) => documents.getDocument(db, id));
  }

  getClaims(id: string): Promise<Claim[]> {
    return this.run((db) => documents.getClaims(db, id));
  }

  /** Documents with their claims, read together; missing or damaged ones are left out. */
  getDocuments(ids: readonly string[]): Promise<Map<string, { record: DocumentRecord; claims: Claim[] }>> {
    return this.run((db) => documents.getDocuments(db, ids));
  }

  listDocuments(filter: ListFilter = {}): Promise<DocumentListing> {
    return this.run((db) => documents.listDocuments(db, filter));
  }

  /** Resolves to the number of documents that existed and were deleted. */
  deleteDocuments(ids: readonly string[]): Promise<number> {
    return this.run((db) => documents.deleteDocuments(db, ids));
  }

  loadIndexEntries(): Promise<IndexEntries<E>> {
    return this.run((db) => documents.loadIndexEntries<E>(db));
  }

  /** The matcher's stored index snapshot (schema v3), or null when none was written yet. */
  loadIndexSnapshot(): Promise<StoredSnapshot | null> {
    return this.run((db) => indexRecords.loadIndexSnapshot(db));
  }

  /** Changes to documents' index entries after journal entry `afterSeq`, at most `limit` of them. */
  readIndexChanges(afterSeq: number, limit: number): Promise<IndexChanges<E>> {
    return this.run((db) => indexRecords.readIndexChanges<E>(db, afterSeq, limit));
  }

  /** Replaces the index snapshot with `parts`, which include the journal up to `seq`. */
  writeIndexSnapshot(parts: Record<string, unknown>, seq: number): Promise<void> {
    return this.run((db) => indexRecords.writeIndexSnapshot(db, parts, seq));
  }

  estimate(storage?: StorageEstimator): Promise<CorpusEstimate> {
    return this.run(async (db) => {
      const counts = await documents.countDocuments(db);
      // Some browsers refuse estimate() in private windows; the counts are still useful.
      const browser = await storage?.estimate().catch(() => undefined);
      return { usageBytes: browser?.usage ?? null, quotaBytes: browser?.quota ?? null, documents: counts };
    });
  }

  exportJsonl(): Promise<ExportResult> {
    return this.run((db) => transfer.exportJsonl(db, this.now()));
  }

  importJsonl(text: string, analyze: AnalyzeDocument<E>, firstLine = 1): Promise<ImportResult> {
    return this.run((db) => transfer.importJsonl(db, text, analyze, firstLine));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

/**
 * Opens the corpus through `factory` (the browser's indexedDB, or fake-indexeddb in Node), creating
 * or upgrading the schema. Rejects with `upgrade-blocked` or `upgrade-failed` when that is impossible.
 */
export async function openCorpusDb<E = unknown>(
  factory: IDBFactory,
  name: string = DEFAULT_DB_NAME,
  options: CorpusStoreOptions = {},
): Promise<CorpusStore<E>> {
  let store: CorpusStore<E> | undefined;
  const db = await openDatabase(factory, name, {
    ...options,
    onClose: (reason) => {
      store?.markClosed();
      options.onClose?.(reason);
    },
  });
  store = new CorpusStore<E>(db, options.now ?? (() => new Date()));
  return store;
}
