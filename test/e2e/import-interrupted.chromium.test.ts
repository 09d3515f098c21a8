import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { libraryExport } from '../bench/browser-bench';
import { corpusDevDocuments } from '../bench/fixtures';
import { SyntheticCorpus } from '../bench/synthetic-corpus';
import { buildTemplatePool } from '../bench/template-pool';
import { artifactPath, stopServiceWorkers } from './support/chromium';
import { useChromium } from './support/chromium-session';
import { OptionsPage } from './support/options-page';

const FIRST = 200;
const SECOND = 2_000;

async function storedCount(page: Page): Promise<number> {
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'list-documents', payload: { source: 'stored' } }),
  )) as { ok: boolean; data: { documents: unknown[] } };
  return reply.data.documents.length;
}

describe('an import cut short by a worker stop, in Chromium', () => {
  const session = useChromium();

  it('goes on after the worker stops mid-import, replaces the last report, and never shows the browser’s error', async () => {
    const pool = buildTemplatePool(corpusDevDocuments().map((d) => ({ article: d.article, group: d.group })));
    const articles = [...new SyntheticCorpus(pool, FIRST + SECOND).documents()].map((d) => d.article);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
    const small = join(dir, 'first.jsonl');
    const large = join(dir, 'second.jsonl');
    writeFileSync(small, libraryExport(articles.slice(0, FIRST)));
    writeFileSync(large, libraryExport(articles.slice(FIRST)));

    const options = await OptionsPage.open(session.ext);
    expect(await options.importFile(small)).toMatch(/^Imported \d+ pages/);
    const afterFirst = await storedCount(options.page);

    // The second, larger import: the worker is stopped once its first parts are in.
    const input = await options.page.$('[data-testid="library-import"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(large);
    await options.page.waitForFunction(
      () => /Importing… [1-9][\d,]* of 2,000 documents read/.test(document.body.textContent ?? ''),
      { timeout: 120_000 },
    );
    // The first import's "Imported 200 pages" no longer stands above this one.
    expect(await options.page.$('[data-testid="import-result"]')).toBeNull();
    const stop = await stopServiceWorkers(session.ext, options.page);
    try {
      const result = await options.page.waitForSelector('[data-testid="import-result"]', { timeout: 300_000 });
      const report = ((await result?.evaluate((e) => e.textContent)) ?? '').trim();
      await options.page.screenshot({ path: artifactPath('options-import-after-worker-stop.png') });
      console.log(`import through a worker stop: ${report}`);
      const page = (await options.page.evaluate(() => document.body.textContent)) ?? '';
      expect(page).not.toMatch(/message channel|Receiving end|Extension context|asynchronous response/i);
      // Every document of the file is in the library: the part cut short was sent again.
      expect(report).toMatch(/^Imported [\d,]+ pages?; [\d,]+ already stored\./);
      expect(await options.page.$('[data-testid="import-interrupted"]')).toBeNull();
      const [, imported, unchanged] = report.match(/^Imported ([\d,]+) pages?; ([\d,]+)/) ?? [];
      const count = (s?: string) => Number((s ?? '0').replace(/,/g, ''));
      expect(count(imported) + count(unchanged)).toBe(SECOND);
      expect(await storedCount(options.page)).toBeGreaterThanOrEqual(afterFirst + count(imported));
      expect(stop.stopped() && stop.restarted(), 'the worker was really stopped and a new one finished').toBe(true);
    } finally {
      await stop.end();
    }
  }, 420_000);
});
