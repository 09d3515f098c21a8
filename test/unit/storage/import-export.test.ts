import { describe, expect, it, vi } from 'vitest';
import { formatDocument, formatHeader } from '../../../lib/storage/jsonl';
import { analyze, freshStore, makeArticle, manualClock, save } from './helpers';

async function populated() {
  const clock = manualClock();
  const { store } = await freshStore({ now: clock.now });
  await store.putSeeds([{ key: 's', article: makeArticle({ url: null, text: 'Сид.' }) }], analyze);
  await save(store, makeArticle({ url: 'https://a.example/1', title: 'Первая', text: 'Первая версия.' }));
  clock.advance(60_000);
  await save(store, makeArticle({ url: 'https://a.example/1', title: 'Первая', text: 'Вторая версия.' }));
  await save(store, makeArticle({ url: 'https://b.example/2', title: 'Вторая', byline: 'Автор', text: 'Другая.' }));
  return { store, clock };
}

describe('export and import', () => {
  it('exports a header and the stored pages only, one line each', async () => {
    const { store } = await populated();
    const { jsonl, count, corrupt } = await store.exportJsonl();
    const lines = jsonl.trimEnd().split('\n');
    expect(count).toBe(2);
    expect(corrupt).toEqual([]);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      type: 'parallax-export',
      version: 1,
      exportedAt: '2026-02-01T10:01:00.000Z',
    });
    const sources = lines.slice(1).map((line) => JSON.parse(line).source);
    expect(sources).toEqual(['stored', 'stored']);
  });

  it('round-trips: export, delete everything, import gives the same documents', async () => {
    const { store } = await populated();
    const before = await store.listDocuments({ source: 'stored' });
    const fullBefore = await Promise.all(before.documents.map((d) => store.getDocument(d.id)));
    const { jsonl } = await store.exportJsonl();

    await store.deleteDocuments(before.documents.map((d) => d.id));
    expect((await store.listDocuments({ source: 'stored' })).documents).toEqual([]);

    const result = await store.importJsonl(jsonl, analyze);
    expect(result).toEqual({ imported: 2, unchanged: 0, errors: [] });
    const after = await store.listDocuments({ source: 'stored' });
    expect(after.documents).toEqual(before.documents);
    for (const doc of fullBefore) {
      expect(await store.getDocument(doc.id)).toEqual(doc);
      expect(await store.getClaims(doc.id)).toEqual(analyze(doc.article).claims);
    }
    // The re-saved page came back with both versions' dates.
    expect(fullBefore.map((doc) => doc.history.length).sort()).toEqual([1, 2]);
  });

  it('reports bad lines by number, imports the good ones and keeps what was already stored', async () => {
    const { store } = await populated();
    const existing = await store.listDocuments();
    const fresh1 = makeArticle({ url: 'https://c.example/3', text: 'Новая статья.' });
    const fresh2 = makeArticle({ url: 'https://d.example/4', text: 'Ещё одна.' });
    const line = (article: typeof fresh1) =>
      formatDocument({
        article,
        source: 'stored',
        storedAt: '2026-01-05T00:00:00.000Z',
        updatedAt: '2026-01-05T00:00:00.000Z',
        history: [],
      });
    const text = [
      formatHeader('2026-01-06T00:00:00Z'),
      line(fresh1),
      '{"type":"parallax-document","version":1,"article":{"title":"no fields"}}',
      'not json at all',
      line({ ...fresh2, published: 'yesterday' }),
      line(fresh2),
    ].join('\n');

    const result = await store.importJsonl(text, analyze);
    expect(result.imported).toBe(2);
    expect(result.unchanged).toBe(0);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(result.errors[2]?.message).toMatch(/published must be an ISO date/);

    const after = await store.listDocuments();
    expect(after.documents).toHaveLength(existing.documents.length + 2);
    for (const summary of existing.documents) expect(after.documents).toContainEqual(summary);
  });

  it('does not replace a newer stored text with an older imported one, but records its dates', async () => {
    const { store } = await populated();
    const url = 'https://a.example/1';
    const id = (await store.listDocuments({ query: 'a.example/1' })).documents[0]?.id ?? '';
    const old = makeArticle({ url, title: 'Первая', published: '2025-12-31', text: 'Самая первая версия.' });
    const analyzer = vi.fn(analyze);
    const text = formatDocument({
      article: old,
      source: 'stored',
      storedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      history: [],
    });
    expect(await store.importJsonl(text, analyzer)).toMatchObject({ imported: 1, unchanged: 0 });
    const doc = await store.getDocument(id);
    expect(doc.article.text).toBe('Вторая версия.');
    expect(doc.history.map((h) => h.savedAt)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T10:00:00.000Z',
      '2026-02-01T10:01:00.000Z',
    ]);
    // Nothing to analyse: the stored text and its claims stay.
    expect(analyzer).not.toHaveBeenCalled();
  });

  it('re-importing its own export changes nothing and skips analysis', async () => {
    const { store } = await populated();
    const { jsonl } = await store.exportJsonl();
    const analyzer = vi.fn(analyze);
    expect(await store.importJsonl(jsonl, analyzer)).toEqual({ imported: 0, unchanged: 2, errors: [] });
    expect(analyzer).not.toHaveBeenCalled();
  });

  it('reports a line whose analysis throws and continues with the next', async () => {
    const { store } = await freshStore();
    const a = makeArticle({ url: 'https://x.example/1', text: 'Сломает анализ.' });
    const b = makeArticle({ url: 'https://x.example/2', text: 'Нормальная.' });
    const lines = [a, b].map((article) =>
      formatDocument({
        article,
        source: 'stored',
        storedAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        history: [],
      }),
    );
    const result = await store.importJsonl([formatHeader('2026-01-02T00:00:00Z'), ...lines].join('\n'), (article) => {
      if (article.text.startsWith('Сломает')) throw new Error('analyser crashed');
      return analyze(article);
    });
    expect(result).toEqual({
      imported: 1,
      unchanged: 0,
      errors: [{ line: 2, kind: 'analysis', message: expect.stringMatching(/analyser crashed/) }],
    });
    expect((await store.listDocuments()).documents.map((d) => d.url)).toEqual(['https://x.example/2']);
  });
});
