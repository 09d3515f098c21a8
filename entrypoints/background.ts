import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground, MENU } from '../lib/background/handlers';
import { createRouter, isExtensionPage } from '../lib/background/router';
import { createWorkerLibrary } from '../lib/background/worker-library';
import type { Message } from '../lib/messages';

export default defineBackground(() => {
  // Bundled at build time, keyed by file name.
  const seedModules = import.meta.glob<string>('../seeds/*.txt', { query: '?raw', import: 'default', eager: true });
  const background = createBackground({
    library: createWorkerLibrary({
      loadLexiconJson: async () => (await fetch(browser.runtime.getURL('/lexicon/lexicon.json'))).json(),
      seedFiles: Object.fromEntries(Object.entries(seedModules).map(([path, raw]) => [path.split('/').pop(), raw])),
      indexedDB,
      storageEstimator: navigator.storage,
    }),
    openPopup: async () => {
      // Chrome MV3 has action.openPopup; Firefox MV2 browserAction.openPopup (allowed from a menu click).
      const action = browser.action ?? browser.browserAction;
      try {
        await action.openPopup();
        return true;
      } catch {
        return false;
      }
    },
    openClaimWindow: async (tabId) => {
      await browser.windows.create({
        url: browser.runtime.getURL(`/popup.html?tab=${tabId}`),
        type: 'popup',
        width: 480,
        height: 600,
      });
    },
    markStrings: () => ({ agrees: browser.i18n.getMessage('popupAgrees') }),
    now: () => Date.now(),
    // No page listening (no side panel open) is the usual case, not an error.
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    tabs: {
      injectContentScript: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      },
      sendToTab: (tabId, message: Message) => browser.tabs.sendMessage(tabId, message),
      insertCss: async (tabId, css) => {
        await browser.scripting.insertCSS({ target: { tabId }, css, origin: 'USER' });
      },
    },
  });
  const route = createRouter(background.handlers, isExtensionPage(browser.runtime.id, browser.runtime.getURL('/')));
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
  );
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU.compareClaim,
      title: browser.i18n.getMessage('menuCompareClaim'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU.savePage,
      title: browser.i18n.getMessage('menuSavePage'),
      contexts: ['page'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    background.onMenuClick(info, tab.id).catch((error: unknown) => console.warn('Parallax menu action failed:', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => background.closeTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') background.forgetTab(tabId);
  });
});
