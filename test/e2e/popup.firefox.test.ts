import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { seedText } from '../support/seeds';
import { artifactPath } from './support/chromium';
import {
  type FirefoxWithExtension,
  grantAllSitesAccess,
  launchFirefoxWithExtension,
  openExtensionPage,
  pollInPage,
} from './support/firefox';
import { firefoxLibraryRows } from './support/firefox-options';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { highlightPoint, pageHighlights, pageSaw, watchPage } from './support/page-observer';
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

  it('highlights 40 vs 27 leaders when a Ukrainian outlet reports 40', async () => {
    const raw = seedText('003').replace('понад 27 лідерів', 'понад 40 лідерів');
    const url = server.addPage(
      '/variant/003-forty.html',
      renderSeedPage(raw, { outlet: 'Українські Новини', lang: 'uk' }),
    );
    const page = await ff.browser.newPage();
    await page.goto(url);
    const popup = new PopupPage(await openExtensionPage(ff.browser, 'popup.html', { background: true }));
    expect(await popup.settledState(60_000)).toBe('stories');
    const numbers = (await popup.differences()).filter((d) => d.kind === 'number');
    expect(numbers.map((d) => d.marks.join(' | '))).toEqual(
      expect.arrayContaining([expect.stringMatching(/40 лідерів \| более 27 мировых лидеров/)]),
    );
  });

  it('saves a page from the popup and lists it in the options page', async () => {
    const url = server.addPage(
      '/news/firefox-save.html',
      // Seed 004 with its first paragraph dropped: a different text, so not a copy of the bundled seed.
      renderSeedPage(seedText('004').replace(/^(\s*date \S+ )[^\n]*\n/, '$1'), {
        outlet: 'Firefox Вести',
        url: `${server.origin}/news/firefox-save.html`,
      }),
    );
    const page = await ff.browser.newPage();
    await page.goto(url);
    const popup = new PopupPage(await openExtensionPage(ff.browser, 'popup.html', { background: true }));
    await popup.settledState(60_000);
    await popup.page.bringToFront();
    expect(await popup.save()).toMatch(/Saved to your library/);
    expect((await firefoxLibraryRows(ff.browser)).join('\n')).toContain('Firefox Вести');
  });

  it('underlines claims on the page without putting anything of the library into its DOM', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/seed/002.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await watchPage(page);
    const unmarked = await page.screenshot();
    const popup = new PopupPage(await openExtensionPage(ff.browser, 'popup.html', { background: true }));
    expect(await popup.settledState(60_000)).toBe('stories');
    const outlets = (await popup.stories()).map((s) => s.outlet);
    expect(outlets).toContain('УНН');
    for (const outlet of outlets) expect(before).not.toContain(outlet);
    await popup.page.bringToFront();
    await popup.page.click('[data-testid="mark-page"]');
    await popup.page.waitForSelector('[data-testid="notice"]', { timeout: 30_000 });
    expect(await popup.page.$eval('[data-testid="notice"]', (n) => n.textContent)).toMatch(
      /^[1-9]\d* claims underlined/,
    );

    await page.bringToFront();
    const highlights = await pageHighlights(page);
    expect(highlights['parallax-shared']?.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    const marked = await page.screenshot({ path: artifactPath('page-marks-firefox.png') });
    expect(Buffer.compare(marked, unmarked), 'the marks are painted').not.toBe(0);

    // Hovering a mark shows its note in a closed shadow root: the page sees an empty box, no words.
    const point = await highlightPoint(page, 'parallax-shared');
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await pollInPage(page, () => document.documentElement.lastElementChild?.tagName === 'DIV', 5_000);
    const host = await page.evaluate(() => {
      const el = document.documentElement.lastElementChild as HTMLElement;
      return { open: el.shadowRoot !== null, text: el.textContent, attributes: el.attributes.length };
    });
    expect(host).toEqual({ open: false, text: '', attributes: 0 });
    await page.screenshot({ path: artifactPath('page-mark-note-firefox.png') });

    const observed = JSON.stringify({
      seen: await pageSaw(page),
      dom: await page.evaluate(() => document.documentElement.outerHTML),
      highlights,
    });
    for (const outlet of outlets) expect(observed, outlet).not.toContain(outlet);
  });
});
