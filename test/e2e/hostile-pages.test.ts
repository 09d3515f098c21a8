import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, type ExtensionBrowser, launchChromiumWithExtension, openPopupFor } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import {
  deeplyNestedPage,
  HOSTILE_TITLE_AS_TEXT,
  iframeHeavyPage,
  markupInMetadataPage,
  PAYLOADS,
  scriptMadeCommentPage,
  selfRewritingPage,
  tenMegabytePage,
} from './support/hostile-pages';
import { PopupPage } from './support/popup-page';

const SETTLE_MS = 30_000;

interface InertReport {
  pwned: unknown;
  pwnedElement: boolean;
  activeElements: string[];
  handlerAttributes: string[];
  scriptLinks: string[];
}

/** What page-supplied markup would leave behind had it been parsed as HTML anywhere in `page`. */
async function inertReport(page: Page): Promise<InertReport> {
  return page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    pwnedElement: document.getElementById('pwned') !== null,
    activeElements: Array.from(document.body.querySelectorAll('img, script, svg, iframe, object, embed, frame')).map(
      (el) => el.tagName.toLowerCase(),
    ),
    handlerAttributes: Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    ),
    scriptLinks: Array.from(document.querySelectorAll('[href], [src]'))
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((url) => /^\s*(javascript|data):/i.test(url)),
  }));
}

/** An extension page that rendered hostile text: nothing from the page became markup or code in it. */
async function expectInert(page: Page, label: string): Promise<void> {
  const report = await inertReport(page);
  expect(report, label).toEqual({
    pwned: undefined,
    pwnedElement: false,
    activeElements: [],
    handlerAttributes: [],
    scriptLinks: [],
  });
}

/** The web page after extraction: its own escaped payloads are still text, nothing ran in it. */
async function expectPageUntouched(page: Page, label: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    pwnedElement: document.getElementById('pwned') !== null,
  }));
  expect(state, label).toEqual({ pwned: undefined, pwnedElement: false });
}

describe('hostile pages in Chromium', () => {
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

  /** Opens `html` in a tab, clicks the toolbar button and waits for the popup to settle. */
  async function popupOn(path: string, html: string) {
    const page = await ext.browser.newPage();
    await page.goto(server.addPage(path, html), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const started = Date.now();
    const popupPage = await openPopupFor(ext, page);
    const popup = new PopupPage(popupPage);
    const state = await popup.settledState(SETTLE_MS);
    const ms = Date.now() - started;
    console.log(`${path}: popup settled as "${state}" in ${ms} ms`);
    expect(ms).toBeLessThan(SETTLE_MS);
    return { page, popupPage, popup, state };
  }

  it('shows markup from the title, byline, og: metas and text as plain text, and runs none of it', async () => {
    const { page, popupPage, popup, state } = await popupOn('/hostile/metadata.html', markupInMetadataPage());
    // An article: compared with the library (stories) or not (no-story).
    expect(['stories', 'no-story']).toContain(state);
    // Extraction already reduces metadata to plain text (tags dropped, `">` kept as characters)…
    const title = await popup.articleTitle();
    expect(title).toBe(HOSTILE_TITLE_AS_TEXT);
    expect(await popup.articleOutlet()).toBe('Новости');
    // …while the article text keeps the markup as characters, and the popup shows it as such.
    const visible = await popupPage.evaluate(() => document.body.textContent ?? '');
    const shown = PAYLOADS.filter((p) => visible.includes(p));
    console.log(`payloads visible as text in the popup: ${shown.length} of ${PAYLOADS.length}`);
    await expectInert(popupPage, 'popup');
    await expectPageUntouched(page, 'page');
    await popup.screenshot(artifactPath('popup-hostile-page.png'));

    // Saved, the same title is text in the options library and in the reader view.
    await popupPage.click('[data-testid="save"]');
    await popupPage.waitForSelector('[data-testid="notice"]', { timeout: 20_000 });
    const notice = await popupPage.$eval('[data-testid="notice"]', (el) => el.className);
    expect(notice).not.toContain('error');
    await popupPage.close();

    const options = await ext.browser.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const row = await options.waitForFunction(
      () => {
        const found = Array.from(document.querySelectorAll('[data-testid="library-row"]')).find((r) =>
          r.textContent?.includes('Зеленский в Париже'),
        );
        return found ? { id: found.getAttribute('data-id') ?? '', text: found.textContent ?? '' } : false;
      },
      { timeout: 20_000 },
    );
    const { id, text } = (await row.jsonValue()) as { id: string; text: string };
    expect(text).toContain(HOSTILE_TITLE_AS_TEXT);
    await expectInert(options, 'options page');

    const reader = await ext.browser.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/reader.html?id=${encodeURIComponent(id)}`);
    const heading = await reader.waitForSelector('[data-testid="reader-title"]', { timeout: 20_000 });
    expect(await heading?.evaluate((h) => h.textContent)).toBe(HOSTILE_TITLE_AS_TEXT);
    // The reader prints the stored text: every payload appears, as text, and none became an element.
    const readerText = await reader.evaluate(() => document.querySelector('main')?.textContent ?? '');
    for (const payload of PAYLOADS) expect(readerText).toContain(payload);
    await expectInert(reader, 'reader page');
    await Promise.all([options.close(), reader.close(), page.close()]);
  });

  it('never turns an imported document’s address into a javascript: link in the library', async () => {
    const options = await ext.browser.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="library-import"]', { timeout: 20_000 });
    const article = {
      title: 'Импорт с опасной ссылкой',
      byline: null,
      outlet: 'Новости',
      url: 'javascript:window.__pwned=1',
      canonicalUrl: 'javascript:window.__pwned=1//https://news.example/',
      published: null,
      lang: 'ru',
      text: 'Союзники Украины во вторник проведут встречу в Париже, сообщает Reuters.',
      excerpt: null,
      contentHash: '0123456789abcdef',
    };
    const jsonl = [
      JSON.stringify({ type: 'parallax-export', version: 1, exportedAt: '2026-01-06T00:00:00.000Z' }),
      JSON.stringify({
        type: 'parallax-document',
        version: 1,
        article,
        source: 'stored',
        storedAt: '2026-01-06T00:00:00.000Z',
      }),
    ].join('\n');
    const reply = await options.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'import-library', payload: { text } }),
      jsonl,
    );
    console.log(`import of a javascript: address: ${JSON.stringify(reply)}`);
    await options.reload();
    await options.waitForSelector('[data-testid="library-row"]', { timeout: 20_000 });
    await expectInert(options, 'options page after importing a javascript: address');
    await options.close();
  });

  it.each([
    ['a 10 MB article', '/hostile/ten-megabytes.html', tenMegabytePage],
    ['50,000 nested elements', '/hostile/nested.html', () => deeplyNestedPage()],
    ['200 iframes around the article', '/hostile/iframes.html', () => iframeHeavyPage()],
    ['a page rewriting its body every 3 ms', '/hostile/rewriting.html', selfRewritingPage],
    ['a script-made comment holding markup', '/hostile/comment.html', scriptMadeCommentPage],
  ])('settles on %s within 30 s without running page markup', async (_label, path, make) => {
    const { page, popupPage, popup, state } = await popupOn(path, make());
    expect(['stories', 'no-story', 'not-article', 'error']).toContain(state);
    if (state === 'not-article' || state === 'error') console.log(`${path}: ${await popup.errorText()}`);
    await expectInert(popupPage, `popup on ${path}`);
    await expectPageUntouched(page, path);
    await Promise.all([popupPage.close(), page.close()]);
  });
});
