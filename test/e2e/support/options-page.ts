import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './chromium';

export interface LibraryRow {
  id: string;
  cells: string[];
}

/** The options page (stored pages manager) as a user sees it. */
export class OptionsPage {
  private constructor(
    readonly page: Page,
    private readonly ext: ExtensionBrowser,
  ) {}

  static async open(ext: ExtensionBrowser): Promise<OptionsPage> {
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const options = new OptionsPage(page, ext);
    await options.settled();
    return options;
  }

  /** Waits for the list (or its empty state) to be shown. */
  async settled(): Promise<void> {
    await this.page.waitForSelector('[data-testid="library-table"], [data-testid="library-empty"]', {
      timeout: 30_000,
    });
    await this.page.waitForFunction(() => !document.querySelector('.library [role="status"].muted'), {
      timeout: 30_000,
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.settled();
  }

  async rows(): Promise<LibraryRow[]> {
    return this.page.$$eval('[data-testid="library-row"]', (rows) =>
      rows.map((tr) => ({
        id: tr.getAttribute('data-id') ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
      })),
    );
  }

  async usage(): Promise<string> {
    return this.page.$eval('[data-testid="library-usage"]', (e) => e.textContent?.trim() ?? '');
  }

  async search(query: string): Promise<void> {
    await this.page.type('[data-testid="library-search"]', query);
    await new Promise((r) => setTimeout(r, 300));
    await this.settled();
  }

  async deleteAll(): Promise<void> {
    await this.page.click('thead input[type="checkbox"]');
    await this.page.click('[data-testid="library-delete-selected"]');
    await this.page.waitForSelector('[data-testid="library-empty"]', { timeout: 30_000 });
  }

  /** Clicks Export and returns the downloaded file's text. */
  async exportLibrary(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-export-'));
    const cdp = await this.ext.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await this.page.click('[data-testid="library-export"]');
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const done = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
      if (done[0]) return readFile(join(dir, done[0]), 'utf8');
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The export did not download within 20 s.');
  }

  /** Chooses a file in the Import picker and returns the import report shown. */
  async importFile(path: string): Promise<string> {
    const input = await this.page.$('[data-testid="library-import"]');
    if (!input) throw new Error('No import control on the options page.');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    const result = await this.page.waitForSelector('[data-testid="import-result"]', { timeout: 30_000 });
    await this.settled();
    return ((await result?.evaluate((e) => e.textContent)) ?? '').trim();
  }
}
