import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../lib/extraction/article';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { openPopupFor } from './support/chromium';
import { useChromium } from './support/chromium-session';

/** Fixtures of our languages and a few real pages of different shapes. */
const SLUGS = ['seed-002', 'seed-003', 'nytimes-1', 'lemonde-1', 'wikipedia'];

describe('the content script in Chromium', () => {
  const session = useChromium();

  it.each(SLUGS)('extracts the same Article from the live %s page as the unit tests do from its HTML', async (slug) => {
    const url = `${session.server.origin}/pages/${slug}.html`;
    const page = await session.ext.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopupFor(session.ext, page);
    // Ask the background the way the popup does: it injects the content script into the tab on demand.
    const inBrowser = (await popup.evaluate(async (pageUrl) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      return chrome.runtime.sendMessage({ type: 'read-tab', payload: { tabId: tab?.id } });
    }, url)) as { ok: true; data: ExtractionResult };
    const inNode = extractArticle(parseHtml(await readFile(`test/pages/${slug}/source.html`, 'utf8'), url), { url });
    expect(inBrowser.ok).toBe(true);
    expect(inBrowser.data).toEqual(inNode);
    // Extraction works on a clone: the live page is left as it was.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
