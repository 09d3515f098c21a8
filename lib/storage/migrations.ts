import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One schema upgrade: brings a database at `version - 1` to `version`. Steps are typed against an
 * untyped schema because they run on databases shaped by earlier steps, not by today's CorpusSchema.
 */
export interface Migration {
  version: number;
  upgrade(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void;
}

/**
 * Append-only: a released step never changes (store and index names are written out literally for
 * that reason). A new schema adds `{ version: N + 1, ... }`, and the fixture test covers the path
 * from every older dump in test/fixtures/storage.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    upgrade(db) {
      const documents = db.createObjectStore('documents', { keyPath: 'id' });
      documents.createIndex('canonicalUrl', 'canonicalUrl');
      documents.createIndex('contentHash', 'contentHash');
      documents.createIndex('source', 'source');
      db.createObjectStore('claims', { keyPath: 'docId' });
      db.createObjectStore('indexEntries', { keyPath: 'docId' });
    },
  },
  {
    // Following feeds and keeping what is read: feeds, the items already seen, settings; documents
    // indexed by source and age (retention without a full scan) and by feed (counts per feed).
    version: 2,
    upgrade(db, tx) {
      const documents = tx.objectStore('documents');
      documents.createIndex('sourceStoredAt', ['source', 'storedAt']);
      documents.createIndex('feedId', 'feedId');
      db.createObjectStore('feeds', { keyPath: 'id' });
      const items = db.createObjectStore('feedItems', { keyPath: 'url' });
      items.createIndex('feedId', 'feedId');
      items.createIndex('seenAt', 'seenAt');
      db.createObjectStore('settings', { keyPath: 'key' });
    },
  },
];

/** The version a migration list produces; also checks the list is contiguous from 1. */
export function schemaVersion(migrations: readonly Migration[]): number {
  migrations.forEach((step, i) => {
    if (step.version !== i + 1) throw new Error(`Migration ${i} has version ${step.version}, expected ${i + 1}`);
  });
  if (migrations.length === 0) throw new Error('At least one migration is required');
  return migrations.length;
}

export const SCHEMA_VERSION = schemaVersion(MIGRATIONS);
