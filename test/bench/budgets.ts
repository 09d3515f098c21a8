/** Lookup of another metric of the same run (by full name), for budgets relative to a competitor. */
type Lookup = (metric: string) => number | undefined;

interface Limit {
  text: string;
  pass(value: number, get: Lookup, scaled: (base: string) => string): boolean;
  /** The number the budget names, and which side of it passes, for saying by how much a figure misses. */
  bound?: { value: number; atLeast: boolean };
}

export interface Budget {
  /** Metric name without the corpus-scale suffix. */
  base: string;
  /** Whether the metric carries the `_<scale>` suffix. */
  scaled: boolean;
  /** The limit at a corpus scale (`10k`, `50k`); `*` for every other scale and for unscaled metrics. */
  limits: Record<string, Limit>;
  /** Metrics of the same run (same suffix) that split this figure into its stages: where a miss comes from. */
  parts?: string[];
}

const atMost = (limit: number, unit = ''): Limit => ({
  text: `≤ ${limit}${unit}`,
  pass: (v) => v <= limit,
  bound: { value: limit, atLeast: false },
});

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
  {
    base: 'analyze_docs_per_s',
    scaled: false,
    limits: { '*': { text: '≥ 500', pass: (v) => v >= 500, bound: { value: 500, atLeast: true } } },
    parts: ['analyze_news_docs_per_s'],
  },
  {
    base: 'match_ms_p50',
    scaled: true,
    limits: { '50k': atMost(40, ' ms'), '*': atMost(30, ' ms') },
    parts: ['match_analyze_ms_p50', 'match_compare_ms_p50', 'retrieval_ms_p50'],
  },
  { base: 'match_ms_p95', scaled: true, limits: { '50k': atMost(100, ' ms'), '*': atMost(80, ' ms') } },
  {
    base: 'cold_load_ms',
    scaled: true,
    limits: { '50k': atMost(800, ' ms'), '*': atMost(300, ' ms') },
    parts: ['cold_lexicon_ms', 'cold_read_ms', 'cold_index_ms', 'cold_first_match_ms'],
  },
  {
    base: 'heap_mb',
    scaled: true,
    limits: { '50k': atMost(150, ' MB'), '*': atMost(60, ' MB') },
    parts: ['heap_code_mb', 'heap_js_mb', 'heap_arrays_mb'],
  },
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
  /** How far a missing figure is from its budget, as a share of the budget (0.18: 18% over or under). */
  missBy?: { amount: number; share: number };
  /** Full names of the metrics splitting this one into stages (see Budget.parts). */
  parts: string[];
}

function verdictOf(
  limit: Limit,
  value: number,
  get: Lookup,
  scaled: (base: string) => string,
  parts: string[],
): Verdict {
  const pass = limit.pass(value, get, scaled);
  const verdict: Verdict = { text: limit.text, pass, parts: parts.map(scaled) };
  if (!pass && limit.bound) {
    const { value: b, atLeast } = limit.bound;
    const amount = atLeast ? b - value : value - b;
    verdict.missBy = { amount, share: b === 0 ? 0 : amount / b };
  }
  return verdict;
}

/** The budget verdict for a metric of this run (corpus scales `scales`), if a budget covers it. */
export function judge(metric: string, value: number, get: Lookup, scales: readonly string[]): Verdict | undefined {
  for (const budget of BUDGETS) {
    if (!budget.scaled) {
      if (metric !== budget.base) continue;
      const limit = budget.limits['*'] as Limit;
      return verdictOf(limit, value, get, (base) => base, budget.parts ?? []);
    }
    for (const scale of scales) {
      if (metric !== `${budget.base}_${scale}`) continue;
      const limit = budget.limits[scale] ?? (budget.limits['*'] as Limit);
      return verdictOf(limit, value, get, (base) => `${base}_${scale}`, budget.parts ?? []);
    }
  }
  return undefined;
}
