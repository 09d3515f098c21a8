import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { toStorageError } from './errors';
import { ALL_STORES, type CorpusSchema } from './schema';

type AllStores = typeof ALL_STORES;
export type CorpusWriteTx = IDBPTransaction<CorpusSchema, [...AllStores], 'readwrite'>;
export type CorpusReadTx = IDBPTransaction<CorpusSchema, [...AllStores], 'readonly'>;

/**
 * Runs `body` in one readwrite transaction over every store and resolves only once it committed.
 * If anything fails the transaction is aborted, so a document is stored with its claims and index
 * entry or not at all. `body` must only await IndexedDB requests: awaiting other work lets the
 * transaction auto-commit half-way.
 */
export async function writeTransaction<T>(
  db: IDBPDatabase<CorpusSchema>,
  body: (tx: CorpusWriteTx) => Promise<T>,
): Promise<T> {
  let tx: CorpusWriteTx;
  try {
    tx = db.transaction([...ALL_STORES], 'readwrite');
  } catch (error) {
    throw toStorageError(error);
  }
  // Observe the outcome from the start so a failed commit never becomes an unhandled rejection.
  const done = tx.done.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by IndexedDB itself (e.g. a failed request); nothing left to undo.
    }
    await done;
    throw toStorageError(error);
  }
  const outcome = await done;
  if (!outcome.ok) throw toStorageError(outcome.error);
  return result;
}

/** A readonly snapshot over every store; readers see either all of a save or none of it. */
export async function readTransaction<T>(
  db: IDBPDatabase<CorpusSchema>,
  body: (tx: CorpusReadTx) => Promise<T>,
): Promise<T> {
  try {
    const tx = db.transaction([...ALL_STORES], 'readonly');
    const [result] = await Promise.all([body(tx), tx.done]);
    return result;
  } catch (error) {
    throw toStorageError(error);
  }
}
