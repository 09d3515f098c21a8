import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { replyForError } from '../lib/background/error-replies';
import { createFeedService } from '../lib/background/feed-service';
import { createBackground, MENU } from '../lib/background/handlers';
import { retryingOnce } from '../lib/background/retrying-once';
import { createWorkerLibrary } from '../lib/background/worker-library';
import { KEEP_SETTLE_MS, WEB_PAGES } from '../lib/protocol/feed-limits';
import type { Message } from '../lib/protocol/messages';
import { createRouter, isExtensionPage } from '../lib/protocol/router';
import { originPattern } from '../lib/protocol/web-url';
import { openCorpusDb } from '../lib/storage/corpus-store';

export default defineBackground(() => {
  // Bundled at build time, keyed by file name.
  const seedModules = import.meta.glob<string>('../seeds/*.txt', { query: '?raw', import: 'default', eager: true });
  const library = createWorkerLibrary({
    loadLexiconJson: async () => (await fetch(browser.runtime.getURL('/lexicon/lexicon.json'))).json(),
    seedFiles: Object.fromEntries(Object.entries(seedModules).map(([path, raw]) => [path.split('/').pop(), raw])),
    indexedDB,
    storageEstimator: navigator.storage,
  });
  const background = createBackground({
    library,
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
  const extensionOrigin = browser.runtime.getURL('/');
  // The database without the engine: enough to read settings on every page load.
  const database = retryingOnce(() => openCorpusDb(indexedDB, undefined, { onClose: () => database.reset() }));
  const feeds = createFeedService({
    library,
    settingsStore: () => database.get(),
    // Feeds and their article pages, read with the access the reader granted per origin (never cookies).
    fetch: (url, init) => fetch(url, init),
    canRead: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    hasAllSites: () => browser.permissions.contains({ origins: WEB_PAGES }),
    online: () => navigator.onLine,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    // Any extension API call resets an MV3 worker's idle timer during a long refresh.
    keepAlive: () => browser.runtime.getPlatformInfo(),
    alarms: browser.alarms,
    isExtensionPage: (sender) => sender.url?.startsWith(extensionOrigin) ?? false,
    readTab: (tabId) => background.readTab(tabId),
    onLibraryChanged: () => background.libraryChanged(),
  });
  const route = createRouter(
    { ...background.handlers, ...feeds.handlers },
    isExtensionPage(browser.runtime.id, extensionOrigin),
    replyForError,
  );
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
  );
  const warn = (what: string) => (error: unknown) => console.warn(`Parallax ${what} failed:`, error);
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
    feeds.schedule().catch(warn('scheduling feed refreshes'));
  });
  // Firefox forgets alarms when it quits; Chrome keeps them. Either way the schedule is checked at start.
  browser.runtime.onStartup.addListener(() => feeds.schedule().catch(warn('scheduling feed refreshes')));
  browser.alarms.onAlarm.addListener((alarm) => {
    feeds.onAlarm(alarm.name).catch(warn('refreshing feeds'));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    background.onMenuClick(info, tab.id).catch(warn('menu action'));
  });
  browser.tabs.onRemoved.addListener((tabId) => background.closeTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') background.forgetTab(tabId);
    if (change.status === 'complete') {
      // "Keep what I read" (off unless the reader turned it on): read the page once it has settled.
      setTimeout(() => {
        feeds.onTabLoaded({ tabId, url: tab.url, incognito: tab.incognito }).catch(() => undefined);
      }, KEEP_SETTLE_MS);
    }
  });
});
