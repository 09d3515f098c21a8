import { beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpora';
import { renderSeedPage } from '../support/seed-page';
import { seedText } from '../support/seeds';
import { seriousViolations } from './support/axe';
import { artifactPath, openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { pageHighlights } from './support/page-observer';
import { PopupPage } from './support/popup-page';
import { openSidePanelFrom, type SidePanelPage } from './support/side-panel';

const MYANMAR = {
  early: '094_postfactum_myanmar-quake_uk',
  middle: '096_kyiv247_myanmar-quake_uk',
  late: '095_interfax-ua_myanmar-quake_uk',
};

describe('figures at a glance and the side panel in Chromium', () => {
  const session = useChromium();

  /** Opens `url` in a new tab and clicks Parallax's toolbar button on it. */
  const openWithPopup = async (url: string) => {
    const page = await session.ext.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { page, popup: new PopupPage(await openPopupFor(session.ext, page)) };
  };

  /** Seed 003 (УНН) with its 27 leaders changed to 40, served as another Ukrainian outlet's page. */
  const fortyLeadersUrl = () =>
    session.server.addPage(
      '/variant/003-forty-panel.html',
      renderSeedPage(seedText('003').replace('понад 27 лідерів', 'понад 40 лідерів'), {
        outlet: 'Українські Новини',
        lang: 'uk',
      }),
    );

  it('shows the leaders count with 40 on this page against 27 at УНН and РБК-Украина, and the sentences behind 27', async () => {
    const { page, popup } = await openWithPopup(fortyLeadersUrl());
    expect(await popup.settledState()).toBe('stories');
    const rows = await popup.figureRows();
    const leaders = rows.find((r) => r.values.some((v) => v.here && v.value === 40));
    expect(leaders?.conflict).toBe(true);
    expect(leaders?.counted).toMatch(/лідерів/);
    const forty = leaders?.values.find((v) => v.value === 40);
    const twentySeven = leaders?.values.find((v) => v.value === 27);
    expect(forty?.outlets).toEqual(['this page']);
    expect(twentySeven?.here).toBe(false);
    expect(twentySeven?.outlets).toEqual(expect.arrayContaining(['УНН', 'РБК-Украина']));
    expect(twentySeven?.text).toMatch(/^more than 27 — /);
    await popup.screenshot(artifactPath('figures-forty-leaders.png'));

    // Clicking 27 opens the sentences that give it and marks this page's own sentence about the leaders.
    const index = rows.indexOf(leaders as (typeof rows)[number]);
    const sources = await popup.openFigureValue(index, leaders?.values.indexOf(twentySeven as never) ?? -1);
    expect(sources).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^УНН.*понад 27 лідерів/),
        expect.stringMatching(/^РБК-Украина.*более 27 мировых лидеров/),
      ]),
    );
    // Marked as a highlight over the page's own text (nothing is added to its DOM).
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, {
      timeout: 15_000,
    });
    const marked = Object.values(await pageHighlights(page))
      .flat()
      .join(' ');
    expect(marked).toContain('понад 40 лідерів');
  });

  it('opens the side panel from the popup; it stays open while the reader clicks and scrolls, and follows the tab to another article', async () => {
    const { page: articleTab, popup } = await openWithPopup(`${session.server.origin}/seed/002.html`);
    expect(await popup.settledState()).toBe('stories');
    const panel = await openSidePanelFrom(session.ext, popup);
    expect(await panel.settledState()).toBe('stories');
    const first = await panel.articleTitle();
    expect(first).toMatch(/^Союзники Украины во вторник/);
    expect((await panel.figureRows()).length).toBeGreaterThan(0);

    // The reader works in the page: clicks a paragraph, selects, scrolls. The panel stays.
    await articleTab.bringToFront();
    await articleTab.click('article p');
    await articleTab.mouse.wheel({ deltaY: 600 });
    await articleTab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(panel.isOpen(session.ext.browser.targets())).toBe(true);
    expect(await panel.articleTitle()).toBe(first);
    await panel.screenshot(artifactPath('side-panel-seed-002.png'), 360);

    // The tab navigates to another article: the panel reads it.
    await articleTab.goto(`${session.server.origin}/seed/004.html?outlet=${encodeURIComponent('Четвёртый канал')}`);
    const headline = await articleTab.$eval('h1', (h1) => h1.textContent?.trim() ?? '');
    expect(
      await panel.waitForTitle(new RegExp(`^${headline.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
    ).toBe(headline);
    expect(await panel.articleOutlet()).toBe('Четвёртый канал');
    expect(panel.isOpen(session.ext.browser.targets())).toBe(true);
  });

  it('follows the active tab: asks for access on a tab Parallax was never invoked on, and reads it once the reader clicks Parallax there', async () => {
    const { popup } = await openWithPopup(`${session.server.origin}/seed/000.html`);
    await popup.settledState();
    const panel = await openSidePanelFrom(session.ext, popup);
    expect(await panel.settledState()).toBe('stories');

    const other = await session.ext.browser.newPage();
    await other.goto(`${session.server.origin}/seed/001.html?outlet=${encodeURIComponent('Другая газета')}`);
    await other.bringToFront();
    await panel.page.waitForSelector('[data-testid="no-access"]', { timeout: 30_000 });
    expect(panel.isOpen(session.ext.browser.targets())).toBe(true);

    // The toolbar click grants access to that tab; the panel picks it up without being touched.
    await openPopupFor(session.ext, other);
    expect(await panel.waitForTitle(/./)).toBe(await other.$eval('h1', (h1) => h1.textContent?.trim() ?? ''));
    expect(await panel.articleOutlet()).toBe('Другая газета');
  });

  describe.skipIf(!corpusAvailable('corpus-dev2'))('a toll reported at three times (Myanmar earthquake, uk)', () => {
    let panel: SidePanelPage;

    beforeAll(async () => {
      // Two earlier reports of the toll go into the library; the latest is the page being read.
      for (const file of [MYANMAR.early, MYANMAR.middle]) {
        const { popup } = await openWithPopup(`${session.server.origin}/corpus/corpus-dev2/${file}.html`);
        await popup.settledState(60_000);
        expect(await popup.save()).toMatch(/Saved to your library|Already in your library/);
      }
      const { popup } = await openWithPopup(`${session.server.origin}/corpus/corpus-dev2/${MYANMAR.late}.html`);
      expect(await popup.settledState(60_000)).toBe('stories');
      panel = await openSidePanelFrom(session.ext, popup);
      expect(await panel.settledState(60_000)).toBe('stories');
    });

    it('plots the toll against publication time in the panel, and its table lists the same values', async () => {
      const timelines = await panel.timelines();
      const toll = timelines.find((t) => t.marks.length >= 3);
      expect(toll, JSON.stringify(timelines)).toBeDefined();
      expect(new Set(toll?.marks.map((m) => m.published.slice(0, 10)))).toEqual(
        new Set(['2025-03-28', '2025-03-31', '2025-04-01']),
      );
      // Time order, and the toll rose: 144 (28 March), 1,700 (31 March), 2,719 (1 April).
      expect(toll?.marks.map((m) => m.value)).toEqual([144, 1700, 2719]);
      expect(toll?.table.map((r) => r.raw)).toEqual(toll?.marks.map((m) => m.value));
      expect(toll?.table.map((r) => r.value.replace(/^\D+/, ''))).toEqual(['144', '1,700', '2,719']);
      expect(toll?.table.map((r) => r.date)).toEqual(['Mar 28, 2025', 'Mar 31, 2025', 'Apr 1, 2025']);
      expect(toll?.table.map((r) => r.outlet)).toContain('this page');
      await panel.screenshot(artifactPath('side-panel-timeline.png'), 360);
    });

    it('has no serious or critical axe violations in the side panel with figures, their sentences and a timeline', async () => {
      await panel.openFigureValue(0, 0);
      const violations = await seriousViolations(panel.page);
      expect(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });

    it('reaches every control of the side panel with the keyboard, each with a visible focus ring', async () => {
      await panel.page.bringToFront();
      const controls = await panel.page.$$eval(
        'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])',
        (els) => els.length,
      );
      expect(controls).toBeGreaterThan(5);
      const reached = new Set<string>();
      const rings: string[] = [];
      for (let i = 0; i < controls + 2; i++) {
        await panel.page.keyboard.press('Tab');
        const focus = await panel.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          el.dataset.tabProbe ??= String(Math.random());
          return { id: el.dataset.tabProbe, outline: getComputedStyle(el).outlineStyle };
        });
        if (focus) {
          reached.add(focus.id);
          rings.push(focus.outline);
        }
      }
      expect(reached.size).toBe(controls);
      expect(rings.every((r) => r !== 'none')).toBe(true);
    });
  });
});
