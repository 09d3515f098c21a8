import type { DBSchema } from 'idb';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { DOCUMENT_SOURCES, type DocumentSource, type DocumentSummary } from '../protocol/library';

export const DEFAULT_DB_NAME = 'parallax-corpus';

/**
 * `seed`: bundled with the extension, managed by putSeeds. `stored`: saved by the reader.
 * `followed`: fetched from a feed the reader follows (expires after the retention period).
 * `kept`: kept while reading ("Keep what I read").
 */

/** One saved version of a page; the text itself is kept only for the newest version. */
export interface VersionEntry {
  contentHash: string;
  /** ISO timestamp of when this version was first saved. */
  savedAt: string;
  published: string | null;
}

export interface DocumentRecord {
  /** `seed:<bundle key>` or `stored:<hash prefix>`; stable across re-saves. */
  id: string;
  source: DocumentSource;
  article: Article;
  /** De-duplication key: canonical URL (or URL) without fragment. Absent when the page has no URL, so it is not indexed. */
  canonicalUrl?: string;
  /** Copy of article.contentHash, top-level so it can be indexed. */
  contentHash: string;
  storedAt: string;
  updatedAt: string;
  /** UTF-8 size of the article, its claims and its index entry, to show what takes space. */
  sizeBytes: number;
  /** Oldest first; one entry per distinct text. */
  history: VersionEntry[];
  /** For `followed` documents: the feed they came from (schema v2). */
  feedId?: string;
}

export interface ClaimsRecord {
  docId: string;
  claims: Claim[];
}

/** The matcher's persisted data for one document; opaque to storage. */
export interface IndexEntryRecord<E = unknown> {
  docId: string;
  entry: E;
}

/**
 * A record of the matcher's persisted index (schema v3): one part of its snapshot, opaque to storage,
 * or the `meta` record saying which journal entries the snapshot covers.
 */
export interface IndexSnapshotRecord {
  part: string;
  value: unknown;
}

/** The snapshot's own record: which parts make it up and the last journal entry it includes. */
export interface IndexSnapshotMeta {
  seq: number;
  parts: string[];
}

/**
 * One change to the index since its snapshot (schema v3), written in the same transaction as the
 * document: the document whose entry was put or deleted, and the entry it had before (the index
 * needs it to take a document loaded from the snapshot out of its counts).
 */
export interface IndexJournalRecord<E = unknown> {
  /** Assigned by IndexedDB, increasing. */
  seq?: number;
  docId: string;
  before: E | null;
}

/** Names used by the current code; migrations spell names literally because old steps must never change. */
export const STORE = {
  documents: 'documents',
  claims: 'claims',
  indexEntries: 'indexEntries',
  feeds: 'feeds',
  feedItems: 'feedItems',
  settings: 'settings',
  indexSnapshot: 'indexSnapshot',
  indexJournal: 'indexJournal',
} as const;
export const DOCUMENT_INDEX = {
  canonicalUrl: 'canonicalUrl',
  contentHash: 'contentHash',
  source: 'source',
  sourceStoredAt: 'sourceStoredAt',
  feedId: 'feedId',
} as const;
export const ALL_STORES = [
  STORE.documents,
  STORE.claims,
  STORE.indexEntries,
  STORE.feeds,
  STORE.feedItems,
  STORE.settings,
  STORE.indexSnapshot,
  STORE.indexJournal,
] as const;

/** A feed the reader follows (schema v2). Everything in it but `id` and `addedAt` came from, or is about, the network. */
export interface FeedRecord {
  /** `feed:<hash of the URL>`. */
  id: string;
  url: string;
  /** The feed's own title (untrusted text, capped), or the built-in list's outlet name. */
  title: string;
  lang: string | null;
  addedAt: string;
  /** Validators for conditional requests, saved only after every item of that version was processed. */
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** The last run's error in words, null when it succeeded. */
  error: string | null;
  /** Article addresses of the last run that Parallax may not read (no host permission). */
  blockedOrigins: string[];
}

/** Outcome of one feed item, so it is never fetched twice (schema v2). Kept for a while after its document expires. */
export interface FeedItemRecord {
  /** The item's link, without its fragment. */
  url: string;
  feedId: string;
  docId: string | null;
  outcome: 'stored' | 'duplicate' | 'not-article' | 'failed';
  /** Failed fetches are retried a few times, then given up. */
  attempts: number;
  seenAt: string;
  /** The reader-facing reason when not stored. */
  message: string | null;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface CorpusSchema extends DBSchema {
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: {
      canonicalUrl: string;
      contentHash: string;
      source: DocumentSource;
      sourceStoredAt: [DocumentSource, string];
      feedId: string;
    };
  };
  claims: { key: string; value: ClaimsRecord };
  indexEntries: { key: string; value: IndexEntryRecord };
  feeds: { key: string; value: FeedRecord };
  feedItems: { key: string; value: FeedItemRecord; indexes: { feedId: string; seenAt: string } };
  settings: { key: string; value: SettingRecord };
  indexSnapshot: { key: string; value: IndexSnapshotRecord };
  indexJournal: { key: number; value: IndexJournalRecord };
}

/** A record that failed validation when read; skipped, reported to the caller. */
export interface CorruptRecord {
  store: string;
  key: string;
  message: string;
}

export { DOCUMENT_SOURCES, type DocumentSource, type DocumentSummary };
