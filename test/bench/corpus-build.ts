import type { Analyzer } from '../../lib/claims/analyze';
import { CorpusIndex } from '../../lib/matching/corpus-index';
import type { RealDocument } from './fixtures';
import { heapUsedMb } from './heap';
import type { Recorder } from './metrics';
import { OffHeapStore } from './off-heap-store';
import type { SyntheticCorpus } from './synthetic-corpus';

export interface BuiltCorpus {
  /** The index as built in memory, document by document (it keeps every document's entry). */
  index: CorpusIndex;
  /** The same index as a waking worker has it: loaded from its snapshot. What the matching is timed on. */
  served: CorpusIndex;
  store: OffHeapStore;
  /** Real documents stored as they are, by id, with the event they report. */
  groups: Map<string, string>;
}

/**
 * Analyses and indexes the whole corpus — the real documents first, then the synthetic stories — one
 * document at a time, keeping only the index live and the documents in the off-heap store.
 * `index_heap_mb` is what building the index added to the heap (stemmer caches included); the whole
 * heap of a worker holding the index, `heap_mb`, is measured in the cold-start process instead.
 */
export function buildCorpus(
  analyzer: Analyzer,
  real: readonly RealDocument[],
  synthetic: SyntheticCorpus,
  rec: Recorder,
  log: (line: string) => void,
): BuiltCorpus {
  const index = new CorpusIndex();
  const store = new OffHeapStore();
  const groups = new Map(real.map((d) => [d.id, d.group]));
  const before = heapUsedMb();
  let analyzeMs = 0;
  let indexMs = 0;
  let claims = 0;
  const add = (id: string, article: Parameters<Analyzer['analyze']>[0]): void => {
    const t0 = performance.now();
    const docClaims = analyzer.analyze(article);
    const t1 = performance.now();
    index.add(id, article, docClaims);
    indexMs += performance.now() - t1;
    analyzeMs += t1 - t0;
    claims += docClaims.length;
    store.put(id, { article, claims: docClaims });
  };
  for (const doc of real) add(doc.id, doc.article);
  let done = 0;
  for (const doc of synthetic.documents()) {
    add(doc.id, doc.article);
    if (++done % 2000 === 0) log(`  indexed ${done + real.length} documents`);
  }
  const after = heapUsedMb();
  const rows = index.toEntries();
  let entryBytes = 0;
  for (const row of rows) entryBytes += Buffer.byteLength(JSON.stringify(row), 'utf8');
  const n = index.size;
  rec.addScaled(
    'index_build_s',
    indexMs / 1000,
    's',
    `CorpusIndex.add for ${n} analysed docs (${real.length} real + ${synthetic.stories} synthetic stories)`,
  );
  rec.addScaled('corpus_analyze_s', analyzeMs / 1000, 's', `${claims} claims, ${(claims / n).toFixed(1)} per doc`);
  rec.addScaled(
    'index_bytes',
    entryBytes,
    'bytes',
    `${(entryBytes / n).toFixed(0)} B/doc as persisted {docId, entry} JSON`,
  );
  rec.addScaled('store_bytes', store.bytes, 'bytes', 'documents + claims as JSON (the IndexedDB stand-in, off-heap)');
  rec.addScaled('index_heap_mb', after - before, 'MB', 'heap added by building the index');
  const served = CorpusIndex.fromSnapshot(structuredClone(index.snapshot()));
  if (!served) throw new Error('the index snapshot could not be read back');
  return { index, served, store, groups };
}
