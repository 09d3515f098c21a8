import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { ROOT } from './chromium';
import type { FeedsSection } from './feeds-section';
import type { FixtureServer } from './fixture-server';

/** The pages a reader opens in the "Keep what I read" tests, served by the fixture server. */
export function keepPages(server: FixtureServer) {
  const port = new URL(server.origin).port;
  return {
    article: `${server.origin}/corpus/corpus-dev2/109_vedomosti_moldova-referendum_ru.html`,
    second: `${server.origin}/corpus/corpus-dev2/112_vintimes_moldova-referendum_uk.html`,
    nonArticle: server.addPage(
      '/section/home.html',
      readFileSync(join(ROOT, 'test', 'pages-nonarticle', 'home-page.html'), 'utf8'),
    ),
    // Same server, another host name: the site the reader puts on the never-keep list.
    neverKept: `http://localhost:${port}/corpus/corpus-dev2/110_1rostov_moldova-referendum_ru.html`,
  };
}

/** Opens each address in a tab of its own and leaves it loaded, as a reader going through pages. */
export async function openTabs(browser: Browser, urls: string[]): Promise<void> {
  for (const url of urls) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => undefined);
  }
}

/** Waits until the kept list holds `count` pages (or the time is up) and returns their addresses. */
export async function keptUrls(options: FeedsSection, count: number, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Switching the list away and back reloads it (Firefox never reports an extension page's reload).
    await options.library('stored');
    const urls = (await options.library('kept')).map((r) => r.url);
    if (urls.length >= count || Date.now() > deadline) return urls;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
