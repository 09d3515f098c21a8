import type { ExtractionResult } from '../../extraction/article';
import type { ClaimCheck } from '../../protocol/claim-check';
import type { SaveOutcome, TabAnalysis } from '../../protocol/messages';

/** What the popup needs from the extension; wired to the browser in `entrypoints/popup`. */
export interface PopupClient {
  /** The tab the popup was opened on, or null when there is none (e.g. a devtools window). */
  activeTabId(): Promise<number | null>;
  readTab(tabId: number): Promise<ExtractionResult>;
  /** The "Compare this claim" result the popup was opened for, if any. */
  claimCheck(tabId: number): Promise<ClaimCheck | null>;
  analyzeTab(tabId: number, refresh?: boolean): Promise<TabAnalysis>;
  /** Stores the tab's article; with `contentHash`, exactly the article with that text (the one shown). */
  saveTab(tabId: number, contentHash?: string): Promise<SaveOutcome>;
  /** Underlines (on) or un-marks (off) the tab's claims that other outlets share or contradict. */
  markTab(tabId: number, on: boolean): Promise<number>;
  /** Marks this page's sentences behind one value of figures at a glance (replacing other marks). */
  markFigure(tabId: number, row: number, value: number): Promise<number>;
  /** Opens a compared document: its page for stored ones, the bundled reader view for seeds. */
  openDocument(id: string, url: string | null): void;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, mime: string): void;
}
