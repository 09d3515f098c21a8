/**
 * `npm run eval`: the project's quality report on real texts. One loop: every document of the seeds
 * and of the real corpora in ../shared is stored in one library and compared with it; the report gives
 * same-story precision and recall per corpus, split and language pair, hard negatives matched, claim
 * pairs against the annotations, and annotated conflicts flagged with the right values.
 *
 *   npm run eval [-- --json] [-- --split validation]
 *
 * A table by default; `--json` prints one object per line: {metric, value, corpus, split, pair}.
 * Corpora missing beside the checkout are named and skipped (exit 0).
 */
import { alignmentMetrics } from './alignment-metrics';
import { loadEvaluation } from './eval-documents';
import { evaluationMetrics, type MetricRow } from './metrics';
import { formatReport } from './report';
import { runEvaluation } from './run-evaluation';

const args = process.argv.slice(2);
const json = args.includes('--json');

const started = performance.now();
const loaded = loadEvaluation();
for (const m of loaded.missing) console.error(`eval: ${m} not found beside the checkout; skipped`);
const run = await runEvaluation(loaded.documents);
const metrics: MetricRow[] = [...evaluationMetrics(run), ...alignmentMetrics(run)];
if (json) {
  for (const m of metrics) console.log(JSON.stringify(m));
} else {
  console.log(formatReport(metrics, loaded.documents.length, (performance.now() - started) / 1000));
}
