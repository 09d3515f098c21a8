/** Lookup of another metric of the same run (by full name), for budgets relative to a competitor. */
type Lookup = (metric: string) => number | undefined;

interface Limit {
  text: string;
  pass(value: number, get: Lookup, scaled: (base: string) => string): boolean;
}

export interface Budget {
  /** Metric name without the corpus-scale suffix. */
  base: string;
  /** Whether the metric carries the `_<scale>` suffix. */
  scaled: boolean;
  /** The limit at a corpus scale (`10k`, `50k`); `*` for every other scale and for unscaled metrics. */
  limits: Record<string, Limit>;
}

const atMost = (limit: number, unit = ''): Limit => ({ text: `≤ ${limit}${unit}`, pass: (v) => v <= limit });

/** Not behind either library on the same measurement (ties count as keeping up). */
const notBehind = (v: number, get: Lookup, names: string[]): boolean =>
  names.every((name) => v >= (get(name) ?? Number.NEGATIVE_INFINITY));

const recall: Limit = {
  text: '≥ 0.98, ≥ MiniSearch & FlexSearch',
  pass: (v, get, s) => v >= 0.98 && notBehind(v, get, [s('minisearch_story_recall'), s('flexsearch_story_recall')]),
};

/**
 * The budgets of issues 8 and 16 for a 2-core machine: at 10,000 stored documents (and any scale not
 * listed) and at 50,000.
 */
export const BUDGETS: readonly Budget[] = [
  { base: 'extract_ratio_vs_readability', scaled: false, limits: { '*': atMost(1.2) } },
  { base: 'analyze_docs_per_s', scaled: false, limits: { '*': { text: '≥ 500', pass: (v) => v >= 500 } } },
  { base: 'match_ms_p50', scaled: true, limits: { '50k': atMost(40, ' ms'), '*': atMost(30, ' ms') } },
  { base: 'match_ms_p95', scaled: true, limits: { '50k': atMost(100, ' ms'), '*': atMost(80, ' ms') } },
  { base: 'cold_load_ms', scaled: true, limits: { '50k': atMost(800, ' ms'), '*': atMost(300, ' ms') } },
  { base: 'heap_mb', scaled: true, limits: { '50k': atMost(150, ' MB'), '*': atMost(60, ' MB') } },
  { base: 'story_recall', scaled: true, limits: { '*': recall } },
  {
    base: 'ours_seed_pairs_found',
    scaled: false,
    limits: {
      '*': {
        text: '= 20, ≥ MiniSearch & FlexSearch',
        pass: (v, get) => v >= 20 && notBehind(v, get, ['minisearch_seed_pairs_found', 'flexsearch_seed_pairs_found']),
      },
    },
  },
  { base: 'popup_results_ms_p50', scaled: false, limits: { '*': atMost(300, ' ms') } },
  // The bridge's lexicon is most of the zip; the cross-language issue allows 1.5 MB with it.
  { base: 'zip_kb_chrome', scaled: false, limits: { '*': atMost(1_536, ' KB') } },
];

export interface Verdict {
  text: string;
  pass: boolean;
}

/** The budget verdict for a metric of this run (corpus scales `scales`), if a budget covers it. */
export function judge(metric: string, value: number, get: Lookup, scales: readonly string[]): Verdict | undefined {
  for (const budget of BUDGETS) {
    if (!budget.scaled) {
      if (metric !== budget.base) continue;
      const limit = budget.limits['*'] as Limit;
      return { text: limit.text, pass: limit.pass(value, get, (base) => base) };
    }
    for (const scale of scales) {
      if (metric !== `${budget.base}_${scale}`) continue;
      const limit = budget.limits[scale] ?? (budget.limits['*'] as Limit);
      return { text: limit.text, pass: limit.pass(value, get, (base) => `${base}_${scale}`) };
    }
  }
  return undefined;
}
