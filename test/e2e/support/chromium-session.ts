import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchChromiumWithExtension, openPopupFor } from './chromium';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { PopupPage } from './popup-page';

export interface ChromiumSession {
  /** Chromium with the built extension, launched once for the suite. */
  readonly ext: ExtensionBrowser;
  readonly server: FixtureServer;
  /** Opens `url` in a new tab and clicks the toolbar action on it, as a reader would. */
  popupOn(url: string): Promise<PopupPage>;
}

/** One browser and one fixture server per test file, closed after it; `lang` is the browser's UI language. */
export function useChromium(lang?: string): ChromiumSession {
  let ext: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchChromiumWithExtension(undefined, lang);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (used outside a test?)`);
    return value;
  };
  return {
    get ext() {
      return ready(ext, 'Chromium');
    },
    get server() {
      return ready(server, 'The fixture server');
    },
    async popupOn(url) {
      const browser = ready(ext, 'Chromium');
      const page = await browser.browser.newPage();
      // Real pages reference remote images and scripts that cannot load here; the DOM is what matters.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return new PopupPage(await openPopupFor(browser, page));
    },
  };
}
