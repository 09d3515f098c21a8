import type { Message } from '../protocol/messages';

/** What the background needs from the browser to reach a tab; wired to `browser.scripting`/`browser.tabs`. */
export interface TabAccess {
  /** Injects the content script into the tab (needs activeTab from a user gesture). */
  injectContentScript(tabId: number): Promise<void>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  /** Adds a user style sheet to the tab (not part of its DOM; the page cannot read it). */
  insertCss(tabId: number, css: string): Promise<void>;
}
