/**
 * Writes test/fixtures/storage/v<SCHEMA_VERSION>.json: a corpus database built by the real storage
 * code (in fake-indexeddb), dumped store by store. Run once per released schema version and commit
 * the result; older dumps stay so the migration test keeps covering every upgrade path.
 *
 *   npx tsx scripts/make-storage-fixture.ts && npx biome format --write test/fixtures/storage
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import type { Claim } from '../lib/claims/claim';
import type { Article } from '../lib/extraction/article';
import { contentHash } from '../lib/extraction/content-hash';
import { openCorpusDb } from '../lib/storage/corpus-store';
import type { Analysis } from '../lib/storage/documents';
import { SCHEMA_VERSION } from '../lib/storage/migrations';
import { DEFAULT_DB_NAME } from '../lib/storage/schema';
import { dumpDatabase } from '../test/fixtures/storage/idb-dump';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function article(fields: Partial<Article> & { text: string }): Article {
  return {
    title: 'Без заголовка',
    byline: null,
    outlet: 'Новости Демо',
    url: null,
    canonicalUrl: null,
    published: null,
    lang: 'ru',
    excerpt: null,
    ...fields,
    contentHash: contentHash(fields.text),
  };
}

/** A deterministic stand-in for the engine, so the dump does not change when the engine does. */
function analyze(doc: Article): Analysis<{ terms: string[] }> {
  const claims: Claim[] = doc.text.split('\n').map((text, index) => {
    const start = doc.text.indexOf(text);
    return {
      index,
      text,
      start,
      end: start + text.length,
      paragraph: index,
      sentence: index,
      heading: false,
      reportingOnly: false,
      lang: doc.lang,
      terms: text.toLowerCase().match(/\p{L}+/gu) ?? [],
      figures: [],
      dates: [],
      attributions: [],
      entities: [],
    };
  });
  return { claims, indexEntry: { terms: [...new Set(claims.flatMap((claim) => claim.terms))].sort() } };
}

async function main(): Promise<void> {
  let clock = Date.parse('2026-01-10T09:00:00.000Z');
  const factory = new IDBFactory();
  const store = await openCorpusDb<{ terms: string[] }>(factory, DEFAULT_DB_NAME, { now: () => new Date(clock) });

  await store.putSeeds(
    [
      {
        key: '000_demo',
        article: article({
          title: 'Саммит в Киеве',
          outlet: 'РБК-Украина',
          url: 'https://seed.example/summit',
          published: '2026-01-03',
          text: 'В Киев приехали более 27 мировых лидеров.\nОб этом сообщает Reuters.',
        }),
      },
    ],
    (doc) => analyze(doc),
  );

  const save = async (doc: Article) => {
    const { claims, indexEntry } = analyze(doc);
    clock += 60_000;
    return store.saveDocument(doc, claims, indexEntry);
  };
  await save(
    article({
      title: 'Самміт у Києві',
      byline: 'Олена Петренко',
      outlet: 'Укрінформ',
      url: 'https://ukrinform.example/samit?utm_source=x',
      canonicalUrl: 'https://ukrinform.example/samit',
      published: '2026-01-03T08:15:00+02:00',
      lang: 'uk',
      excerpt: 'До Києва прибули понад 27 світових лідерів.',
      text: 'До Києва прибули понад 27 світових лідерів.\nПро це повідомляє Reuters.',
    }),
  );
  // The same page saved again after the outlet corrected a figure: one document, two versions.
  await save(
    article({
      title: 'Kyiv summit opens',
      outlet: 'Reuters',
      url: 'https://reuters.example/kyiv',
      published: '2026-01-03',
      lang: 'en',
      text: 'More than 25 world leaders arrived in Kyiv.',
    }),
  );
  await save(
    article({
      title: 'Kyiv summit opens',
      outlet: 'Reuters',
      url: 'https://reuters.example/kyiv',
      published: '2026-01-04',
      lang: 'en',
      text: 'More than 27 world leaders arrived in Kyiv.\nThe summit lasts two days.',
    }),
  );
  await save(article({ title: 'Заметка без адреса', text: 'Текст без адреса и даты.' }));

  // Schema v2: a followed feed with one article from it, and a page kept while reading.
  const feedId = 'feed:0123456789abcdef';
  await store.putFeed({
    id: feedId,
    url: 'https://feeds.example/world.xml',
    title: 'Новости Демо — мир',
    lang: 'ru',
    addedAt: new Date(clock).toISOString(),
    etag: '"v1"',
    lastModified: 'Sat, 10 Jan 2026 09:00:00 GMT',
    lastAttemptAt: new Date(clock).toISOString(),
    lastSuccessAt: new Date(clock).toISOString(),
    error: null,
    blockedOrigins: [],
  });
  const followed = article({
    title: 'Лидеры собрались в Киеве',
    url: 'https://feeds.example/news/1',
    published: '2026-01-09',
    text: 'В Киеве собрались лидеры.\nВстреча продлится два дня.',
  });
  clock += 60_000;
  const { id: followedId } = await store.saveDocument(
    followed,
    analyze(followed).claims,
    analyze(followed).indexEntry,
    {
      source: 'followed',
      feedId,
    },
  );
  await store.putFeedItem({
    url: 'https://feeds.example/news/1',
    feedId,
    docId: followedId,
    outcome: 'stored',
    attempts: 1,
    seenAt: new Date(clock).toISOString(),
    message: null,
  });
  const kept = article({
    title: 'Прочитано вчера',
    url: 'https://read.example/a',
    text: 'Статья, прочитанная вчера.',
  });
  clock += 60_000;
  await store.saveDocument(kept, analyze(kept).claims, analyze(kept).indexEntry, { source: 'kept' });
  await store.putSetting('settings', {
    refreshMinutes: 30,
    retentionDays: 30,
    keepReading: true,
    neverKeep: ['bank.example'],
  });
  store.close();

  const dump = await dumpDatabase(factory, DEFAULT_DB_NAME);
  const path = join(root, 'test', 'fixtures', 'storage', `v${SCHEMA_VERSION}.json`);
  writeFileSync(path, `${JSON.stringify(dump, null, 2)}\n`);
  console.log(`Wrote ${path} (${dump.stores.map((s) => `${s.name}: ${s.records.length}`).join(', ')})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
