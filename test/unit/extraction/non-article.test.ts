import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';

const FIXTURES = join(import.meta.dirname, '..', '..', 'pages-nonarticle');
const extractFixture = (name: string, url: string) =>
  extractArticle(parseHtml(readFileSync(join(FIXTURES, name), 'utf8'), url), { url });

describe('pages that are not articles', () => {
  it('answers "empty" for a page whose body has no text (an app shell before scripts run)', () => {
    const result = extractFixture('empty.html', 'https://news.example/');
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('answers "empty" for an empty HTML string', () => {
    expect(extractArticle(parseHtml(''))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('answers "not-article" for a front page of teasers, saying it is a list of headlines', () => {
    const result = extractFixture('home-page.html', 'https://news.example/');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('not-article');
    expect(result.message).toMatch(/headlines|links|article/);
  });

  it('answers "not-article" for a search results page', () => {
    const result = extractFixture('search-results.html', 'https://news.example/search?q=x');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('answers "not-article" for a 404 page with a sentence of text', () => {
    const result = extractFixture('error-page.html', 'https://news.example/missing');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('gives every refusal a message a reader can understand', () => {
    for (const name of ['empty.html', 'home-page.html', 'search-results.html', 'error-page.html']) {
      const result = extractFixture(name, 'https://news.example/');
      if (result.ok) throw new Error(`${name} was accepted as an article`);
      expect(result.message.length).toBeGreaterThan(20);
    }
  });
});
