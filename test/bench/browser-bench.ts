import type { Article } from '../../lib/extraction/article';
import { formatDocument, formatHeader } from '../../lib/storage/jsonl';
import type { Recorder } from './metrics';
import { median } from './stats';

/** What the popup shows once results are painted: the story list, or the "no other outlet" state. */
const RESULTS = '[data-testid="stories"], [data-testid="no-story"]';
const SEED_PAGE = '/seed/002.html';
const RESULT_TIMEOUT_MS = 60_000;

interface Reply {
  ok: boolean;
  data?: { imported: number; unchanged: number; errors: unknown[] };
  error?: { message: string };
}

/** The options page's import, as a JSONL export of `articles` (lib/storage/jsonl.ts format). */
export function libraryExport(articles: readonly Article[], at = new Date()): string {
  const when = at.toISOString();
  return [
    formatHeader(when),
    ...articles.map((article) =>
      formatDocument({ article, source: 'stored', storedAt: when, updatedAt: when, history: [] }),
    ),
  ].join('\n');
}

type Chrome = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: Record<string, never>): Promise<{ id?: number }[]> };
};

/** Documents per 'import-library' message: an extension message carries at most 64 MB. */
const IMPORT_CHUNK = 2_000;

async function openAndTime(
  ext: Awaited<ReturnType<typeof import('../e2e/support/chromium')['launchChromiumWithExtension']>>,
  openPopupFor: typeof import('../e2e/support/chromium')['openPopupFor'],
  page: import('puppeteer-core').Page,
): Promise<{ popupMs: number; wallMs: number; stories: number; popup: import('puppeteer-core').Page }> {
  const start = performance.now();
  const popup = await openPopupFor(ext, page);
  const shown = await popup.waitForFunction(
    (selector: string) => (document.querySelector(selector) ? performance.now() : 0),
    { polling: 'raf', timeout: RESULT_TIMEOUT_MS },
    RESULTS,
  );
  const wallMs = performance.now() - start;
  const popupMs = (await shown.jsonValue()) as number;
  const stories = await popup.$$eval('[data-testid="story"]', (els) => els.length);
  return { popupMs, wallMs, stories, popup };
}

/**
 * popup_results_ms: real Chromium with the built extension (.output/chrome-mv3), `articles` imported
 * into the library through 'import-library' messages from the options page; then, each time in a new
 * tab (so no cached result is reused), a seed rendered as a news page and the toolbar action clicked.
 * Two clocks: inside the popup, from its navigation start to the animation frame after the results
 * appear (`popup_results_ms`), and the harness's wall clock from the click (adds opening the popup
 * window and puppeteer attaching to it). `popup_cold_results_ms` is the same right after the service
 * worker was stopped (as the browser stops an idle one): the library — lexicon, index snapshot — is
 * loaded while the popup waits. `popup_analyze_tab_ms` times the background's part alone — inject,
 * extract, analyse, compare — as the 'analyze-tab' message with refresh.
 */
export async function benchPopup(
  articles: readonly Article[],
  options: { runs: number; coldRuns: number },
  rec: Recorder,
  log: (line: string) => void,
): Promise<void> {
  const { launchChromiumWithExtension, openPopupFor, restartServiceWorker } = await import('../e2e/support/chromium');
  const { startFixtureServer } = await import('../e2e/support/fixture-server');
  const server = await startFixtureServer();
  const ext = await launchChromiumWithExtension();
  try {
    const optionsPage = await ext.browser.newPage();
    await optionsPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const started = performance.now();
    const totals = { imported: 0, unchanged: 0, errors: 0 };
    for (let from = 0; from < articles.length; from += IMPORT_CHUNK) {
      const chunk = articles.slice(from, from + IMPORT_CHUNK);
      const reply = (await optionsPage.evaluate(
        (text) =>
          (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
            type: 'import-library',
            payload: { text },
          }),
        libraryExport(chunk),
      )) as Reply | undefined;
      if (!reply?.ok || !reply.data) throw new Error(`import-library failed: ${reply?.error?.message ?? 'no reply'}`);
      totals.imported += reply.data.imported;
      totals.unchanged += reply.data.unchanged;
      totals.errors += reply.data.errors.length;
      log(
        `  imported ${from + chunk.length} of ${articles.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    rec.add(
      'popup_import_s',
      (performance.now() - started) / 1000,
      's',
      `${totals.imported} imported, ${totals.unchanged} unchanged, ${totals.errors} errors (${IMPORT_CHUNK} per message)`,
    );
    const inPopup: number[] = [];
    const wall: number[] = [];
    let stories = 0;
    // The last tab the toolbar action was clicked on stays open: it has activeTab for 'analyze-tab' below.
    let lastTab: import('puppeteer-core').Page | null = null;
    for (let i = 0; i <= options.runs; i++) {
      const page = await ext.browser.newPage();
      await page.goto(server.origin + SEED_PAGE);
      const run = await openAndTime(ext, openPopupFor, page);
      stories = run.stories;
      if (i === 0) rec.add('popup_results_ms_first', run.popupMs, 'ms', 'first open after the import (in-popup clock)');
      else {
        inPopup.push(run.popupMs);
        wall.push(run.wallMs);
      }
      await run.popup.close();
      await lastTab?.close();
      lastTab = page;
    }
    const setting = `${options.runs} opens on ${SEED_PAGE}, ${articles.length} stored pages + seeds, ${stories} stories shown`;
    rec.add('popup_results_ms_p50', median(inPopup), 'ms', `${setting}; popup navigation start → results painted`);
    rec.add(
      'popup_click_to_results_ms_p50',
      median(wall),
      'ms',
      'harness wall clock from the click (window + CDP attach)',
    );
    const cold: number[] = [];
    for (let i = 0; i < options.coldRuns; i++) {
      // Stopped as when idle, and woken by a message that reads the settings only, not the library.
      await restartServiceWorker(ext, () =>
        optionsPage.evaluate(() =>
          (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
            type: 'get-settings',
            payload: {},
          }),
        ),
      );
      const page = await ext.browser.newPage();
      await page.goto(server.origin + SEED_PAGE);
      const run = await openAndTime(ext, openPopupFor, page);
      cold.push(run.popupMs);
      await run.popup.close();
      await lastTab?.close();
      lastTab = page;
    }
    if (cold.length > 0) {
      rec.add(
        'popup_cold_results_ms_p50',
        median(cold),
        'ms',
        `${cold.length} opens right after the worker restarted: the library (lexicon, index snapshot, journal) loads while the popup waits`,
      );
    }
    const background = await optionsPage.evaluate(async (runs: number) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      // Without the tabs permission URLs are hidden; the seed tab left open is the newest one.
      const tab = (await chrome.tabs.query({})).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
      const times: number[] = [];
      for (let i = 0; i < runs && tab?.id !== undefined; i++) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'analyze-tab', payload: { tabId: tab.id, refresh: true } });
        times.push(performance.now() - t0);
      }
      return times;
    }, options.runs);
    if (background.length > 0) {
      rec.add('popup_analyze_tab_ms_p50', median(background), 'ms', "background alone: 'analyze-tab' with refresh");
    }
  } finally {
    await ext.close();
    await server.close();
  }
}
