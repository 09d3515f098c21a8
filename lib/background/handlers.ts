import type { ExtractionResult } from '../extraction/article';
import { type Handlers, ProtocolError, request, type TabAnalysis } from '../messages';
import type { Library } from './library';
import type { TabAccess } from './tab-access';

export interface BackgroundDeps<E> {
  tabs: TabAccess;
  /** The library, assembled on first use (lexicon, engine, IndexedDB). */
  library: () => Promise<Library<E>>;
}

type BackgroundMessages =
  | 'read-tab'
  | 'analyze-tab'
  | 'save-tab'
  | 'list-documents'
  | 'delete-documents'
  | 'get-document'
  | 'library-estimate'
  | 'export-library'
  | 'import-library';

export interface BackgroundService {
  handlers: Handlers<BackgroundMessages>;
  /** Drops what is known about a tab when it navigates or closes. */
  forgetTab(tabId: number): void;
}

/** Every message the background serves, as one map (registered by `createRouter`). */
export function createBackground<E>(deps: BackgroundDeps<E>): BackgroundService {
  // Results are kept per tab so reopening the popup is instant.
  const extractions = new Map<number, Promise<ExtractionResult>>();
  const results = new Map<number, Promise<TabAnalysis>>();

  async function extractFromTab(tabId: number): Promise<ExtractionResult> {
    try {
      await deps.tabs.injectContentScript(tabId);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ProtocolError(
        'no-access',
        `Parallax cannot read this tab (browser pages, the extension store and PDF viewers are off-limits). ${detail}`,
      );
    }
    return request((message) => deps.tabs.sendToTab(tabId, message), 'extract-page', {});
  }

  /** Shares one in-flight computation per tab; a failure is not cached, so the next request retries. */
  function cached<T>(
    cache: Map<number, Promise<T>>,
    tabId: number,
    refresh: boolean,
    make: () => Promise<T>,
  ): Promise<T> {
    const hit = cache.get(tabId);
    if (hit && !refresh) return hit;
    const pending = make();
    cache.set(tabId, pending);
    pending.catch(() => {
      if (cache.get(tabId) === pending) cache.delete(tabId);
    });
    return pending;
  }

  const readTab = (tabId: number, refresh = false) => cached(extractions, tabId, refresh, () => extractFromTab(tabId));

  const analyzeTab = (tabId: number, refresh: boolean) =>
    cached(results, tabId, refresh, async (): Promise<TabAnalysis> => {
      const extraction = await readTab(tabId, refresh);
      if (!extraction.ok) return { tabId, extraction, comparison: null, documents: {}, corpusSize: 0 };
      return { tabId, extraction, ...(await (await deps.library()).compare(extraction.article)) };
    });

  const handlers: BackgroundService['handlers'] = {
    'read-tab': ({ tabId }) => readTab(tabId),
    'analyze-tab': ({ tabId, refresh }) => analyzeTab(tabId, refresh === true),
    'save-tab': async ({ tabId }) => {
      const extraction = await readTab(tabId);
      if (!extraction.ok) throw new ProtocolError('not-article', extraction.message);
      const outcome = await (await deps.library()).save(extraction.article);
      results.clear(); // every open tab's comparison may now include this page
      return outcome;
    },
    'list-documents': async (filter) => (await deps.library()).list(filter),
    'delete-documents': async ({ ids }) => {
      const deleted = await (await deps.library()).remove(ids);
      results.clear();
      return { deleted };
    },
    'get-document': async ({ id }) => {
      const record = await (await deps.library()).document(id);
      return { id: record.id, source: record.source, article: record.article };
    },
    'library-estimate': async () => (await deps.library()).estimate(),
    'export-library': async () => (await deps.library()).exportAll(),
    'import-library': async ({ text }) => {
      const outcome = await (await deps.library()).importAll(text);
      results.clear();
      return outcome;
    },
  };
  return {
    handlers,
    forgetTab: (tabId) => {
      extractions.delete(tabId);
      results.delete(tabId);
    },
  };
}
