import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import { articleFromSeed } from '../../lib/extraction/seed-article';
import { MemoryCorpus } from '../../lib/matching/memory-corpus';
import { MATCHER_TUNABLES } from '../../lib/matching/tunables';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { seedText } from '../support/seeds';

const MAX_COMPARED_CLAIMS = MATCHER_TUNABLES.retrieve.maxComparedClaims;

/** A seed's text said `times` times over: a real article's claims, far more of them than any article has. */
function repeated(seed: string, times: number) {
  const [, date = '', body = ''] = seedText(seed).match(/^(\s*date \S+ )([\s\S]*)$/) ?? [];
  return articleFromSeed(`${seed}-x${times}.txt`, `${date}${Array(times).fill(body.trim()).join('\n')}`);
}

describe('comparison work per article', () => {
  it(`aligns at most ${MAX_COMPARED_CLAIMS} claims of each side, however long both texts are`, async () => {
    const lexicon = loadLexiconFromDisk();
    const here = repeated('002', 200);
    const there = repeated('003', 200);
    const hereClaims = analyze(here, lexicon);
    const thereClaims = analyze(there, lexicon);
    expect(hereClaims.length).toBeGreaterThan(MAX_COMPARED_CLAIMS);
    expect(thereClaims.length).toBeGreaterThan(MAX_COMPARED_CLAIMS);
    const corpus = new MemoryCorpus();
    corpus.add('long-003', there, thereClaims);
    const result = await corpus.compare(here, hereClaims);
    expect(result.article.claims).toBe(hereClaims.length);
    const aligned = result.stories.flatMap((s) => s.claims);
    expect(aligned.length).toBeGreaterThan(0);
    for (const a of aligned) {
      expect(a.hereIndex).toBeLessThan(MAX_COMPARED_CLAIMS);
      expect(a.thereIndex).toBeLessThan(MAX_COMPARED_CLAIMS);
    }
    expect(result.onlyHere.length).toBeLessThanOrEqual(MAX_COMPARED_CLAIMS);
  });
});
