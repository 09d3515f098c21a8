// idb recognises IndexedDB objects through the global IDB* constructors; each test still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Claim } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { contentHash } from '../../../lib/extraction/content-hash';
import { type CorpusStore, type CorpusStoreOptions, openCorpusDb } from '../../../lib/storage/corpus-store';
import type { Analysis } from '../../../lib/storage/documents';

/** What the tests store as the engine's opaque index entry. */
export interface TestEntry {
  terms: string[];
}

export function makeArticle(overrides: Partial<Article> & { text: string }): Article {
  return {
    title: 'Заголовок',
    byline: null,
    outlet: 'Новости Демо',
    url: 'https://news.example/a',
    canonicalUrl: null,
    published: '2026-01-03',
    lang: 'ru',
    excerpt: null,
    ...overrides,
    contentHash: overrides.contentHash ?? contentHash(overrides.text),
  };
}

/** A stand-in for the engine: one claim per sentence, terms = lower-cased words. */
export function analyze(article: Article): Analysis<TestEntry> {
  let offset = 0;
  const claims: Claim[] = article.text
    .split(/(?<=\.)\s+/)
    .filter(Boolean)
    .map((text, index) => {
      const start = article.text.indexOf(text, offset);
      offset = start + text.length;
      return {
        index,
        text,
        start,
        end: start + text.length,
        paragraph: 0,
        sentence: index,
        heading: false,
        reportingOnly: false,
        lang: article.lang,
        terms: text.toLowerCase().match(/\p{L}+/gu) ?? [],
        figures: [],
        dates: [],
        attributions: [],
        entities: [],
      };
    });
  return { claims, indexEntry: { terms: [...new Set(claims.flatMap((claim) => claim.terms))] } };
}

/** A clock the test moves by hand, so history dates are predictable. */
export function manualClock(start = '2026-02-01T10:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let current = Date.parse(start);
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

export async function freshStore(
  options: CorpusStoreOptions = {},
): Promise<{ store: CorpusStore<TestEntry>; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const store = await openCorpusDb<TestEntry>(factory, 'parallax-test', options);
  return { store, factory };
}

export async function save(store: CorpusStore<TestEntry>, article: Article) {
  const { claims, indexEntry } = analyze(article);
  return store.saveDocument(article, claims, indexEntry);
}

/** Opens a raw (non-idb) connection, e.g. to plant data the current code would never write. */
export function rawOpen(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function rawPut(db: IDBDatabase, storeName: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export function rawGetAll(db: IDBDatabase, storeName: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
