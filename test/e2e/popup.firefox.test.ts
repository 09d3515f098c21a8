import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './support/chromium';
import {
  type FirefoxWithExtension,
  grantAllSitesAccess,
  launchFirefoxWithExtension,
  openExtensionPage,
} from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';

describe('popup in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefoxWithExtension();
    await grantAllSitesAccess(ff.browser);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('shows the title extracted from a news page rendering seed 002, and the four other seeds as the same story', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/seed/002.html`);
    const popup = new PopupPage(await openExtensionPage(ff.browser, 'popup.html', { background: true }));
    expect(await popup.settledState(60_000)).toBe('stories');
    const headline = await page.$eval('h1', (h1) => h1.textContent?.trim());
    expect(headline).toMatch(/^Союзники Украины во вторник проведут встречу в Париже/);
    expect(await popup.articleTitle()).toBe(headline);
    expect((await popup.stories()).map((s) => s.id).sort()).toEqual([
      'seed:000_2ea9999edad54fe7.txt',
      'seed:001_54c3fa28435ac74e.txt',
      'seed:003_86fc445a369e6c3e.txt',
      'seed:004_fff0361c4270e2c0.txt',
    ]);
    await popup.page.bringToFront();
    await popup.screenshot(artifactPath('popup-seed-002-firefox.png'));
  });
});
