import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslate } from '../../lib/ui/i18n';
import { Options } from '../../lib/ui/options/options';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const ALL_SITES = { origins: ['<all_urls>'] };

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
    }}
    t={createTranslate((key, subs) => browser.i18n.getMessage(key as MessageName, subs))}
  />,
  document.getElementById('app') as HTMLElement,
);
