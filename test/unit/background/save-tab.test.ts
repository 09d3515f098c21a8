import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../lib/background/handlers';
import type { Library } from '../../../lib/background/library';
import type { Article } from '../../../lib/extraction/article';
import { contentHash } from '../../../lib/extraction/content-hash';
import { type Message, ProtocolError } from '../../../lib/protocol/messages';

const article = (title: string): Article => {
  const text = `${title}: текст статьи.`;
  return {
    title,
    byline: null,
    outlet: title,
    url: `https://news.example/${encodeURIComponent(title)}`,
    canonicalUrl: null,
    published: '2026-01-06',
    lang: 'ru',
    text,
    excerpt: null,
    contentHash: contentHash(text),
  };
};

/** A background over one tab whose page the test changes, and a library that records what it saves. */
function harness(options: { inject?: () => Promise<void> } = {}) {
  let page = article('Первая');
  let extractions = 0;
  const saved: Article[] = [];
  const library = {
    save: async (a: Article) => {
      saved.push(a);
      return { status: 'created' as const, id: 'stored:1', title: a.title };
    },
    compare: async () => ({
      comparison: { article: {}, stories: [], anomalies: [], onlyHere: [] },
      documents: {},
      corpusSize: 5,
    }),
  } as unknown as Library<unknown>;
  const background = createBackground({
    tabs: {
      injectContentScript: options.inject ?? (async () => undefined),
      insertCss: async () => undefined,
      sendToTab: async (_tabId: number, message: Message) => {
        if (message.type !== 'extract-page') return { ok: true, data: {} };
        extractions++;
        return { ok: true, data: { ok: true, article: page } };
      },
    },
    openPopup: async () => true,
    openClaimWindow: async () => undefined,
    markStrings: () => ({ agrees: 'agrees' }),
    now: () => 0,
    library: async () => library,
  });
  return {
    background,
    saved,
    extractions: () => extractions,
    navigate(to: Article) {
      page = to;
      background.forgetTab(1);
    },
  };
}

describe('save-tab', () => {
  it('stores the article the popup showed, even after the tab navigated to another', async () => {
    const h = harness();
    const shown = await h.background.handlers['read-tab']({ tabId: 1 }, {});
    if (!shown.ok) throw new Error('not read');
    h.navigate(article('Вторая'));
    await h.background.handlers['save-tab']({ tabId: 1, contentHash: shown.article.contentHash }, {});
    expect(h.saved.map((a) => a.title)).toEqual(['Первая']);
  });

  it('refuses with page-changed when it no longer has the shown article and the tab holds another', async () => {
    const h = harness();
    const shown = await h.background.handlers['read-tab']({ tabId: 1 }, {});
    if (!shown.ok) throw new Error('not read');
    h.background.closeTab(1);
    h.navigate(article('Вторая'));
    const error = await h.background.handlers['save-tab'](
      { tabId: 1, contentHash: shown.article.contentHash },
      {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('page-changed');
    expect(h.saved).toEqual([]);
  });

  it('saves the current article when no hash is given (the page menu item)', async () => {
    const h = harness();
    h.navigate(article('Вторая'));
    await h.background.handlers['save-tab']({ tabId: 1 }, {});
    expect(h.saved.map((a) => a.title)).toEqual(['Вторая']);
  });

  it('turns the browser refusing injection into a no-access error', async () => {
    const h = harness({
      inject: async () => {
        throw new Error('Cannot access contents of url "about:blank". Extension manifest must request permission');
      },
    });
    const error = await h.background.handlers['read-tab']({ tabId: 1 }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('no-access');
  });
});

describe('what the content script answers', () => {
  it('is checked by the article schema: a tampered article is a failed read, never compared or kept', async () => {
    const h = harness();
    h.navigate({ ...article('Подмена'), url: 'javascript:alert(1)' });
    const read = await h.background.handlers['read-tab']({ tabId: 1 }, {});
    expect(read).toEqual({
      ok: false,
      reason: 'error',
      message: 'The page gave Parallax an article it cannot use: extraction.article.url is not an http(s) address.',
    });
    await expect(h.background.handlers['save-tab']({ tabId: 1 }, {})).rejects.toMatchObject({ code: 'not-article' });
    expect(h.saved).toEqual([]);
  });
});

describe('what the worker keeps of a tab', () => {
  it('stores nothing for a page that is only read and compared', async () => {
    const h = harness();
    await h.background.handlers['analyze-tab']({ tabId: 1 }, {});
    await h.background.handlers['read-tab']({ tabId: 1 }, {});
    expect(h.saved).toEqual([]);
  });

  it('keeps one reading per tab until the tab navigates, then reads the new page', async () => {
    const h = harness();
    await h.background.handlers['analyze-tab']({ tabId: 1 }, {});
    await h.background.handlers['read-tab']({ tabId: 1 }, {});
    expect(h.extractions()).toBe(1);
    h.navigate(article('Вторая'));
    const again = await h.background.handlers['read-tab']({ tabId: 1 }, {});
    expect(h.extractions()).toBe(2);
    expect(again.ok && again.article.title).toBe('Вторая');
  });
});
