import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCorpusDb } from '../../../lib/storage/corpus-store';
import { analyze, freshStore, makeArticle, rawGetAll, rawOpen, save } from './helpers';

const originalPut = IDBObjectStore.prototype.put;

afterEach(() => {
  vi.restoreAllMocks();
});

const kyiv = makeArticle({ url: 'https://news.example/kyiv', text: 'Лидеры приехали в Киев.' });
const kyivCorrected = makeArticle({ url: 'https://news.example/kyiv', text: 'Лидеры приехали в Киев. Их было 27.' });
const paris = makeArticle({ url: 'https://news.example/paris', text: 'Встреча в Париже.' });

describe('the index journal', () => {
  it('records every change to a document entry with the entry it replaced', async () => {
    const { store } = await freshStore();
    const first = await save(store, kyiv);
    await save(store, kyivCorrected);
    const other = await save(store, paris);
    await store.deleteDocuments([first.id, 'stored:missing']);

    const { rows, entries, lastSeq, more } = await store.readIndexChanges(0, 100);
    expect(rows.map((r) => [r.docId, r.before])).toEqual([
      [first.id, null],
      [first.id, analyze(kyiv).indexEntry],
      [other.id, null],
      [first.id, analyze(kyivCorrected).indexEntry],
    ]);
    // Current entries only: the deleted page has none.
    expect([...entries]).toEqual([[other.id, analyze(paris).indexEntry]]);
    expect(lastSeq).toBe(rows.at(-1)?.seq);
    expect(more).toBe(false);
    expect((await store.readIndexChanges(lastSeq, 100)).rows).toEqual([]);
  });

  it('reads the journal in steps of the given size', async () => {
    const { store } = await freshStore();
    for (const n of [1, 2, 3]) {
      await save(store, makeArticle({ url: `https://news.example/${n}`, text: `Новость номер ${'раз '.repeat(n)}.` }));
    }
    const firstStep = await store.readIndexChanges(0, 2);
    expect(firstStep.rows).toHaveLength(2);
    expect(firstStep.more).toBe(true);
    const secondStep = await store.readIndexChanges(firstStep.lastSeq, 2);
    expect(secondStep.rows).toHaveLength(1);
    expect(secondStep.more).toBe(false);
  });

  it('writes nothing when a save fails, so the journal never runs ahead of the documents', async () => {
    const { store, factory } = await freshStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'indexEntries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalPut.apply(this, args);
    });
    await expect(save(store, kyiv)).rejects.toMatchObject({ code: 'quota-exceeded' });
    vi.restoreAllMocks();
    store.close();
    const db = await rawOpen(factory, 'parallax-test');
    expect(await rawGetAll(db, 'indexJournal')).toEqual([]);
    db.close();
  });
});

describe('the index snapshot', () => {
  it('replaces the previous snapshot and drops the journal rows it includes, keeping later ones', async () => {
    const { store } = await freshStore();
    expect(await store.loadIndexSnapshot()).toBeNull();
    await save(store, kyiv);
    const { lastSeq } = await store.readIndexChanges(0, 100);
    await store.writeIndexSnapshot({ old: { n: 1 }, postings: new Uint32Array([9]) }, lastSeq);
    await store.writeIndexSnapshot({ postings: new Uint32Array([1, 2, 3]) }, lastSeq);
    const later = await save(store, paris);

    const snapshot = await store.loadIndexSnapshot();
    expect(snapshot).toEqual({ seq: lastSeq, parts: { postings: new Uint32Array([1, 2, 3]) } });
    expect(snapshot?.parts.postings).toBeInstanceOf(Uint32Array);
    const { rows } = await store.readIndexChanges(0, 100);
    expect(rows.map((r) => r.docId)).toEqual([later.id]);
  });

  it('is missing when one of its parts is', async () => {
    const { store, factory } = await freshStore();
    await store.writeIndexSnapshot({ terms: 'a', postings: 'b' }, 0);
    store.close();
    const db = await rawOpen(factory, 'parallax-test');
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('indexSnapshot', 'readwrite');
      tx.objectStore('indexSnapshot').delete('postings');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const again = await openCorpusDb(factory, 'parallax-test');
    expect(await again.loadIndexSnapshot()).toBeNull();
    again.close();
  });
});
