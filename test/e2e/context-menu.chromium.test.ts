import { describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { artifactPath, openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { clickMenuItem, closedShadowText } from './support/context-menu';
import { OptionsPage } from './support/options-page';
import { highlightPoint, pageHighlights, pageSaw, watchPage } from './support/page-observer';
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

  /** The claim check shows in the popup where Chrome lets it open, else in a small window of its own. */
  async function claimCheckText(): Promise<string> {
    const target = await session.ext.browser.waitForTarget((t) => /\/popup\.html(\?tab=\d+)?$/.test(t.url()), {
      timeout: 30_000,
    });
    const popup = new PopupPage(await target.asPage());
    const check = await popup.claimCheck();
    return [check.context, ...check.matches].join('\n');
  }

  it('compares a selected claim with the other outlets that make it, adding nothing to the page', async () => {
    const { page, popup } = await readerOn(`${session.server.origin}/seed/002.html`);
    await popup.page.close();
    await watchPage(page);
    await clickMenuItem(session.ext, page, 'parallax-compare-claim', 'более 27 мировых лидеров');
    const shown = await claimCheckText();
    expect(shown).toContain('более 27 мировых лидеров');
    expect(shown).toMatch(/УНН[\s\S]*понад 27 лідерів/);
    // The page saw nothing happen: no panel, no element, no attribute.
    expect(await pageSaw(page)).toEqual([]);
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

  it('underlines shared and differing claims without putting anything of the library into the page, and removes them', async () => {
    const { page, popup } = await readerOn(`${session.server.origin}/seed/002.html`);
    const outlets = (await popup.stories()).map((s) => s.outlet);
    expect(outlets).toContain('УНН');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    for (const outlet of outlets) expect(before).not.toContain(outlet);
    await watchPage(page);
    const unmarked = await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 600 } });

    await popup.page.click('[data-testid="mark-page"]');
    await popup.page.waitForSelector('[data-testid="notice"]');
    expect(await popup.page.$eval('[data-testid="notice"]', (n) => n.textContent)).toMatch(
      /^[1-9]\d* claims underlined/,
    );
    // The page's DOM is exactly as it was; the underline is a highlight over its own text.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    const highlights = await pageHighlights(page);
    expect(Object.keys(highlights).sort()).toEqual(
      ['parallax-differs', 'parallax-shared'].filter((k) => k in highlights),
    );
    expect(highlights['parallax-shared']?.length).toBeGreaterThan(0);
    const marked = await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 600 } });
    expect(Buffer.compare(marked, unmarked), 'the underline is painted').not.toBe(0);
    await page.screenshot({ path: artifactPath('page-marks.png') });

    // Hovering a marked claim shows who else makes it, in a closed shadow root the page cannot read.
    const box = await highlightPoint(page, 'parallax-shared');
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName === 'DIV', { timeout: 5_000 });
    const note = await closedShadowText(page, 'html > div:last-child');
    expect(note).toMatch(/^Parallax\n/);
    expect(outlets.some((outlet) => note.includes(outlet))).toBe(true);
    await page.screenshot({ path: artifactPath('page-mark-note.png') });
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName !== 'DIV', { timeout: 5_000 });

    // Everything the page could observe meanwhile: its DOM, every mutation, the highlight ranges' text.
    const observed = JSON.stringify({
      seen: await pageSaw(page),
      dom: await page.evaluate(() => document.documentElement.outerHTML),
      highlights,
    });
    for (const outlet of outlets) expect(observed, outlet).not.toContain(outlet);
    expect(observed).not.toContain('≠');

    await popup.page.click('[data-testid="mark-page"]');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
