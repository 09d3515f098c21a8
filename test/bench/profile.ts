/**
 * Where match time goes: `npx tsx test/bench/profile.ts [--n <docs>] [--out <dir>]`. Builds the
 * benchmark corpus, then samples the CPU (as `node --cpu-prof` would) over two phases — analysing
 * articles, and matching held-out articles against the corpus — and prints the hot functions of each.
 * With --out, the .cpuprofile files are kept for Chrome DevTools / speedscope.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../lib/claims/analyze';
import { extractArticle } from '../../lib/extraction/extract-article';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { buildCorpus } from './corpus-build';
import { type CpuProfile, formatHotspots, hotspots, profile } from './cpu-profile';
import { corpusDevDocuments, loadPages, PAGE_URL, seedDocuments } from './fixtures';
import { Recorder, scaleLabel } from './metrics';
import { ourFinder } from './our-finder';
import { SyntheticCorpus } from './synthetic-corpus';
import { buildTemplatePool } from './template-pool';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const n = Number(option('--n') ?? 10_000);
const out = option('--out');
const ANALYZE_PASSES = 20;
const QUERIES = 100;

const analyzer = createAnalyzer(loadLexiconFromDisk());
const real = [...seedDocuments(), ...corpusDevDocuments()];
const pages = loadPages()
  .map((p) => extractArticle(p.doc, { url: PAGE_URL }))
  .flatMap((r) => (r.ok ? [r.article] : []));
const pool = buildTemplatePool([
  ...real.map((d) => ({ article: d.article, group: d.group })),
  ...pages.map((article, i) => ({ article, group: `page-${i}` })),
]);
const synthetic = new SyntheticCorpus(pool, n - real.length);
process.stderr.write(`building a ${n}-document corpus…\n`);
const corpus = buildCorpus(analyzer, real, synthetic, new Recorder(scaleLabel(n)), () => undefined);
const queries = synthetic.queries(QUERIES).map((q) => q.article);
const news = [...real.map((d) => d.article), ...queries];

const save = (name: string, p: CpuProfile): void => {
  if (out) writeFileSync(join(out, `${name}.cpuprofile`), JSON.stringify(p));
};

// Warm both paths first, so the profiles show steady state rather than compilation.
for (const a of news) analyzer.analyze(a);
const finder = ourFinder(analyzer, corpus.served, corpus.store);
for (const q of queries.slice(0, 10)) await finder.find(q);

const analysis = await profile(() => {
  for (let i = 0; i < ANALYZE_PASSES; i++) for (const a of news) analyzer.analyze(a);
});
save('analyze', analysis);
process.stdout.write(
  `${formatHotspots(`analyze(): ${ANALYZE_PASSES} passes over ${news.length} news-sized articles`, hotspots(analysis))}\n\n`,
);

const matching = await profile(async () => {
  for (const q of queries) await finder.find(q);
});
save('match', matching);
process.stdout.write(
  `${formatHotspots(`match (analyse + compare) of ${queries.length} articles against ${n} documents`, hotspots(matching))}\n`,
);
