import type { TabAnalysis } from '../../messages';

/** What the popup needs from the extension; wired to the browser in `entrypoints/popup`. */
export interface PopupClient {
  /** The tab the popup was opened on, or null when there is none (e.g. a devtools window). */
  activeTabId(): Promise<number | null>;
  analyzeTab(tabId: number, refresh?: boolean): Promise<TabAnalysis>;
}
