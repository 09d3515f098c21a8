import type { IDBPDatabase } from 'idb';
import { isObject } from '../protocol/is-object';
import { removeDocument } from './documents';
import type { CorpusSchema, DocumentSource, DocumentSummary, FeedItemRecord, FeedRecord } from './schema';
import { readTransaction, writeTransaction } from './transaction';
import { validateDocumentRecord } from './validation';

/**
 * Followed feeds, the feed items already seen, settings, and the age-based queries retention needs
 * (schema v2). Every query here goes through an index and a bounded range, so a library of tens of
 * thousands of followed articles is never read whole.
 */

const FEED_TEXT_MAX = 300;
const ERROR_MAX = 500;

function isFeedRecord(value: unknown): value is FeedRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    typeof value.addedAt === 'string'
  );
}

/** A feed row as read back, with every optional field normalised; damaged rows are dropped. */
function feedFrom(value: unknown): FeedRecord | null {
  if (!isFeedRecord(value)) return null;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);
  return {
    id: value.id,
    url: value.url,
    title: value.title.slice(0, FEED_TEXT_MAX),
    lang: text(value.lang, 35),
    addedAt: value.addedAt,
    etag: text(value.etag, 1000),
    lastModified: text(value.lastModified, 200),
    lastAttemptAt: text(value.lastAttemptAt, 40),
    lastSuccessAt: text(value.lastSuccessAt, 40),
    error: text(value.error, ERROR_MAX),
    blockedOrigins: Array.isArray(value.blockedOrigins)
      ? value.blockedOrigins.filter((o): o is string => typeof o === 'string').slice(0, 20)
      : [],
  };
}

export async function listFeeds(db: IDBPDatabase<CorpusSchema>): Promise<FeedRecord[]> {
  const rows = await readTransaction(db, (tx) => tx.objectStore('feeds').getAll());
  return rows
    .map(feedFrom)
    .filter((f): f is FeedRecord => f !== null)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.url.localeCompare(b.url));
}

export async function getFeed(db: IDBPDatabase<CorpusSchema>, id: string): Promise<FeedRecord | null> {
  return feedFrom(await readTransaction(db, (tx) => tx.objectStore('feeds').get(id)));
}

export async function putFeed(db: IDBPDatabase<CorpusSchema>, feed: FeedRecord): Promise<void> {
  const clean: FeedRecord = {
    ...feed,
    title: feed.title.slice(0, FEED_TEXT_MAX),
    error: feed.error?.slice(0, ERROR_MAX) ?? null,
  };
  await writeTransaction(db, async (tx) => {
    await tx.objectStore('feeds').put(clean);
  });
}

/** Applies `change` to the stored feed in one transaction (a no-op when it was unfollowed meanwhile). */
export async function updateFeed(
  db: IDBPDatabase<CorpusSchema>,
  id: string,
  change: (feed: FeedRecord) => FeedRecord,
): Promise<FeedRecord | null> {
  return writeTransaction(db, async (tx) => {
    const feed = feedFrom(await tx.objectStore('feeds').get(id));
    if (!feed) return null;
    const next = change(feed);
    await tx.objectStore('feeds').put({ ...next, error: next.error?.slice(0, ERROR_MAX) ?? null });
    return next;
  });
}

/** Stops following a feed and forgets its items; its articles stay until they expire. */
export async function deleteFeed(db: IDBPDatabase<CorpusSchema>, id: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const existed = (await tx.objectStore('feeds').getKey(id)) !== undefined;
    await tx.objectStore('feeds').delete(id);
    const items = await tx.objectStore('feedItems').index('feedId').getAllKeys(id);
    for (const key of items) await tx.objectStore('feedItems').delete(key);
    return existed;
  });
}

export async function getFeedItem(db: IDBPDatabase<CorpusSchema>, url: string): Promise<FeedItemRecord | null> {
  const row = await readTransaction(db, (tx) => tx.objectStore('feedItems').get(url));
  return isObject(row) && typeof row.url === 'string' ? (row as unknown as FeedItemRecord) : null;
}

export async function putFeedItem(db: IDBPDatabase<CorpusSchema>, item: FeedItemRecord): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.objectStore('feedItems').put(item);
  });
}

/** Whether a document already has this address (the item link is usually the article's canonical URL). */
export async function hasDocumentAt(db: IDBPDatabase<CorpusSchema>, url: string): Promise<string | null> {
  const key = await readTransaction(db, (tx) => tx.objectStore('documents').index('canonicalUrl').getKey(url));
  return key === undefined ? null : String(key);
}

/** Followed articles per feed, through the feedId index (no document is read). */
export async function countByFeed(
  db: IDBPDatabase<CorpusSchema>,
  feedIds: readonly string[],
): Promise<Record<string, number>> {
  return readTransaction(db, async (tx) => {
    const index = tx.objectStore('documents').index('feedId');
    const counts: Record<string, number> = {};
    for (const id of feedIds) counts[id] = await index.count(id);
    return counts;
  });
}

/**
 * Deletes up to `batch` documents of `source` stored before `before`, oldest first, each with its
 * claims and index entry; returns their ids. Callers loop until it returns fewer than `batch`.
 */
export async function deleteOlderThan(
  db: IDBPDatabase<CorpusSchema>,
  source: DocumentSource,
  before: string,
  batch: number,
): Promise<string[]> {
  return writeTransaction(db, async (tx) => {
    const range = IDBKeyRange.bound([source, ''], [source, before], false, true);
    const keys = await tx.objectStore('documents').index('sourceStoredAt').getAllKeys(range, batch);
    for (const key of keys) await removeDocument(tx, String(key));
    return keys.map(String);
  });
}

/** Forgets feed items seen before `before` (long after their article expired), in batches. */
export async function deleteFeedItemsSeenBefore(
  db: IDBPDatabase<CorpusSchema>,
  before: string,
  batch: number,
): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const range = IDBKeyRange.upperBound(before, true);
    const keys = await tx.objectStore('feedItems').index('seenAt').getAllKeys(range, batch);
    for (const key of keys) await tx.objectStore('feedItems').delete(key);
    return keys.length;
  });
}

/**
 * The newest `limit` documents of one source (newest first), optionally filtered by a case-insensitive
 * substring of title, outlet or URL; walks the source/age index backwards instead of reading them all.
 */
export async function listRecent(
  db: IDBPDatabase<CorpusSchema>,
  source: DocumentSource,
  limit: number,
  query = '',
): Promise<DocumentSummary[]> {
  const needle = query.trim().toLowerCase();
  return readTransaction(db, async (tx) => {
    const range = IDBKeyRange.bound([source, ''], [source, '\uffff']);
    const out: DocumentSummary[] = [];
    let cursor = await tx.objectStore('documents').index('sourceStoredAt').openCursor(range, 'prev');
    // Bounded: at most 20 × limit rows are looked at, so a search that matches little still returns.
    for (let seen = 0; cursor && out.length < limit && seen < limit * 20; seen++) {
      const checked = validateDocumentRecord(cursor.value);
      if (checked.ok) {
        const { article } = checked.value;
        const haystack = [article.title, article.outlet, article.url, article.canonicalUrl];
        if (needle === '' || haystack.some((f) => f?.toLowerCase().includes(needle))) {
          out.push({
            id: checked.value.id,
            source: checked.value.source,
            title: article.title,
            outlet: article.outlet,
            url: article.canonicalUrl ?? article.url,
            published: article.published,
            lang: article.lang,
            sizeBytes: checked.value.sizeBytes,
            storedAt: checked.value.storedAt,
            updatedAt: checked.value.updatedAt,
          });
        }
      }
      cursor = await cursor.continue();
    }
    return out;
  });
}

export async function getSetting(db: IDBPDatabase<CorpusSchema>, key: string): Promise<unknown> {
  const row = await readTransaction(db, (tx) => tx.objectStore('settings').get(key));
  return isObject(row) ? row.value : undefined;
}

export async function putSetting(db: IDBPDatabase<CorpusSchema>, key: string, value: unknown): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.objectStore('settings').put({ key, value });
  });
}
