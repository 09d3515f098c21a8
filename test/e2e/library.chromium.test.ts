import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { artifactPath, restartServiceWorker } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { OptionsPage } from './support/options-page';

/** A page on the seeds' event from an outlet the bundle does not have: it must match once stored. */
const EXTRA_ARTICLE = ` date 2026-01-06 Лидеры более 27 стран соберутся во вторник в Париже, чтобы определить гарантии безопасности для Украины после прекращения огня.
На встрече будут американские переговорщики Стив Уиткофф и Джаред Кушнер, сообщает Reuters.
Президент Украины Владимир Зеленский прибыл в Париж 6 января.
Европейские страны готовы обсудить размещение войск после прекращения огня, пишет Bloomberg.`;

/** A page for the identity test; its forged copy elsewhere changes one sentence. */
const IDENTITY_ARTICLE = ` date 2026-01-07 Министры иностранных дел стран Балтии встретятся в Риге в четверг, чтобы обсудить энергетическую безопасность региона.
Переговоры начнутся утром, на них ожидаются представители 12 государств, сообщает агентство LETA.
По данным организаторов, главной темой станет защита подводных кабелей и газопроводов в Балтийском море.
Итоговое заявление министры планируют опубликовать вечером того же дня.`;

describe('stored pages in Chromium', () => {
  const session = useChromium();

  it('saves a page from the popup, lists it, and still has and matches it after the worker restarts', async () => {
    const url = session.server.addPage(
      '/news/extra.html',
      renderSeedPage(EXTRA_ARTICLE, { outlet: 'Вестник Демо', url: `${session.server.origin}/news/extra.html` }),
    );
    const popup = await session.popupOn(url);
    await popup.settledState();
    expect(await popup.save()).toMatch(/Saved to your library/);
    await popup.page.close();

    const options = await OptionsPage.open(session.ext);
    const rows = await options.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.join(' ')).toContain('Вестник Демо');
    expect(await options.usage()).toMatch(/^Stored pages: 1 /);
    await options.page.screenshot({ path: artifactPath('options-library.png') });

    // Kill the service worker as the browser does when idle, then ask again.
    await restartServiceWorker(session.ext, () => options.reload());
    expect((await options.rows()).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    // The stored page now takes part in matching: seed 002 finds it as the same story.
    const seedPopup = await session.popupOn(`${session.server.origin}/seed/002.html`);
    expect(await seedPopup.settledState()).toBe('stories');
    expect((await seedPopup.stories()).map((s) => s.outlet)).toContain('Вестник Демо');
  });

  it('says so when the page is already stored', async () => {
    const popup = await session.popupOn(`${session.server.origin}/news/extra.html`);
    await popup.settledState();
    expect(await popup.save()).toMatch(/Already in your library/);
  });

  it('exports everything, deletes it all, and imports the same documents back, reporting a bad line', async () => {
    const options = await OptionsPage.open(session.ext);
    const before = await options.rows();
    expect(before.length).toBeGreaterThan(0);
    const jsonl = await options.exportLibrary();
    expect(jsonl.split('\n').filter(Boolean)).toHaveLength(before.length + 1); // header + documents
    await options.deleteAll();
    expect(await options.rows()).toEqual([]);

    const file = artifactPath('library-export-with-bad-line.jsonl');
    const lines = jsonl.trimEnd().split('\n');
    await writeFile(
      file,
      [...lines.slice(0, 1), '{"type":"parallax-document","broken":', ...lines.slice(1)].join('\n'),
    );
    const report = await options.importFile(file);
    expect(report).toMatch(new RegExp(`Imported ${before.length} ${before.length === 1 ? 'page' : 'pages'};`));
    expect(report).toMatch(/Line 2 skipped/);
    expect((await options.rows()).map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
  });

  it('stores a page from another origin that names a stored page as its canonical beside it, never over it', async () => {
    const { origin } = session.server;
    const originalUrl = `${origin}/news/identity.html`;
    session.server.addPage(
      '/news/identity.html',
      renderSeedPage(IDENTITY_ARTICLE, { outlet: 'Оригинальные Вести', url: originalUrl }),
    );
    const original = await session.popupOn(originalUrl);
    await original.settledState();
    expect(await original.save()).toMatch(/Saved to your library/);
    await original.page.close();

    // Another origin (localhost is not 127.0.0.1 to the browser) whose canonical link names the stored page.
    session.server.addPage(
      '/elsewhere/copy.html',
      renderSeedPage(IDENTITY_ARTICLE.replace('Переговоры начнутся', 'Переговоры отменены, сообщает'), {
        outlet: 'Поддельные Вести',
        url: originalUrl,
      }),
    );
    const forged = await session.popupOn(`${origin.replace('127.0.0.1', 'localhost')}/elsewhere/copy.html`);
    await forged.settledState();
    const notice = await forged.save();
    expect(notice).toMatch(/Saved to your library/);
    expect(notice).not.toMatch(/replaced/);

    const options = await OptionsPage.open(session.ext);
    const rows = await options.rows();
    const originalRow = rows.find((r) => r.cells.join(' ').includes('Оригинальные Вести'));
    expect(originalRow).toBeDefined();
    expect(rows.some((r) => r.cells.join(' ').includes('Поддельные Вести'))).toBe(true);
    const stored = await options.page.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-document', payload: { id } }),
      originalRow?.id as string,
    );
    expect(stored).toMatchObject({ ok: true, data: { article: { url: originalUrl } } });
    expect((stored as { data: { article: { text: string } } }).data.article.text).toContain('Переговоры начнутся');
    expect((stored as { data: { article: { text: string } } }).data.article.text).not.toContain('отменены');
  });
});
