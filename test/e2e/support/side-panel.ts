import type { Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from './chromium';
import { PopupPage } from './popup-page';

/** The side panel: the popup's view of a tab, open beside it; read through the same page object. */
export class SidePanelPage extends PopupPage {
  constructor(
    page: Page,
    readonly target: Target,
  ) {
    super(page);
  }

  /** Whether Chromium still has the panel open (a closed panel's target disappears). */
  isOpen(browserTargets: readonly Target[]): boolean {
    return !this.page.isClosed() && browserTargets.includes(this.target);
  }

  /** Waits until the panel shows an article whose title matches, after the tab navigated or changed. */
  async waitForTitle(pattern: RegExp, timeout = 60_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      (source: string, flags: string) => {
        const title = document.querySelector('[data-testid="article-title"]')?.textContent?.trim() ?? '';
        const settled = document.querySelector('[data-testid="stories"], [data-testid="no-story"]');
        return settled && new RegExp(source, flags).test(title) ? title : null;
      },
      { timeout },
      pattern.source,
      pattern.flags,
    );
    return (await handle.jsonValue()) as string;
  }
}

/** Clicks "Open in side panel" in the popup, as a reader would, and returns the panel Chromium opens. */
export async function openSidePanelFrom(ext: ExtensionBrowser, popup: PopupPage): Promise<SidePanelPage> {
  const url = `chrome-extension://${ext.extensionId}/sidepanel.html`;
  const opened = ext.browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
  await popup.page.click('[data-testid="open-panel"]');
  const target = await opened;
  const page = await target.asPage();
  return new SidePanelPage(page, target);
}
