/**
 * What the corpus index keeps of one document, compact and JSON-able so storage can persist
 * `{docId, entry}` rows and a cold service worker rebuilds the index from them without re-analysing
 * any text. Storage treats entries as opaque; they come back from IndexedDB unchecked, so the index
 * reads them through `readIndexEntry` before trusting them.
 */

/** Bumped whenever the fields below change meaning or name; see `readIndexEntry` for older formats. */
export const INDEX_ENTRY_FORMAT = 2;

export interface IndexEntry {
  format: typeof INDEX_ENTRY_FORMAT;
  /** Distinct terms, most salient (tf·idf when added) first, at most MAX_STORED_TERMS. */
  terms: string[];
  /** Number of claims holding each term of `terms`. */
  claimCounts: number[];
  /** The first `postedCount` terms are posted in the inverted index (the document's top terms). */
  postedCount: number;
  /** Publication day (YYYY-MM-DD) or null. */
  publishedDay: string | null;
  /** Content hash of the article, so an identical copy of the compared article can be left out. */
  contentHash: string;
}

export interface IndexRow {
  docId: string;
  entry: IndexEntry;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether `value` is an entry of the current format (rows come from storage: check before trusting them). */
export function isIndexEntry(value: unknown): value is IndexEntry {
  if (!isObject(value)) return false;
  const e = value as Partial<IndexEntry>;
  return (
    e.format === INDEX_ENTRY_FORMAT &&
    Array.isArray(e.terms) &&
    Array.isArray(e.claimCounts) &&
    e.terms.length === e.claimCounts.length &&
    typeof e.postedCount === 'number' &&
    (e.publishedDay === null || typeof e.publishedDay === 'string') &&
    typeof e.contentHash === 'string'
  );
}

/**
 * Format 1, written by Parallax until the fields got their names: the same data under one-letter keys
 * (`v` format, `t` terms, `c` claim counts, `k` posted count, `p` published day, `h` content hash).
 * Libraries stored then still hold such entries until their page is saved again.
 */
function fromFormat1(e: Record<string, unknown>): IndexEntry | null {
  const { t, c, k, p, h } = e;
  if (e.v !== 1 || !Array.isArray(t) || !Array.isArray(c) || t.length !== c.length) return null;
  if (typeof k !== 'number' || !(p === null || typeof p === 'string') || typeof h !== 'string') return null;
  return { format: INDEX_ENTRY_FORMAT, terms: t, claimCounts: c, postedCount: k, publishedDay: p, contentHash: h };
}

/**
 * The entry in `value` as read back from storage: one of the current format as it is, one of format 1
 * rebuilt field by field under the same checks; null for anything else (damaged, or of a format this
 * code does not know), which the index does not trust: the document then only leaves it.
 */
export function readIndexEntry(value: unknown): IndexEntry | null {
  if (isIndexEntry(value)) return value;
  return isObject(value) ? fromFormat1(value) : null;
}
