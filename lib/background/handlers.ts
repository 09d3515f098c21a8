import { errorMessage } from '../error-message';
import type { Article, ExtractionResult } from '../extraction/article';
import { validateExtraction } from '../protocol/article-schema';
import type { ClaimCheck } from '../protocol/claim-check';
import { type Handlers, type Message, ProtocolError, request, type TabAnalysis } from '../protocol/messages';
import { MARK_CSS } from '../protocol/page-marks';
import { claimCheckFrom } from './claim-check';
import { figureMarks } from './figure-marks';
import type { Library } from './library';
import { type MarkStrings, pageMarks } from './page-marks';
import type { TabAccess } from './tab-access';

export interface BackgroundDeps<E> {
  tabs: TabAccess;
  /** Opens the toolbar popup (where the browser allows it from a menu click); false when it cannot. */
  openPopup(): Promise<boolean>;
  /**
   * Opens the popup's page in a small window of its own for this tab, where the popup itself cannot
   * open. Nothing is added to the web page, so it cannot tell that the reader compared a claim.
   */
  openClaimWindow(tabId: number): Promise<void>;
  /** The words of the in-page marks' notes, in the UI language. */
  markStrings(): MarkStrings;
  now(): number;
  /** Tells the extension's pages (a side panel waiting for access) that a tab has just been read. */
  broadcast?(message: Message): void;
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
  | 'import-library'
  | 'get-claim-check'
  | 'mark-tab'
  | 'mark-figure';

export const MENU = { compareClaim: 'parallax-compare-claim', savePage: 'parallax-save-page' } as const;

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export interface BackgroundService {
  handlers: Handlers<BackgroundMessages>;
  /** Drops the cached reading and comparison of a tab when it navigates or closes. */
  forgetTab(tabId: number): void;
  /** Drops everything known about a closed tab, the last article read from it included. */
  closeTab(tabId: number): void;
  /** The context-menu items: "Compare this claim" on a selection, "Save page to Parallax". */
  onMenuClick(click: MenuClick, tabId: number): Promise<void>;
  /** The tab's article (content script injected on demand), shared with the popup's request. */
  readTab(tabId: number): Promise<ExtractionResult>;
  /** Something was stored or removed elsewhere (feeds, keeping): cached comparisons are stale. */
  libraryChanged(): void;
}

/** A claim check is shown when the popup opens right after the menu click, not days later. */
const CLAIM_CHECK_TTL_MS = 2 * 60_000;

/** Every message the background serves, as one map (registered by `createRouter`). */
export function createBackground<E>(deps: BackgroundDeps<E>): BackgroundService {
  // Results are kept per tab so reopening the popup is instant.
  const extractions = new Map<number, Promise<ExtractionResult>>();
  const results = new Map<number, Promise<TabAnalysis>>();
  const claimChecks = new Map<number, ClaimCheck>();
  /**
   * The last article read from each tab, kept across the tab's navigations (until it closes): what a
   * popup shows and may ask to save, even after a script moved the page on.
   */
  const lastRead = new Map<number, Article>();

  async function extractFromTab(tabId: number): Promise<ExtractionResult> {
    try {
      await deps.tabs.injectContentScript(tabId);
    } catch (error) {
      // The browser's reason (about:blank, chrome://, the store, a PDF) goes to the log; the reader gets ours.
      throw new ProtocolError(
        'no-access',
        `Parallax cannot read this tab (browser pages, blank pages, the extension store and PDF viewers are off-limits): ${errorMessage(error)}`,
      );
    }
    const reply = await request((message) => deps.tabs.sendToTab(tabId, message), 'extract-page', {});
    // What the content script read may have been tampered with by the page: checked by the one article schema.
    const checked = validateExtraction(reply);
    const extraction: ExtractionResult = checked.ok
      ? checked.value
      : { ok: false, reason: 'error', message: `The page gave Parallax an article it cannot use: ${checked.message}.` };
    if (extraction.ok) lastRead.set(tabId, extraction.article);
    deps.broadcast?.({ type: 'tab-read', payload: { tabId } });
    return extraction;
  }

  /** The article to save: the one the UI showed (by its hash) if known, else the tab's current one. */
  async function articleToSave(tabId: number, contentHash: string | undefined): Promise<Article> {
    const shown = lastRead.get(tabId);
    if (contentHash !== undefined && shown?.contentHash === contentHash) return shown;
    const extraction = await readTab(tabId);
    if (!extraction.ok) throw new ProtocolError('not-article', extraction.message, extraction.reason);
    if (contentHash !== undefined && extraction.article.contentHash !== contentHash) {
      throw new ProtocolError('page-changed', 'The page changed after Parallax read it; read it again before saving.');
    }
    return extraction.article;
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
    'save-tab': async ({ tabId, contentHash }) => {
      const article = await articleToSave(tabId, contentHash);
      const outcome = await (await deps.library()).save(article);
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
    'mark-tab': async ({ tabId, on }) => {
      const analysis = on ? await analyzeTab(tabId, false) : null;
      const marks = analysis?.comparison ? pageMarks(analysis.comparison, deps.markStrings()) : [];
      // The underline is painted by a user style sheet: nothing in the page's DOM says what is marked.
      if (marks.length > 0) await deps.tabs.insertCss(tabId, MARK_CSS);
      return request((m) => deps.tabs.sendToTab(tabId, m), 'mark-page', { marks });
    },
    'mark-figure': async ({ tabId, row, value }) => {
      const figure = (await analyzeTab(tabId, false)).comparison?.figures[row];
      const marks = figure ? figureMarks(figure, value) : [];
      if (marks.length > 0) await deps.tabs.insertCss(tabId, MARK_CSS);
      return request((m) => deps.tabs.sendToTab(tabId, m), 'mark-page', { marks });
    },
    'get-claim-check': async ({ tabId }) => {
      const check = claimChecks.get(tabId);
      return check && deps.now() - check.createdAt < CLAIM_CHECK_TTL_MS ? check : null;
    },
    'import-library': async ({ text, firstLine }) => {
      const outcome = await (await deps.library()).importAll(text, firstLine);
      results.clear();
      return outcome;
    },
  };
  async function compareSelection(tabId: number, selection: string): Promise<ClaimCheck> {
    const analysis = await analyzeTab(tabId, false).catch(() => null);
    if (analysis?.extraction.ok) {
      return claimCheckFrom(selection, analysis.extraction.article, analysis.comparison, deps.now());
    }
    // Not an article (or unreadable): compare the selection on its own.
    const article = {
      title: selection.slice(0, 120),
      byline: null,
      outlet: '',
      url: null,
      canonicalUrl: null,
      published: null,
      lang: 'und',
      text: selection,
      excerpt: null,
      contentHash: '',
    };
    const { comparison } = await (await deps.library()).compare(article);
    return claimCheckFrom(selection, null, comparison, deps.now());
  }

  async function onMenuClick(click: MenuClick, tabId: number): Promise<void> {
    if (click.menuItemId === MENU.savePage) {
      await handlers['save-tab']({ tabId }, {});
      return;
    }
    if (click.menuItemId !== MENU.compareClaim || !click.selectionText?.trim()) return;
    const check = await compareSelection(tabId, click.selectionText.slice(0, 5000));
    claimChecks.set(tabId, check);
    if (await deps.openPopup()) return;
    await deps.openClaimWindow(tabId);
  }

  return {
    handlers,
    onMenuClick,
    readTab: (tabId) => readTab(tabId),
    libraryChanged: () => results.clear(),
    forgetTab: (tabId) => {
      extractions.delete(tabId);
      results.delete(tabId);
      claimChecks.delete(tabId);
    },
    closeTab: (tabId) => {
      extractions.delete(tabId);
      results.delete(tabId);
      claimChecks.delete(tabId);
      lastRead.delete(tabId);
    },
  };
}
