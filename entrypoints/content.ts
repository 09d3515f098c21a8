import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createRouter } from '../lib/background/router';
import { createContentHandlers } from '../lib/content/handlers';

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
    const route = createRouter(createContentHandlers(document), (sender) => sender.id === browser.runtime.id);
    browser.runtime.onMessage.addListener((message, sender) => route(message, { id: sender.id, url: sender.url }));
  },
});
