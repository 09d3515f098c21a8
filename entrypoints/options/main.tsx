import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/protocol/messages';
import { downloadText } from '../../lib/ui/download';
import { pageLocale } from '../../lib/ui/i18n';
import { Options } from '../../lib/ui/options/options';

const ALL_SITES = { origins: ['<all_urls>'] };
const send = (message: Message) => browser.runtime.sendMessage(message);

const { t, locale } = pageLocale(browser.i18n, document);

render(
  <Options
    client={{
      hasAllSitesAccess: () => browser.permissions.contains(ALL_SITES),
      requestAllSitesAccess: () => browser.permissions.request(ALL_SITES),
      revokeAllSitesAccess: async () => {
        await browser.permissions.remove(ALL_SITES);
      },
      requestOrigins: (origins) => browser.permissions.request({ origins }),
      releaseOrigins: async (origins) => {
        if (await browser.permissions.contains(ALL_SITES)) return;
        // Best effort: the feed is gone either way, and a grant the browser will not take back (a
        // required one) stays.
        await browser.permissions.remove({ origins }).catch(() => false);
      },
      listFeeds: () => request(send, 'list-feeds', {}),
      followFeed: (feed) => request(send, 'follow-feed', feed),
      unfollowFeed: async (id) => (await request(send, 'unfollow-feed', { id })).removed,
      refreshFeeds: (ids) => request(send, 'refresh-feeds', ids ? { ids } : {}),
      getSettings: () => request(send, 'get-settings', {}),
      setSettings: (change) => request(send, 'set-settings', change),
      listDocuments: (filter) => request(send, 'list-documents', filter),
      deleteDocuments: async (ids) => (await request(send, 'delete-documents', { ids })).deleted,
      estimate: () => request(send, 'library-estimate', {}),
      exportLibrary: () => request(send, 'export-library', {}),
      importLibrary: (text, firstLine) => request(send, 'import-library', { text, firstLine }),
      download: (fileName, text, mime) => downloadText(document, fileName, text, mime),
    }}
    t={t}
    locale={locale}
  />,
  document.getElementById('app') as HTMLElement,
);
