import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import type { ExtractionResult } from '../../../lib/extraction/article';
import { DEFAULT_MAX_CHARS, extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { bigText, CaseLog, expectOffsetsInside, hostileText, runs, timeBoundMs, timed } from './support';

const lexicon = loadLexiconFromDisk();
const PROSE =
  'Союзники Украины во вторник проведут встречу в Париже, чтобы определить свой вклад в будущие гарантии безопасности для Киева, сообщает Reuters.';

const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'main',
  'h1',
  'h2',
  'span',
  'a',
  'b',
  'i',
  'br',
  'img',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'table',
  'tr',
  'td',
  'iframe',
  'meta',
  'title',
  'link',
  'textarea',
  'pre',
  'ul',
  'li',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'aside',
  'time',
  'select',
  'form',
  'button',
  'html',
  'head',
  'body',
  'x-widget',
];
const ATTRIBUTES = [
  'class',
  'id',
  'href',
  'src',
  'content',
  'property',
  'name',
  'rel',
  'datetime',
  'lang',
  'dir',
  'style',
  'onerror',
  'onload',
  'hidden',
  'aria-hidden',
  'itemprop',
];
const attributeValue = fc.oneof(
  fc.constantFrom(
    'article',
    'content',
    'story',
    'comment',
    'sidebar',
    'byline author',
    'og:title',
    'og:site_name',
    'og:url',
    'article:published_time',
    'canonical',
    'author',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://news.example/a?b=1#c',
    '//evil.example/x.js',
    '2026-01-06T10:00:00+03:00',
    'display:none',
    '"><script>window.__pwned=1</script>',
  ),
  hostileText(8),
);
const escapeAttribute = (v: string): string => v.replace(/"/g, '&quot;');
const attributes = fc
  .array(fc.tuple(fc.constantFrom(...ATTRIBUTES), attributeValue), { maxLength: 3 })
  .map((pairs) => pairs.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join(''));
// Fragments that break naive parsers: half tags, comments, CDATA, out-of-range character references.
const junk = fc.constantFrom(
  '<',
  '</',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&#xD800;',
  '&#0;',
  '&#x110000;',
  '&amp',
  '&lt;script&gt;',
  '<!doctype html>',
  '<html',
  '</html>',
  '<body>',
  '</body>',
  '<head>',
  '<?xml version="1.0"?>',
  '"',
  "'",
  '=',
  '<p',
  '<base href="javascript:alert(1)">',
  '<base href="https://other.example/">',
);

const { node: markupNode } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: hostileText(30), weight: 4 },
    { arbitrary: junk, weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...TAGS),
          attributes,
          fc.array(tie('node'), { maxLength: 5 }),
          fc.boolean(), // closed or left open
        )
        .map(([tag, attrs, children, closed]) => `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`),
      weight: 4,
    },
  ),
}));

/** A document shaped like a news page (head metadata, an article body) whose every part is fuzzed. */
const newsPage = fc
  .record({
    lang: fc.constantFrom('ru', 'uk', 'en', 'fr', '', 'xx-<b>'),
    title: hostileText(12),
    meta: fc.array(
      attributes.map((a) => `<meta${a}>`),
      { maxLength: 4 },
    ),
    headline: hostileText(12),
    // Real prose around the fuzz, so that many pages pass as articles and reach the claim analysis.
    paragraphs: fc.array(
      fc.tuple(hostileText(40), hostileText(40)).map(([a, b]) => `${a} ${PROSE} ${b}`),
      { minLength: 2, maxLength: 10 },
    ),
    extra: fc.array(markupNode, { maxLength: 6 }),
  })
  .map(
    ({ lang, title, meta, headline, paragraphs, extra }) =>
      `<!doctype html><html lang="${escapeAttribute(lang)}"><head><title>${title}</title>${meta.join('')}</head>` +
      `<body>${extra.slice(0, 3).join('')}<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${extra.slice(3).join('')}</body></html>`,
  );

const pageUrl = fc.oneof(
  fc.constantFrom(
    undefined,
    'https://news.example/2026/01/06/story.html',
    'http://127.0.0.1:8080/a',
    'javascript:alert(1)',
    'data:text/html,x',
    'about:blank',
    'not a url',
  ),
  fc.webUrl(),
);

/** What every result of `extractArticle` must satisfy, article or not. */
function expectSoundResult(result: ExtractionResult, maxChars: number): void {
  if (!result.ok) {
    expect(['not-article', 'empty', 'too-large', 'error']).toContain(result.reason);
    expect(typeof result.message).toBe('string');
    return;
  }
  const { article } = result;
  expect(article.text.trim()).not.toBe('');
  expect(article.text.length).toBeLessThanOrEqual(maxChars);
  expect(article.contentHash).toMatch(/^[0-9a-f]{16}$/);
  // Only http(s) addresses are kept: a `javascript:` or `data:` URL from the page never becomes a link.
  for (const link of [article.url, article.canonicalUrl]) {
    if (link !== null) expect(link).toMatch(/^https?:\/\//);
  }
  for (const field of [article.title, article.outlet, article.byline ?? '', article.excerpt ?? '']) {
    expect(typeof field).toBe('string');
  }
  expectOffsetsInside(article.text, analyze(article, lexicon));
}

describe('fuzz: article extraction', () => {
  it('parses and extracts arbitrary strings without throwing', () => {
    const log = new CaseLog('extractArticle(parseHtml(arbitrary string))');
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      hostileText(),
      fc.array(junk).map((j) => j.join('')),
    );
    fc.assert(
      fc.property(input, pageUrl, (html, url) => {
        const { value: result, ms } = timed(() => extractArticle(parseHtml(html, url), { url }));
        log.record(html.length, ms);
        expectSoundResult(result, DEFAULT_MAX_CHARS);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(html.length));
      }),
      { numRuns: runs(300) },
    );
    log.print();
  });

  it('extracts arbitrary markup and news-shaped pages into sound results with claims inside the text', () => {
    const log = new CaseLog('extractArticle(generated markup)');
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(newsPage, markupNode), pageUrl, fc.integer({ min: 1, max: 5000 }), (html, url, maxChars) => {
        const { value: result, ms } = timed(() => extractArticle(parseHtml(html, url), { url, maxChars }));
        log.record(html.length, ms);
        const outcome = result.ok ? 'article' : result.reason;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        expectSoundResult(result, maxChars);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(html.length));
      }),
      { numRuns: runs(300) },
    );
    log.print();
    console.log('fuzz extractArticle(generated markup) outcomes:', Object.fromEntries(outcomes));
  });

  it('extracts a 1 MB page and a page with one 1 MB paragraph in time proportional to their size', () => {
    const log = new CaseLog('extractArticle(1 MB page)');
    // Escaped, so the text stays text and the whole megabyte reaches Readability and the size limits.
    const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const page = fc.oneof(
      bigText(1_000_000, false).map((t) => t.split('\n').map((p) => `<p>${escapeHtml(p)}</p>`)),
      bigText(1_000_000, true).map((t) => [`<p>${escapeHtml(t)}</p>`]),
    );
    fc.assert(
      fc.property(page, (paragraphs) => {
        const html = `<!doctype html><html lang="ru"><head><title>Большая</title></head><body><article><h1>Большая</h1>${paragraphs.join('\n')}</article></body></html>`;
        const { value: result, ms } = timed(() => extractArticle(parseHtml(html, 'https://news.example/big')));
        log.record(html.length, ms);
        console.log(`1 MB page: ${result.ok ? `article of ${result.article.text.length} chars` : result.reason}`);
        expectSoundResult(result, DEFAULT_MAX_CHARS);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(html.length));
      }),
      { numRuns: 2, endOnFailure: true },
    );
    log.print();
  });
});
