import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../lib/background/library';
import { createWorkerLibrary } from '../../lib/background/worker-library';
import type { Article } from '../../lib/extraction/article';
import { contentHash } from '../../lib/extraction/content-hash';
import type { IndexEntry } from '../../lib/matching/index-entry';
import { LEXICON_PATH } from '../../lib/node/load-lexicon-from-disk';
import { formatDocument, formatHeader } from '../../lib/storage/jsonl';
import { SCHEMA_VERSION } from '../../lib/storage/migrations';
import { DEFAULT_DB_NAME } from '../../lib/storage/schema';
import { dumpDatabase, restoreDatabase } from '../fixtures/storage/idb-dump';
import { corpusArticles, corpusAvailable } from '../support/corpora';
import { asFormat1 } from '../support/index-entry-format1';
import { SEEDS_DIR } from '../support/seeds';
import { rawOpen } from '../unit/storage/helpers';

const seedFiles = Object.fromEntries(readdirSync(SEEDS_DIR).map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
const lexiconJson = JSON.parse(readFileSync(LEXICON_PATH, 'utf8'));

/** A worker waking on the database in `factory`: nothing in memory, everything read from storage. */
const wake = (factory: IDBFactory): Promise<Library<IndexEntry>> =>
  createWorkerLibrary({ loadLexiconJson: async () => lexiconJson, seedFiles, indexedDB: factory })();

/** Real news on seven events in ru/uk/en, with a URL each so they are stored as the reader's pages. */
function articles(): Article[] {
  return corpusArticles('corpus-dev').map(({ record, article }) => ({
    ...article,
    url: `https://outlet.example/${record.file}`,
    canonicalUrl: `https://outlet.example/${record.file}`,
    outlet: record.outlet,
  }));
}

function exportOf(list: readonly Article[]): string {
  const at = '2026-02-01T00:00:00.000Z';
  return [
    formatHeader(at),
    ...list.map((article) => formatDocument({ article, source: 'stored', storedAt: at, updatedAt: at, history: [] })),
  ].join('\n');
}

/** Every comparison the library gives for `queries`, as the popup would receive them. */
async function answers(library: Library<IndexEntry>, queries: readonly Article[]) {
  const out = [];
  for (const q of queries) {
    const { comparison, corpusSize } = await library.compare(q);
    out.push({ corpusSize, stories: comparison.stories, anomalies: comparison.anomalies });
  }
  return out;
}

/** Waits until the library's background index work (a snapshot being written) is done. */
async function settled(library: Library<IndexEntry>): Promise<void> {
  await (library as unknown as { indexWork: Promise<unknown> }).indexWork;
}

async function rawClear(factory: IDBFactory, stores: string[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DEFAULT_DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) tx.objectStore(name).clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe.skipIf(!corpusAvailable('corpus-dev'))('the persisted index', () => {
  const all = articles();
  const queries = all.filter((_, i) => i % 6 === 0);
  const stored = all.filter((_, i) => i % 6 !== 0);

  it('wakes from its snapshot and journal answering exactly as the library that wrote them', async () => {
    const factory = new IDBFactory();
    const warm = await wake(factory);
    for (const article of stored.slice(0, 20)) await warm.save(article);
    await warm.remove([(await warm.save(stored[20] as Article)).id]);
    const before = await answers(warm, queries);
    await settled(warm);
    expect(await (await warm.store()).loadIndexSnapshot()).not.toBeNull();

    const cold = await wake(factory);
    expect(await answers(cold, queries)).toEqual(before);
    expect(before.some((a) => a.stories.length > 0)).toBe(true);
  });

  it('writes a new snapshot after many changes (an import) and trims the journal it includes', async () => {
    const factory = new IDBFactory();
    const warm = await wake(factory);
    const result = await warm.importAll(exportOf(stored));
    expect(result.imported).toBe(stored.length);
    await settled(warm);
    const store = await warm.store();
    const snapshot = await store.loadIndexSnapshot();
    expect(snapshot).not.toBeNull();
    expect((await store.readIndexChanges(snapshot?.seq ?? 0, 100)).rows).toEqual([]);
    const before = await answers(warm, queries);

    const cold = await wake(factory);
    expect(await answers(cold, queries)).toEqual(before);
    expect(before.map((a) => a.corpusSize)).toEqual(queries.map(() => 5 + stored.length));

    // The warm library continues from the snapshot it wrote: a page it holds only in that compact form
    // leaves, a re-saved one is replaced, and a fresh worker agrees with it.
    const [gone, changed] = [stored[0] as Article, stored[1] as Article];
    const goneId = (await store.listDocuments()).documents.find((d) => d.url === gone.canonicalUrl)?.id;
    expect(goneId).toBeDefined();
    await warm.remove([goneId as string]);
    const text = `${changed.text}\n\nAn added closing paragraph.`;
    expect((await warm.save({ ...changed, text, contentHash: contentHash(text) })).status).toBe('updated');
    const after = await answers(warm, queries);
    expect(after.map((a) => a.corpusSize)).toEqual(queries.map(() => 4 + stored.length));
    expect(before.some((a) => a.stories.some((s) => s.id === goneId))).toBe(true);
    expect(after.some((a) => a.stories.some((s) => s.id === goneId))).toBe(false);
    expect(await answers(await wake(factory), queries)).toEqual(after);
  });

  it('rebuilds from the stored entries when the snapshot and journal are gone, then writes a new snapshot', async () => {
    const factory = new IDBFactory();
    const warm = await wake(factory);
    await warm.importAll(exportOf(stored.slice(0, 30)));
    const before = await answers(warm, queries);
    await settled(warm);
    await rawClear(factory, ['indexSnapshot', 'indexJournal']);

    const rebuilt = await wake(factory);
    expect(await answers(rebuilt, queries)).toEqual(before);
    await settled(rebuilt);
    expect(await (await rebuilt.store()).loadIndexSnapshot()).not.toBeNull();
    expect(await answers(await wake(factory), queries)).toEqual(before);
  });

  it('upgrades a schema v2 library: the first start indexes its stored entries, later ones wake from the snapshot', async () => {
    const current = new IDBFactory();
    const warm = await wake(current);
    await warm.importAll(exportOf(stored.slice(0, 30)));
    const before = await answers(warm, queries);
    await settled(warm);
    // The same library as schema v2 kept it: documents, claims and entries, no snapshot or journal stores.
    const dump = await dumpDatabase(current, DEFAULT_DB_NAME);
    const v3Only = ['indexSnapshot', 'indexJournal'];
    const v2 = new IDBFactory();
    await restoreDatabase(v2, { ...dump, version: 2, stores: dump.stores.filter((s) => !v3Only.includes(s.name)) });

    const upgraded = await wake(v2);
    expect(await answers(upgraded, queries)).toEqual(before);
    await settled(upgraded);
    const store = await upgraded.store();
    const snapshot = await store.loadIndexSnapshot();
    expect(snapshot).not.toBeNull();
    const raw = await rawOpen(v2, DEFAULT_DB_NAME);
    expect(raw.version).toBe(SCHEMA_VERSION);
    raw.close();

    // After the upgrade the library keeps its journal: a page saved now is found by a worker that wakes later.
    const added = stored[30] as Article;
    expect((await upgraded.save(added)).status).toBe('created');
    expect((await store.readIndexChanges(snapshot?.seq ?? 0, 10)).rows).toHaveLength(1);
    const after = await answers(upgraded, queries);
    expect(after.map((a) => a.corpusSize)).toEqual(before.map((a) => a.corpusSize + 1));
    expect(await answers(await wake(v2), queries)).toEqual(after);
  });

  it('reads a library stored before the index entries had named fields (format 1) as it was', async () => {
    const current = new IDBFactory();
    const warm = await wake(current);
    // Enough pages for a snapshot to include them, then two more that only the journal holds.
    await warm.importAll(exportOf(stored.slice(0, 40)));
    await settled(warm);
    for (const article of stored.slice(40, 42)) await warm.save(article);
    await settled(warm);
    const store = await warm.store();
    const snapshot = await store.loadIndexSnapshot();
    expect(snapshot).not.toBeNull();
    expect((await store.readIndexChanges(snapshot?.seq ?? 0, 10)).rows).toHaveLength(2);
    const dump = await dumpDatabase(current, DEFAULT_DB_NAME);
    // The same library with every stored entry as Parallax wrote it then (asFormat1).
    const stores = dump.stores.map((s) =>
      s.name !== 'indexEntries'
        ? s
        : {
            ...s,
            records: s.records.map(({ key, value }) => {
              const row = value as { docId: string; entry: IndexEntry };
              return { key, value: { docId: row.docId, entry: asFormat1(row.entry) } };
            }),
          },
    );
    const old = new IDBFactory();
    await restoreDatabase(old, { ...dump, stores });
    const before = await answers(await wake(current), queries);
    expect(before.some((a) => a.stories.length > 0)).toBe(true);

    // Waking on its snapshot and journal: a page of the snapshot removed now takes its old entry's terms
    // out of the counts.
    const fromSnapshot = await wake(old);
    expect(await answers(fromSnapshot, queries)).toEqual(before);
    const removed = (await store.listDocuments()).documents.find((d) => d.url === stored[0]?.canonicalUrl)?.id;
    if (!removed) throw new Error('no stored page');
    await fromSnapshot.remove([removed]);
    await warm.remove([removed]);
    expect(await answers(fromSnapshot, queries)).toEqual(await answers(warm, queries));

    // Without the snapshot, the index is rebuilt from the old entries.
    const rebuilt = new IDBFactory();
    await restoreDatabase(rebuilt, { ...dump, stores });
    await rawClear(rebuilt, ['indexSnapshot', 'indexJournal']);
    expect(await answers(await wake(rebuilt), queries)).toEqual(before);
  });
});
