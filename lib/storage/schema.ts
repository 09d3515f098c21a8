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

/** Names used by the current code; migrations spell names literally because old steps must never change. */
export const STORE = {
  documents: 'documents',
  claims: 'claims',
  indexEntries: 'indexEntries',
  feeds: 'feeds',
  feedItems: 'feedItems',
  settings: 'settings',
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
}

/** A record that failed validation when read; skipped, reported to the caller. */
export interface CorruptRecord {
  store: string;
  key: string;
  message: string;
}

export { DOCUMENT_SOURCES, type DocumentSource, type DocumentSummary };
