import type { Analyzer } from '../../lib/claims/analyze';
import type { Article } from '../../lib/extraction/article';
import type { Recorder } from './metrics';
import { median, sum, timed } from './stats';

/** Throughput of one pass over `articles`, median over passes after warm-up passes. */
function docsPerSecond(analyzer: Analyzer, articles: readonly Article[], warmups: number, reps: number): number {
  for (let i = 0; i < warmups; i++) for (const a of articles) analyzer.analyze(a);
  const rates: number[] = [];
  for (let i = 0; i < reps; i++) {
    const { ms } = timed(() => {
      for (const a of articles) analyzer.analyze(a);
    });
    rates.push((articles.length / ms) * 1000);
  }
  return median(rates);
}

/**
 * Articles analysed into claims per second: all the real texts (seeds, corpus-dev, pages extracted
 * above), then news-sized texts alone — the real pages average several times a news excerpt's length.
 */
export function benchAnalysis(
  analyzer: Analyzer,
  sets: { news: readonly Article[]; pages: readonly Article[] },
  options: { warmups: number; reps: number },
  rec: Recorder,
): void {
  const all = [...sets.news, ...sets.pages];
  const chars = sum(all.map((a) => a.text.length));
  const rate = docsPerSecond(analyzer, all, options.warmups, options.reps);
  rec.add(
    'analyze_docs_per_s',
    rate,
    'docs/s',
    `${all.length} docs: seeds + corpus-dev + ${sets.pages.length} extracted pages, mean ${Math.round(chars / all.length)} chars`,
  );
  rec.add('analyze_kchars_per_s', (rate * chars) / all.length / 1000, 'kchars/s');
  const newsChars = sum(sets.news.map((a) => a.text.length));
  rec.add(
    'analyze_news_docs_per_s',
    docsPerSecond(analyzer, sets.news, 0, options.reps),
    'docs/s',
    `${sets.news.length} seeds + corpus-dev only, mean ${Math.round(newsChars / sets.news.length)} chars`,
  );
}
