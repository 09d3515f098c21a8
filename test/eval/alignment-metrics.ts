import type { Comparison } from '../../lib/matching/comparison';
import { scoreAlignment, scoreJudgedAlignment } from '../fixtures/matching/engine-fixture';
import type { MetricRow } from './metrics';
import type { EvaluationRun } from './run-evaluation';

const fileOf = (id: string): string => id.slice(id.indexOf('/') + 1);

/**
 * Claim alignment against the project's own annotations: the seeds' gold facts
 * (test/fixtures/matching/seed-alignment-gold.json, every cross-seed pair of one fact) and the
 * hand-judged corpus-dev pairs (corpus-dev-alignment-judged.json; recall relative to the pairs judged
 * the same). Both read the pairs the reader is shown: same-fact claims of documents matched as one story.
 */
export function alignmentMetrics(run: EvaluationRun): MetricRow[] {
  const out: MetricRow[] = [];
  const seeds = new Map<string, Comparison>();
  for (const d of run.documents) {
    if (d.corpus !== 'seeds' || d.negativeOf) continue;
    const c = run.comparisons.get(d.id);
    if (!c) continue;
    const stories = c.stories.filter((s) => s.id.startsWith('seeds/')).map((s) => ({ ...s, id: fileOf(s.id) }));
    seeds.set(d.file, { ...c, stories });
  }
  if (seeds.size > 0) {
    const s = scoreAlignment(seeds);
    out.push(
      { metric: 'claim_pair_recall', value: s.recall, corpus: 'seeds', split: 'seeds', pair: 'all' },
      { metric: 'claim_pair_precision', value: s.precision, corpus: 'seeds', split: 'seeds', pair: 'all' },
      { metric: 'claim_pair_gold', value: s.gold, corpus: 'seeds', split: 'seeds', pair: 'all' },
    );
    const ruUk = scoreAlignment(
      new Map(
        [...seeds].map(([id, c]) => [
          id,
          { ...c, stories: c.stories.filter((x) => x.lang !== run.byId.get(`seeds/${id}`)?.lang) },
        ]),
      ),
    );
    out.push({
      metric: 'claim_pair_found_cross_language',
      value: ruUk.found,
      corpus: 'seeds',
      split: 'seeds',
      pair: 'ru-uk',
    });
  }
  const dev = run.documents.filter((d) => d.corpus === 'corpus-dev');
  if (dev.length > 0) {
    for (const split of ['calibration', 'validation'] as const) {
      const docs = dev.filter((d) => d.split === split).map((d) => ({ ...d, id: d.file }));
      const eventOf = new Map(docs.map((d) => [d.id, d.event]));
      const s = scoreJudgedAlignment(
        docs,
        (id) => eventOf.get(id),
        (a, b) => {
          const pairs: { hereIndex: number; thereIndex: number }[] = [];
          const story = run.comparisons.get(`corpus-dev/${a.id}`)?.stories.find((x) => x.id === `corpus-dev/${b.id}`);
          for (const c of story?.claims ?? []) if (c.verdict !== 'related') pairs.push(c);
          return pairs;
        },
      );
      out.push(
        { metric: 'judged_pair_recall', value: s.recall, corpus: 'corpus-dev', split, pair: 'all' },
        { metric: 'judged_pair_precision', value: s.precision, corpus: 'corpus-dev', split, pair: 'all' },
      );
    }
  }
  return out;
}
