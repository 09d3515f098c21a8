import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/bench';
import { formatJsonLines, formatTable } from '../../bench/report';

/** Metrics every run must produce (zip sizes depend on a build and the popup on --browser). */
const ALWAYS = [
  'extract_ms_p50',
  'extract_ratio_vs_readability',
  'analyze_docs_per_s',
  'ours_seed_pairs_found',
  'minisearch_seed_pairs_found',
  'flexsearch_seed_pairs_found',
];
const SCALED = [
  'index_build_s',
  'index_bytes',
  'heap_mb',
  'match_ms_p50',
  'match_ms_p95',
  'cold_load_ms',
  'story_recall',
  'minisearch_match_ms_p50',
  'flexsearch_match_ms_p50',
  'minisearch_story_recall',
  'flexsearch_story_recall',
];

// The benchmark in-process at a tiny scale, so it cannot rot: every metric present, finite, sane.
describe('benchmark suite (smoke)', () => {
  it('measures every metric on a 200-document corpus', async () => {
    const result = await runBench({ sizes: [200], quick: true, browser: false });
    const value = (name: string): number | undefined => result.metrics.find((m) => m.metric === name)?.value;
    for (const name of [...ALWAYS, ...SCALED.map((base) => `${base}_200`)]) {
      expect(value(name), name).toBeTypeOf('number');
      expect(Number.isFinite(value(name)), name).toBe(true);
    }
    for (const m of result.metrics) expect(Number.isFinite(m.value), m.metric).toBe(true);
    expect(value('story_recall_200')).toBeGreaterThan(0);
    expect(value('minisearch_story_recall_200')).toBeGreaterThan(0);
    expect(value('flexsearch_story_recall_200')).toBeGreaterThan(0);
    expect(result.skipped.map((s) => s.metric)).toContain('popup_results_ms_p50');

    const lines = formatJsonLines(result).split('\n');
    for (const line of lines) {
      const parsed = JSON.parse(line) as { metric: unknown; value: unknown; unit: unknown };
      expect(typeof parsed.metric).toBe('string');
      expect(typeof parsed.value).toBe('number');
      expect(typeof parsed.unit).toBe('string');
    }
    expect(formatTable(result)).toContain('match_ms_p50_200');
  }, 60_000);
});
