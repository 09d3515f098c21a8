import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../../lib/storage/corpus-store';
import { MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../../lib/storage/migrations';
import { freshStore, makeArticle, rawOpen, save } from './helpers';

describe('corpus schema', () => {
  it('creates the document, claim, index-entry, feed, feed-item and settings stores with their lookup indexes at version 2', async () => {
    const { store, factory } = await freshStore();
    store.close();
    const db = await rawOpen(factory, 'parallax-test');
    expect(db.version).toBe(2);
    expect(SCHEMA_VERSION).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([
      'claims',
      'documents',
      'feedItems',
      'feeds',
      'indexEntries',
      'settings',
    ]);

    const tx = db.transaction([...db.objectStoreNames], 'readonly');
    const documents = tx.objectStore('documents');
    expect(documents.keyPath).toBe('id');
    expect([...documents.indexNames].sort()).toEqual([
      'canonicalUrl',
      'contentHash',
      'feedId',
      'source',
      'sourceStoredAt',
    ]);
    for (const name of ['canonicalUrl', 'contentHash', 'source', 'feedId']) {
      const index = documents.index(name);
      expect(index.keyPath).toBe(name);
      expect(index.unique).toBe(false);
    }
    expect(documents.index('sourceStoredAt').keyPath).toEqual(['source', 'storedAt']);
    expect(tx.objectStore('claims').keyPath).toBe('docId');
    expect(tx.objectStore('indexEntries').keyPath).toBe('docId');
    expect(tx.objectStore('feeds').keyPath).toBe('id');
    expect(tx.objectStore('feedItems').keyPath).toBe('url');
    expect([...tx.objectStore('feedItems').indexNames].sort()).toEqual(['feedId', 'seenAt']);
    expect(tx.objectStore('settings').keyPath).toBe('key');
    db.close();
  });

  it('derives the version from a contiguous migration list and rejects gaps', () => {
    expect(schemaVersion(MIGRATIONS)).toBe(MIGRATIONS.length);
    const step = MIGRATIONS[0];
    if (!step) throw new Error('no migration');
    expect(() => schemaVersion([step, { ...step, version: 3 }])).toThrow(/expected 2/);
    expect(() => schemaVersion([])).toThrow();
  });

  it('reopens an existing database without re-running the upgrade and keeps its data', async () => {
    const { store, factory } = await freshStore();
    const created = await save(store, makeArticle({ text: 'Один. Два.' }));
    store.close();
    const again = await openCorpusDb(factory, 'parallax-test');
    expect((await again.getDocument(created.id)).article.text).toBe('Один. Два.');
    again.close();
  });
});
