import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { artifactPath, openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { clickMenuItem, closedShadowText } from './support/context-menu';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

describe('context menu and in-page marks in Chromium', () => {
  const session = useChromium();

  /** Opens a page and, as a reader would have, the popup on it once (which grants activeTab). */
  async function readerOn(url: string) {
    const page = await session.ext.browser.newPage();
    await page.goto(url);
    const popup = new PopupPage(await openPopupFor(session.ext, page));
    await popup.settledState();
    return { page, popup };
  }

  /** The claim check shows in the popup where Chrome lets it open, else in the in-page panel. */
  async function claimCheckText(page: Page): Promise<string> {
    const popupTarget = session.ext.browser
      .waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 8_000 })
      .catch(() => null);
    const panel = page.waitForSelector('#parallax-claim-panel', { timeout: 30_000 }).catch(() => null);
    const target = await popupTarget;
    if (target) {
      const popup = new PopupPage(await target.asPage());
      const check = await popup.claimCheck();
      return [check.context, ...check.matches].join('\n');
    }
    expect(await panel).not.toBeNull();
    return closedShadowText(page, '#parallax-claim-panel');
  }

  it('compares a selected claim with the other outlets that make it', async () => {
    const { page, popup } = await readerOn(`${session.server.origin}/seed/002.html`);
    await popup.page.close();
    await clickMenuItem(session.ext, page, 'parallax-compare-claim', 'более 27 мировых лидеров');
    const shown = await claimCheckText(page);
    expect(shown).toContain('более 27 мировых лидеров');
    expect(shown).toMatch(/УНН[\s\S]*понад 27 лідерів/);
    if (await page.$('#parallax-claim-panel')) {
      await page.screenshot({ path: artifactPath('claim-panel.png') });
      await page.keyboard.press('Escape');
      expect(await page.$('#parallax-claim-panel')).toBeNull();
    }
  });

  it('saves the page from the "Save page to Parallax" menu item', async () => {
    const raw = ` date 2026-01-06 В Париже начались переговоры коалиции о гарантиях безопасности для Украины после прекращения огня.
В них участвуют представители более 27 государств, сообщает Reuters.
Американскую делегацию представляют переговорщики Стив Уиткофф и Джаред Кушнер, которые прибыли в Париж накануне.
Президент Франции Эммануэль Макрон назвал встречу важным шагом к прочному миру в Европе.`;
    const url = session.server.addPage('/menu-save.html', renderSeedPage(raw, { outlet: 'Меню Новости' }));
    const { page, popup } = await readerOn(url);
    await popup.page.close();
    await clickMenuItem(session.ext, page, 'parallax-save-page');
    const options = await OptionsPage.open(session.ext);
    for (let i = 0; i < 20 && (await options.rows()).length === 0; i++) await options.reload();
    expect((await options.rows()).map((r) => r.cells.join(' ')).join('\n')).toContain('Меню Новости');
  });

  it('underlines shared and differing claims on the page and removes the marks without changing its text', async () => {
    const { page, popup } = await readerOn(`${session.server.origin}/seed/002.html`);
    const text = await page.evaluate(() => document.body.textContent);
    await popup.page.click('[data-testid="mark-page"]');
    await popup.page.waitForSelector('[data-testid="notice"]');
    const marks = await page.$$eval('parallax-mark', (els) =>
      els.map((e) => ({ kind: e.getAttribute('data-kind'), title: e.getAttribute('title') ?? '' })),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.kind === 'shared' && m.title.includes('УНН'))).toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await page.screenshot({ path: artifactPath('page-marks.png') });
    await popup.page.click('[data-testid="mark-page"]');
    await page.waitForFunction(() => document.querySelectorAll('parallax-mark').length === 0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
  });
});
