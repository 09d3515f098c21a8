import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../lib/extraction/article';
import type { SeedInput } from '../../../lib/storage/seeds';
import { analyze, freshStore, makeArticle, manualClock, save } from './helpers';

const seedA = makeArticle({ url: 'https://seed.example/a', text: 'Сид А.' });
const seedB = makeArticle({ url: 'https://seed.example/b', text: 'Сид Б.' });
const seedC = makeArticle({ url: 'https://seed.example/c', text: 'Сид В.' });

function seeds(...articles: Array<[string, Article]>): SeedInput[] {
  return articles.map(([key, article]) => ({ key, article }));
}

describe('putSeeds', () => {
  it('adds seeds once and leaves them alone on a repeated install, without re-analysing', async () => {
    const { store } = await freshStore();
    const analyzer = vi.fn(analyze);
    const input = seeds(['a', seedA], ['b', seedB]);
    expect(await store.putSeeds(input, analyzer)).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(analyzer).toHaveBeenCalledTimes(2);

    expect(await store.putSeeds(input, analyzer)).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(analyzer).toHaveBeenCalledTimes(2);
    const listing = await store.listDocuments({ source: 'seed' });
    expect(listing.documents.map((d) => d.id).sort()).toEqual(['seed:a', 'seed:b']);
  });

  it('replaces a seed whose text changed, deletes removed seeds and keeps stored pages untouched', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    await store.putSeeds(seeds(['a', seedA], ['b', seedB]), analyze);
    const mine = await save(store, makeArticle({ url: 'https://mine.example/', text: 'Моя статья.' }));
    const mineBefore = await store.getDocument(mine.id);
    clock.advance(86_400_000);

    const seedA2 = makeArticle({ url: 'https://seed.example/a', text: 'Сид А, новая редакция.' });
    const result = await store.putSeeds(seeds(['a', seedA2], ['c', seedC]), analyze);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 1 });

    const a = await store.getDocument('seed:a');
    expect(a.article.text).toBe('Сид А, новая редакция.');
    expect(a.storedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(a.updatedAt).toBe('2026-02-02T10:00:00.000Z');
    expect((await store.getClaims('seed:a'))[0]?.text).toBe('Сид А, новая редакция.');
    await expect(store.getDocument('seed:b')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.getClaims('seed:b')).rejects.toMatchObject({ code: 'not-found' });

    expect(await store.getDocument(mine.id)).toEqual(mineBefore);
    const docIds = (await store.loadIndexEntries()).entries.map((e) => e.docId).sort();
    expect(docIds).toEqual([mine.id, 'seed:a', 'seed:c'].sort());
  });

  it('removes every seed when none are bundled any more, but not stored pages', async () => {
    const { store } = await freshStore();
    await store.putSeeds(seeds(['a', seedA]), analyze);
    await save(store, makeArticle({ text: 'Моя.' }));
    expect(await store.putSeeds([], analyze)).toMatchObject({ removed: 1 });
    expect((await store.listDocuments()).documents.map((d) => d.source)).toEqual(['stored']);
  });

  it('rejects duplicate keys and invalid seed articles before writing anything', async () => {
    const { store } = await freshStore();
    await expect(store.putSeeds(seeds(['a', seedA], ['a', seedB]), analyze)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const broken = { ...seedB, lang: 42 } as unknown as Article;
    await expect(store.putSeeds(seeds(['a', seedA], ['b', broken]), analyze)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/"b".*lang/),
    });
    expect((await store.listDocuments()).documents).toEqual([]);
  });

  it('reports saving a page identical to a seed as unchanged', async () => {
    const { store } = await freshStore();
    await store.putSeeds(seeds(['a', seedA]), analyze);
    expect(await save(store, seedA)).toEqual({ status: 'unchanged', id: 'seed:a' });
    // A newer text at a seed's URL becomes the reader's own page; the seed stays as bundled.
    const newer = makeArticle({ url: 'https://seed.example/a', text: 'Сид А, обновлено на сайте.' });
    const saved = await save(store, newer);
    expect(saved.status).toBe('created');
    expect((await store.getDocument('seed:a')).article.text).toBe('Сид А.');
  });
});
