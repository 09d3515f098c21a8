import { beforeAll, describe, expect, it } from 'vitest';
import { alignmentMetrics } from '../eval/alignment-metrics';
import { loadEvaluation } from '../eval/eval-documents';
import { evaluationMetrics, LANGUAGE_PAIRS, type MetricRow } from '../eval/metrics';
import { runEvaluation } from '../eval/run-evaluation';
import { CORPORA, corpusAvailable } from '../support/corpora';

// The same loop as `npm run eval`: every seed and real article in one library, each compared with it.
// The floors are the issues' targets on the validation half and guards just under today's figures
// elsewhere; the report itself (`npm run eval`) prints the figures.
let metrics: MetricRow[] = [];
const value = (metric: string, corpus: string, split: string, pair = 'all'): number | undefined =>
  metrics.find((m) => m.metric === metric && m.corpus === corpus && m.split === split && m.pair === pair)?.value;

const realCorpora = CORPORA.every(corpusAvailable);

beforeAll(async () => {
  const loaded = loadEvaluation();
  const run = await runEvaluation(loaded.documents);
  metrics = [...evaluationMetrics(run), ...alignmentMetrics(run)];
}, 120_000);

describe('the seeds in a library of real reports', () => {
  it('finds every seed pair and matches none of our same-names articles with a seed', () => {
    expect(value('same_story_recall', 'seeds', 'seeds')).toBe(1);
    expect(value('hard_negatives_matched', 'seeds', 'seeds') ?? 0).toBe(0);
    expect(value('hard_negative_pairs', 'seeds', 'seeds')).toBeGreaterThan(0);
  });

  it('aligns the seeds’ claims as the gold facts say', () => {
    expect(value('claim_pair_precision', 'seeds', 'seeds')).toBeGreaterThanOrEqual(0.95);
    expect(value('claim_pair_recall', 'seeds', 'seeds')).toBeGreaterThanOrEqual(0.8);
  });
});

describe.skipIf(!realCorpora)('same story on the validation half of the real corpora', () => {
  it.each(LANGUAGE_PAIRS)('finds at least 90 %% of the %s pairs', (pair) => {
    const pairs = value('same_story_pairs', 'real', 'validation', pair) ?? 0;
    if (pairs < 10) return;
    expect(value('same_story_recall', 'real', 'validation', pair)).toBeGreaterThanOrEqual(0.9);
  });

  it('reports other events rarely and no hard negative at all', () => {
    expect(value('same_story_precision', 'real', 'validation')).toBeGreaterThanOrEqual(0.97);
    expect(value('hard_negatives_matched', 'real', 'validation') ?? 0).toBe(0);
    expect(value('same_kind_other_event_matched', 'real', 'all') ?? 0).toBe(0);
  });
});

describe.skipIf(!realCorpora)('guards on the calibration half and the annotations', () => {
  it('keeps same-story recall and precision on the calibration half', () => {
    // Measured 0.81 / 1.00 when the calibration was last fitted.
    expect(value('same_story_recall', 'real', 'calibration')).toBeGreaterThanOrEqual(0.78);
    expect(value('same_story_precision', 'real', 'calibration')).toBeGreaterThanOrEqual(0.97);
    expect(value('hard_negatives_matched', 'real', 'calibration') ?? 0).toBe(0);
  });

  it('aligns corpus-dev claims as judged by hand', () => {
    for (const split of ['calibration', 'validation']) {
      // Measured 0.86 / 0.74 and 0.86 / 0.77.
      expect(value('judged_pair_precision', 'corpus-dev', split)).toBeGreaterThanOrEqual(0.8);
      expect(value('judged_pair_recall', 'corpus-dev', split)).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('flags the differences corpus-dev’s README lists, with the right values', () => {
    // Measured 8 of 9 (Orlov vs TASS → officials is not set against each other).
    expect(value('conflicts_flagged_right', 'corpus-dev', 'all')).toBeGreaterThanOrEqual(0.85);
  });

  it('shows on gold same-claim pairs only differences the annotations call real, and no compatible trap', () => {
    // Measured 0.98 (53 of 54; the target is 0.9). The other is an attribution difference the
    // annotations do not list beside an annotated number conflict: the Investigative Committee vs SHOT's
    // own sources (93 vs 70). No trap flagged.
    expect(value('differences_real_share', 'real', 'all')).toBeGreaterThanOrEqual(0.9);
    expect(value('traps_flagged', 'real', 'all') ?? 0).toBe(0);
  });

  it('aligns the gold claim pairs and flags the annotated conflicts end to end', () => {
    // Measured 0.82 of the gold claim pairs at precision 0.97, and 0.84 of the conflicts flagged with
    // the right values (the target: 0.8 of the conflicts).
    expect(value('claim_pair_recall', 'real', 'all')).toBeGreaterThanOrEqual(0.7);
    expect(value('claim_pair_precision', 'real', 'all')).toBeGreaterThanOrEqual(0.9);
    expect(value('conflicts_flagged_right', 'real', 'all')).toBeGreaterThanOrEqual(0.8);
  });

  it('meets the bridge’s targets on the gold claim pairs of both halves and the seeds', () => {
    // Measured ru-en 0.81 (22 of 27), uk-en 0.84 (21 of 25), ru-uk 0.93 (14 of 15), precision 0.92–1.00;
    // the seeds' ru-uk gold facts 22 of 23. These are the issue's targets themselves, not guards under them.
    for (const [pair, target] of [
      ['ru-en', 0.8],
      ['uk-en', 0.8],
      ['ru-uk', 0.9],
    ] as const) {
      expect(value('claim_pair_recall', 'corpus-dev2', 'all', pair)).toBeGreaterThanOrEqual(target);
      expect(value('claim_pair_precision', 'corpus-dev2', 'all', pair)).toBeGreaterThanOrEqual(0.9);
    }
    expect(value('claim_pair_found_cross_language', 'seeds', 'seeds', 'ru-uk')).toBeGreaterThanOrEqual(21);
  });

  it('reads the annotated conflicts right wherever their sentences are aligned', () => {
    // Measured 26 of 31 (0.84) between the claims holding the annotated sentences, and 0.91 of the
    // differences found there real; what is flagged end to end waits on claim alignment (conflicts_aligned).
    expect(value('conflicts_flagged_right_if_aligned', 'real', 'all')).toBeGreaterThanOrEqual(0.78);
    expect(value('differences_real_share_if_aligned', 'real', 'all')).toBeGreaterThanOrEqual(0.9);
  });
});
