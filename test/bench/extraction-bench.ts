import { Readability } from '@mozilla/readability';
import type { Article } from '../../lib/extraction/article';
import { extractArticle } from '../../lib/extraction/extract-article';
import { PAGE_URL, type PageFixture } from './fixtures';
import type { Recorder } from './metrics';
import { median, p95, sum, timed } from './stats';

const WARMUP_PAGES = 15;

export interface ExtractionOutcome {
  /** Articles extracted from the pages (for the analysis benchmark). */
  articles: Article[];
}

/**
 * Our extraction against bare Readability on the same parsed documents, in the same run. Readability
 * mutates the document it reads, so it gets a fresh clone each time and the clone is timed with it —
 * extractArticle clones internally too, so both sides pay for one clone. Readability keeps its default
 * innerHTML serializer (that is the bare call); ours asks for nodes instead.
 */
export function benchExtraction(
  pages: readonly PageFixture[],
  options: { warmups: number; reps: number },
  rec: Recorder,
): ExtractionOutcome {
  const ours: number[] = [];
  const theirs: number[] = [];
  const articles: Article[] = [];
  const runOurs = (page: PageFixture) => extractArticle(page.doc, { url: PAGE_URL });
  const runTheirs = (page: PageFixture) => {
    try {
      return new Readability(page.doc.cloneNode(true) as Document).parse();
    } catch {
      return null; // a page Readability cannot read still cost what it cost
    }
  };
  // Warming the JIT is global, so warm-up passes go over a few pages, not every page.
  for (let i = 0; i < options.warmups; i++) {
    for (const page of pages.slice(0, WARMUP_PAGES)) {
      runOurs(page);
      runTheirs(page);
    }
  }
  for (const page of pages) {
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    for (let i = 0; i < options.reps; i++) {
      // Alternate the order so neither side always runs on a cache the other just warmed.
      if (i % 2 === 0) {
        oursMs.push(timed(() => runOurs(page)).ms);
        theirsMs.push(timed(() => runTheirs(page)).ms);
      } else {
        theirsMs.push(timed(() => runTheirs(page)).ms);
        oursMs.push(timed(() => runOurs(page)).ms);
      }
    }
    ours.push(median(oursMs));
    theirs.push(median(theirsMs));
    const result = runOurs(page);
    if (result.ok) articles.push(result.article);
  }
  const pagesNote = `${pages.length} pages, per-page median of ${options.reps} runs after ${options.warmups} warm-up pass(es)`;
  rec.add('extract_ms_p50', median(ours), 'ms', pagesNote);
  rec.add('extract_ms_p95', p95(ours), 'ms');
  rec.add('readability_ms_p50', median(theirs), 'ms', 'bare new Readability(clone).parse(), default serializer');
  rec.add(
    'extract_ratio_vs_readability',
    sum(ours) / sum(theirs),
    'x',
    'total extractArticle time / total Readability time over the same pages',
  );
  rec.add('extract_articles', articles.length, 'pages', `of ${pages.length} pages gave an article`);
  return { articles };
}
