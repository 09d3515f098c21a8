import type { Page } from 'puppeteer-core';

/** A followed feed as the options page shows it. */
export interface FeedRow {
  url: string;
  title: string;
  articles: number;
  error: string | null;
  lastSuccess: string;
}

const TIMEOUT = 90_000;

/**
 * The options page's "Follow outlets" and "Keep what I read" sections and its library list, driven
 * as a reader would. Works on a Chromium or a Firefox page.
 */
export class FeedsSection {
  constructor(readonly page: Page) {}

  /** Types a feed address, clicks Follow, and waits until the feed is fetched (or refused). */
  async follow(url: string): Promise<string> {
    await this.page.waitForSelector('[data-testid="feed-address"]', { timeout: TIMEOUT });
    await this.page.$eval('[data-testid="feed-address"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await this.page.type('[data-testid="feed-address"]', url);
    await this.page.click('[data-testid="feed-follow"]');
    return this.outcome();
  }

  /** Clicks "Refresh now" and returns the summary shown when the run ends. */
  async refreshNow(): Promise<string> {
    await this.page.waitForSelector('[data-testid="feeds-refresh"]:not([disabled])', { timeout: TIMEOUT });
    await this.page.click('[data-testid="feeds-refresh"]');
    return this.outcome();
  }

  /** Starts "Refresh now" without waiting for it. */
  async startRefresh(): Promise<void> {
    await this.page.waitForSelector('[data-testid="feeds-refresh"]:not([disabled])', { timeout: TIMEOUT });
    await this.page.click('[data-testid="feeds-refresh"]');
  }

  /** Waits for the busy line to go and returns the result or error line. */
  async outcome(): Promise<string> {
    await this.page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="feeds-busy"]') &&
        (document.querySelector('[data-testid="feeds-result"]') ||
          document.querySelector('[data-testid="feeds-error"]')),
      { timeout: TIMEOUT },
    );
    return this.page.$eval(
      '[data-testid="feeds-result"], [data-testid="feeds-error"]',
      (el) => `${el.getAttribute('data-testid')}: ${el.textContent?.trim() ?? ''}`,
    );
  }

  async feeds(): Promise<FeedRow[]> {
    return this.page.$$eval('[data-testid="feed"]', (items) =>
      items.map((li) => ({
        url: li.getAttribute('data-url') ?? '',
        title: li.querySelector('[data-testid="feed-title"]')?.textContent?.trim() ?? '',
        articles: Number((li.querySelector('[data-testid="feed-articles"]')?.textContent ?? '').replace(/\D/g, '')),
        error: li.querySelector('[data-testid="feed-error"]')?.textContent?.trim() ?? null,
        lastSuccess: li.querySelector('[data-testid="feed-last-success"]')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** The library rows of one source ("stored", "kept", "followed"): their title and address. */
  async library(source: 'stored' | 'kept' | 'followed'): Promise<{ title: string; url: string; outlet: string }[]> {
    await this.page.waitForSelector('[data-testid="library-source"]', { timeout: TIMEOUT });
    await this.page.select('[data-testid="library-source"]', source);
    // Let the list reload for the chosen source.
    await new Promise((r) => setTimeout(r, 500));
    await this.page.waitForSelector('[data-testid="library-table"], [data-testid="library-empty"]', {
      timeout: TIMEOUT,
    });
    return this.page.$$eval('[data-testid="library-row"]', (rows) =>
      rows.map((tr) => ({
        title: tr.querySelector('.doc-title')?.textContent?.trim() ?? '',
        url: tr.querySelector('.doc-title a')?.getAttribute('href') ?? '',
        outlet: tr.querySelectorAll('td')[2]?.textContent?.trim() ?? '',
      })),
    );
  }

  async keepState(): Promise<string> {
    await this.page.waitForFunction(() => document.querySelector('[data-testid="keep-state"]')?.textContent !== '…', {
      timeout: TIMEOUT,
    });
    return this.page.$eval('[data-testid="keep-state"]', (el) => el.textContent?.trim() ?? '');
  }

  async turnKeepingOn(): Promise<void> {
    await this.page.click('[data-testid="keep-toggle"]');
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="keep-state"]')?.textContent?.startsWith('On'),
      { timeout: TIMEOUT },
    );
  }

  async neverKeep(site: string): Promise<void> {
    await this.page.type('[data-testid="never-keep-input"]', site);
    await this.page.click('[data-testid="never-keep-add"]');
    await this.page.waitForFunction(
      (s) =>
        [...document.querySelectorAll('[data-testid="never-keep-site"]')].some((li) => li.textContent?.includes(s)),
      { timeout: TIMEOUT },
      site,
    );
  }
}
