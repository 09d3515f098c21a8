/**
 * `npm run screenshots` (after `npm run build`): regenerates the README's pictures in
 * test/screenshots/ from the real extension in Chromium, on the same served pages as the e2e tests.
 */
import { join } from 'node:path';
import { launchChromiumWithExtension, openPopupFor, ROOT } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { OptionsPage } from '../test/e2e/support/options-page';
import { highlightPoint } from '../test/e2e/support/page-observer';
import { PopupPage } from '../test/e2e/support/popup-page';
import { openSidePanelFrom } from '../test/e2e/support/side-panel';
import { corpusAvailable } from '../test/support/corpora';
import { renderSeedPage } from '../test/support/seed-page';
import { seedText } from '../test/support/seeds';

const OUT = join(ROOT, 'test', 'screenshots');

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const ext = await launchChromiumWithExtension();
  try {
    const popupOn = async (url: string) => {
      const page = await ext.browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const popup = new PopupPage(await openPopupFor(ext, page));
      await popup.settledState(60_000);
      return { page, popup };
    };

    const seed = await popupOn(`${server.origin}/seed/002.html?outlet=${encodeURIComponent('Новости Демо')}`);
    await seed.popup.screenshot(join(OUT, 'popup-seed-002.png'));

    // "Mark on page": the page with its claims marked, and a mark's note on hover.
    await seed.popup.page.click('[data-testid="mark-page"]');
    await seed.popup.page.waitForSelector('[data-testid="notice"]');
    await seed.page.bringToFront();
    await seed.page.setViewport({ width: 900, height: 520 });
    const point = await highlightPoint(seed.page, 'parallax-shared');
    if (point) await seed.page.mouse.move(point.x, point.y);
    await new Promise((r) => setTimeout(r, 300));
    await seed.page.screenshot({ path: join(OUT, 'page-marks.png') });
    await seed.popup.page.close().catch(() => undefined);
    await seed.page.setViewport({ width: 800, height: 600 });

    const raw = seedText('003').replace('понад 27 лідерів', 'понад 40 лідерів');
    const variantUrl = server.addPage(
      '/variant/003.html',
      renderSeedPage(raw, { outlet: 'Українські Новини', lang: 'uk' }),
    );
    const variant = await popupOn(variantUrl);
    await variant.popup.showOnlyDifferences();
    await variant.popup.screenshot(join(OUT, 'popup-differences.png'));
    // Chrome caps a popup at 600 px; show the claims as the reader sees them after scrolling.
    await variant.popup.page.evaluate(() => document.querySelector('[data-testid="claims"]')?.scrollIntoView());
    await variant.popup.page.screenshot({ path: join(OUT, 'popup-claims.png') });

    // The side panel beside the page, on the same variant: figures at a glance with 27 opened.
    const beside = await popupOn(variantUrl);
    const panel = await openSidePanelFrom(ext, beside.popup);
    await panel.settledState(60_000);
    const rows = await panel.figureRows();
    const leaders = rows.findIndex((r) => r.conflict);
    await panel.openFigureValue(Math.max(leaders, 0), 0);
    await panel.page.setViewport({ width: 360, height: 640 });
    await panel.page.screenshot({ path: join(OUT, 'side-panel.png') });

    // How a figure moved: the Myanmar earthquake toll in three Ukrainian reports on three days.
    if (corpusAvailable('corpus-dev2')) {
      const corpusPage = (file: string) => `${server.origin}/corpus/corpus-dev2/${file}.html`;
      for (const file of ['094_postfactum_myanmar-quake_uk', '096_kyiv247_myanmar-quake_uk']) {
        await (await popupOn(corpusPage(file))).popup.save();
      }
      const latest = await popupOn(corpusPage('095_interfax-ua_myanmar-quake_uk'));
      const tollPanel = await openSidePanelFrom(ext, latest.popup);
      await tollPanel.settledState(60_000);
      await tollPanel.page.setViewport({ width: 360, height: 640 });
      await tollPanel.page.evaluate(() => document.querySelector('[data-testid="figures"]')?.scrollIntoView());
      await tollPanel.page.screenshot({ path: join(OUT, 'side-panel-timeline.png') });
    }

    const unrelated = await popupOn(`${server.origin}/pages/nytimes-1.html`);
    await unrelated.popup.screenshot(join(OUT, 'popup-no-story.png'));
    // Closed (Chrome shows one popup at a time), so the claim check below is the only popup page open.
    await unrelated.popup.page.close().catch(() => undefined);

    // "Compare this claim" through the real menu listener (headless Chromium cannot click a native menu),
    // on the tab in front, as a right-click is.
    await seed.page.bringToFront();
    const worker = await ext.worker();
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      seed.page.url(),
    );
    await worker.evaluate(
      (id, text) =>
        (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
          { menuItemId: 'parallax-compare-claim', selectionText: text, editable: false, pageUrl: '' },
          { id },
        ),
      tabId,
      'более 27 мировых лидеров',
    );
    // Shown in the popup where Chrome opens it from a menu click, else in a small window of its own.
    const checkTarget = await ext.browser.waitForTarget((t) => /\/popup\.html(\?tab=\d+)?$/.test(t.url()), {
      timeout: 30_000,
    });
    const check = new PopupPage(await checkTarget.asPage());
    await check.claimCheck();
    await check.screenshot(join(OUT, 'claim-check.png'));

    await (await popupOn(variantUrl)).popup.save();
    const options = await OptionsPage.open(ext);
    await options.page.setViewport({ width: 1000, height: 520 });
    await options.page.screenshot({ path: join(OUT, 'options.png') });
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
