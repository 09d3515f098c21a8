import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCorpusDb } from '../../../lib/storage/corpus-store';
import { openDatabase } from '../../../lib/storage/database';
import { StorageError } from '../../../lib/storage/errors';
import { formatDocument, formatHeader } from '../../../lib/storage/jsonl';
import { MIGRATIONS, type Migration } from '../../../lib/storage/migrations';
import { analyze, freshStore, makeArticle, rawGetAll, rawOpen, save } from './helpers';

const NAME = 'parallax-test';
const originalPut = IDBObjectStore.prototype.put;

/** Makes `put` on one store misbehave, the way a full disk or a killed worker would. */
function sabotagePut(storeName: string, action: (store: IDBObjectStore) => void) {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === storeName) action(this);
    return originalPut.apply(this, args);
  });
}

async function rowCounts(factory: IDBFactory): Promise<Record<string, number>> {
  const db = await rawOpen(factory, NAME);
  const counts: Record<string, number> = {};
  for (const store of ['documents', 'claims', 'indexEntries']) counts[store] = (await rawGetAll(db, store)).length;
  db.close();
  return counts;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quota exceeded', () => {
  it('aborts the whole save, leaves nothing half-written and reports quota-exceeded', async () => {
    const { store, factory } = await freshStore();
    await save(store, makeArticle({ url: 'https://ok.example/', text: 'Уже сохранено.' }));
    // The document row is written first; the disk fills up on the index entry.
    sabotagePut('indexEntries', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error = await save(store, makeArticle({ url: 'https://big.example/', text: 'Большая статья.' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('quota-exceeded');
    expect((error as StorageError).message).toMatch(/not enough storage space/i);

    vi.restoreAllMocks();
    store.close();
    expect(await rowCounts(factory)).toEqual({ documents: 1, claims: 1, indexEntries: 1 });
  });

  it('stops an import at the full disk, keeping the documents imported before it', async () => {
    const { store } = await freshStore();
    const lines = ['1', '2', '3'].map((n) =>
      formatDocument({
        article: makeArticle({ url: `https://x.example/${n}`, text: `Статья ${n}.` }),
        source: 'stored',
        storedAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        history: [],
      }),
    );
    let puts = 0;
    sabotagePut('documents', () => {
      if (++puts === 2) throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await store.importJsonl([formatHeader('2026-01-02T00:00:00Z'), ...lines].join('\n'), analyze);
    expect(result.imported).toBe(1);
    expect(result.errors).toEqual([
      {
        line: 3,
        kind: 'storage',
        reason: 'quota-exceeded',
        message: expect.stringMatching(/not enough storage space/i),
      },
    ]);
    expect(result.stoppedAt).toBe(3);
    vi.restoreAllMocks();
    expect((await store.listDocuments()).documents.map((d) => d.url)).toEqual(['https://x.example/1']);
  });
});

describe('transaction atomicity', () => {
  it('shows nothing of a save whose transaction never commits (worker killed mid-save)', async () => {
    const { store, factory } = await freshStore();
    // Abort after the document and claims rows were put: like the worker dying before commit.
    sabotagePut('indexEntries', (objectStore) => objectStore.transaction.abort());
    const error = await save(store, makeArticle({ text: 'Не успели.' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    vi.restoreAllMocks();

    expect((await store.listDocuments()).documents).toEqual([]);
    expect((await store.loadIndexEntries()).entries).toEqual([]);
    store.close();
    expect(await rowCounts(factory)).toEqual({ documents: 0, claims: 0, indexEntries: 0 });
  });

  it('rolls back an update so the previous version stays complete', async () => {
    const { store } = await freshStore();
    const v1 = makeArticle({ url: 'https://a.example/', text: 'Первая версия.' });
    const { id } = await save(store, v1);
    sabotagePut('claims', (objectStore) => objectStore.transaction.abort());
    await expect(save(store, makeArticle({ url: 'https://a.example/', text: 'Вторая.' }))).rejects.toBeInstanceOf(
      StorageError,
    );
    vi.restoreAllMocks();
    const doc = await store.getDocument(id);
    expect(doc.article).toEqual(v1);
    expect(doc.history).toHaveLength(1);
    expect(await store.getClaims(id)).toEqual(analyze(v1).claims);
  });
});

describe('upgrades', () => {
  // The next schema after the released ones, whatever their number.
  const NEXT = MIGRATIONS.length + 1;
  const v2: Migration = {
    version: NEXT,
    upgrade(db) {
      db.createObjectStore('snapshots');
    },
  };

  it('reports upgrade-blocked when an old connection does not close, and opens later once it does', async () => {
    const { store, factory } = await freshStore();
    store.close();
    // A stale page holding version 1 that ignores versionchange.
    const stale = await rawOpen(factory, NAME);
    const error = await openDatabase(factory, NAME, { migrations: [...MIGRATIONS, v2], blockedTimeoutMs: 20 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('upgrade-blocked');
    expect((error as StorageError).message).toMatch(/Close other Parallax tabs/);

    stale.close();
    const upgraded = await openDatabase(factory, NAME, { migrations: [...MIGRATIONS, v2] });
    expect(upgraded.version).toBe(NEXT);
    expect([...upgraded.objectStoreNames]).toContain('snapshots');
    upgraded.close();
  });

  it('closes its own connection when another context upgrades (blocking), then refuses work', async () => {
    const onClose = vi.fn();
    const { store, factory } = await freshStore({ onClose });
    const { id } = await save(store, makeArticle({ text: 'До обновления.' }));

    const upgraded = await openDatabase(factory, NAME, { migrations: [...MIGRATIONS, v2], blockedTimeoutMs: 1000 });
    expect(upgraded.version).toBe(NEXT);
    expect(onClose).toHaveBeenCalledWith('versionchange');
    await expect(store.listDocuments()).rejects.toMatchObject({ code: 'closed' });
    // The upgrade kept the data.
    expect((await upgraded.get('documents', id))?.article.text).toBe('До обновления.');
    upgraded.close();
  });

  it('rolls back a failing upgrade step and reports upgrade-failed with the data intact', async () => {
    const { store, factory } = await freshStore();
    const { id } = await save(store, makeArticle({ text: 'Сохранено.' }));
    store.close();
    const broken: Migration = {
      version: NEXT,
      upgrade(db) {
        db.deleteObjectStore('claims');
        throw new Error('bug in step 2');
      },
    };
    const error = (await openDatabase(factory, NAME, { migrations: [...MIGRATIONS, broken] }).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(error.code).toBe('upgrade-failed');
    expect((error.cause as Error).message).toBe('bug in step 2');

    const reopened = await openCorpusDb(factory, NAME);
    expect((await reopened.getClaims(id)).length).toBeGreaterThan(0);
    reopened.close();
    const raw = await rawOpen(factory, NAME);
    expect(raw.version).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('refuses a database written by a newer version of the extension', async () => {
    const { store, factory } = await freshStore();
    store.close();
    const newer = await openDatabase(factory, NAME, { migrations: [...MIGRATIONS, v2] });
    newer.close();
    await expect(openCorpusDb(factory, NAME)).rejects.toMatchObject({
      code: 'upgrade-failed',
      message: expect.stringMatching(/newer version of Parallax/),
    });
  });

  it('refuses a database at the current version that lacks stores', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, NAME, 1)).close();
    await expect(openCorpusDb(factory, NAME)).rejects.toMatchObject({ code: 'upgrade-failed' });
  });
});
