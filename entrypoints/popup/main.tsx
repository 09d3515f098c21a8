import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageLocale } from '../../lib/ui/i18n';
import { extensionClient } from '../../lib/ui/popup/extension-client';
import { Popup } from '../../lib/ui/popup/popup';

const { t, locale } = pageLocale(browser.i18n, document);

/** Firefox's sidebar API, which WXT's (Chrome-shaped) browser type does not describe. */
const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/** Chrome's side panel (MV3) or Firefox's sidebar; both must be opened from the click itself. */
async function openPanel(): Promise<void> {
  if (sidebar) await sidebar.open();
  else {
    const { id } = await browser.windows.getCurrent();
    if (id !== undefined) await browser.sidePanel.open({ windowId: id });
  }
  window.close();
}

render(
  <Popup
    client={{
      ...extensionClient(browser, document),
      // Opened in a window of its own for "Compare this claim", the popup is told its tab; else it is the active one.
      activeTabId: async () => {
        const named = new URLSearchParams(location.search).get('tab');
        if (named !== null && /^\d{1,10}$/.test(named)) return Number(named);
        return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
      },
    }}
    t={t}
    locale={locale}
    onOpenPanel={() => void openPanel().catch((error: unknown) => console.warn('Parallax panel:', error))}
  />,
  document.getElementById('app') as HTMLElement,
);
