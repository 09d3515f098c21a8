import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageLocale } from '../../lib/ui/i18n';
import { SidePanel } from '../../lib/ui/panel/side-panel';
import { tabReadListener } from '../../lib/ui/panel/tab-read-listener';
import { extensionClient } from '../../lib/ui/popup/extension-client';

const { t, locale } = pageLocale(browser.i18n, document);
const windowId = browser.windows.getCurrent().then((w) => w.id ?? null);
const origin = browser.runtime.getURL('/');

render(
  <SidePanel
    tabs={{
      activeTabId: async () => {
        const id = await windowId;
        if (id === null) return null;
        return (await browser.tabs.query({ active: true, windowId: id }))[0]?.id ?? null;
      },
      onActivated: (listener) => {
        const handler = async (info: { tabId: number; windowId: number }) => {
          if (info.windowId === (await windowId)) listener(info.tabId);
        };
        browser.tabs.onActivated.addListener(handler);
        return () => browser.tabs.onActivated.removeListener(handler);
      },
      onLoading: (listener) => {
        const handler = (tabId: number, change: { status?: string }) => {
          if (change.status === 'loading' || change.status === 'complete') listener(tabId, change.status);
        };
        browser.tabs.onUpdated.addListener(handler);
        return () => browser.tabs.onUpdated.removeListener(handler);
      },
      onRead: (listener) => {
        const handler = tabReadListener(browser.runtime.id, origin, listener);
        browser.runtime.onMessage.addListener(handler);
        return () => browser.runtime.onMessage.removeListener(handler);
      },
    }}
    client={extensionClient(browser, document)}
    t={t}
    locale={locale}
  />,
  document.getElementById('app') as HTMLElement,
);
