import type { Analyzer } from '../../lib/claims/analyze';
import type { BuiltCorpus } from './corpus-build';
import { type Finder, groupQueries, type Query, runQueries } from './finder';
import type { RealDocument } from './fixtures';
import { heapUsedMb } from './heap';
import { flexSearchFinder, type LibraryFinder, miniSearchFinder } from './library-finders';
import type { Recorder } from './metrics';
import { ourFinder, ourRetrievalFinder } from './our-finder';
import { median, p95 } from './stats';
import type { SyntheticCorpus } from './synthetic-corpus';

/**
 * Documents the libraries return per query: as many candidates as compare() aligns, so each library is
 * judged as a drop-in candidate generator; Parallax's own figure is after its same-story check.
 */
export const LIBRARY_TOP_K = 40;

export interface MatchingOptions {
  queries: number;
  warmups: number;
  reps: number;
  /** The first corpus size of the run: its seed-pair counts keep their unscaled names (`ours_seed_pairs_found`). */
  primary: boolean;
}

interface QuerySets {
  synthetic: Query[];
  seeds: Query[];
  corpusDev: Query[];
}

function querySets(synthetic: SyntheticCorpus, real: readonly RealDocument[], count: number): QuerySets {
  return {
    synthetic: synthetic.queries(count).map((d) => ({
      id: d.id,
      article: d.article,
      expected: new Set(synthetic.versionIds(d.story)),
    })),
    seeds: groupQueries(real.filter((d) => d.group === 'seeds')),
    corpusDev: groupQueries(real.filter((d) => d.group !== 'seeds')),
  };
}

const share = (found: number, expected: number): number => (expected === 0 ? 0 : found / expected);

/** The three quality figures every finder gets: planted siblings, seed pairs, corpus-dev event pairs. */
async function quality(
  finder: Finder,
  sets: QuerySets,
  prefix: string,
  rec: Recorder,
  primary: boolean,
): Promise<void> {
  const seeds = await runQueries(finder, sets.seeds, { warmups: 0, reps: 1 });
  const seedNote = `of ${seeds.expected} ordered pairs among the 5 seeds`;
  if (primary) rec.add(`${prefix}_seed_pairs_found`, seeds.found, 'pairs', seedNote);
  else rec.addScaled(`${prefix}_seed_pairs_found`, seeds.found, 'pairs', seedNote);
  const dev = await runQueries(finder, sets.corpusDev, { warmups: 0, reps: 1 });
  rec.addScaled(
    `${prefix}_corpus_dev_recall`,
    share(dev.found, dev.expected),
    'share',
    `${dev.found}/${dev.expected} same-event pairs of corpus-dev (ru/uk/en, cross-language)`,
  );
}

/**
 * Parallax's match (analyse → retrieve → align → diff) against the corpus, then MiniSearch and
 * FlexSearch doing the retrieval on the same corpus and queries, in the same run.
 */
export async function benchMatching(
  analyzer: Analyzer,
  corpus: BuiltCorpus,
  synthetic: SyntheticCorpus,
  real: readonly RealDocument[],
  options: MatchingOptions,
  rec: Recorder,
  log: (line: string) => void,
): Promise<void> {
  const sets = querySets(synthetic, real, options.queries);
  const timing = { warmups: options.warmups, reps: options.reps };
  const queryNote = `${sets.synthetic.length} held-out articles × ${options.reps} runs`;

  log('  parallax: compare()');
  const ours = ourFinder(analyzer, corpus.served, corpus.store);
  const run = await runQueries(ours, sets.synthetic, timing);
  const splits = ours.splits.slice(-run.samples.length);
  rec.addScaled('match_ms_p50', median(run.samples), 'ms', `${queryNote}: analyse + retrieve + align + diff`);
  rec.addScaled('match_ms_p95', p95(run.samples), 'ms');
  rec.addScaled('match_analyze_ms_p50', median(splits.map((s) => s.analyzeMs)), 'ms', 'analysing the query article');
  rec.addScaled(
    'match_compare_ms_p50',
    median(splits.map((s) => s.compareMs)),
    'ms',
    'compare(): retrieve + align + diff',
  );
  const claimsOf = sets.synthetic.map((q) => ({ q, claims: analyzer.analyze(q.article) }));
  const retrievalMs: number[] = [];
  for (let rep = 0; rep < options.reps; rep++) {
    for (const { q, claims } of claimsOf) {
      const start = performance.now();
      corpus.served.search(claims, { limit: LIBRARY_TOP_K, excludeHash: q.article.contentHash });
      retrievalMs.push(performance.now() - start);
    }
  }
  rec.addScaled(
    'retrieval_ms_p50',
    median(retrievalMs),
    'ms',
    `index.search alone, top ${LIBRARY_TOP_K} and the best met only through concepts and names`,
  );
  rec.addScaled(
    'story_recall',
    share(run.found, run.expected),
    'share',
    `${run.found}/${run.expected} planted sibling versions reported as the same story`,
  );
  rec.addScaled(
    'story_precision',
    share(run.found, run.returned),
    'share',
    `${run.found}/${run.returned} reported stories are planted siblings`,
  );
  const retriever = ourRetrievalFinder(analyzer, corpus.served, LIBRARY_TOP_K);
  const retrieval = await runQueries(retriever, sets.synthetic, { warmups: 0, reps: 1 });
  rec.addScaled(
    'ours_retrieval_recall',
    share(retrieval.found, retrieval.expected),
    'share',
    `siblings among index.search's candidates (top ${LIBRARY_TOP_K} and those met only through concepts and names), before the same-story check`,
  );
  await quality(ours, sets, 'ours', rec, options.primary);
  // The same on the retrieval stage alone: tells a retrieval miss from a same-story check that said no.
  await quality(retriever, sets, 'ours_retrieval', rec, options.primary);

  for (const make of [miniSearchFinder, flexSearchFinder]) {
    const finder = make(LIBRARY_TOP_K);
    log(`  ${finder.name}: indexing ${corpus.store.size} documents`);
    await benchLibrary(finder, corpus, sets, timing, queryNote, rec, options.primary);
    finder.close();
  }
}

async function benchLibrary(
  finder: LibraryFinder,
  corpus: BuiltCorpus,
  sets: QuerySets,
  timing: { warmups: number; reps: number },
  queryNote: string,
  rec: Recorder,
  primary: boolean,
): Promise<void> {
  const before = heapUsedMb();
  let buildMs = 0;
  for (const id of corpus.store.ids()) {
    const article = corpus.store.article(id);
    if (!article) continue;
    const start = performance.now();
    finder.add({ id, title: article.title, text: article.text });
    buildMs += performance.now() - start;
  }
  rec.addScaled(`${finder.name}_index_build_s`, buildMs / 1000, 's');
  rec.addScaled(`${finder.name}_index_heap_mb`, heapUsedMb() - before, 'MB');
  const run = await runQueries(finder, sets.synthetic, timing);
  rec.addScaled(`${finder.name}_match_ms_p50`, median(run.samples), 'ms', `${queryNote}: top ${LIBRARY_TOP_K} search`);
  rec.addScaled(`${finder.name}_match_ms_p95`, p95(run.samples), 'ms');
  rec.addScaled(
    `${finder.name}_story_recall`,
    share(run.found, run.expected),
    'share',
    `${run.found}/${run.expected} planted siblings in the top ${LIBRARY_TOP_K}`,
  );
  await quality(finder, sets, finder.name, rec, primary);
}
