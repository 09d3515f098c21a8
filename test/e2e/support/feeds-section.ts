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
 * Polls `check` in the page until it returns true. Puppeteer's waitForFunction/waitForSelector build
 * a Function() in the page, which Firefox's extension-page CSP blocks; evaluate does not.
 */
export async function until(page: Page, check: (arg: string) => boolean, arg = '', timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(check, arg).catch(() => false))) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${check.toString().slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const present = (selector: string) => document.querySelector(selector) !== null;

/**
 * The options page's "Follow outlets" and "Keep what I read" sections and its library list, driven
 * as a reader would. Works on a Chromium or a Firefox page.
 */
export class FeedsSection {
  constructor(readonly page: Page) {}

  /** Types a feed address, clicks Follow, and waits until the feed is fetched (or refused). */
  async follow(url: string): Promise<string> {
    await until(this.page, present, '[data-testid="feed-address"]');
    await this.page.$eval('[data-testid="feed-address"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await this.page.type('[data-testid="feed-address"]', url);
    await this.page.click('[data-testid="feed-follow"]');
    return this.outcome();
  }

  /** Clicks "Refresh now" and returns the summary shown when the run ends. */
  async refreshNow(): Promise<string> {
    await until(this.page, present, '[data-testid="feeds-refresh"]:not([disabled])');
    await this.page.click('[data-testid="feeds-refresh"]');
    return this.outcome();
  }

  /** Starts "Refresh now" without waiting for it. */
  async startRefresh(): Promise<void> {
    await until(this.page, present, '[data-testid="feeds-refresh"]:not([disabled])');
    await this.page.click('[data-testid="feeds-refresh"]');
  }

  /** Waits for the busy line to go and returns the result or error line. */
  async outcome(): Promise<string> {
    await until(
      this.page,
      () =>
        !document.querySelector('[data-testid="feeds-busy"]') &&
        document.querySelector('[data-testid="feeds-result"], [data-testid="feeds-error"]') !== null,
    );
    return this.page.$eval(
      '[data-testid="feeds-result"], [data-testid="feeds-error"]',
      (el) => `${el.getAttribute('data-testid')}: ${el.textContent?.trim() ?? ''}`,
    );
  }

  /** Clicks a followed feed's Unfollow and waits until it is gone from the list. */
  async unfollow(url: string): Promise<void> {
    await this.page.$$eval(
      '[data-testid="feed"]',
      (items, address) => {
        const li = items.find((x) => x.getAttribute('data-url') === address);
        (li?.querySelector('[data-testid="feed-unfollow"]') as HTMLButtonElement | null)?.click();
      },
      url,
    );
    await until(
      this.page,
      (address) =>
        ![...document.querySelectorAll('[data-testid="feed"]')].some((x) => x.getAttribute('data-url') === address),
      url,
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
    await until(this.page, present, '[data-testid="library-source"]');
    await this.page.select('[data-testid="library-source"]', source);
    // The list shows which source it was loaded for; wait for the chosen one.
    await until(
      this.page,
      present,
      `[data-testid="library-table"][data-source="${source}"], [data-testid="library-empty"][data-source="${source}"]`,
    );
    return this.page.$$eval('[data-testid="library-row"]', (rows) =>
      rows.map((tr) => ({
        title: tr.querySelector('.doc-title')?.textContent?.trim() ?? '',
        url: tr.querySelector('.doc-title a')?.getAttribute('href') ?? '',
        outlet: tr.querySelectorAll('td')[2]?.textContent?.trim() ?? '',
      })),
    );
  }

  async keepState(): Promise<string> {
    await until(this.page, () => (document.querySelector('[data-testid="keep-state"]')?.textContent ?? '…') !== '…');
    return this.page.$eval('[data-testid="keep-state"]', (el) => el.textContent?.trim() ?? '');
  }

  async turnKeepingOn(): Promise<void> {
    await this.page.click('[data-testid="keep-toggle"]');
    await until(
      this.page,
      () => document.querySelector('[data-testid="keep-state"]')?.textContent?.startsWith('On') === true,
    );
  }

  /** Turns on the opt-in access to any page (the "Site access" section), as the popup tests need. */
  async allowAnySite(): Promise<void> {
    await until(this.page, present, '[data-testid="site-access-toggle"]:not([disabled])');
    await this.page.click('[data-testid="site-access-toggle"]');
    await until(
      this.page,
      () => document.querySelector('[data-testid="site-access-state"]')?.textContent?.includes('any page') === true,
    );
  }

  async neverKeep(site: string): Promise<void> {
    await this.page.type('[data-testid="never-keep-input"]', site);
    await this.page.click('[data-testid="never-keep-add"]');
    await until(
      this.page,
      (s) =>
        [...document.querySelectorAll('[data-testid="never-keep-site"]')].some((li) => li.textContent?.includes(s)),
      site,
    );
  }
}
