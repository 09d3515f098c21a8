import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from './firefox';

/** What the Firefox sidebar shows, read from its live document. */
export interface SidebarView {
  open: boolean;
  title: string;
  outlet: string;
  settled: boolean;
  figureRows: number;
}

/**
 * Firefox's sidebar lives in the browser window, not in a tab, so WebDriver BiDi cannot reach its
 * document. An extension page can: `extension.getViews({ type: 'sidebar' })` returns the sidebar's
 * window. The probe is a background tab, so the article stays the active tab the sidebar follows.
 */
export class FirefoxSidebar {
  private constructor(private readonly probe: Page) {}

  static async probe(browser: Browser): Promise<FirefoxSidebar> {
    return new FirefoxSidebar(await openExtensionPage(browser, 'reader.html', { background: true }));
  }

  async read(): Promise<SidebarView> {
    return this.probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
      const open = await api.sidebarAction.isOpen({});
      const view = api.extension.getViews({ type: 'sidebar' })[0];
      const doc = view?.document;
      const text = (selector: string) => doc?.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        open,
        title: text('[data-testid="article-title"]'),
        outlet: text('[data-testid="article-outlet"]'),
        settled: doc?.querySelector('[data-testid="stories"], [data-testid="no-story"]') != null,
        figureRows: doc?.querySelectorAll('[data-testid="figure-row"]').length ?? 0,
      };
    });
  }

  /** Polls the sidebar until `done` holds (it reads the page in the background). */
  async waitFor(done: (view: SidebarView) => boolean, timeout = 60_000): Promise<SidebarView> {
    const deadline = Date.now() + timeout;
    let last = await this.read();
    while (!done(last)) {
      if (Date.now() > deadline) throw new Error(`The sidebar never got there; it shows ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 200));
      last = await this.read();
    }
    return last;
  }
}

/**
 * Clicks "Open in side panel" in a popup opened as a tab (puppeteer cannot click Firefox's toolbar).
 * The click is a real user gesture, which sidebarAction.open requires; the popup then closes itself,
 * taking its tab along, so the click's own acknowledgement may never come.
 */
export async function clickOpenSidebar(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="open-panel"]', { timeout: 30_000 });
  await popup.click('[data-testid="open-panel"]').catch((error: unknown) => {
    if (!/no such frame|no longer exist|closed|detached/i.test(String(error))) throw error;
  });
}
