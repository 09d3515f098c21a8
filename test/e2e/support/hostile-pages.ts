/**
 * Hostile fixture pages for the e2e hardening tests. Payloads sit HTML-escaped in text and attribute
 * values, so the page itself never runs them: they fire (set `window.__pwned`, add `#pwned`) only if
 * Parallax turns page text back into markup somewhere.
 */

/** Markup that would run or insert something if parsed as HTML; escaped on the page. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '<b id="pwned">pwned</b>',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">link</a>',
];

export const HOSTILE_TITLE = `${PAYLOADS[0]}Зеленский в Париже ${PAYLOADS[1]}`;
/** The title as extraction keeps it: tags dropped, the stray `">` left as two characters. */
export const HOSTILE_TITLE_AS_TEXT = 'Зеленский в Париже ">';
export const HOSTILE_BYLINE = `${PAYLOADS[3]}Иван Петров`;
export const HOSTILE_OUTLET = `${PAYLOADS[2]}Новости`;

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PARAGRAPH =
  'Союзники Украины во вторник проведут встречу в Париже, чтобы определить свой вклад в будущие гарантии безопасности для Киева в случае прекращения огня, сообщает Reuters.';

const paragraphs = (n: number, extra = ''): string =>
  Array.from({ length: n }, (_, i) => `<p>${PARAGRAPH} ${i % 3 === 0 ? extra : ''}</p>`).join('\n');

/** Title, byline, og: metas, canonical link and body text all carry escaped payloads. */
export function markupInMetadataPage(): string {
  const escapedPayloads = PAYLOADS.map(escapeHtml).join(' ');
  return `<!doctype html><html lang="ru"><head>
<meta charset="utf-8">
<title>${escapeHtml(HOSTILE_TITLE)}</title>
<meta name="author" content="${escapeHtml(HOSTILE_BYLINE)}">
<meta property="og:title" content="${escapeHtml(HOSTILE_TITLE)}">
<meta property="og:site_name" content="${escapeHtml(HOSTILE_OUTLET)}">
<meta property="og:description" content="${escapeHtml(PAYLOADS.join(' '))}">
<meta property="og:url" content="javascript:window.__pwned=1">
<link rel="canonical" href="javascript:window.__pwned=1">
<meta property="article:published_time" content="${escapeHtml(PAYLOADS[1] ?? '')}">
</head><body>
<article>
<h1>${escapeHtml(HOSTILE_TITLE)}</h1>
<p class="byline">${escapeHtml(HOSTILE_BYLINE)}</p>
${paragraphs(10, escapedPayloads)}
<p><a href="javascript:window.__pwned=1">${escapeHtml(PAYLOADS[5] ?? '')}</a></p>
</article>
</body></html>`;
}

/** About 10 MB: a long article, more text than Parallax keeps, in paragraphs of eight sentences. */
export function tenMegabytePage(): string {
  const long = Array(8).fill(PARAGRAPH).join(' ');
  const body = Array.from({ length: 7_500 }, () => `<p>${long}</p>`).join('\n');
  return `<!doctype html><html lang="ru"><head><title>Огромная статья</title></head><body><article><h1>Огромная статья</h1>${body}</article></body></html>`;
}

/** 50,000 elements nested in one another, with the article text at the bottom. */
export function deeplyNestedPage(depth = 50_000): string {
  return `<!doctype html><html lang="ru"><head><title>Глубоко</title></head><body>${'<div>'.repeat(depth)}${paragraphs(8)}${'</div>'.repeat(depth)}</body></html>`;
}

/** An article between 200 iframes, each with its own small document. */
export function iframeHeavyPage(count = 200): string {
  const frames = Array.from(
    { length: count },
    (_, i) =>
      `<iframe title="frame ${i}" width="40" height="20" srcdoc="${escapeHtml(`<p>Рамка ${i}: ${PARAGRAPH}</p>`)}"></iframe>`,
  );
  const half = count / 2;
  return `<!doctype html><html lang="ru"><head><title>Рамки</title></head><body>${frames.slice(0, half).join('\n')}<article><h1>Рамки</h1>${paragraphs(8)}</article>${frames.slice(half).join('\n')}</body></html>`;
}

/** A page that replaces its whole body every few milliseconds, so extraction races a moving DOM. */
export function selfRewritingPage(): string {
  return `<!doctype html><html lang="ru"><head><title>Меняется</title></head><body><article><h1>Меняется</h1>${paragraphs(8)}</article>
<script>
  let n = 0;
  const text = ${JSON.stringify(PARAGRAPH)};
  setInterval(() => {
    n++;
    const paras = Array.from({ length: 4 + (n % 8) }, (_, i) => '<p>' + n + '-' + i + ' ' + text + '</p>').join('');
    document.body.innerHTML = n % 5 === 0 ? '<nav>' + n + '</nav>' : '<article><h1>Версия ' + n + '</h1>' + paras + '</article>';
  }, 3);
</script></body></html>`;
}

/**
 * A page whose own script leaves the DOM in a state no parser produces: a comment holding `-->` and
 * markup (which re-parses into elements if anyone serialises the page), and text with a NUL byte.
 */
export function scriptMadeCommentPage(): string {
  return `<!doctype html><html lang="ru"><head><title>Комментарий</title></head><body><article><h1>Комментарий</h1>${paragraphs(8)}</article>
<script>
  const p = document.querySelector('article p');
  p.appendChild(document.createComment('--><img src=x onerror="window.__pwned=1"><!doctype m'));
  p.appendChild(document.createTextNode('\\u0000 конец'));
</script></body></html>`;
}
