import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/extraction/article';
import { ARTICLE_FIELD_LIMITS } from '../../../lib/extraction/article-limits';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';
import { validateArticle, validateExtraction } from '../../../lib/protocol/article-schema';

const article: Article = {
  title: 'Заголовок',
  byline: null,
  outlet: 'РБК-Украина',
  url: 'https://www.rbc.ua/example',
  canonicalUrl: null,
  published: '2026-01-06T10:00:00Z',
  lang: 'ru',
  text: 'Текст статьи.',
  excerpt: null,
  contentHash: '0123456789abcdef',
};

describe('the article schema', () => {
  it('returns a copy in Article’s field order holding only Article fields', () => {
    const checked = validateArticle({ extra: '<script>', ...article, truncated: true });
    expect(checked.ok && Object.keys(checked.value)).toEqual([...Object.keys(article), 'truncated']);
  });

  it.each([
    ['not an object', [article], 'article must be an object'],
    ['a missing title', { ...article, title: undefined }, 'article.title must be a string'],
    [
      'a missing nullable field',
      { ...article, byline: undefined },
      'article.byline is missing (use null when unknown)',
    ],
    ['a numeric byline', { ...article, byline: 5 }, 'article.byline must be a string'],
    ['a javascript: address', { ...article, url: 'javascript:alert(1)' }, 'article.url is not an http(s) address'],
    ['a date in words', { ...article, published: 'вчера' }, 'article.published must be an ISO date, got "вчера"'],
    ['an impossible date', { ...article, published: '2026-02-31x' }, 'article.published must be an ISO date'],
    ['a blank text', { ...article, text: ' \n ' }, 'article.text is empty'],
    [
      'an overlong title',
      { ...article, title: 'x'.repeat(ARTICLE_FIELD_LIMITS.title + 1) },
      `article.title is too long (${ARTICLE_FIELD_LIMITS.title + 1} characters, at most ${ARTICLE_FIELD_LIMITS.title})`,
    ],
  ])('names the field and what is wrong with it: %s', (_what, value, message) => {
    const checked = validateArticle(value);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toContain(message);
  });

  it('accepts an extraction failure and refuses a reply that is neither an article nor a reason', () => {
    const failure = { ok: false, reason: 'empty', message: 'The page has no text to read.' };
    expect(validateExtraction(failure)).toEqual({ ok: true, value: failure });
    expect(validateExtraction({ ok: false, reason: 'bored', message: '' })).toMatchObject({ ok: false });
    expect(validateExtraction({ ok: true, article: { ...article, lang: 'Русский' } })).toEqual({
      ok: false,
      message: 'extraction.article.lang must be a language tag such as "ru" or "und", got "Русский"',
    });
  });

  it('is met by what extraction makes of a page with an absurdly long title and first paragraph', () => {
    const title = 'Заголовок '.repeat(500);
    const paragraph = 'Очень длинный первый абзац без конца. '.repeat(400);
    const html = `<html lang="ru"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://news.example/a'), {});
    expect(result.ok).toBe(true);
    const checked = validateExtraction(result);
    expect(checked).toEqual({ ok: true, value: result });
    if (!result.ok) return;
    expect(result.article.title.length).toBeLessThanOrEqual(ARTICLE_FIELD_LIMITS.title);
    expect(result.article.title.endsWith('…')).toBe(true);
  });
});
