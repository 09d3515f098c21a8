import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentHandlers } from '../lib/content/handlers';
import { browserSurface, highlightApi } from '../lib/content/mark-surface';
import { createRouter } from '../lib/protocol/router';

/**
 * Any shadow root, closed ones included: an article a site renders in a closed web component is still
 * what the reader asked about. Chrome gives content scripts chrome.dom.openOrClosedShadowRoot, Firefox
 * element.openOrClosedShadowRoot().
 */
function shadowRootOf(element: Element): ShadowRoot | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome
    ?.dom;
  try {
    if (dom?.openOrClosedShadowRoot) return dom.openOrClosedShadowRoot(element) ?? null;
    const firefox = (element as Element & { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot;
    if (typeof firefox === 'function') return firefox.call(element) ?? null;
  } catch {
    // Not an element that can host a shadow root (Chrome's API accepts HTML elements only).
  }
  return element.shadowRoot;
}

// Injected on demand (activeTab + scripting) by the background, never declared for every site.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // A second injection into the same tab must not register a second listener.
    const marker = '__parallaxContentReady';
    const scope = globalThis as typeof globalThis & Record<string, unknown>;
    if (scope[marker]) return;
    scope[marker] = true;
    const highlights = highlightApi(globalThis);
    const handlers = createContentHandlers(document, highlights && browserSurface(highlights), shadowRootOf);
    // Only the worker talks to the content script: our id, and no tab (a tab's sender would be a page).
    const route = createRouter(handlers, (sender) => sender.id === browser.runtime.id && sender.tabId === undefined);
    browser.runtime.onMessage.addListener((message, sender) =>
      route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
    );
  },
});
