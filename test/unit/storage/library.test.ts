import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../../lib/storage/corpus-store';
import type { StorageError } from '../../../lib/storage/errors';
import { analyze, freshStore, makeArticle, manualClock, rawOpen, rawPut, save } from './helpers';

async function library() {
  const clock = manualClock();
  const { store, factory } = await freshStore({ now: clock.now });
  const ids: string[] = [];
  for (const [outlet, title, url, lang] of [
    ['РБК-Украина', 'Саммит в Киеве', 'https://rbc.example/summit', 'ru'],
    ['Укрінформ', 'Самміт у Києві', 'https://ukrinform.example/samit', 'uk'],
    ['Reuters', 'Kyiv summit opens', 'https://reuters.example/kyiv', 'en'],
  ] as const) {
    ids.push((await save(store, makeArticle({ outlet, title, url, lang, text: `${title}. ${outlet}.` }))).id);
    clock.advance(1000);
  }
  await store.putSeeds([{ key: 'seed-1', article: makeArticle({ url: null, text: 'Сид.' }) }], analyze);
  return { store, factory, ids };
}

describe('library listing', () => {
  it('lists summaries newest first without texts', async () => {
    const { store, ids } = await library();
    const { documents, corrupt } = await store.listDocuments({ source: 'stored' });
    expect(corrupt).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([...ids].reverse());
    expect(documents[0]).toEqual({
      id: ids[2],
      source: 'stored',
      title: 'Kyiv summit opens',
      outlet: 'Reuters',
      url: 'https://reuters.example/kyiv',
      published: '2026-01-03',
      lang: 'en',
      sizeBytes: expect.any(Number),
      storedAt: '2026-02-01T10:00:02.000Z',
      updatedAt: '2026-02-01T10:00:02.000Z',
    });
    expect(documents[0]).not.toHaveProperty('text');
  });

  it('filters by source', async () => {
    const { store } = await library();
    expect((await store.listDocuments()).documents).toHaveLength(4);
    expect((await store.listDocuments({ source: 'seed' })).documents.map((d) => d.id)).toEqual(['seed:seed-1']);
  });

  it.each([
    ['киев', ['Саммит в Киеве']],
    ['РЕУТЕРС', []],
    ['REUTERS', ['Kyiv summit opens']],
    ['ukrinform.example', ['Самміт у Києві']],
    ['  укрінформ ', ['Самміт у Києві']],
  ])('matches %j case-insensitively against title, outlet and URL', async (query, titles) => {
    const { store } = await library();
    const { documents } = await store.listDocuments({ query });
    expect(documents.map((d) => d.title)).toEqual(titles);
  });

  it('deletes documents together with their claims and index entries', async () => {
    const { store, ids } = await library();
    const [first, second] = ids as [string, string];
    expect(await store.deleteDocuments([first, second, 'stored:missing'])).toBe(2);
    expect((await store.listDocuments({ source: 'stored' })).documents).toHaveLength(1);
    await expect(store.getDocument(first)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.getClaims(second)).rejects.toMatchObject({ code: 'not-found' });
    const { entries } = await store.loadIndexEntries();
    expect(entries.map((e) => e.docId).sort()).toEqual([ids[2], 'seed:seed-1'].sort());
  });

  it('estimates usage from the given StorageManager and counts documents by source', async () => {
    const { store } = await library();
    const estimate = await store.estimate({ estimate: async () => ({ usage: 1234, quota: 5_000_000 }) });
    expect(estimate).toEqual({
      usageBytes: 1234,
      quotaBytes: 5_000_000,
      documents: { seed: 1, stored: 3, followed: 0, kept: 0 },
    });
    const unknown = await store.estimate();
    expect(unknown).toEqual({
      usageBytes: null,
      quotaBytes: null,
      documents: { seed: 1, stored: 3, followed: 0, kept: 0 },
    });
    const refused = await store.estimate({ estimate: () => Promise.reject(new Error('private window')) });
    expect(refused.usageBytes).toBeNull();
  });
});

describe('corrupted records', () => {
  it('skips a document row missing fields in listings and reports it', async () => {
    const { store, factory, ids } = await library();
    store.close();
    const db = await rawOpen(factory, 'parallax-test');
    await rawPut(db, 'documents', { id: 'stored:broken', source: 'stored', article: { title: 'Half' } });
    db.close();
    const reopened = await openCorpusDb(factory, 'parallax-test');

    const listing = await reopened.listDocuments({ source: 'stored' });
    expect(listing.documents.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(listing.corrupt).toEqual([
      { store: 'documents', key: 'stored:broken', message: expect.stringMatching(/article\.lang must be a string/) },
    ]);
    // The unfiltered listing (a full scan rather than the source index) reports it as well.
    const all = await reopened.listDocuments();
    expect(all.corrupt.map((c) => c.key)).toEqual(['stored:broken']);

    const error = (await reopened.getDocument('stored:broken').catch((e: unknown) => e)) as StorageError;
    expect(error.code).toBe('corrupt-record');
    expect(error.message).toMatch(/damaged/);
    // The damaged row can still be deleted.
    expect(await reopened.deleteDocuments(['stored:broken'])).toBe(1);
    expect((await reopened.listDocuments()).corrupt).toEqual([]);
    reopened.close();
  });

  it('skips damaged index entries on cold start and reports them', async () => {
    const { store, factory } = await library();
    store.close();
    const db = await rawOpen(factory, 'parallax-test');
    await rawPut(db, 'indexEntries', { docId: 'stored:x' });
    db.close();
    const reopened = await openCorpusDb(factory, 'parallax-test');
    const { entries, corrupt } = await reopened.loadIndexEntries();
    expect(entries).toHaveLength(4);
    expect(corrupt).toEqual([{ store: 'indexEntries', key: 'stored:x', message: expect.any(String) }]);
    reopened.close();
  });
});
