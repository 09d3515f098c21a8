import type { IDBPDatabase } from 'idb';
import { isObject } from '../protocol/is-object';
import type { CorpusSchema, IndexJournalRecord, IndexSnapshotMeta } from './schema';
import { type CorpusReadTx, type CorpusWriteTx, readTransaction, writeTransaction } from './transaction';

/**
 * The matcher's persisted index (schema v3), opaque to storage like its per-document entries:
 *
 * - a snapshot: a few records written together (the engine's parts, plus `meta` naming them and the
 *   last journal entry they include), read back with one read each when a worker wakes;
 * - a journal: one row per change to a document's entry since, written in the document's own
 *   transaction (see putDocument/removeDocument), so nothing that was saved can be missing from it.
 *
 * A new snapshot replaces the old one and drops the journal rows it includes, in one transaction.
 */

const META = 'meta';

export interface StoredSnapshot {
  /** The last journal entry the snapshot includes. */
  seq: number;
  /** The engine's parts by name. */
  parts: Record<string, unknown>;
}

export interface JournalRow<E> {
  seq: number;
  docId: string;
  /** The document's entry before this change; null when it had none. */
  before: E | null;
}

export interface IndexChanges<E> {
  /** Oldest first. */
  rows: JournalRow<E>[];
  /** The current entry of every document the rows touch (absent when deleted since). */
  entries: Map<string, E>;
  /** The last journal entry read (damaged rows included); the next read starts after it. */
  lastSeq: number;
  /** Whether the journal may hold more rows after `lastSeq`. */
  more: boolean;
}

function readMeta(value: unknown): IndexSnapshotMeta | null {
  if (!isObject(value) || typeof value.seq !== 'number' || !Array.isArray(value.parts)) return null;
  if (!value.parts.every((p) => typeof p === 'string' && p !== META)) return null;
  return { seq: value.seq, parts: value.parts as string[] };
}

/** The stored snapshot, or null when there is none or a part is missing. */
export async function loadIndexSnapshot(db: IDBPDatabase<CorpusSchema>): Promise<StoredSnapshot | null> {
  const records = await readTransaction(db, (tx) => tx.objectStore('indexSnapshot').getAll());
  const byPart = new Map(records.map((r) => [r.part, r.value]));
  const meta = readMeta(byPart.get(META));
  if (!meta?.parts.every((p) => byPart.has(p))) return null;
  return { seq: meta.seq, parts: Object.fromEntries(meta.parts.map((p) => [p, byPart.get(p)])) };
}

/** Up to `limit` journal rows after `afterSeq`, with the current entries of the documents they touch. */
export async function readIndexChanges<E>(
  db: IDBPDatabase<CorpusSchema>,
  afterSeq: number,
  limit: number,
): Promise<IndexChanges<E>> {
  return readTransaction(db, async (tx) => {
    const raw = await tx.objectStore('indexJournal').getAll(IDBKeyRange.lowerBound(afterSeq, true), limit);
    const rows: JournalRow<E>[] = [];
    for (const row of raw as unknown[]) {
      if (!isObject(row) || typeof row.seq !== 'number' || typeof row.docId !== 'string') continue;
      // The engine wrote `before` (an entry of its own) and checks it before use.
      rows.push({ seq: row.seq, docId: row.docId, before: (row.before ?? null) as E | null });
    }
    const entries = new Map<string, E>();
    const touched = [...new Set(rows.map((r) => r.docId))];
    const found = await Promise.all(touched.map((id) => tx.objectStore('indexEntries').get(id)));
    touched.forEach((id, i) => {
      const record: unknown = found[i];
      if (isObject(record) && 'entry' in record) entries.set(id, record.entry as E);
    });
    // A row skipped above as damaged still moves the reader past it.
    const last: unknown = raw.at(-1);
    const lastSeq = isObject(last) && typeof last.seq === 'number' ? last.seq : afterSeq;
    return { rows, entries, lastSeq, more: raw.length === limit };
  });
}

/**
 * Replaces the snapshot with `parts`, which include every journal entry up to `seq`, and drops those
 * entries; all or nothing, so a worker stopped half-way leaves the previous snapshot and its journal.
 */
export async function writeIndexSnapshot(
  db: IDBPDatabase<CorpusSchema>,
  parts: Record<string, unknown>,
  seq: number,
): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const store = tx.objectStore('indexSnapshot');
    await store.clear();
    for (const [part, value] of Object.entries(parts)) await store.put({ part, value });
    const meta: IndexSnapshotMeta = { seq, parts: Object.keys(parts) };
    await store.put({ part: META, value: meta });
    if (seq > 0) await tx.objectStore('indexJournal').delete(IDBKeyRange.upperBound(seq));
  });
}

/** The newest journal entry's number, 0 when the journal is empty. */
export async function lastJournalSeq(tx: CorpusReadTx | CorpusWriteTx): Promise<number> {
  const cursor = await tx.objectStore('indexJournal').openKeyCursor(null, 'prev');
  return typeof cursor?.key === 'number' ? cursor.key : 0;
}

export type { IndexJournalRecord };
