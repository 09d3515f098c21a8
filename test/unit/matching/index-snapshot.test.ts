import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { CorpusIndex } from '../../../lib/matching/corpus-index';
import type { IndexEntry } from '../../../lib/matching/index-entry';
import { INDEX_FORMAT, readSnapshot } from '../../../lib/matching/index-snapshot';
import { hashTable, TermDictionary } from '../../../lib/matching/term-dictionary';
import { makeClaim } from './make-claim';

/** A reproducible corpus: Zipf-like draws from a vocabulary mixing Cyrillic, Latin and prefixed terms. */
function corpus(seed: number) {
  let state = seed;
  const random = (): number => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const vocabulary = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 0 ? `слово${i.toString(36)}` : i % 3 === 1 ? `@c${i}` : `~${i.toString(36)}`,
  );
  const doc = (): Claim[] =>
    Array.from({ length: 8 }, (_, i) =>
      makeClaim({
        index: i,
        text: '',
        terms: Array.from({ length: 10 }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] as string),
      }),
    );
  const article = (i: number) => ({
    published: i % 7 === 0 ? null : `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    contentHash: `h${i}`,
  });
  return { doc, article };
}

/** A clone as IndexedDB makes one (typed arrays stay typed arrays). */
const stored = <T>(value: T): T => structuredClone(value);

function expectSameSearches(a: CorpusIndex, b: CorpusIndex, queries: Claim[][]): void {
  expect(b.size).toBe(a.size);
  for (const q of queries) {
    expect(b.search(q)).toEqual(a.search(q));
    expect(b.search(q, { limit: 5, excludeHash: 'h3' })).toEqual(a.search(q, { limit: 5, excludeHash: 'h3' }));
    for (const claim of q) for (const term of claim.terms) expect(b.idf(term)).toBe(a.idf(term));
  }
}

describe('index snapshot', () => {
  const { doc, article } = corpus(11);
  const docs = Array.from({ length: 400 }, (_, i) => ({ id: `d${i}`, article: article(i), claims: doc() }));
  const queries = Array.from({ length: 15 }, doc);

  function built(): { index: CorpusIndex; entries: Map<string, IndexEntry> } {
    const index = new CorpusIndex(new Map([['@c1', 0.3]]));
    const entries = new Map<string, IndexEntry>();
    for (const d of docs) entries.set(d.id, index.add(d.id, d.article, d.claims));
    return { index, entries };
  }

  it('loads back into an index that searches and weighs exactly like the one that wrote it', () => {
    const { index } = built();
    const loaded = CorpusIndex.fromSnapshot(stored(index.snapshot()), new Map([['@c1', 0.3]]));
    if (!loaded) throw new Error('snapshot not read');
    expectSameSearches(index, loaded, queries);
    expect(loaded.ids().sort()).toEqual(index.ids().sort());
  });

  it('follows removals (given the stored entry) and additions exactly like the index kept in memory', () => {
    const { index, entries } = built();
    const loaded = CorpusIndex.fromSnapshot(stored(index.snapshot())) as CorpusIndex;
    const reference = CorpusIndex.fromEntries(
      docs.map((d) => ({ docId: d.id, entry: entries.get(d.id) as IndexEntry })),
    );
    for (const target of [reference, loaded]) {
      for (let i = 0; i < 400; i += 9) target.remove(`d${i}`, entries.get(`d${i}`));
      for (let i = 0; i < 30; i++) target.addEntry(`new${i}`, entries.get(`d${i * 13}`) as IndexEntry);
      // Replaced in place: the old entry leaves, the new one counts.
      target.remove('d5', entries.get('d5'));
      target.addEntry('d5', entries.get('d6') as IndexEntry);
    }
    expectSameSearches(reference, loaded, queries);
    // …and a snapshot of the changed index, loaded again, still agrees.
    const again = CorpusIndex.fromSnapshot(stored(loaded.snapshot())) as CorpusIndex;
    expectSameSearches(reference, again, queries);
  });

  it('keeps the entries of documents added since the load, and only those', () => {
    const { index, entries } = built();
    const loaded = CorpusIndex.fromSnapshot(stored(index.snapshot())) as CorpusIndex;
    loaded.addEntry('fresh', entries.get('d1') as IndexEntry);
    expect(loaded.entryOf('fresh')).toEqual(entries.get('d1'));
    expect(loaded.entryOf('d2')).toBeUndefined();
    expect(() => loaded.toEntries()).toThrow(/snapshot/);
  });

  it('is refused when a part is missing, of another format or inconsistent, so the index is rebuilt', () => {
    const parts = built().index.snapshot();
    expect(readSnapshot(stored(parts))).not.toBeNull();
    expect(CorpusIndex.fromSnapshot(null)).toBeNull();
    expect(CorpusIndex.fromSnapshot({ terms: parts.terms, postings: parts.postings })).toBeNull();
    expect(CorpusIndex.fromSnapshot({ ...parts, docs: { ...parts.docs, format: INDEX_FORMAT + 1 } })).toBeNull();
    expect(CorpusIndex.fromSnapshot({ ...parts, terms: { ...parts.terms, df: new Int32Array(3) } })).toBeNull();
    // As a JSON round trip would leave them: typed arrays turned into plain objects.
    expect(CorpusIndex.fromSnapshot(JSON.parse(JSON.stringify(parts)))).toBeNull();
    const table = new Int32Array(parts.terms.table.length - 1);
    expect(CorpusIndex.fromSnapshot({ ...parts, terms: { ...parts.terms, table } })).toBeNull();
  });

  it('drops the terms no document holds any more', () => {
    const index = new CorpusIndex();
    index.add('a', { published: null, contentHash: 'a' }, [makeClaim({ text: '', terms: ['лувр', 'париж'] })]);
    index.add('b', { published: null, contentHash: 'b' }, [makeClaim({ text: '', terms: ['париж'] })]);
    index.remove('a');
    const parts = index.snapshot();
    expect(parts.terms.ends.length).toBe(1);
    expect(parts.terms.text).toBe('париж');
  });
});

describe('TermDictionary', () => {
  it('finds packed terms through the stored hash table and interns new ones after them', () => {
    const names = ['париж', 'paris', '@secur', '~prs', ''];
    const ends = new Uint32Array(names.length);
    names.reduce((at, name, i) => {
      ends[i] = at + name.length;
      return at + name.length;
    }, 0);
    const text = names.join('');
    const dictionary = new TermDictionary({ text, ends, table: hashTable(text, ends) });
    for (const [i, name] of names.entries()) expect(dictionary.id(name)).toBe(i);
    expect(dictionary.id('пари')).toBeUndefined();
    expect(dictionary.intern('лувр')).toBe(5);
    expect(dictionary.intern('париж')).toBe(0);
    expect(dictionary.name(5)).toBe('лувр');
    expect(dictionary.name(1)).toBe('paris');
    expect(dictionary.size).toBe(6);
  });
});
