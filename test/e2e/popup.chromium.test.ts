import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, type ExtensionBrowser, launchChromiumWithExtension, openPopupFor } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';

describe('popup in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the title extracted from a news page rendering seed 002', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/seed/002.html?outlet=${encodeURIComponent('Новости Демо')}`);
    const popup = new PopupPage(await openPopupFor(ext, page));
    expect(await popup.settledState()).toBe('article');
    const headline = await page.$eval('h1', (h1) => h1.textContent?.trim());
    expect(headline).toMatch(/^Союзники Украины во вторник проведут встречу в Париже/);
    expect(await popup.articleTitle()).toBe(headline);
    expect(await popup.articleOutlet()).toBe('Новости Демо');
    await popup.screenshot(artifactPath('popup-seed-002.png'));
  });

  it('says plainly when the page is not an article', async () => {
    const url = server.addPage(
      '/empty.html',
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    );
    const page = await ext.browser.newPage();
    await page.goto(url);
    const popup = new PopupPage(await openPopupFor(ext, page));
    expect(await popup.settledState()).toBe('not-article');
    expect(await popup.errorText()).toMatch(/not look like a news article/);
  });
});
