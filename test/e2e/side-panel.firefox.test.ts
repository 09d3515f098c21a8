import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirefoxWithExtension,
  grantAllSitesAccess,
  launchFirefoxWithExtension,
  openExtensionPage,
} from './support/firefox';
import { clickOpenSidebar, FirefoxSidebar } from './support/firefox-sidebar';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

describe('sidebar in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefoxWithExtension();
    // Puppeteer cannot click Firefox's toolbar button, so the reader's opt-in to all sites stands in for it.
    await grantAllSitesAccess(ff.browser);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('opens from the popup, stays open while the reader clicks and scrolls in the page, and follows the tab to another article', async () => {
    const article = await ff.browser.newPage();
    await article.goto(`${server.origin}/seed/002.html`);
    const popup = await openExtensionPage(ff.browser, 'popup.html', { background: true });
    await clickOpenSidebar(popup);
    const sidebar = await FirefoxSidebar.probe(ff.browser);
    const first = await sidebar.waitFor((v) => v.open && v.settled);
    const headline = await article.$eval('h1', (h1) => h1.textContent?.trim() ?? '');
    expect(first.title).toBe(headline);
    expect(first.figureRows).toBeGreaterThan(0);

    await article.click('article p');
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const afterReading = await sidebar.read();
    expect(afterReading.open).toBe(true);
    expect(afterReading.title).toBe(headline);

    await article.goto(`${server.origin}/seed/003.html?outlet=${encodeURIComponent('УНН')}&lang=uk`);
    const next = await article.$eval('h1', (h1) => h1.textContent?.trim() ?? '');
    expect(next).not.toBe(headline);
    const moved = await sidebar.waitFor((v) => v.settled && v.title === next);
    expect(moved.open).toBe(true);
    expect(moved.outlet).toBe('УНН');
  });
});
