import type { IDBPDatabase } from 'idb';
import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { validateArticle } from '../protocol/article-schema';
import { isObject } from '../protocol/is-object';
import { MESSAGES, StorageError } from './errors';
import { lastJournalSeq } from './index-records';
import type {
  CorpusSchema,
  CorruptRecord,
  DocumentRecord,
  DocumentSource,
  DocumentSummary,
  IndexEntryRecord,
  VersionEntry,
} from './schema';
import { type CorpusWriteTx, readTransaction, writeTransaction } from './transaction';
import { validateDocumentRecord } from './validation';

/** What the matching engine derives from an article; storage keeps it without looking inside. */
export interface Analysis<E> {
  claims: Claim[];
  indexEntry: E;
}

/** Lets storage obtain claims and index entries (on import, seeding) without depending on the engine. */
export type AnalyzeDocument<E> = (article: Article) => Analysis<E> | Promise<Analysis<E>>;

export type SaveStatus = 'created' | 'unchanged' | 'updated';

export interface SaveResult {
  status: SaveStatus;
  id: string;
}

/** A version of a page to merge into the library: from the current tab or from an import file. */
export interface IncomingDocument<E> {
  article: Article;
  storedAt: string;
  updatedAt: string;
  history: VersionEntry[];
  /** Omitted when the caller has not analysed yet; upsert then says whether analysis is needed. */
  analysis?: Analysis<E>;
  /** `always`: a fresh save is by definition the newest text. `if-newer`: an import only wins when its updatedAt is later. */
  replaceText: 'always' | 'if-newer';
  /** How the page came in; `stored` (saved by the reader) when omitted. */
  origin?: DocumentOrigin;
}

/** Where a reader's document came from: saved by hand, kept while reading, or fetched from a followed feed. */
export interface DocumentOrigin {
  source: Exclude<DocumentSource, 'seed'>;
  feedId?: string;
}

/** A page the reader saved outranks one kept while reading, which outranks one a feed brought (which expires). */
const SOURCE_RANK: Record<DocumentSource, number> = { seed: 0, followed: 1, kept: 2, stored: 3 };

export type UpsertOutcome = SaveResult | { status: 'needs-analysis' };

export interface ListFilter {
  source?: DocumentSource;
  /** Case-insensitive substring of the title, outlet or URL. */
  query?: string;
}

export interface DocumentListing {
  documents: DocumentSummary[];
  /** Rows that could not be read; they are left in place for the reader to delete. */
  corrupt: CorruptRecord[];
}

export interface IndexEntries<E> {
  entries: Array<IndexEntryRecord<E>>;
  corrupt: CorruptRecord[];
  /** The last index journal entry these entries include (0 when none): a snapshot built from them covers it. */
  journalSeq: number;
}

const encoder = new TextEncoder();

const webAddress = (raw: string | null): URL | null => {
  if (!raw || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  url.hash = '';
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
};

/**
 * The key two saves of one page share: the page's canonical URL when it is on the page's own origin (a
 * site naming its preferred address for its own page), else the page's URL; without the #fragment.
 * A canonical link to another origin is only that page's say-so, so it never decides identity:
 * otherwise any site could name a stored page's address and replace its text. Without a page URL
 * there is no address to trust, and only the text identifies the document.
 */
export function dedupUrl(article: Pick<Article, 'url' | 'canonicalUrl'>): string | undefined {
  const page = webAddress(article.url);
  if (!page) return undefined;
  const canonical = webAddress(article.canonicalUrl);
  return (canonical && canonical.origin === page.origin ? canonical : page).href;
}

/**
 * Whether a stored page and an incoming one under the same key are versions of one article rather than
 * two articles a site gave one canonical URL (its home page, a section): the same address, the same
 * title or the same text. Anything else is stored beside it, so no article replaces another.
 */
function samePage(stored: Article, incoming: Article): boolean {
  const a = webAddress(stored.url)?.href;
  return (
    (a !== undefined && a === webAddress(incoming.url)?.href) ||
    stored.title.trim() === incoming.title.trim() ||
    stored.contentHash === incoming.contentHash
  );
}

export function measure(article: Article, analysis: Analysis<unknown>): number {
  let json: string;
  try {
    json = JSON.stringify({ article, claims: analysis.claims, entry: analysis.indexEntry });
  } catch {
    // Index entries may hold values JSON cannot express (e.g. BigInt); the article still dominates.
    json = JSON.stringify({ article, claims: analysis.claims });
  }
  return encoder.encode(json).byteLength;
}

/** Union by content hash (a text saved twice is one version), earliest save kept, oldest first. */
export function mergeHistory(a: readonly VersionEntry[], b: readonly VersionEntry[]): VersionEntry[] {
  const byHash = new Map<string, VersionEntry>();
  for (const entry of [...a, ...b]) {
    const known = byHash.get(entry.contentHash);
    if (!known || Date.parse(entry.savedAt) < Date.parse(known.savedAt)) byHash.set(entry.contentHash, entry);
  }
  return [...byHash.values()].sort((x, y) => Date.parse(x.savedAt) - Date.parse(y.savedAt));
}

export function buildRecord<E>(
  id: string,
  source: DocumentSource,
  article: Article,
  analysis: Analysis<E>,
  dates: { storedAt: string; updatedAt: string; history: VersionEntry[] },
): DocumentRecord {
  const record: DocumentRecord = {
    id,
    source,
    article,
    contentHash: article.contentHash,
    storedAt: dates.storedAt,
    updatedAt: dates.updatedAt,
    sizeBytes: measure(article, analysis),
    history: dates.history,
  };
  const url = dedupUrl(article);
  if (url !== undefined) record.canonicalUrl = url;
  return record;
}

// Requests are awaited one by one: if a later call throws synchronously, no earlier request promise
// is left without a handler to reject unobserved when the transaction aborts.
export async function putDocument<E>(tx: CorpusWriteTx, record: DocumentRecord, analysis: Analysis<E>): Promise<void> {
  await tx.objectStore('documents').put(record);
  await tx.objectStore('claims').put({ docId: record.id, claims: analysis.claims });
  await journalChange(tx, record.id, true);
  await tx.objectStore('indexEntries').put({ docId: record.id, entry: analysis.indexEntry });
}

export async function removeDocument(tx: CorpusWriteTx, id: string): Promise<void> {
  await tx.objectStore('documents').delete(id);
  await tx.objectStore('claims').delete(id);
  await journalChange(tx, id, false);
  await tx.objectStore('indexEntries').delete(id);
}

/**
 * Every change to a document's index entry goes through here, in the document's own transaction: the
 * journal records it with the entry it replaces, so the index follows saves, imports, feed refreshes
 * and deletions alike (see index-records.ts). Deleting a document that had no entry changes nothing.
 */
async function journalChange(tx: CorpusWriteTx, docId: string, put: boolean): Promise<void> {
  const previous: unknown = await tx.objectStore('indexEntries').get(docId);
  if (!put && previous === undefined) return;
  const before = isObject(previous) && 'entry' in previous ? (previous.entry ?? null) : null;
  await tx.objectStore('indexJournal').add({ docId, before });
}

function validRecords(rows: unknown[]): DocumentRecord[] {
  return rows.flatMap((row) => {
    const checked = validateDocumentRecord(row);
    return checked.ok ? [checked.value] : [];
  });
}

/**
 * A fresh id derived from the page's first text, so an export re-imported elsewhere keeps its ids.
 * A suffix is only needed when that first text was since replaced and now arrives again at another URL.
 */
async function freeId(tx: CorpusWriteTx, incoming: IncomingDocument<unknown>): Promise<string> {
  const first = mergeHistory(incoming.history, [])[0]?.contentHash ?? incoming.article.contentHash;
  const base = `stored:${first.slice(0, 16)}`;
  const documents = tx.objectStore('documents');
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if ((await documents.getKey(id)) === undefined) return id;
  }
}

/**
 * Merges one incoming version into the reader's library inside `tx`:
 * same URL + same text → unchanged; same URL + new text → the newer text wins and both versions stay
 * in history; another URL with the same text → unchanged (the text is already in the corpus).
 * Seeds are matched but never modified.
 */
export async function upsertStored<E>(tx: CorpusWriteTx, incoming: IncomingDocument<E>): Promise<UpsertOutcome> {
  const { article, analysis } = incoming;
  const documents = tx.objectStore('documents');
  const url = dedupUrl(article);
  if (url !== undefined) {
    // Records keyed before identity ignored other origins' canonical links are checked again here.
    const sameUrl = validRecords(await documents.index('canonicalUrl').getAll(url)).filter(
      (record) => dedupUrl(record.article) === url,
    );
    const stored = sameUrl.find((record) => record.source !== 'seed' && samePage(record.article, article));
    if (stored) return mergeInto(tx, stored, incoming);
    const seed = sameUrl.find((record) => record.contentHash === article.contentHash);
    if (seed) return { status: 'unchanged', id: seed.id };
  }
  const sameText = await documents.index('contentHash').getKey(article.contentHash);
  if (sameText !== undefined) return promote(tx, sameText, incoming.origin);
  if (!analysis) return { status: 'needs-analysis' };
  const id = await freeId(tx, incoming);
  const record = buildRecord(id, incoming.origin?.source ?? 'stored', article, analysis, incoming);
  if (incoming.origin?.feedId !== undefined) record.feedId = incoming.origin.feedId;
  await putDocument(tx, record, analysis);
  return { status: 'created', id };
}

/** The same text is already stored: a save by the reader makes a followed (expiring) copy their own. */
async function promote(tx: CorpusWriteTx, id: string, origin: DocumentOrigin | undefined): Promise<SaveResult> {
  const source = origin?.source ?? 'stored';
  const checked = validateDocumentRecord(await tx.objectStore('documents').get(id));
  if (!checked.ok || SOURCE_RANK[checked.value.source] >= SOURCE_RANK[source] || checked.value.source === 'seed') {
    return { status: 'unchanged', id };
  }
  const { feedId: _feed, ...rest } = checked.value;
  await tx.objectStore('documents').put({ ...rest, source });
  return { status: 'updated', id };
}

async function mergeInto<E>(
  tx: CorpusWriteTx,
  existing: DocumentRecord,
  incoming: IncomingDocument<E>,
): Promise<UpsertOutcome> {
  const source = incoming.origin?.source ?? 'stored';
  // A feed never overwrites what the reader saved or kept; the reader's save promotes a followed page.
  if (SOURCE_RANK[source] < SOURCE_RANK[existing.source]) return { status: 'unchanged', id: existing.id };
  if (SOURCE_RANK[source] > SOURCE_RANK[existing.source] && existing.contentHash === incoming.article.contentHash) {
    return promote(tx, existing.id, incoming.origin);
  }
  const history = mergeHistory(existing.history, incoming.history);
  const historyChanged = JSON.stringify(history) !== JSON.stringify(existing.history);
  const sameText = existing.contentHash === incoming.article.contentHash;
  const incomingWins =
    incoming.replaceText === 'always' || Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);

  if (sameText || !incomingWins) {
    if (!historyChanged) return { status: 'unchanged', id: existing.id };
    // Only the dates of another version are new; the text, claims and index stay.
    await tx.objectStore('documents').put({ ...existing, history });
    return { status: 'updated', id: existing.id };
  }
  if (!incoming.analysis) return { status: 'needs-analysis' };
  const storedAt =
    Date.parse(incoming.storedAt) < Date.parse(existing.storedAt) ? incoming.storedAt : existing.storedAt;
  const record = buildRecord(existing.id, source, incoming.article, incoming.analysis, {
    storedAt,
    updatedAt: incoming.updatedAt,
    history,
  });
  if (source === 'followed' && incoming.origin?.feedId !== undefined) record.feedId = incoming.origin.feedId;
  await putDocument(tx, record, incoming.analysis);
  return { status: 'updated', id: existing.id };
}

/** Saves a page the reader is on, with the analysis the engine already made for it. */
export async function saveDocument<E>(
  db: IDBPDatabase<CorpusSchema>,
  article: Article,
  analysis: Analysis<E>,
  now: Date,
  origin?: DocumentOrigin,
): Promise<SaveResult> {
  const checked = validateArticle(article);
  if (!checked.ok) throw new StorageError('invalid-input', `This page cannot be saved: ${checked.message}.`);
  if (!Array.isArray(analysis.claims))
    throw new StorageError('invalid-input', 'This page cannot be saved: claims must be a list.');
  const savedAt = now.toISOString();
  const incoming: IncomingDocument<E> = {
    article: checked.value,
    storedAt: savedAt,
    updatedAt: savedAt,
    history: [{ contentHash: checked.value.contentHash, savedAt, published: checked.value.published }],
    analysis,
    replaceText: 'always',
    origin,
  };
  const outcome = await writeTransaction(db, (tx) => upsertStored(tx, incoming));
  // Unreachable: analysis was supplied. Kept as a guard so the types stay honest.
  if (outcome.status === 'needs-analysis') throw new StorageError('transaction-failed', MESSAGES.transactionFailed);
  return outcome;
}

export async function getDocument(db: IDBPDatabase<CorpusSchema>, id: string): Promise<DocumentRecord> {
  const row: unknown = await readTransaction(db, (tx) => tx.objectStore('documents').get(id));
  if (row === undefined) throw new StorageError('not-found', MESSAGES.notFound);
  const checked = validateDocumentRecord(row);
  if (!checked.ok) throw corruptError('documents', id, checked.message);
  return checked.value;
}

export async function getClaims(db: IDBPDatabase<CorpusSchema>, id: string): Promise<Claim[]> {
  const row: unknown = await readTransaction(db, (tx) => tx.objectStore('claims').get(id));
  if (row === undefined) throw new StorageError('not-found', MESSAGES.notFound);
  if (!isObject(row) || !Array.isArray(row.claims)) throw corruptError('claims', id, 'claims must be a list');
  // Claims are written only by saveDocument/putSeeds/import from the engine's own output.
  return row.claims as Claim[];
}

/**
 * Several documents with their claims in one read transaction (a comparison's candidates); missing or
 * damaged ones are left out.
 */
export async function getDocuments(
  db: IDBPDatabase<CorpusSchema>,
  ids: readonly string[],
): Promise<Map<string, { record: DocumentRecord; claims: Claim[] }>> {
  const unique = [...new Set(ids)];
  const [records, claimRows] = await readTransaction(db, (tx) =>
    Promise.all([
      Promise.all(unique.map((id) => tx.objectStore('documents').get(id))),
      Promise.all(unique.map((id) => tx.objectStore('claims').get(id))),
    ]),
  );
  const out = new Map<string, { record: DocumentRecord; claims: Claim[] }>();
  unique.forEach((id, i) => {
    const checked = validateDocumentRecord(records[i]);
    const row: unknown = claimRows[i];
    if (!checked.ok || !isObject(row) || !Array.isArray(row.claims)) return;
    out.set(id, { record: checked.value, claims: row.claims as Claim[] });
  });
  return out;
}

function corruptError(store: string, key: string, detail: string): StorageError {
  return new StorageError(
    'corrupt-record',
    `A stored page is damaged and could not be read (${store} ${key}: ${detail}).`,
  );
}

function summarise(record: DocumentRecord): DocumentSummary {
  return {
    id: record.id,
    source: record.source,
    title: record.article.title,
    outlet: record.article.outlet,
    url: dedupUrl(record.article) ?? record.article.url,
    published: record.article.published,
    lang: record.article.lang,
    sizeBytes: record.sizeBytes,
    storedAt: record.storedAt,
    updatedAt: record.updatedAt,
  };
}

function matches(record: DocumentRecord, needle: string): boolean {
  const { title, outlet, url, canonicalUrl } = record.article;
  return [title, outlet, url, canonicalUrl].some((field) => field?.toLowerCase().includes(needle));
}

/** Library listing, newest first; damaged rows are skipped and reported instead of failing the list. */
export async function listDocuments(db: IDBPDatabase<CorpusSchema>, filter: ListFilter = {}): Promise<DocumentListing> {
  const { source } = filter;
  const [rows, keys] = await readTransaction(db, (tx) => {
    const documents = tx.objectStore('documents');
    // getAll and getAllKeys over the same range return rows in the same order.
    return source
      ? Promise.all([documents.index('source').getAll(source), documents.index('source').getAllKeys(source)])
      : Promise.all([documents.getAll(), documents.getAllKeys()]);
  });
  const needle = filter.query?.trim().toLowerCase() ?? '';
  const listing: DocumentListing = { documents: [], corrupt: [] };
  rows.forEach((row: unknown, i) => {
    const checked = validateDocumentRecord(row);
    if (!checked.ok) {
      listing.corrupt.push({ store: 'documents', key: String(keys[i]), message: checked.message });
    } else if (needle === '' || matches(checked.value, needle)) {
      listing.documents.push(summarise(checked.value));
    }
  });
  listing.documents.sort((a, b) => b.storedAt.localeCompare(a.storedAt) || a.title.localeCompare(b.title));
  return listing;
}

/** Deletes documents with their claims and index entries; returns how many documents existed. */
export async function deleteDocuments(db: IDBPDatabase<CorpusSchema>, ids: readonly string[]): Promise<number> {
  return writeTransaction(db, async (tx) => {
    let deleted = 0;
    for (const id of new Set(ids)) {
      if ((await tx.objectStore('documents').getKey(id)) !== undefined) deleted++;
      // Also clears claims/index rows orphaned by a damaged document row.
      await removeDocument(tx, id);
    }
    return deleted;
  });
}

/** Every persisted index entry in one getAll, no re-analysis: what the index is rebuilt from. */
export async function loadIndexEntries<E>(db: IDBPDatabase<CorpusSchema>): Promise<IndexEntries<E>> {
  const [rows, keys, lastSeq] = await readTransaction(db, (tx) => {
    const store = tx.objectStore('indexEntries');
    return Promise.all([store.getAll(), store.getAllKeys(), lastJournalSeq(tx)]);
  });
  const result: IndexEntries<E> = { entries: [], corrupt: [], journalSeq: lastSeq };
  rows.forEach((row: unknown, i) => {
    if (isObject(row) && typeof row.docId === 'string' && 'entry' in row) {
      // The engine wrote this entry and owns its shape; storage cannot check it.
      result.entries.push({ docId: row.docId, entry: row.entry as E });
    } else {
      result.corrupt.push({ store: 'indexEntries', key: String(keys[i]), message: 'index entry has no docId/entry' });
    }
  });
  return result;
}

export async function countDocuments(db: IDBPDatabase<CorpusSchema>): Promise<Record<DocumentSource, number>> {
  const [seed, stored, followed, kept] = await readTransaction(db, (tx) => {
    const bySource = tx.objectStore('documents').index('source');
    return Promise.all([
      bySource.count('seed'),
      bySource.count('stored'),
      bySource.count('followed'),
      bySource.count('kept'),
    ]);
  });
  return { seed, stored, followed, kept };
}
