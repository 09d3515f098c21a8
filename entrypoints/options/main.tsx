import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/messages';
import { downloadText } from '../../lib/ui/download';
import { createTranslate } from '../../lib/ui/i18n';
import { Options } from '../../lib/ui/options/options';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const ALL_SITES = { origins: ['<all_urls>'] };
const send = (message: Message) => browser.runtime.sendMessage(message);

// Screen readers read the UI in the browser's language, which decides the strings too.
document.documentElement.lang = browser.i18n.getUILanguage();

render(
  <Options
    client={{
      hasAllSitesAccess: () => browser.permissions.contains(ALL_SITES),
      requestAllSitesAccess: () => browser.permissions.request(ALL_SITES),
      revokeAllSitesAccess: async () => {
        await browser.permissions.remove(ALL_SITES);
      },
      listDocuments: (filter) => request(send, 'list-documents', filter),
      deleteDocuments: async (ids) => (await request(send, 'delete-documents', { ids })).deleted,
      estimate: () => request(send, 'library-estimate', {}),
      exportLibrary: () => request(send, 'export-library', {}),
      importLibrary: (text) => request(send, 'import-library', { text }),
      download: (fileName, text, mime) => downloadText(document, fileName, text, mime),
    }}
    t={createTranslate((key, subs) => browser.i18n.getMessage(key as MessageName, subs))}
    locale={browser.i18n.getUILanguage()}
  />,
  document.getElementById('app') as HTMLElement,
);
