import { createAnalyzer } from '../../lib/claims/analyze';
import type { Article } from '../../lib/extraction/article';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { benchAnalysis } from './analysis-bench';
import { benchPopup } from './browser-bench';
import { benchColdLoad } from './cold-load-bench';
import { buildCorpus } from './corpus-build';
import { benchExtraction } from './extraction-bench';
import { corpusDevDocuments, loadPages, type RealDocument, seedDocuments } from './fixtures';
import { machineInfo } from './machine';
import { benchMatching } from './matching-bench';
import { Recorder, scaleLabel } from './metrics';
import type { BenchResult } from './report';
import { SyntheticCorpus } from './synthetic-corpus';
import { buildTemplatePool, poolSentences, STORY_LANGUAGES, type TemplatePool } from './template-pool';
import { benchShippedSizes } from './zip-sizes';

export interface BenchOptions {
  /** Stored documents for the corpus-scale metrics, one corpus per size (metrics suffixed `_10k`, `_50k`). */
  sizes: number[];
  /** Few pages, one repetition, few queries: for the smoke test, not for figures. */
  quick: boolean;
  browser: boolean;
  /** Progress lines (stderr in the CLI), so stdout stays the report. */
  log?: (line: string) => void;
}

/** How much repetition each phase gets. */
interface Effort {
  pages: number | undefined;
  warmups: number;
  /** Extraction is the noisiest figure (large pages, shared CPU): more runs per page. */
  extractReps: number;
  reps: number;
  queries: number;
  matchWarmups: number;
  coldRuns: number;
  popupRuns: number;
  popupDocs: number;
}

const FULL: Effort = {
  pages: undefined,
  warmups: 1,
  extractReps: 5,
  reps: 3,
  queries: 100,
  matchWarmups: 10,
  coldRuns: 3,
  popupRuns: 5,
  popupDocs: 1000,
};
const QUICK: Effort = {
  pages: 8,
  warmups: 0,
  extractReps: 1,
  reps: 1,
  queries: 10,
  matchWarmups: 1,
  coldRuns: 1,
  popupRuns: 1,
  popupDocs: 100,
};

/** Runs the extraction benchmark in its own scope, so the parsed pages are garbage before heap is measured. */
function extractionPhase(effort: Effort, rec: Recorder): Article[] {
  const pages = loadPages(effort.pages);
  return benchExtraction(pages, { warmups: effort.warmups, reps: effort.extractReps }, rec).articles;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = performance.now();
  const sink = options.log ?? (() => undefined);
  const log = (line: string): void => sink(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const effort = options.quick ? QUICK : FULL;
  const sizes = options.sizes;
  const rec = new Recorder(scaleLabel(sizes[0] ?? 0));
  const analyzer = createAnalyzer(loadLexiconFromDisk());
  const real = [...seedDocuments(), ...corpusDevDocuments()];
  for (const n of sizes) if (n < real.length + 10) throw new Error(`--n must exceed the ${real.length} real documents`);

  log('extraction: test/pages');
  const pageArticles = extractionPhase(effort, rec);

  log('analysis');
  const news = real.map((d) => d.article);
  benchAnalysis(analyzer, { news, pages: pageArticles }, { warmups: effort.warmups, reps: effort.reps }, rec);

  const pool = buildTemplatePool([
    ...real.map((d) => ({ article: d.article, group: d.group })),
    ...pageArticles.map((article, i) => ({ article, group: `page-${i}` })),
  ]);
  for (const [i, n] of sizes.entries()) {
    // Each size in its own scope, so one corpus is garbage before the next is built.
    await corpusPhase(n, i === 0, { analyzer, real, pool, effort, rec: rec.atScale(scaleLabel(n)), log });
  }

  benchShippedSizes(rec);

  if (options.browser) {
    const stored = options.quick ? effort.popupDocs : Math.max(...sizes);
    log(`browser: popup in Chromium with ${stored} stored pages`);
    try {
      const articles = [...new SyntheticCorpus(pool, stored).documents()].map((d) => d.article);
      await benchPopup(articles, { runs: effort.popupRuns, coldRuns: effort.coldRuns }, rec, log);
    } catch (error) {
      rec.skip('popup_results_ms_p50', error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    }
  } else {
    rec.skip('popup_results_ms_p50', 'browser metric not requested (--browser)');
  }

  return {
    machine: machineInfo(),
    sizes,
    scales: sizes.map(scaleLabel),
    metrics: rec.metrics,
    skipped: rec.skipped,
    seconds: (performance.now() - started) / 1000,
  };
}

interface CorpusContext {
  analyzer: ReturnType<typeof createAnalyzer>;
  real: RealDocument[];
  pool: TemplatePool;
  effort: Effort;
  rec: Recorder;
  log: (line: string) => void;
}

/** The corpus-scale metrics at one size: build, matching beside the libraries, cold start. */
async function corpusPhase(n: number, primary: boolean, context: CorpusContext): Promise<void> {
  const { analyzer, real, pool, effort, rec, log } = context;
  log(`corpus: ${n} documents`);
  const synthetic = new SyntheticCorpus(pool, n - real.length);
  rec.addScaled(
    'corpus_stories',
    synthetic.stories,
    'stories',
    `${real.length} real docs + ${synthetic.size} synthetic versions; template sentences ${STORY_LANGUAGES.map(
      (l) => `${l} ${poolSentences(pool, l)}`,
    ).join(', ')}`,
  );
  const corpus = buildCorpus(analyzer, real, synthetic, rec, log);

  log(`matching at ${n}`);
  await benchMatching(
    analyzer,
    corpus,
    synthetic,
    real,
    { queries: effort.queries, warmups: effort.matchWarmups, reps: effort.reps, primary },
    rec,
    log,
  );

  log(`cold load at ${n}`);
  const [coldQuery] = synthetic.queries(1);
  if (coldQuery) benchColdLoad(analyzer, corpus, coldQuery.article, effort.coldRuns, rec);
}
