import type { Browser } from 'puppeteer-core';
import { openExtensionPage } from './firefox';

/** The rows of the options page's library table in Firefox (moz-extension pages load without events). */
export async function firefoxLibraryRows(browser: Browser): Promise<string[]> {
  const page = await openExtensionPage(browser, 'options.html');
  await page.waitForSelector('[data-testid="library-table"], [data-testid="library-empty"]', { timeout: 30_000 });
  const rows = await page.$$eval('[data-testid="library-row"]', (trs) => trs.map((tr) => tr.textContent ?? ''));
  await page.close();
  return rows;
}
