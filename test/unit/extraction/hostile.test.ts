import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../lib/extraction/article';
import { MAX_DEPTH } from '../../../lib/extraction/document-size';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';

const PARAGRAPH =
  'Союзники Украины во вторник проведут встречу в Париже, чтобы определить свой вклад в будущие гарантии безопасности для Киева в случае прекращения огня.';
const articleBody = (n: number, sentences = 1): string =>
  Array.from({ length: n }, () => `<p>${Array(sentences).fill(PARAGRAPH).join(' ')}</p>`).join('\n');

/** Runs extraction and reports its duration, so a regression in bounding shows up in the log. */
function timed(label: string, run: () => ExtractionResult): { result: ExtractionResult; ms: number } {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  console.log(`${label}: ${result.ok ? 'article' : result.reason} in ${Math.round(ms)} ms`);
  return { result, ms };
}

describe('hostile pages', () => {
  it('turns markup in the title and byline into inert plain text', () => {
    const html = `<!doctype html><html lang="ru"><head>
      <title>&lt;img src=x onerror=alert(1)&gt;Зеленский в Париже<script>alert(2)</script></title>
      <meta name="author" content="&lt;script&gt;alert(3)&lt;/script&gt;Иван &lt;b&gt;Петров&lt;/b&gt;">
      <meta property="og:site_name" content="&lt;img src=x onerror=alert(4)&gt;Новости">
      </head><body><article><h1>Зеленский в Париже</h1>${articleBody(6)}</article></body></html>`;
    const { result } = timed('markup in metadata', () => extractArticle(parseHtml(html, 'https://news.example/a')));
    if (!result.ok) throw new Error(result.message);
    const { title, byline, outlet } = result.article;
    for (const value of [title, byline ?? '', outlet]) {
      expect(value).not.toMatch(/[<>]/);
      expect(value).not.toMatch(/alert|onerror/);
    }
    expect(title).toContain('Зеленский в Париже');
    expect(byline).toBe('Иван Петров');
    expect(outlet).toBe('Новости');
  });

  it('reads a 10 MB page within a few seconds, keeping at most maxChars of text', () => {
    // Half inline data (as single-page apps ship), half an endless text.
    const blob = `<script type="application/json">${JSON.stringify({ items: 'x'.repeat(5_000_000) })}</script>`;
    const paragraphs = Math.ceil(5_000_000 / (8 * (PARAGRAPH.length + 1)));
    const html = `<!doctype html><html lang="ru"><head><title>Огромная статья</title>${blob}</head><body><article><h1>Огромная статья</h1>${articleBody(paragraphs, 8)}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(10_000_000);
    const doc = parseHtml(html, 'https://news.example/big');
    const { result } = timed('10 MB page', () => extractArticle(doc, { maxChars: 50_000 }));
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text.length).toBeLessThanOrEqual(50_000);
    expect(result.article.truncated).toBe(true);
    // Cut at a paragraph boundary, not mid-sentence.
    expect(result.article.text.split('\n').at(-1)).toBe(Array(8).fill(PARAGRAPH).join(' '));
  });

  it('refuses 50,000 nested elements as too large, quickly and without overflowing the stack', () => {
    const depth = 50_000;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
    const doc = parseHtml(html, 'https://news.example/deep');
    const { result } = timed('50,000 nested elements', () => extractArticle(doc));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toContain(String(MAX_DEPTH));
  });

  it('refuses 100,000 sibling elements as too large', () => {
    const html = `<!doctype html><html><head><title>Wide</title></head><body><article>${'<span>x</span>'.repeat(100_000)}</article></body></html>`;
    const { result } = timed('100,000 sibling elements', () => extractArticle(parseHtml(html)));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses thousands of moderately deep blocks, which would take Readability many seconds', () => {
    const block = `${'<div>'.repeat(60)}<p>${PARAGRAPH}</p>${'</div>'.repeat(60)}`;
    const html = `<!doctype html><html><head><title>Nested</title></head><body><article>${block.repeat(1_000)}</article></body></html>`;
    const { result } = timed('1,000 blocks 60 deep', () => extractArticle(parseHtml(html)));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('answers "empty" for a document without a root element', () => {
    // linkedom gives an empty string no <html>, and its `body` getter then throws.
    const doc = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
    const { result } = timed('no root element', () => extractArticle(doc));
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('answers "empty" for a document whose body is null, as in a browser XML document', () => {
    const doc = parseHtml(`<html><head><title>No body</title></head><body>${articleBody(5)}</body></html>`);
    Object.defineProperty(doc, 'body', { value: null });
    const { result } = timed('null body', () => extractArticle(doc));
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
    if (!result.ok) expect(result.message).toMatch(/no body/);
  });

  it('reports an error instead of throwing when the DOM itself fails', () => {
    const doc = parseHtml(`<html><body>${articleBody(5)}</body></html>`);
    Object.defineProperty(doc, 'cloneNode', {
      value: () => {
        throw new Error('clone refused');
      },
    });
    const { result } = timed('failing DOM', () => extractArticle(doc));
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    if (!result.ok) expect(result.message).toContain('clone refused');
  });
});
