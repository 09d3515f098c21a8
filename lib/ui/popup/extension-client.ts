import { type Message, request } from '../../protocol/messages';
import { isWebUrl } from '../../protocol/web-url';
import { downloadText } from '../download';
import type { PopupClient } from './popup-client';

/** The parts of the extension API the tab view uses (the popup's and the side panel's own `browser`). */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  tabs: { create(options: { url: string }): Promise<unknown> };
}

/** The tab view's client over the real extension API, shared by the popup and the side panel. */
export function extensionClient(api: ExtensionApi, doc: Document): Omit<PopupClient, 'activeTabId'> {
  const send = (message: Message) => api.runtime.sendMessage(message);
  return {
    readTab: (tabId) => request(send, 'read-tab', { tabId }),
    claimCheck: (tabId) => request(send, 'get-claim-check', { tabId }),
    analyzeTab: (tabId, refresh) => request(send, 'analyze-tab', { tabId, refresh }),
    saveTab: (tabId, contentHash) => request(send, 'save-tab', { tabId, contentHash }),
    markTab: async (tabId, on) => (await request(send, 'mark-tab', { tabId, on })).marked,
    markFigure: async (tabId, row, value) => (await request(send, 'mark-figure', { tabId, row, value })).marked,
    openDocument: (id, url) => {
      const reader = api.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`);
      void api.tabs.create({ url: url && isWebUrl(url) ? url : reader });
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (fileName, text, mime) => downloadText(doc, fileName, text, mime),
  };
}
