import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { CorpusIndex } from '../../../lib/matching/corpus-index';
import { isIndexEntry } from '../../../lib/matching/index-entry';
import { makeClaim } from './make-claim';

const article = (hash: string, published = '2026-01-06') => ({ published, contentHash: hash });
const claims = (...sentences: string[][]): Claim[] =>
  sentences.map((terms, index) => makeClaim({ index, text: terms.join(' '), terms }));

const paris = claims(['париж', 'встреч', 'союзник', 'гарант'], ['лидер', 'зеленск', '~sln', 'присоедин']);
const parisUk = claims(['париж', 'союзник', 'гарант', 'вторник'], ['лидер', 'зеленск', '~sln']);
const louvre = claims(['лувр', 'ограблен', 'драгоцен', 'париж'], ['корон', 'евгени', 'похитител']);

function filled(): CorpusIndex {
  const index = new CorpusIndex();
  index.add('paris-uk', article('a1'), parisUk);
  index.add('louvre', article('b2', '2025-10-19'), louvre);
  return index;
}

describe('CorpusIndex', () => {
  it('ranks the document sharing the most salient terms first', () => {
    const [first, second] = filled().search(paris);
    expect(first?.docId).toBe('paris-uk');
    expect(second?.docId).toBe('louvre');
    expect((first?.score ?? 0) > (second?.score ?? 0)).toBe(true);
  });

  it('keeps places beyond the limit for reports met only through concepts and names (another script)', () => {
    const index = new CorpusIndex();
    // Same-script articles sharing common stems and a concept with the query outscore the English report,
    // which shares only the concept.
    for (let i = 0; i < 4; i++) {
      index.add(`other-${i}`, article(`o${i}`), claims(['париж', 'встреч', '@guarante', `x${i}`]));
    }
    index.add('english', article('e1'), claims(['@guarante', 'leaders']));
    const query = claims(['париж', 'встреч', 'гарант', '@guarante']);
    expect(index.search(query, { limit: 2, crossLimit: 0 }).map((c) => c.docId)).not.toContain('english');
    const found = index.search(query, { limit: 2, crossLimit: 1 }).map((c) => c.docId);
    expect(found).toHaveLength(3);
    expect(found[2]).toBe('english');
  });

  it('leaves out a document with the excluded content hash', () => {
    expect(
      filled()
        .search(paris, { excludeHash: 'a1' })
        .map((c) => c.docId),
    ).toEqual(['louvre']);
  });

  it('forgets a removed document and its document frequencies', () => {
    const index = filled();
    const before = index.idf('лувр');
    expect(index.remove('louvre')).toBe(true);
    expect(index.search(louvre).map((c) => c.docId)).toEqual(['paris-uk']);
    expect(index.idf('лувр')).toBeGreaterThan(before);
    expect(index.remove('louvre')).toBe(false);
    expect(index.size).toBe(1);
  });

  it('changes its version whenever a document comes or goes, so cached weights are dropped', () => {
    const index = filled();
    const before = index.version;
    index.add('paris', article('c3'), paris);
    const added = index.version;
    expect(added).not.toBe(before);
    index.remove('paris');
    const removed = index.version;
    expect(removed).not.toBe(added);
    index.remove('paris'); // no longer there: nothing changes
    expect(index.version).toBe(removed);
  });

  it('replaces a document added again under the same id', () => {
    const index = filled();
    index.add('louvre', article('c3'), paris);
    expect(index.size).toBe(2);
    expect(index.entryOf('louvre')?.contentHash).toBe('c3');
  });

  it('rebuilds an identical index from its JSON entries', () => {
    const index = filled();
    const rows = JSON.parse(JSON.stringify(index.toEntries()));
    const rebuilt = CorpusIndex.fromEntries(rows);
    expect(rebuilt.toEntries()).toEqual(index.toEntries());
    expect(rebuilt.search(paris)).toEqual(index.search(paris));
    expect(rebuilt.idf('париж')).toBe(index.idf('париж'));
  });

  it('skips persisted rows that are not index entries', () => {
    const rebuilt = CorpusIndex.fromEntries([
      { docId: 'ok', entry: filled().entryOf('louvre') as never },
      { docId: 'bad', entry: { v: 2 } as never },
    ]);
    expect(rebuilt.ids()).toEqual(['ok']);
    expect(
      isIndexEntry({
        format: 2,
        terms: ['a'],
        claimCounts: [1, 2],
        postedCount: 1,
        publishedDay: null,
        contentHash: 'x',
      }),
    ).toBe(false);
  });

  it('keeps retrieval fast on 10,000 documents', () => {
    const index = new CorpusIndex();
    const vocabulary = Array.from({ length: 20_000 }, (_, i) => `t${i.toString(36)}`);
    let seed = 7;
    const random = (): number => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const doc = (): Claim[] =>
      Array.from({ length: 20 }, (_, i) =>
        makeClaim({
          index: i,
          text: '',
          terms: Array.from({ length: 12 }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] as string),
        }),
      );
    for (let i = 0; i < 10_000; i++) index.add(`d${i}`, article(`h${i}`), doc());
    const queries = Array.from({ length: 21 }, doc);
    const times = queries.map((q) => {
      const t0 = performance.now();
      index.search(q);
      return performance.now() - t0;
    });
    times.sort((a, b) => a - b);
    const median = times[10] as number;
    console.log(`CorpusIndex: 10,000 documents, median search ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(30);
  });
});
