import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../../lib/storage/corpus-store';
import { SCHEMA_VERSION } from '../../../lib/storage/migrations';
import { type DatabaseDump, dumpFromJson, restoreDatabase } from '../../fixtures/storage/idb-dump';
import { rawOpen } from './helpers';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'storage');
// One dump per released schema version (scripts/make-storage-fixture.ts); each must open with today's code.
const dumps = readdirSync(fixtures)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => [file, dumpFromJson(readFileSync(join(fixtures, file), 'utf8'))] as const);

function records(dump: DatabaseDump, store: string): Array<Record<string, unknown>> {
  const found = dump.stores.find((s) => s.name === store);
  if (!found) throw new Error(`dump has no ${store} store`);
  return found.records.map((r) => r.value as Record<string, unknown>);
}

describe('migrations from released schema versions', () => {
  it('has a dump for the current schema version', () => {
    expect(dumps.map(([file]) => file)).toContain(`v${SCHEMA_VERSION}.json`);
  });

  it.each(dumps)('opens %s with the current code and finds every document intact', async (_file, dump) => {
    expect(dump.version).toBeLessThanOrEqual(SCHEMA_VERSION);
    const documents = records(dump, 'documents');
    expect(documents.length).toBeGreaterThan(0);

    const factory = new IDBFactory();
    await restoreDatabase(factory, dump);
    const store = await openCorpusDb(factory, dump.name);

    const listing = await store.listDocuments();
    expect(listing.corrupt).toEqual([]);
    expect(listing.documents.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id).sort());
    for (const old of documents) {
      const id = String(old.id);
      const doc = await store.getDocument(id);
      expect(doc.article).toEqual(old.article);
      expect(doc.source).toBe(old.source);
      expect(doc.storedAt).toBe(old.storedAt);
      expect(doc.history).toEqual(old.history);
    }
    for (const old of records(dump, 'claims')) {
      expect(await store.getClaims(String(old.docId))).toEqual(old.claims);
    }
    const { entries, corrupt } = await store.loadIndexEntries();
    expect(corrupt).toEqual([]);
    expect(entries).toEqual(expect.arrayContaining(records(dump, 'indexEntries')));
    expect(entries).toHaveLength(documents.length);

    // The index snapshot and its journal (schema v3) come back as written, typed arrays included; before
    // v3 there is none, and the library builds one from the entries on its first start.
    const snapshot = await store.loadIndexSnapshot();
    const parts = dump.stores.find((s) => s.name === 'indexSnapshot')?.records ?? [];
    if (parts.length === 0) expect(snapshot).toBeNull();
    else {
      for (const { value } of parts) {
        const { part, value: data } = value as { part: string; value: unknown };
        if (part !== 'meta') expect(snapshot?.parts[part]).toEqual(data);
      }
      const journal = records(dump, 'indexJournal').filter((row) => Number(row.seq) > (snapshot?.seq ?? 0));
      expect(journal.length).toBeGreaterThan(0);
      const changes = await store.readIndexChanges(snapshot?.seq ?? 0, 100);
      expect(changes.rows.map((row) => row.docId)).toEqual(journal.map((row) => row.docId));
      expect([...changes.entries.keys()].sort()).toEqual(journal.map((row) => String(row.docId)).sort());
    }

    // The upgraded database keeps working: a re-save of a stored page is recognised.
    const stored = documents.find((d) => d.source === 'stored' && typeof d.canonicalUrl === 'string');
    if (!stored) throw new Error('dump has no stored page with a URL');
    const doc = await store.getDocument(String(stored.id));
    const claims = await store.getClaims(doc.id);
    expect(await store.saveDocument(doc.article, claims, {})).toEqual({ status: 'unchanged', id: doc.id });
    store.close();

    const raw = await rawOpen(factory, dump.name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    raw.close();
  });
});
