import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

describe('accessibility and layout of the extension pages in Chromium', () => {
  const session = useChromium();
  let popup: PopupPage;

  beforeAll(async () => {
    const page = await session.ext.browser.newPage();
    await page.goto(`${session.server.origin}/seed/002.html`);
    popup = new PopupPage(await openPopupFor(session.ext, page));
    await popup.settledState();
  });

  it('has no serious or critical axe violations in the popup with results', async () => {
    const violations = await seriousViolations(popup.page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });

  it.each([400, 800])('fits a %i px wide popup without horizontal scrolling', async (width) => {
    await popup.page.setViewport({ width, height: 600 });
    const overflow = await popup.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('reaches the popup controls with the keyboard, with a visible focus ring', async () => {
    await popup.page.setViewport({ width: 480, height: 600 });
    await popup.page.bringToFront();
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await popup.page.keyboard.press('Tab');
      focused.push(
        await popup.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const outline = el ? getComputedStyle(el).outlineStyle : 'none';
          return `${el?.getAttribute('data-testid') ?? el?.tagName}:${outline}`;
        }),
      );
    }
    expect(focused.some((f) => f.startsWith('save:'))).toBe(true);
    expect(focused.some((f) => f.startsWith('only-differences:'))).toBe(true);
    expect(focused.every((f) => !f.endsWith(':none'))).toBe(true);
  });

  it('has no serious or critical axe violations in the options page', async () => {
    const options = await OptionsPage.open(session.ext);
    const violations = await seriousViolations(options.page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
