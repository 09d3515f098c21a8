import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyzer } from '../../lib/claims/analyze';
import type { Article } from '../../lib/extraction/article';
import type { ColdStartResult } from './cold-start';
import type { BuiltCorpus } from './corpus-build';
import { ROOT } from './fixtures';
import type { Recorder } from './metrics';
import { median } from './stats';

/** More candidates than compare() fetches, so the child finds every document it asks for. */
const DOCS_FOR_CHILD = 100;

/**
 * cold_load_ms: the persisted index entries and the documents the first match needs are written to a
 * temporary folder; a fresh Node process (cold-start.ts) loads them and runs the first match, `runs`
 * times. Each run is its own process, so no JIT or cache carries over.
 */
export function benchColdLoad(
  analyzer: Analyzer,
  corpus: BuiltCorpus,
  query: Article,
  runs: number,
  rec: Recorder,
): void {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    writeFileSync(join(dir, 'entries.json'), JSON.stringify(corpus.index.toEntries()));
    const claims = analyzer.analyze(query);
    const needed = corpus.index.search(claims, { limit: DOCS_FOR_CHILD, excludeHash: query.contentHash });
    const lines = needed.map((c) => JSON.stringify({ id: c.docId, doc: corpus.store.getDoc(c.docId) }));
    writeFileSync(join(dir, 'docs.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'query.json'), JSON.stringify(query));
    const results: ColdStartResult[] = [];
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cold-start.ts'), dir], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr || child.error?.message}`);
      results.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ColdStartResult);
    }
    const pick = (key: keyof ColdStartResult): number => median(results.map((r) => r[key]));
    rec.addScaled(
      'cold_load_ms',
      pick('totalMs'),
      'ms',
      `fresh process × ${runs}: lexicon + entries + index rebuild + first match (module loading excluded)`,
    );
    rec.addScaled('cold_lexicon_ms', pick('lexiconMs'), 'ms', 'read + parse lexicon.json');
    rec.addScaled('cold_entries_ms', pick('entriesMs'), 'ms', 'read + JSON.parse of the persisted entries');
    rec.addScaled('cold_index_ms', pick('indexMs'), 'ms', 'CorpusIndex.fromEntries');
    rec.addScaled('cold_first_match_ms', pick('matchMs'), 'ms', 'analyse + compare, cold JIT');
    rec.addScaled(
      'heap_mb',
      pick('heapMb'),
      'MB',
      'JS heap after GC in the cold process: lexicon + index + caches + code, documents off-heap',
    );
    rec.addScaled('heap_code_mb', pick('codeHeapMb'), 'MB', 'of which modules alone, before loading anything');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
