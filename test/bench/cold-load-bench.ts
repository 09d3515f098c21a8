import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import type { Analyzer } from '../../lib/claims/analyze';
import type { Article } from '../../lib/extraction/article';
import { CorpusIndex } from '../../lib/matching/corpus-index';
import type { ColdStartResult } from './cold-start';
import type { BuiltCorpus } from './corpus-build';
import { ROOT } from './fixtures';
import type { Recorder } from './metrics';
import { median } from './stats';

/** More candidates than compare() fetches, so the child finds every document it asks for. */
const DOCS_FOR_CHILD = 100;
/**
 * The journal a waking worker replays on top of the snapshot, at its longest: the library writes a new
 * snapshot once more than 32 + 2% of the library changed since the last (lib/background/library.ts).
 */
const journalLength = (n: number): number => Math.floor(32 + n * 0.02);

/**
 * cold_load_ms: the index as the worker stores it — a snapshot of all but the last documents, and those
 * last ones as the journal replayed on top (the longest journal the library lets grow) — and the
 * documents the first match needs are written to a temporary folder, each record serialised as
 * IndexedDB's structured clone does; a fresh Node process (cold-start.ts) loads them and runs the first
 * match, `runs` times. Each run is its own process, so no JIT or cache carries over.
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
    const rows = corpus.index.toEntries();
    const journal = rows.slice(rows.length - Math.min(rows.length, journalLength(rows.length)));
    const snapshot = CorpusIndex.fromEntries(rows.slice(0, rows.length - journal.length)).snapshot();
    let snapshotBytes = 0;
    for (const [part, value] of Object.entries(snapshot)) {
      const bytes = serialize(value);
      snapshotBytes += bytes.length;
      writeFileSync(join(dir, `snapshot-${part}.bin`), bytes);
    }
    writeFileSync(join(dir, 'parts.json'), JSON.stringify(Object.keys(snapshot)));
    writeFileSync(join(dir, 'journal.bin'), serialize(journal));
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
      `fresh process × ${runs}: lexicon + index snapshot + ${journal.length}-document journal + first match (module loading excluded)`,
    );
    rec.addScaled('cold_lexicon_ms', pick('lexiconMs'), 'ms', 'read + parse lexicon.json');
    rec.addScaled('cold_read_ms', pick('readMs'), 'ms', 'structured-clone reads of the snapshot records and journal');
    rec.addScaled('cold_index_ms', pick('indexMs'), 'ms', 'CorpusIndex.fromSnapshot + journal replay');
    rec.addScaled('cold_first_match_ms', pick('matchMs'), 'ms', 'analyse + compare, cold JIT');
    rec.addScaled(
      'heap_mb',
      pick('memoryMb'),
      'MB',
      'JS heap + typed arrays after GC in the cold process: lexicon + index + caches + code, documents off-heap',
    );
    rec.addScaled('heap_js_mb', pick('heapMb'), 'MB', 'of which the JS heap');
    rec.addScaled('heap_arrays_mb', pick('arraysMb'), 'MB', 'of which typed arrays (index snapshot)');
    rec.addScaled('heap_code_mb', pick('codeMb'), 'MB', 'modules alone, before loading anything');
    rec.addScaled(
      'index_snapshot_bytes',
      snapshotBytes,
      'bytes',
      `${Object.keys(snapshot).length} records as stored (structured clone)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
