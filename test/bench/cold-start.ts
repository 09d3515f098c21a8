/**
 * Child process for cold_load_ms: a fresh V8 with nothing warmed, as a service worker that wakes for
 * one message. Usage: `node --import tsx test/bench/cold-start.ts <dir>`; prints one JSON line.
 * Untimed: importing modules and reading the stored documents (they stay in IndexedDB in the
 * extension and are read on demand). Timed: lexicon parse, reading the persisted index entries,
 * rebuilding the index from them, and the first match (analysis + compare). Then the heap, after a
 * full GC: unlike the parent, this process never loaded linkedom, whose node registry keeps its
 * high-water size after extraction and would inflate the figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/claims/analyze';
import { parseLexicon } from '../../lib/claims/lexicon';
import type { Article } from '../../lib/extraction/article';
import { compare } from '../../lib/matching/compare';
import { CorpusIndex, type IndexRow } from '../../lib/matching/corpus-index';
import { LEXICON_PATH } from '../../lib/node/load-lexicon-from-disk';
import { heapUsedMb } from './heap';
import { OffHeapStore } from './off-heap-store';

export interface ColdStartResult {
  lexiconMs: number;
  entriesMs: number;
  indexMs: number;
  matchMs: number;
  totalMs: number;
  /** JS heap after the first match and a full GC: the worker's resident engine (lexicon, index, caches, code). */
  heapMb: number;
  /** The same before anything was loaded: modules (code) only. */
  codeHeapMb: number;
  stories: number;
}

async function main(dir: string): Promise<void> {
  const store = new OffHeapStore();
  for (const line of readFileSync(join(dir, 'docs.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const { id, doc } = JSON.parse(line);
    store.put(id, doc);
  }
  const query = JSON.parse(readFileSync(join(dir, 'query.json'), 'utf8')) as Article;
  const codeHeapMb = heapUsedMb();
  const t0 = performance.now();
  const lexicon = parseLexicon(JSON.parse(readFileSync(LEXICON_PATH, 'utf8')));
  const t1 = performance.now();
  const rows = JSON.parse(readFileSync(join(dir, 'entries.json'), 'utf8')) as IndexRow[];
  const t2 = performance.now();
  const index = CorpusIndex.fromEntries(rows, lexicon.background);
  const t3 = performance.now();
  const comparison = await compare(query, analyze(query, lexicon), index, store);
  const t4 = performance.now();
  const result: ColdStartResult = {
    lexiconMs: t1 - t0,
    entriesMs: t2 - t1,
    indexMs: t3 - t2,
    matchMs: t4 - t3,
    totalMs: t4 - t0,
    heapMb: 0,
    codeHeapMb,
    stories: comparison.stories.length,
  };
  // Measured last and outside the timings: the 100 documents the child read stay off-heap in Buffers.
  result.heapMb = heapUsedMb();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: cold-start.ts <dir>\n');
  process.exit(2);
}
await main(dir);
