import type { Page } from 'puppeteer-core';

/** Reads the popup as a user sees it; tests talk to this, not to selectors. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Waits until the popup has left its loading state and returns the state shown. */
  async settledState(timeout = 30_000): Promise<'article' | 'not-article' | 'error' | 'no-tab'> {
    const handle = await this.page.waitForSelector('.article, .state-not-article, .state-error, .state-empty', {
      timeout,
    });
    const cls = (await handle?.evaluate((el) => el.className)) ?? '';
    if (cls.includes('state-not-article')) return 'not-article';
    if (cls.includes('state-error')) return 'error';
    if (cls.includes('state-empty')) return 'no-tab';
    return 'article';
  }

  async articleTitle(): Promise<string> {
    return this.text('[data-testid="article-title"]');
  }

  async articleOutlet(): Promise<string> {
    return this.text('[data-testid="article-outlet"]');
  }

  async errorText(): Promise<string> {
    return this.text('.state-error, .state-not-article');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }

  private async text(selector: string): Promise<string> {
    const el = await this.page.waitForSelector(selector, { timeout: 10_000 });
    return ((await el?.evaluate((e) => e.textContent)) ?? '').trim();
  }
}
