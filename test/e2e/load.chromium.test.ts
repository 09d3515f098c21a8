import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { LibraryEstimate } from '../../lib/protocol/messages';
import { libraryExport } from '../bench/browser-bench';
import { corpusDevDocuments } from '../bench/fixtures';
import { SyntheticCorpus } from '../bench/synthetic-corpus';
import { buildTemplatePool } from '../bench/template-pool';
import { openPopupFor, restartServiceWorker } from './support/chromium';
import { useChromium } from './support/chromium-session';

const SEEDS = [
  '000_2ea9999edad54fe7.txt',
  '001_54c3fa28435ac74e.txt',
  '002_11f65d7f125b6a49.txt',
  '003_86fc445a369e6c3e.txt',
  '004_fff0361c4270e2c0.txt',
];
const STORED = 50_000;
/** Documents per 'import-library' message: an extension message carries at most 64 MB. */
const IMPORT_CHUNK = 2_000;
const REQUESTS = 100;
/** Importing (analysing and storing) 50,000 articles takes minutes on a 2-core machine. */
const TIMEOUT_MS = 60 * 60_000;

interface Reply<T> {
  ok: boolean;
  data: T;
  error?: { message: string };
}

/** Sends one message from an extension page, as the popup and options page do. */
function send<T>(page: Page, message: unknown): Promise<Reply<T>> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

describe('Parallax under load in Chromium', () => {
  const session = useChromium();

  it(
    'answers 100 compare requests from 5 tabs correctly with 50,000 stored pages, through a worker restart',
    async () => {
      // 50,000 synthetic stories made from the corpus-dev articles (none is about the seeds' event).
      const pool = buildTemplatePool(corpusDevDocuments().map((d) => ({ article: d.article, group: d.group })));
      const articles = [...new SyntheticCorpus(pool, STORED).documents()].map((d) => d.article);
      const options = await session.ext.browser.newPage();
      await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
      let imported = 0;
      for (let from = 0; from < articles.length; from += IMPORT_CHUNK) {
        const reply = await send<{ imported: number; errors: unknown[] }>(options, {
          type: 'import-library',
          payload: { text: libraryExport(articles.slice(from, from + IMPORT_CHUNK)) },
        });
        expect(reply.error).toBeUndefined();
        imported += reply.data.imported;
      }
      expect(imported).toBeGreaterThan(STORED * 0.95); // a few synthetic versions may coincide
      // Counted, not listed: listing 50,000 pages would read every one of them.
      const storedCount = async () =>
        (await send<LibraryEstimate>(options, { type: 'library-estimate', payload: {} })).data.documents.stored;
      const before = await storedCount();
      expect(before).toBe(imported);

      // Five tabs, one per seed; the reader opens Parallax on each once (which grants activeTab).
      const tabs: { seed: string; tabId: number }[] = [];
      for (const [i, seed] of SEEDS.entries()) {
        const page = await session.ext.browser.newPage();
        const url = `${session.server.origin}/seed/00${i}.html`;
        await page.goto(url);
        const popup = await openPopupFor(session.ext, page);
        await popup.waitForSelector('[data-testid="stories"], [data-testid="no-story"]', { timeout: 60_000 });
        const tabId = await popup.evaluate(
          async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
          url,
        );
        await popup.close();
        tabs.push({ seed, tabId });
      }

      const heap: number[] = [];
      const sampleHeap = async () => {
        const worker = await session.ext.worker();
        // Live memory, not garbage V8 has not collected yet (the import leaves plenty of it behind).
        await worker.client.send('HeapProfiler.collectGarbage');
        const usage = (await worker.client.send('Runtime.getHeapUsage')) as { usedSize: number };
        heap.push(usage.usedSize / 2 ** 20);
      };
      await sampleHeap();

      let correct = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const { seed, tabId } = tabs[i % tabs.length] as { seed: string; tabId: number };
        const ask = () =>
          send<{ comparison: { stories: { id: string }[] } }>(options, {
            type: 'analyze-tab',
            payload: { tabId, refresh: true },
          });
        const reply = i === REQUESTS / 2 ? await restartServiceWorker(session.ext, ask) : await ask();
        const found = reply.data?.comparison?.stories.map((s) => s.id).sort();
        const expected = SEEDS.filter((s) => s !== seed).map((s) => `seed:${s}`);
        if (reply.ok && JSON.stringify(found) === JSON.stringify(expected)) correct += 1;
        else console.log(`request ${i} (${seed}):`, reply.error?.message ?? found);
        if (i % 20 === 19) await sampleHeap();
      }
      console.log(
        `load: ${correct}/${REQUESTS} answered correctly; worker heap MB ${heap.map((h) => h.toFixed(1)).join(' → ')}`,
      );
      expect(correct).toBe(REQUESTS);
      // Bounded: analysing 100 articles against 50,000 documents must not accumulate memory.
      expect(Math.max(...heap)).toBeLessThan(150);
      expect((heap.at(-1) as number) - (heap[1] as number)).toBeLessThan(30);

      // Nothing stored was lost across the restart.
      expect(await storedCount()).toBe(before);
    },
    TIMEOUT_MS,
  );
});
