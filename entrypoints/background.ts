import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/handlers';
import { createRouter, isOwnSender } from '../lib/background/router';
import type { Message } from '../lib/messages';

export default defineBackground(() => {
  const background = createBackground({
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
