import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/extraction/article';
import type { CorpusStore } from '../../../lib/storage/corpus-store';
import type { DocumentOrigin } from '../../../lib/storage/documents';
import { analyze, freshStore, makeArticle, manualClock, type TestEntry } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

function saveFrom(store: CorpusStore<TestEntry>, article: Article, origin?: DocumentOrigin) {
  const { claims, indexEntry } = analyze(article);
  return store.saveDocument(article, claims, indexEntry, origin);
}

describe('followed and kept documents', () => {
  it('stores a followed article with its feed, and counts it per source and per feed', async () => {
    const { store } = await freshStore();
    const article = makeArticle({ url: 'https://feed.example/1', text: 'Из ленты.' });
    const { id } = await saveFrom(store, article, { source: 'followed', feedId: 'feed:a' });
    expect(await store.getDocument(id)).toMatchObject({ source: 'followed', feedId: 'feed:a' });
    expect((await store.estimate()).documents).toEqual({ seed: 0, stored: 0, followed: 1, kept: 0 });
    expect(await store.countByFeed(['feed:a', 'feed:b'])).toEqual({ 'feed:a': 1, 'feed:b': 0 });
    expect(await store.hasDocumentAt('https://feed.example/1')).toBe(id);
  });

  it('lets the reader’s save or keep promote a followed article (same address or same text), never the reverse', async () => {
    const { store } = await freshStore();
    const article = makeArticle({ url: 'https://feed.example/1', text: 'Из ленты.' });
    const { id } = await saveFrom(store, article, { source: 'followed', feedId: 'feed:a' });
    // A feed bringing the same page again changes nothing.
    expect(await saveFrom(store, article, { source: 'followed', feedId: 'feed:b' })).toEqual({
      status: 'unchanged',
      id,
    });
    expect(await saveFrom(store, article, { source: 'kept' })).toEqual({ status: 'updated', id });
    expect(await store.getDocument(id)).toMatchObject({ source: 'kept' });
    expect((await store.getDocument(id)).feedId).toBeUndefined();
    // The same text at another address (an AMP copy) saved by hand: the reader's own now.
    const copy = { ...article, url: 'https://amp.feed.example/1' };
    expect(await saveFrom(store, copy)).toEqual({ status: 'updated', id });
    expect(await store.getDocument(id)).toMatchObject({ source: 'stored' });
    expect(await saveFrom(store, article, { source: 'followed', feedId: 'feed:a' })).toEqual({
      status: 'unchanged',
      id,
    });
    expect((await store.getDocument(id)).source).toBe('stored');
  });

  it('expires followed articles older than the retention period in batches, never saved or kept ones', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await saveFrom(store, makeArticle({ url: `https://f.example/${i}`, text: `Старое ${i}.` }), {
            source: 'followed',
            feedId: 'f',
          })
        ).id,
      );
    }
    const kept = (
      await saveFrom(store, makeArticle({ url: 'https://k.example/', text: 'Прочитано.' }), { source: 'kept' })
    ).id;
    const saved = (await saveFrom(store, makeArticle({ url: 'https://s.example/', text: 'Сохранено.' }))).id;
    clock.advance(40 * DAY);
    const fresh = (
      await saveFrom(store, makeArticle({ url: 'https://f.example/new', text: 'Новое.' }), {
        source: 'followed',
        feedId: 'f',
      })
    ).id;
    const cutoff = new Date(clock.now().getTime() - 30 * DAY);
    expect((await store.deleteOlderThan('followed', cutoff, 2)).length).toBe(2);
    expect((await store.deleteOlderThan('followed', cutoff, 2)).length).toBe(2);
    expect(await store.deleteOlderThan('followed', cutoff, 2)).toEqual([ids[4]]);
    expect(await store.deleteOlderThan('followed', cutoff, 2)).toEqual([]);
    const left = (await store.listDocuments()).documents.map((d) => d.id).sort();
    expect(left).toEqual([fresh, kept, saved].sort());
    // Claims and index entries went with them.
    expect((await store.loadIndexEntries()).entries.map((e) => e.docId).sort()).toEqual(left);
  });

  it('lists the newest followed articles through the index, with a limit and a search', async () => {
    const clock = manualClock();
    const { store } = await freshStore({ now: clock.now });
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      await saveFrom(store, makeArticle({ title: `Статья ${i}`, url: `https://f.example/${i}`, text: `Текст ${i}.` }), {
        source: 'followed',
        feedId: 'f',
      });
    }
    expect((await store.listRecent('followed', 3)).map((d) => d.title)).toEqual(['Статья 4', 'Статья 3', 'Статья 2']);
    expect((await store.listRecent('followed', 3, 'статья 1')).map((d) => d.title)).toEqual(['Статья 1']);
    expect(await store.listRecent('kept', 3)).toEqual([]);
  });
});
