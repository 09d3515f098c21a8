import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../lib/storage/errors';
import { analyze, freshStore, makeArticle, manualClock, rawGetAll, rawOpen, rawPut, save } from './helpers';

const URL_A = 'https://news.example/politics/summit';

describe('saveDocument de-duplication', () => {
  it('creates a document with its claims and index entry, all readable back', async () => {
    const { store } = await freshStore();
    const article = makeArticle({ url: URL_A, text: 'Саммит открылся в Киеве. Приехали 27 лидеров.' });
    const result = await save(store, article);
    expect(result.status).toBe('created');

    const doc = await store.getDocument(result.id);
    expect(doc.article).toEqual(article);
    expect(doc.source).toBe('stored');
    expect(doc.history).toHaveLength(1);
    expect(doc.sizeBytes).toBeGreaterThan(new TextEncoder().encode(article.text).byteLength);
    expect(await store.getClaims(result.id)).toEqual(analyze(article).claims);
    const { entries } = await store.loadIndexEntries();
    expect(entries).toEqual([{ docId: result.id, entry: analyze(article).indexEntry }]);
  });

  it('reports the same URL with the same text as unchanged and writes nothing', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    const article = makeArticle({ url: URL_A, text: 'Текст статьи.' });
    const first = await save(store, article);
    clock.advance(60_000);
    const again = await save(store, article);
    expect(again).toEqual({ status: 'unchanged', id: first.id });
    const doc = await store.getDocument(first.id);
    expect(doc.updatedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(doc.history).toHaveLength(1);
  });

  it('replaces the text of a re-saved page whose text changed and keeps both versions in history', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    const v1 = makeArticle({ url: URL_A, published: '2026-01-03', text: 'Погибли 3 человека.' });
    const first = await save(store, v1);
    clock.advance(3_600_000);
    const v2 = makeArticle({ url: `${URL_A}#comments`, published: '2026-01-04', text: 'Погибли 5 человек.' });
    const second = await save(store, v2);

    expect(second).toEqual({ status: 'updated', id: first.id });
    const doc = await store.getDocument(first.id);
    expect(doc.article.text).toBe('Погибли 5 человек.');
    expect(doc.contentHash).toBe(v2.contentHash);
    expect(doc.storedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(doc.updatedAt).toBe('2026-02-01T11:00:00.000Z');
    expect(doc.history).toEqual([
      { contentHash: v1.contentHash, savedAt: '2026-02-01T10:00:00.000Z', published: '2026-01-03' },
      { contentHash: v2.contentHash, savedAt: '2026-02-01T11:00:00.000Z', published: '2026-01-04' },
    ]);
    // Claims and index entry follow the new text.
    expect((await store.getClaims(first.id))[0]?.text).toBe('Погибли 5 человек.');
    const { entries } = await store.loadIndexEntries();
    expect(entries).toEqual([{ docId: first.id, entry: { terms: ['погибли', 'человек'] } }]);
    expect((await store.listDocuments()).documents).toHaveLength(1);
  });

  it('matches pages by canonical URL even when the visited URL differs', async () => {
    const { store } = await freshStore();
    const a = makeArticle({ url: 'https://news.example/x?utm=1', canonicalUrl: URL_A, text: 'Первая версия.' });
    const b = makeArticle({ url: 'https://news.example/x', canonicalUrl: URL_A, text: 'Вторая версия.' });
    const first = await save(store, a);
    expect(await save(store, b)).toEqual({ status: 'updated', id: first.id });
  });

  it('never lets a page on another origin replace a stored page by naming its address as canonical', async () => {
    const { store } = await freshStore();
    const original = makeArticle({ url: URL_A, title: 'Саммит', text: 'Настоящий текст статьи.' });
    const first = await save(store, original);
    const forged = makeArticle({
      url: 'https://attacker.example/page',
      canonicalUrl: URL_A,
      title: 'Саммит',
      text: 'Подменённый текст.',
    });
    const second = await save(store, forged);
    expect(second.status).toBe('created');
    expect(second.id).not.toBe(first.id);
    expect((await store.getDocument(first.id)).article.text).toBe('Настоящий текст статьи.');
    // Its own address is its identity: saving it again updates it, not the page it named.
    expect(
      await save(store, {
        ...forged,
        text: 'Ещё один текст.',
        contentHash: makeArticle({ text: 'Ещё один текст.' }).contentHash,
      }),
    ).toEqual({ status: 'updated', id: second.id });
    expect((await store.getDocument(first.id)).article.text).toBe('Настоящий текст статьи.');
  });

  it('keeps two different articles of one site that give the same canonical URL (its home page) apart', async () => {
    const { store } = await freshStore();
    const home = 'https://news.example/';
    const a = makeArticle({
      url: 'https://news.example/a',
      canonicalUrl: home,
      title: 'Первая',
      text: 'Первая статья.',
    });
    const b = makeArticle({
      url: 'https://news.example/b',
      canonicalUrl: home,
      title: 'Вторая',
      text: 'Вторая статья.',
    });
    const first = await save(store, a);
    const second = await save(store, b);
    expect(second.status).toBe('created');
    expect((await store.getDocument(first.id)).article.text).toBe('Первая статья.');
    expect((await store.listDocuments()).documents).toHaveLength(2);
  });

  it('does not merge into a record keyed by another origin’s canonical link before this rule', async () => {
    const { factory, store } = await freshStore();
    const forged = makeArticle({
      url: 'https://attacker.example/p',
      canonicalUrl: URL_A,
      title: 'Саммит',
      text: 'Подмена.',
    });
    const planted = await save(store, forged);
    // As an older version stored it: keyed by the foreign canonical URL.
    const raw = await rawOpen(factory, 'parallax-test');
    const row = (await rawGetAll(raw, 'documents'))[0] as Record<string, unknown>;
    await rawPut(raw, 'documents', { ...row, canonicalUrl: URL_A });
    raw.close();
    const real = await save(store, makeArticle({ url: URL_A, title: 'Саммит', text: 'Настоящий текст.' }));
    expect(real.status).toBe('created');
    expect((await store.getDocument(planted.id)).article.text).toBe('Подмена.');
  });

  it('treats the same text under a different URL as already stored', async () => {
    const { store } = await freshStore();
    const text = 'Одинаковый текст перепечатки.';
    const first = await save(store, makeArticle({ url: URL_A, text }));
    const mirror = await save(store, makeArticle({ url: 'https://mirror.example/copy', text }));
    expect(mirror).toEqual({ status: 'unchanged', id: first.id });
    expect((await store.listDocuments()).documents).toHaveLength(1);
  });

  it('de-duplicates pages without any URL by their text', async () => {
    const { store } = await freshStore();
    const article = makeArticle({ url: null, text: 'Без адреса.' });
    const first = await save(store, article);
    expect(first.status).toBe('created');
    expect(await save(store, article)).toEqual({ status: 'unchanged', id: first.id });
  });

  it('rejects an invalid article with invalid-input and stores nothing', async () => {
    const { store } = await freshStore();
    const bad = { ...makeArticle({ text: 'Текст.' }), contentHash: 'not-a-hash' };
    const { claims, indexEntry } = analyze(bad);
    const error = await store.saveDocument(bad, claims, indexEntry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid-input');
    expect((error as StorageError).message).toMatch(/contentHash/);
    expect((await store.listDocuments()).documents).toEqual([]);
  });

  it('gives a fresh id when the first text of a page later reappears at another URL', async () => {
    const { store } = await freshStore();
    const v1 = makeArticle({ url: URL_A, text: 'Исходный текст.' });
    const first = await save(store, v1);
    await save(store, makeArticle({ url: URL_A, text: 'Исправленный текст.' }));
    const other = await save(store, makeArticle({ url: 'https://other.example/', text: 'Исходный текст.' }));
    expect(other.status).toBe('created');
    expect(other.id).not.toBe(first.id);
    expect((await store.listDocuments()).documents).toHaveLength(2);
  });
});
