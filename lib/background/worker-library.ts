import { createAnalyzer } from '../claims/analyze';
import { parseLexicon } from '../claims/lexicon';
import { articleFromSeed } from '../extraction/seed-article';
import type { IndexEntry } from '../matching/index-entry';
import type { StorageEstimator } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/corpus-store';
import { Library } from './library';
import { retryingOnce } from './retrying-once';
import { WorkerEngine } from './worker-engine';

export interface WorkerLibraryDeps {
  /** The lexicon data file shipped in the extension (assets/lexicon/lexicon.json). */
  loadLexiconJson(): Promise<unknown>;
  /** Bundled seed files by file name. */
  seedFiles: Record<string, string>;
  indexedDB: IDBFactory;
  storageEstimator?: StorageEstimator;
}

/**
 * Assembles the worker's library once, on first use: lexicon → analyser → engine → IndexedDB. A failure
 * (e.g. a blocked upgrade) is not kept, so the next message tries again.
 */
export function createWorkerLibrary(deps: WorkerLibraryDeps): () => Promise<Library<IndexEntry>> {
  const assemble = async (): Promise<Library<IndexEntry>> => {
    const lexicon = parseLexicon(await deps.loadLexiconJson());
    const engine = new WorkerEngine(createAnalyzer(lexicon), lexicon.background);
    const library: Library<IndexEntry> = new Library<IndexEntry>({
      engine,
      openStore: () => openCorpusDb<IndexEntry>(deps.indexedDB, undefined, { onClose: () => library.reset() }),
      loadSeeds: async () =>
        Object.entries(deps.seedFiles).map(([name, raw]) => ({ key: name, article: articleFromSeed(name, raw) })),
      storageEstimator: deps.storageEstimator,
    });
    await library.store();
    return library;
  };
  const shared = retryingOnce(assemble);
  return () => shared.get();
}
