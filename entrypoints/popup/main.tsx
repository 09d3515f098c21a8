import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/messages';
import { isWebUrl } from '../../lib/storage/validation';
import { downloadText } from '../../lib/ui/download';
import { pageLocale } from '../../lib/ui/i18n';
import { Popup } from '../../lib/ui/popup/popup';

const send = (message: Message) => browser.runtime.sendMessage(message);

const { t, locale } = pageLocale(browser.i18n, document);

render(
  <Popup
    client={{
      // Opened in a window of its own for "Compare this claim", the popup is told its tab; else it is the active one.
      activeTabId: async () => {
        const named = new URLSearchParams(location.search).get('tab');
        if (named !== null && /^\d{1,10}$/.test(named)) return Number(named);
        return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
      },
      readTab: (tabId) => request(send, 'read-tab', { tabId }),
      claimCheck: (tabId) => request(send, 'get-claim-check', { tabId }),
      analyzeTab: (tabId, refresh) => request(send, 'analyze-tab', { tabId, refresh }),
      saveTab: (tabId, contentHash) => request(send, 'save-tab', { tabId, contentHash }),
      markTab: async (tabId, on) => (await request(send, 'mark-tab', { tabId, on })).marked,
      openDocument: (id, url) => {
        const reader = browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`);
        void browser.tabs.create({ url: url && isWebUrl(url) ? url : reader });
      },
      copyText: (text) => navigator.clipboard.writeText(text),
      download: (fileName, text, mime) => downloadText(document, fileName, text, mime),
    }}
    t={t}
    locale={locale}
  />,
  document.getElementById('app') as HTMLElement,
);
