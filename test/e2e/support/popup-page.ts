import type { Page } from 'puppeteer-core';

export interface StoryRow {
  id: string;
  outlet: string;
  shared: string;
  differing: string | null;
}

export interface FigureRowView {
  counted: string;
  conflict: boolean;
  values: { value: number; here: boolean; text: string; outlets: string[] }[];
}

export interface TimelineView {
  caption: string;
  /** The plotted marks, in drawing order (time order). */
  marks: { value: number; published: string }[];
  /** The screen-reader table: date, outlet, value as shown. */
  table: { date: string; outlet: string; value: string; raw: number }[];
}

export interface DifferenceRow {
  kind: string;
  text: string;
  marks: string[];
}

/** Reads the popup as a user sees it; tests talk to this, not to selectors. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Waits until the popup has left its loading states and returns the state shown. */
  async settledState(
    timeout = 30_000,
  ): Promise<'article' | 'not-article' | 'error' | 'no-tab' | 'no-story' | 'stories' | 'claim-check' | 'no-access'> {
    const handle = await this.page.waitForSelector(
      '[data-testid="stories"], [data-testid="no-story"], [data-testid="claim-check"], [data-testid="no-access"], .state-not-article, .state-error, .state-empty',
      { timeout },
    );
    const id = (await handle?.evaluate((el) => el.getAttribute('data-testid') ?? el.className)) ?? '';
    if (id === 'stories' || id === 'no-story' || id === 'claim-check' || id === 'no-access') return id;
    if (id.includes('state-not-article')) return 'not-article';
    if (id.includes('state-error')) return 'error';
    if (id.includes('state-empty')) return 'no-tab';
    return 'article';
  }

  async articleTitle(): Promise<string> {
    return this.text('[data-testid="article-title"]');
  }

  async articleOutlet(): Promise<string> {
    return this.text('[data-testid="article-outlet"]');
  }

  /** The text Parallax extracted from the popup's tab, asked of the worker as the popup asks it. */
  async extractedText(): Promise<string> {
    return this.page.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const reply = (await chrome.runtime.sendMessage({ type: 'read-tab', payload: { tabId: tab?.id } })) as {
        ok: boolean;
        data?: { ok: boolean; article?: { text: string } };
      };
      return reply.data?.article?.text ?? '';
    });
  }

  async errorText(): Promise<string> {
    return this.text('.state-error, .state-not-article');
  }

  async stories(): Promise<StoryRow[]> {
    return this.page.$$eval('[data-testid="story"]', (items) =>
      items.map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        outlet: li.querySelector('.story-outlet')?.textContent?.trim() ?? '',
        shared: li.querySelector('[data-testid="story-shared"]')?.textContent?.trim() ?? '',
        differing: li.querySelector('[data-testid="story-differing"]')?.textContent?.trim() ?? null,
      })),
    );
  }

  /** Each claim row: this article's sentence and the outlets echoing it, with their verdicts. */
  async claims(): Promise<
    { text: string; differs: boolean; echoes: { outlet: string; verdict: string; text: string }[] }[]
  > {
    return this.page.$$eval('[data-testid="claim"]', (items) =>
      items.map((li) => ({
        text: li.querySelector('.claim-here')?.textContent?.trim() ?? '',
        differs: li.classList.contains('claim-differs'),
        echoes: [...li.querySelectorAll('[data-testid="echo"]')].map((e) => ({
          outlet: e.querySelector('.echo-outlet')?.textContent?.trim() ?? '',
          verdict: [...e.classList].find((c) => c.startsWith('echo-'))?.slice(5) ?? '',
          text: e.querySelector('.echo-text')?.textContent?.trim() ?? '',
        })),
      })),
    );
  }

  async differences(): Promise<DifferenceRow[]> {
    return this.page.$$eval('[data-testid="difference"]', (items) =>
      items.map((li) => ({
        kind: li.getAttribute('data-kind') ?? '',
        text: li.textContent?.trim() ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent?.trim() ?? ''),
      })),
    );
  }

  /** Phrases highlighted inside claim texts (not the difference lines). */
  async highlightedPhrases(): Promise<string[]> {
    return this.page.$$eval('.claim-here mark.diff, .echo-text mark.diff', (marks) =>
      marks.map((m) => m.textContent?.trim() ?? ''),
    );
  }

  async anomalies(): Promise<{ kind: string; text: string }[]> {
    return this.page.$$eval('[data-testid="anomalies"] li', (items) =>
      items.map((li) => ({ kind: li.getAttribute('data-kind') ?? '', text: li.textContent?.trim() ?? '' })),
    );
  }

  /** Figures at a glance: each quantity with its values and the outlets behind each. */
  async figureRows(): Promise<FigureRowView[]> {
    return this.page.$$eval('[data-testid="figure-row"]', (rows) =>
      rows.map((row) => ({
        counted: row.querySelector('[data-testid="figure-counted"]')?.textContent?.trim() ?? '',
        conflict: row.getAttribute('data-conflict') === 'true',
        values: [...row.querySelectorAll('[data-testid="figure-value"]')].map((b) => ({
          value: Number(b.getAttribute('data-value')),
          here: b.getAttribute('data-here') === 'true',
          text: b.textContent?.trim() ?? '',
          outlets: (b.querySelector('[data-testid="figure-outlets"]')?.textContent ?? '').split(', ').filter(Boolean),
        })),
      })),
    );
  }

  /** Clicks a value in figures at a glance and returns the sentences it opens, as shown. */
  async openFigureValue(row: number, value: number): Promise<string[]> {
    const buttons = await this.page.$$(
      `[data-testid="figure-row"]:nth-of-type(${row + 1}) [data-testid="figure-value"]`,
    );
    const button = buttons[value];
    if (!button) throw new Error(`No value ${value} in figure row ${row}`);
    await button.click();
    await this.page.waitForSelector('[data-testid="figure-sources"]', { timeout: 10_000 });
    return this.page.$$eval('[data-testid="figure-source"]', (items) =>
      items.map((li) => li.textContent?.trim() ?? ''),
    );
  }

  /** Every "how the figure moved" plot, with its marks and its screen-reader table. */
  async timelines(): Promise<TimelineView[]> {
    return this.page.$$eval('[data-testid="figure-timeline"]', (figures) =>
      figures.map((f) => ({
        caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        marks: [...f.querySelectorAll('[data-testid="timeline-mark"]')].map((c) => ({
          value: Number(c.getAttribute('data-value')),
          published: c.getAttribute('data-published') ?? '',
        })),
        table: [...f.querySelectorAll('[data-testid="timeline-table"] tbody tr')].map((tr) => {
          const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
          return {
            date: cells[0] ?? '',
            outlet: cells[1] ?? '',
            value: cells[2] ?? '',
            raw: Number(tr.getAttribute('data-value')),
          };
        }),
      })),
    );
  }

  async showOnlyDifferences(): Promise<void> {
    await this.page.click('[data-testid="only-differences"]');
  }

  async save(): Promise<string> {
    await this.page.click('[data-testid="save"]');
    const notice = await this.page.waitForSelector('[data-testid="notice"]', { timeout: 30_000 });
    return ((await notice?.evaluate((e) => e.textContent)) ?? '').trim();
  }

  async claimCheck(): Promise<{ context: string; none: boolean; matches: string[] }> {
    await this.page.waitForSelector('[data-testid="claim-check"]', { timeout: 30_000 });
    return this.page.$eval('[data-testid="claim-check"]', (root) => ({
      context: root.querySelector('[data-testid="claim-check-context"]')?.textContent?.trim() ?? '',
      none: root.querySelector('[data-testid="claim-check-none"]') !== null,
      matches: [...root.querySelectorAll('[data-testid="claim-check-match"]')].map((m) => m.textContent?.trim() ?? ''),
    }));
  }

  /**
   * Screenshot of the whole popup content (the viewport grows to fit it, up to 2,400 px). Firefox ESR's
   * WebDriver BiDi cannot resize a viewport (puppeteer's setViewport fails there), so it keeps its size.
   */
  async screenshot(path: string, width = 480): Promise<void> {
    const resizable = await this.page.setViewport({ width, height: 600 }).then(
      () => true,
      () => false,
    );
    if (resizable) {
      const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
      await this.page.setViewport({ width, height: Math.min(height, 2400) });
    }
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  /** Everything the popup shows as text, as the reader sees it (inner text of the whole page). */
  async visibleText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (hidden nodes excluded).
    return this.page.evaluate(() => document.body.innerText);
  }

  private async text(selector: string): Promise<string> {
    const el = await this.page.waitForSelector(selector, { timeout: 10_000 });
    return ((await el?.evaluate((e) => e.textContent)) ?? '').trim();
  }
}
