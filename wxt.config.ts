import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are the minimum the product needs: the content script is injected on demand
// (activeTab + scripting), never on every site.
export default defineConfig({
  imports: false,
  // Everything under assets/ ships as-is: locales, icons, the cross-language lexicon with its licence notices.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script is injected on demand only; an empty declaration would read as intent.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
      // WXT takes the toolbar title from the popup's <title>; the toolbar needs the localised one.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
      // Firefox's sidebar is listed in its View → Sidebar menu under this title; it opens when asked, not at install.
      const sidebar = (manifest as { sidebar_action?: Record<string, unknown> }).sidebar_action;
      if (sidebar) {
        sidebar.default_title = '__MSG_sidePanelTitle__';
        sidebar.open_at_install = false;
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // Opt-in only, asked for from the options page: read pages without a click on each one.
    ...(manifestVersion === 2
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.invalid',
              strict_min_version: '115.0',
              // Parallax sends nothing anywhere: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
