/**
 * Child process for cold_load_ms: a fresh V8 with nothing warmed, as a service worker that wakes for
 * one message. Usage: `node --import tsx test/bench/cold-start.ts <dir>`; prints one JSON line.
 * Untimed: importing modules and reading the stored documents (they stay in IndexedDB in the
 * extension and are read on demand). Timed, as the worker does it: the lexicon parse, reading the
 * index snapshot's records (each a structured-clone read, as IndexedDB returns them), loading the
 * index from them and replaying the journal written since, then the first match (analysis + compare).
 * Then the memory, after a full GC: unlike the parent, this process never loaded linkedom, whose node
 * registry keeps its high-water size after extraction and would inflate the figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { analyze } from '../../lib/claims/analyze';
import { parseLexicon } from '../../lib/claims/lexicon';
import type { Article } from '../../lib/extraction/article';
import { compare } from '../../lib/matching/compare';
import { CorpusIndex } from '../../lib/matching/corpus-index';
import type { IndexRow } from '../../lib/matching/index-entry';
import { LEXICON_PATH } from '../../lib/node/load-lexicon-from-disk';
import { memoryMb } from './heap';
import { OffHeapStore } from './off-heap-store';

export interface ColdStartResult {
  lexiconMs: number;
  /** Reading the snapshot's records and the journal's entries (structured-clone reads). */
  readMs: number;
  /** CorpusIndex.fromSnapshot plus the journal replayed onto it. */
  indexMs: number;
  matchMs: number;
  totalMs: number;
  /** Memory after the first match and a full GC: the worker's resident engine (lexicon, index, caches, code). */
  memoryMb: number;
  heapMb: number;
  arraysMb: number;
  /** The same before anything was loaded: modules (code) only. */
  codeMb: number;
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
  const codeMb = memoryMb(store.bytes).totalMb;
  const t0 = performance.now();
  const lexicon = parseLexicon(JSON.parse(readFileSync(LEXICON_PATH, 'utf8')));
  const t1 = performance.now();
  const parts: Record<string, unknown> = {};
  for (const part of JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')) as string[]) {
    parts[part] = deserialize(readFileSync(join(dir, `snapshot-${part}.bin`)));
  }
  const journal = deserialize(readFileSync(join(dir, 'journal.bin'))) as IndexRow[];
  const t2 = performance.now();
  const index = CorpusIndex.fromSnapshot(parts, lexicon.background);
  if (!index) throw new Error('cold start: the snapshot could not be read');
  for (const row of journal) index.addEntry(row.docId, row.entry);
  const t3 = performance.now();
  const comparison = await compare(query, analyze(query, lexicon), index, store);
  const t4 = performance.now();
  // Measured last and outside the timings: the documents the child read stay off-heap in Buffers.
  const memory = memoryMb(store.bytes);
  const result: ColdStartResult = {
    lexiconMs: t1 - t0,
    readMs: t2 - t1,
    indexMs: t3 - t2,
    matchMs: t4 - t3,
    totalMs: t4 - t0,
    memoryMb: memory.totalMb,
    heapMb: memory.heapMb,
    arraysMb: memory.arraysMb,
    codeMb,
    stories: comparison.stories.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: cold-start.ts <dir>\n');
  process.exit(2);
}
await main(dir);
