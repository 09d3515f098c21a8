import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { CorpusIndex } from '../../../lib/matching/corpus-index';
import { type IndexEntry, isIndexEntry, readIndexEntry } from '../../../lib/matching/index-entry';
import { asFormat1 } from '../../support/index-entry-format1';
import { makeClaim } from './make-claim';

const claims = (...sentences: string[][]): Claim[] =>
  sentences.map((terms, index) => makeClaim({ index, text: terms.join(' '), terms }));
const paris = claims(['париж', 'встреч', 'союзник', 'гарант'], ['лидер', 'зеленск', '~sln', 'присоедин']);
const parisUk = claims(['париж', 'союзник', 'гарант', 'вторник'], ['лидер', 'зеленск', '~sln']);
const louvre = claims(['лувр', 'ограблен', 'драгоцен', 'париж'], ['корон', 'евгени', 'похитител']);

function entries(): Map<string, IndexEntry> {
  const index = new CorpusIndex();
  return new Map([
    ['paris-uk', index.add('paris-uk', { published: '2026-01-06', contentHash: 'a1' }, parisUk)],
    ['louvre', index.add('louvre', { published: null, contentHash: 'b2' }, louvre)],
  ]);
}

describe('index entries read back from storage', () => {
  it('takes an entry of the current format as it is', () => {
    const entry = entries().get('louvre') as IndexEntry;
    const copy = JSON.parse(JSON.stringify(entry));
    expect(isIndexEntry(copy)).toBe(true);
    expect(readIndexEntry(copy)).toEqual(entry);
  });

  it('rebuilds an entry of format 1 (one-letter fields) into the same entry, never trusting it as the current format', () => {
    for (const entry of entries().values()) {
      const old = JSON.parse(JSON.stringify(asFormat1(entry)));
      expect(isIndexEntry(old)).toBe(false);
      expect(readIndexEntry(old)).toEqual(entry);
    }
  });

  it('refuses damaged entries and formats it does not know', () => {
    const entry = entries().get('paris-uk') as IndexEntry;
    const old = asFormat1(entry);
    for (const bad of [
      null,
      'entry',
      { v: 2 },
      { ...entry, format: 3 },
      { ...entry, claimCounts: [1] },
      { ...entry, postedCount: '3' },
      { ...old, v: 3 },
      { ...old, c: [] },
      { ...old, h: 7 },
      { ...old, p: 20260106 },
    ]) {
      expect(readIndexEntry(bad)).toBeNull();
    }
  });

  it('rebuilds an index from format-1 rows that searches and weighs exactly like one from current rows', () => {
    const rows = [...entries()].map(([docId, entry]) => ({ docId, entry }));
    const current = CorpusIndex.fromEntries(rows);
    const old = CorpusIndex.fromEntries(rows.map((row) => ({ docId: row.docId, entry: asFormat1(row.entry) })));
    expect(old.toEntries()).toEqual(current.toEntries());
    expect(old.search(paris)).toEqual(current.search(paris));
    expect(old.idf('париж')).toBe(current.idf('париж'));
  });

  it('takes a snapshot document out of the term counts with its format-1 stored entry', () => {
    const rows = [...entries()].map(([docId, entry]) => ({ docId, entry }));
    const snapshot = CorpusIndex.fromEntries(rows).snapshot();
    const withCurrent = CorpusIndex.fromSnapshot(structuredClone(snapshot));
    const withOld = CorpusIndex.fromSnapshot(structuredClone(snapshot));
    if (!withCurrent || !withOld) throw new Error('snapshot not read');
    const louvreEntry = entries().get('louvre') as IndexEntry;
    const before = withOld.idf('лувр');
    withCurrent.remove('louvre', louvreEntry);
    withOld.remove('louvre', asFormat1(louvreEntry));
    expect(withOld.idf('лувр')).toBe(withCurrent.idf('лувр'));
    expect(withOld.idf('лувр')).toBeGreaterThan(before);
    expect(withOld.search(louvre)).toEqual(withCurrent.search(louvre));
  });
});
