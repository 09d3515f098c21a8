import type { IDBPDatabase } from 'idb';
import type { Article } from '../extraction/article';
import { validateArticle } from '../protocol/article-schema';
import {
  type Analysis,
  type AnalyzeDocument,
  buildRecord,
  mergeHistory,
  putDocument,
  removeDocument,
} from './documents';
import { StorageError } from './errors';
import type { CorpusSchema, DocumentRecord } from './schema';
import { readTransaction, writeTransaction } from './transaction';
import { LIMITS, validateDocumentRecord } from './validation';

export interface SeedInput {
  /** Stable key of the bundled seed (e.g. its file name); the document id becomes `seed:<key>`. */
  key: string;
  article: Article;
}

export interface SeedResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export function seedId(key: string): string {
  return `seed:${key}`;
}

function checkSeeds(seeds: readonly SeedInput[]): Map<string, SeedInput> {
  const byId = new Map<string, SeedInput>();
  for (const seed of seeds) {
    if (typeof seed.key !== 'string' || seed.key === '' || seed.key.length > LIMITS.id - 5) {
      throw new StorageError('invalid-input', `A bundled seed has an invalid key: ${JSON.stringify(seed.key)}.`);
    }
    const checked = validateArticle(seed.article);
    if (!checked.ok)
      throw new StorageError('invalid-input', `Bundled seed "${seed.key}" is invalid: ${checked.message}.`);
    const id = seedId(seed.key);
    if (byId.has(id)) throw new StorageError('invalid-input', `Bundled seed "${seed.key}" appears twice.`);
    byId.set(id, { key: seed.key, article: checked.value });
  }
  return byId;
}

/**
 * Brings the bundled seeds in line with `seeds` (run on install and update): new seeds are added,
 * seeds whose text changed are replaced, seeds no longer bundled are deleted, and only new or
 * changed seeds are analysed. Documents the reader stored are never touched.
 */
export async function putSeeds<E>(
  db: IDBPDatabase<CorpusSchema>,
  seeds: readonly SeedInput[],
  analyze: AnalyzeDocument<E>,
  now: Date,
): Promise<SeedResult> {
  const wanted = checkSeeds(seeds);
  const existingRows = await readTransaction(db, (tx) => tx.objectStore('documents').index('source').getAll('seed'));
  const existing = new Map<string, DocumentRecord | null>();
  for (const row of existingRows) {
    const checked = validateDocumentRecord(row);
    // A damaged seed row is simply rewritten below.
    existing.set(row.id, checked.ok ? checked.value : null);
  }

  // Analysis happens outside any transaction: awaiting it inside would let the transaction auto-commit.
  const changes: Array<{ record: DocumentRecord; analysis: Analysis<E>; isNew: boolean }> = [];
  const savedAt = now.toISOString();
  let unchanged = 0;
  for (const [id, seed] of wanted) {
    const previous = existing.get(id);
    if (previous && previous.contentHash === seed.article.contentHash) {
      unchanged++;
      continue;
    }
    const analysis = await analyze(seed.article);
    const version = { contentHash: seed.article.contentHash, savedAt, published: seed.article.published };
    const record = buildRecord(id, 'seed', seed.article, analysis, {
      storedAt: previous?.storedAt ?? savedAt,
      updatedAt: savedAt,
      history: mergeHistory(previous?.history ?? [], [version]),
    });
    changes.push({ record, analysis, isNew: !existing.has(id) });
  }
  const removals = [...existing.keys()].filter((id) => !wanted.has(id));

  await writeTransaction(db, async (tx) => {
    for (const { record, analysis } of changes) await putDocument(tx, record, analysis);
    for (const id of removals) await removeDocument(tx, id);
  });
  const added = changes.filter((change) => change.isNew).length;
  return { added, updated: changes.length - added, unchanged, removed: removals.length };
}
