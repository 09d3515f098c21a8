import type { DBSchema } from 'idb';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';

export const DEFAULT_DB_NAME = 'parallax-corpus';

/** `seed`: bundled with the extension, managed by putSeeds. `stored`: saved by the reader. */
export type DocumentSource = 'seed' | 'stored';

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
export const STORE = { documents: 'documents', claims: 'claims', indexEntries: 'indexEntries' } as const;
export const DOCUMENT_INDEX = { canonicalUrl: 'canonicalUrl', contentHash: 'contentHash', source: 'source' } as const;
export const ALL_STORES = [STORE.documents, STORE.claims, STORE.indexEntries] as const;

export interface CorpusSchema extends DBSchema {
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: { canonicalUrl: string; contentHash: string; source: DocumentSource };
  };
  claims: { key: string; value: ClaimsRecord };
  indexEntries: { key: string; value: IndexEntryRecord };
}

/** Row for library listings: no text, no claims. */
export interface DocumentSummary {
  id: string;
  source: DocumentSource;
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  lang: string;
  sizeBytes: number;
  storedAt: string;
  updatedAt: string;
}

/** A record that failed validation when read; skipped, reported to the caller. */
export interface CorruptRecord {
  store: string;
  key: string;
  message: string;
}
