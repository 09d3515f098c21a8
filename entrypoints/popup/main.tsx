import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/messages';
import { createTranslate } from '../../lib/ui/i18n';
import { Popup } from '../../lib/ui/popup/popup';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const send = (message: Message) => browser.runtime.sendMessage(message);

// Screen readers read the UI in the browser's language, which decides the strings too.
document.documentElement.lang = browser.i18n.getUILanguage();

render(
  <Popup
    client={{
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
      analyzeTab: (tabId, refresh) => request(send, 'analyze-tab', { tabId, refresh }),
    }}
    t={createTranslate((key, subs) => browser.i18n.getMessage(key as MessageName, subs))}
    locale={browser.i18n.getUILanguage()}
  />,
  document.getElementById('app') as HTMLElement,
);
