import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';

const UK_PARAGRAPHS = [
  'Союзники України зустрічаються у Парижі у вівторок, прагнучи максимально узгодити свій внесок у майбутні гарантії безпеки.',
  'До Президента України Володимира Зеленського у столиці Франції приєднаються понад 27 лідерів, а також перемовники США.',
  'Переговори щодо припинення війни прискорилися з листопада, однак питання території залишається ключовою перешкодою.',
];

function page({ lang = 'uk', head = '', byline = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <title>Союзники України зустрічаються у Парижі — Новини Демо</title>${head}</head>
    <body><header><nav><a href="/">Головна</a> <a href="/politics">Політика</a></nav></header>
    <article><h1>Союзники України зустрічаються у Парижі</h1>${byline}
    <h2>Головне</h2>${UK_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
    <h2>Що далі</h2><p>${UK_PARAGRAPHS[0]} ${UK_PARAGRAPHS[2]}</p></article>
    <footer>© Новини Демо</footer></body></html>`;
}

function extractOk(html: string, url = 'https://www.novyny.example/2026/01/06/paris') {
  const result = extractArticle(parseHtml(html, url), { url });
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.article;
}

describe('extractArticle', () => {
  it('leaves the live document exactly as it was', () => {
    const doc = parseHtml(page(), 'https://news.example/a');
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts headings and paragraphs on separate lines, never run together', () => {
    const lines = extractOk(page()).text.split('\n');
    expect(lines).toContain('Що далі');
    for (const p of UK_PARAGRAPHS) expect(lines).toContain(p);
    expect(lines.indexOf('Що далі')).toBeGreaterThan(lines.indexOf(UK_PARAGRAPHS[2] ?? ''));
  });

  it('drops the site name after an em dash in <title> when the page has no title meta', () => {
    expect(extractOk(page()).title).toBe('Союзники України зустрічаються у Парижі');
  });

  it('keeps a declared language that the text agrees with, and overrides one it contradicts', () => {
    expect(extractOk(page({ lang: 'uk-UA' })).lang).toBe('uk');
    expect(extractOk(page({ lang: 'ru' })).lang).toBe('uk');
    expect(extractOk(page({ lang: 'en' })).lang).toBe('uk');
    expect(extractOk(page({ lang: '' })).lang).toBe('uk');
  });

  it('names the outlet from og:site_name, else from the host without www', () => {
    expect(extractOk(page({ head: '<meta property="og:site_name" content="Новини Демо">' })).outlet).toBe(
      'Новини Демо',
    );
    expect(extractOk(page()).outlet).toBe('novyny.example');
  });

  it('resolves the canonical URL against the page URL', () => {
    const article = extractOk(page({ head: '<link rel="canonical" href="/2026/01/06/paris-canon">' }));
    expect(article.url).toBe('https://www.novyny.example/2026/01/06/paris');
    expect(article.canonicalUrl).toBe('https://www.novyny.example/2026/01/06/paris-canon');
  });

  it('takes the publication date from article:published_time, keeping the page’s own offset', () => {
    const head = '<meta property="article:published_time" content="2026-01-06T23:30:00+0200">';
    expect(extractOk(page({ head })).published).toBe('2026-01-06T23:30:00+02:00');
  });

  it('falls back to a dateline written under the headline', () => {
    const article = extractOk(page({ byline: '<div class="meta">Олена Коваль, 6 січня 2026, 10:15</div>' }));
    expect(article.published).toBe('2026-01-06');
  });

  it('gives null, not a guess, when the page states no date', () => {
    expect(extractOk(page()).published).toBeNull();
  });

  it('hashes the text so that spacing and case differences do not matter', () => {
    const a = extractOk(page());
    const b = extractOk(page().replace(/<p>/g, '<p>  \n').toUpperCase().replace('<!DOCTYPE HTML>', '<!doctype html>'));
    expect(a.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.contentHash).toBe(a.contentHash);
  });
});
