import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../lib/matching/compare';
import { createEngine } from '../../lib/matching/engine';
import { seedDocuments } from '../fixtures/matching/engine-fixture';

describe('createEngine', () => {
  it('gives the same comparison after a cold start from persisted entries, with an async document getter', async () => {
    const seeds = seedDocuments();
    const warm = createEngine();
    for (const s of seeds) warm.add(s.id, s.article, s.claims);
    const stored = new Map<string, CorpusDocument>(seeds.map((s) => [s.id, { article: s.article, claims: s.claims }]));
    const corpus = { getDoc: async (id: string) => stored.get(id) };
    const [first] = seeds;
    if (!first) throw new Error('no seeds');

    const rows = JSON.parse(JSON.stringify(warm.toEntries()));
    const cold = createEngine(rows);
    const before = await warm.compare(first.article, first.claims, corpus);
    const after = await cold.compare(first.article, first.claims, corpus);
    expect(after).toEqual(before);
    expect(after.stories).toHaveLength(4);
  });

  it('stops matching a removed document', async () => {
    const seeds = seedDocuments();
    const engine = createEngine();
    for (const s of seeds) engine.add(s.id, s.article, s.claims);
    const stored = new Map(seeds.map((s) => [s.id, { article: s.article, claims: s.claims }]));
    const [first, second] = seeds;
    if (!first || !second) throw new Error('no seeds');
    engine.remove(second.id);
    const result = await engine.compare(first.article, first.claims, { getDoc: (id) => stored.get(id) });
    expect(result.stories.map((s) => s.id)).not.toContain(second.id);
  });
});
