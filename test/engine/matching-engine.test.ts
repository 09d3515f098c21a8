import { describe, expect, it } from 'vitest';
import { type CorpusDocument, compare } from '../../lib/matching/compare';
import { CorpusIndex } from '../../lib/matching/corpus-index';
import { seedDocuments } from '../fixtures/matching/engine-fixture';

describe('compare over a CorpusIndex', () => {
  it('gives the same comparison after a cold start from persisted entries, with an async document getter', async () => {
    const seeds = seedDocuments();
    const warm = new CorpusIndex();
    for (const s of seeds) warm.add(s.id, s.article, s.claims);
    const stored = new Map<string, CorpusDocument>(seeds.map((s) => [s.id, { article: s.article, claims: s.claims }]));
    const corpus = { getDoc: async (id: string) => stored.get(id) };
    const [first] = seeds;
    if (!first) throw new Error('no seeds');

    const rows = JSON.parse(JSON.stringify(warm.toEntries()));
    const cold = CorpusIndex.fromEntries(rows);
    const before = await compare(first.article, first.claims, warm, corpus);
    const after = await compare(first.article, first.claims, cold, corpus);
    expect(after).toEqual(before);
    expect(after.stories).toHaveLength(4);
  });

  it('stops matching a removed document', async () => {
    const seeds = seedDocuments();
    const index = new CorpusIndex();
    for (const s of seeds) index.add(s.id, s.article, s.claims);
    const stored = new Map(seeds.map((s) => [s.id, { article: s.article, claims: s.claims }]));
    const [first, second] = seeds;
    if (!first || !second) throw new Error('no seeds');
    index.remove(second.id);
    const result = await compare(first.article, first.claims, index, { getDoc: (id) => stored.get(id) });
    expect(result.stories.map((s) => s.id)).not.toContain(second.id);
  });
});
