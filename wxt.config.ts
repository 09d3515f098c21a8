import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The language packs' `about` notes (lib/languages) say what each list holds and where it comes from, for
 * people reading the data; the extension ships the lists without them.
 */
const languagePackNotes = {
  name: 'parallax-language-pack-notes',
  enforce: 'pre' as const,
  transform(code: string, id: string): string | null {
    if (!/[\\/]lib[\\/]languages[\\/].*\.json$/.test(id)) return null;
    const { about: _about, ...data } = JSON.parse(code) as Record<string, unknown>;
    return JSON.stringify(data);
  },
};

// Permissions are the minimum the product needs: the content script is injected on demand
// (activeTab + scripting), never on every site.
export default defineConfig({
  imports: false,
  // Everything under assets/ ships as-is: locales, icons, the cross-language lexicon with its licence notices.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), languagePackNotes],
    resolve: {
      alias: {
        // linkedom (the worker's HTML parser for followed articles) imports a CSS parser only for
        // `<style>.sheet`, which extraction never reads; that parser calls eval (see no-css-parser.ts).
        '@acemir/cssom': fileURLToPath(new URL('./lib/extraction/no-css-parser.ts', import.meta.url)),
      },
    },
  }),
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
    // `alarms`: the schedule of followed feeds' refreshes.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms'],
    // Opt-in only, asked for from the options page at the moment it is needed: one feed's origin when
    // the reader follows it, or every site for "read any page" and "Keep what I read".
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
