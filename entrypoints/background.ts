import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/handlers';
import { createRouter, isOwnSender } from '../lib/background/router';
import { createWorkerLibrary } from '../lib/background/worker-library';
import type { Message } from '../lib/messages';

export default defineBackground(() => {
  // Bundled at build time, keyed by file name.
  const seedModules = import.meta.glob<string>('../seeds/*.txt', { query: '?raw', import: 'default', eager: true });
  const background = createBackground({
    library: createWorkerLibrary({
      loadLexiconJson: async () => (await fetch(browser.runtime.getURL('/lexicon/ru-uk.json'))).json(),
      seedFiles: Object.fromEntries(Object.entries(seedModules).map(([path, raw]) => [path.split('/').pop(), raw])),
      indexedDB,
      storageEstimator: navigator.storage,
    }),
    tabs: {
      injectContentScript: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      },
      sendToTab: (tabId, message: Message) => browser.tabs.sendMessage(tabId, message),
    },
  });
  const route = createRouter(background.handlers, isOwnSender(browser.runtime.id, browser.runtime.getURL('/')));
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
  );
  browser.tabs.onRemoved.addListener((tabId) => background.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') background.forgetTab(tabId);
  });
});
