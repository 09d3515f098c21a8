import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { seedText } from '../support/seeds';
import { artifactPath, openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

const HEADLINE = 'Лидеры стран коалиции встретятся в Париже';

/** A seed's paragraphs, without its date line. */
function articleParagraphs(seed: string): string[] {
  return seedText(seed)
    .replace(/^\s*date \S+ /, '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

describe('popup in Chromium', () => {
  const session = useChromium();

  it('shows the title extracted from a news page rendering seed 002', async () => {
    const page = await session.ext.browser.newPage();
    await page.goto(`${session.server.origin}/seed/002.html?outlet=${encodeURIComponent('Новости Демо')}`);
    const popup = new PopupPage(await openPopupFor(session.ext, page));
    expect(await popup.settledState()).toBe('stories');
    const headline = await page.$eval('h1', (h1) => h1.textContent?.trim());
    expect(headline).toMatch(/^Союзники Украины во вторник проведут встречу в Париже/);
    expect(await popup.articleTitle()).toBe(headline);
    expect(await popup.articleOutlet()).toBe('Новости Демо');
    await popup.screenshot(artifactPath('popup-seed-002.png'));
  });

  it('lists the four other seeds as the same story, with 27 leaders agreeing with УНН and the late-December anomaly', async () => {
    const popup = await session.popupOn(`${session.server.origin}/seed/002.html`);
    expect(await popup.settledState()).toBe('stories');
    const stories = await popup.stories();
    expect(stories.map((s) => s.id).sort()).toEqual([
      'seed:000_2ea9999edad54fe7.txt',
      'seed:001_54c3fa28435ac74e.txt',
      'seed:003_86fc445a369e6c3e.txt',
      'seed:004_fff0361c4270e2c0.txt',
    ]);
    const leaders = (await popup.claims()).find((c) => c.text.includes('более 27 мировых лидеров'));
    expect(leaders?.echoes).toContainEqual(
      expect.objectContaining({ outlet: 'УНН', verdict: 'agrees', text: expect.stringContaining('понад 27 лідерів') }),
    );
    const anomalies = await popup.anomalies();
    expect(anomalies).toContainEqual(
      expect.objectContaining({ kind: 'future-date', text: expect.stringContaining('декабря 2026') }),
    );
  });

  it('highlights 40 vs 27 leaders when a Ukrainian outlet reports 40', async () => {
    const raw = seedText('003').replace('понад 27 лідерів', 'понад 40 лідерів');
    expect(raw).toContain('понад 40 лідерів');
    const url = session.server.addPage(
      '/variant/003-forty.html',
      renderSeedPage(raw, { outlet: 'Українські Новини', lang: 'uk' }),
    );
    const popup = await session.popupOn(url);
    expect(await popup.settledState()).toBe('stories');
    const differences = await popup.differences();
    const leaders = differences.filter((d) => d.kind === 'number' && d.marks[0]?.includes('40 лідерів'));
    // Against the Russian seed 002 and against the original Ukrainian seed 003 alike.
    expect(leaders.map((d) => d.marks[1])).toEqual(
      expect.arrayContaining([expect.stringMatching(/более 27 мировых лидеров/), expect.stringMatching(/27 лідерів/)]),
    );
    // Each difference words both figures below the phrases (the UI's strings, not the engine's).
    expect(leaders.every((d) => /more than 40/.test(d.text) && /more than 27/.test(d.text))).toBe(true);
    expect(await popup.highlightedPhrases()).toEqual(expect.arrayContaining([expect.stringMatching(/40 лідерів/)]));
    await popup.showOnlyDifferences();
    const onlyDiffering = await popup.claims();
    expect(onlyDiffering.length).toBeGreaterThan(0);
    expect(onlyDiffering.every((c) => c.differs)).toBe(true);
    await popup.screenshot(artifactPath('popup-seed-003-forty-leaders.png'));
  });

  it('says no other outlet reports an unrelated real article, without an error', async () => {
    const popup = await session.popupOn(`${session.server.origin}/pages/nytimes-1.html`);
    expect(await popup.settledState()).toBe('no-story');
    expect(await popup.articleTitle()).toBe(
      JSON.parse(await readFile('test/pages/nytimes-1/expected-metadata.json', 'utf8')).title,
    );
    await popup.screenshot(artifactPath('popup-no-story.png'));
  });

  it('says plainly when the page is not an article', async () => {
    const url = session.server.addPage(
      '/empty.html',
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    );
    const popup = await session.popupOn(url);
    expect(await popup.settledState()).toBe('not-article');
    expect(await popup.errorText()).toMatch(/not look like a news article/);
    await popup.screenshot(artifactPath('popup-not-article.png'));
  });

  it('says in its own words that it cannot read a blank page, without the browser’s error text', async () => {
    const page = await session.ext.browser.newPage();
    await page.goto('about:blank');
    const popup = new PopupPage(await openPopupFor(session.ext, page));
    expect(await popup.settledState()).toBe('error');
    const text = await popup.errorText();
    expect(text).toMatch(/^Parallax cannot read this tab: browser pages, blank pages/);
    expect(text).not.toMatch(/manifest|permission|about:blank|Cannot access/i);
    await popup.screenshot(artifactPath('popup-blank-page.png'));
  });

  it('saves the article the popup shows even after a script took the tab to another article', async () => {
    const { origin } = session.server;
    const first = session.server.addPage(
      '/moving/first.html',
      renderSeedPage(seedText('004').replace(/^(\s*date \S+ )[^\n]*\n/, '$1'), {
        outlet: 'Первое Издание',
        url: `${origin}/moving/first.html`,
      }),
    );
    session.server.addPage(
      '/moving/second.html',
      renderSeedPage(seedText('001').replace(/^(\s*date \S+ )[^\n]*\n/, '$1'), {
        outlet: 'Второе Издание',
        url: `${origin}/moving/second.html`,
      }),
    );
    const page = await session.ext.browser.newPage();
    await page.goto(first);
    const popup = new PopupPage(await openPopupFor(session.ext, page));
    await popup.settledState();
    expect(await popup.articleOutlet()).toBe('Первое Издание');
    // The page's own script moves the tab on while the popup is open.
    await Promise.all([page.waitForNavigation(), page.evaluate(() => location.assign('/moving/second.html'))]);
    expect(await page.$eval('.logo', (a) => a.textContent)).toBe('Второе Издание');
    expect(await popup.articleOutlet()).toBe('Первое Издание');
    expect(await popup.save()).toMatch(/Saved to your library/);
    const options = await OptionsPage.open(session.ext);
    const rows = (await options.rows()).map((r) => r.cells.join(' '));
    expect(rows.some((r) => r.includes('Первое Издание'))).toBe(true);
    expect(rows.some((r) => r.includes('Второе Издание'))).toBe(false);
  });

  it('reads an article a site renders inside a closed web component, slotted lead included', async () => {
    const [lead, ...rest] = articleParagraphs('004');
    const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
    const shadow = `<article><h1>${html(HEADLINE)}</h1><slot name="lead"></slot>${rest.map((p) => `<p>${html(p)}</p>`).join('')}</article>`;
    const url = session.server.addPage(
      '/components/article.html',
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${html(HEADLINE)}</title></head><body>
<header><a href="/">Компонентные Новости</a></header>
<news-article><p slot="lead">${html(lead as string)}</p></news-article>
<script>customElements.define('news-article', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '${shadow}'; }
});</script></body></html>`,
    );
    const popup = await session.popupOn(url);
    // Read as an article (whether the engine finds other outlets for it is not the point here).
    expect(['stories', 'no-story']).toContain(await popup.settledState());
    expect(await popup.articleTitle()).toBe(HEADLINE);
    const text = await popup.extractedText();
    expect(text.slice(0, 300)).toContain((lead as string).slice(0, 60));
    expect(text).toContain((rest.at(-1) as string).slice(0, 60));
  });

  it('reads an article shown in a frame of the same site', async () => {
    const framed = session.server.addPage(
      '/frames/inner.html',
      renderSeedPage(seedText('004'), {
        outlet: 'Рамочные Новости',
        url: `${session.server.origin}/frames/inner.html`,
      }),
    );
    const url = session.server.addPage(
      '/frames/outer.html',
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Рамочные Новости</title></head><body>
<header><a href="/">Рамочные Новости</a></header><iframe src="${framed}" style="width:100%;height:3000px;border:0"></iframe></body></html>`,
    );
    const popup = await session.popupOn(url);
    expect(['stories', 'no-story']).toContain(await popup.settledState());
    const text = await popup.extractedText();
    expect(text).toContain(articleParagraphs('004')[1]?.slice(0, 60));
    expect(text).not.toContain('Рамочные Новости');
  });

  it('sums up a long article full of contradicting counts instead of listing thousands of them', async () => {
    // 751 sentences of one event with changing casualty counts: every pair contradicts (about 60 KB).
    const sentences = Array.from(
      { length: 751 },
      (_, i) =>
        `В результате обстрела Харькова погибли ${5 + (i % 60)} человек, еще ${10 + (i % 45)} получили ранения, сообщили власти.`,
    );
    const paragraphs = Array.from({ length: Math.ceil(sentences.length / 5) }, (_, i) =>
      sentences.slice(i * 5, i * 5 + 5).join(' '),
    );
    const url = session.server.addPage(
      '/long/casualties.html',
      renderSeedPage(` date 2026-01-06 ${paragraphs.join('\n')}`, { outlet: 'Длинные Новости' }),
    );
    const popup = await session.popupOn(url);
    expect(['stories', 'no-story']).toContain(await popup.settledState(60_000));
    const summary = await popup.page.$$eval('[data-testid="anomaly-kind"]', (kinds) =>
      kinds.map((k) => ({
        kind: k.getAttribute('data-kind'),
        count: Number(k.getAttribute('data-count')),
        listed: k.querySelectorAll('li').length,
        text: k.textContent ?? '',
      })),
    );
    const counts = summary.find((s) => s.kind === 'self-contradiction');
    expect(counts?.count).toBeGreaterThan(5);
    expect(counts?.listed).toBeLessThanOrEqual(5);
    expect(counts?.text).toMatch(/^Counts that contradict each other: [\d,]+/);
    expect(counts?.text).toMatch(/…and [\d,]+ more of this kind/);
    expect(counts?.text).toMatch(/the article gives \d+ and \d+ for the same count/);
    expect(await popup.page.$$eval('[data-testid="anomalies"] li', (items) => items.length)).toBeLessThanOrEqual(15);
    await popup.screenshot(artifactPath('popup-long-article-anomalies.png'));
  });
});
