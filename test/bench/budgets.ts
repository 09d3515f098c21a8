/** Lookup of another metric of the same run (by full name), for budgets relative to a competitor. */
type Lookup = (metric: string) => number | undefined;

export interface Budget {
  /** Metric name without the corpus-scale suffix. */
  base: string;
  /** Whether the metric carries the `_<scale>` suffix. */
  scaled: boolean;
  text: string;
  pass(value: number, get: Lookup, scaled: (base: string) => string): boolean;
}

const atMost =
  (limit: number): Budget['pass'] =>
  (v) =>
    v <= limit;

/** Not behind either library on the same measurement (ties count as keeping up). */
const notBehind = (v: number, get: Lookup, names: string[]): boolean =>
  names.every((name) => v >= (get(name) ?? Number.NEGATIVE_INFINITY));

/** The budgets; they are stated for N = 10000 and a 2-core machine. */
export const BUDGETS: readonly Budget[] = [
  { base: 'extract_ratio_vs_readability', scaled: false, text: '≤ 1.2', pass: atMost(1.2) },
  { base: 'analyze_docs_per_s', scaled: false, text: '≥ 500', pass: (v) => v >= 500 },
  { base: 'match_ms_p50', scaled: true, text: '≤ 30 ms', pass: atMost(30) },
  { base: 'match_ms_p95', scaled: true, text: '≤ 80 ms', pass: atMost(80) },
  { base: 'cold_load_ms', scaled: true, text: '≤ 400 ms', pass: atMost(400) },
  { base: 'heap_mb', scaled: true, text: '≤ 80 MB', pass: atMost(80) },
  {
    base: 'story_recall',
    scaled: true,
    text: '≥ 0.98, ≥ MiniSearch & FlexSearch',
    pass: (v, get, s) => v >= 0.98 && notBehind(v, get, [s('minisearch_story_recall'), s('flexsearch_story_recall')]),
  },
  {
    base: 'ours_seed_pairs_found',
    scaled: false,
    text: '= 20, ≥ MiniSearch & FlexSearch',
    pass: (v, get) => v >= 20 && notBehind(v, get, ['minisearch_seed_pairs_found', 'flexsearch_seed_pairs_found']),
  },
  { base: 'popup_results_ms_p50', scaled: false, text: '≤ 200 ms', pass: atMost(200) },
  { base: 'zip_kb_chrome', scaled: false, text: '≤ 500 KB', pass: atMost(500) },
];

export interface Verdict {
  text: string;
  pass: boolean;
}

/** The budget verdict for a metric of this run, if a budget covers it. */
export function judge(metric: string, value: number, get: Lookup, scale: string): Verdict | undefined {
  const scaled = (base: string): string => `${base}_${scale}`;
  const budget = BUDGETS.find((b) => (b.scaled ? scaled(b.base) : b.base) === metric);
  if (!budget) return undefined;
  return { text: budget.text, pass: budget.pass(value, get, scaled) };
}
