/**
 * Renders a seed (` date YYYY-MM-DD ` then text) as a realistic news page: header, nav, share
 * buttons, related links, footer, a <time> element and og: metas. Used for extraction fixtures,
 * end-to-end tests and the `npm start` demo. Boilerplate strings are exported so tests can assert
 * that none of them leaks into the extracted text.
 */
export const SEED_PAGE_BOILERPLATE = [
  'Главная',
  'Политика',
  'Экономика',
  'Поделиться в Telegram',
  'Поделиться в Facebook',
  'Читайте также',
  'Курс валют на сегодня',
  'Все права защищены',
  'Подписаться на рассылку',
];

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SeedPageOptions {
  outlet?: string;
  lang?: string;
  url?: string;
}

export function parseSeedFile(raw: string): { date: string | null; paragraphs: string[] } {
  const m = raw.match(/^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/);
  const body = m ? raw.slice(m[0].length) : raw;
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { date: m?.[1] ?? null, paragraphs };
}

export function renderSeedPage(raw: string, options: SeedPageOptions = {}): string {
  const { date, paragraphs } = parseSeedFile(raw);
  const [first = '', ...rest] = paragraphs;
  // The first sentence of the lead serves as the headline, as news sites usually echo it.
  const title = first.split(/(?<=[.!?])\s/)[0] ?? first;
  const outlet = options.outlet ?? 'Новости Демо';
  const lang = options.lang ?? 'ru';
  const url = options.url ?? 'https://news.example/article';
  const body = [first, ...rest].map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} — ${escapeHtml(outlet)}</title>
  <meta property="og:title" content="${escapeHtml(title)}">
  <meta property="og:site_name" content="${escapeHtml(outlet)}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="${escapeHtml(url)}">
  ${date ? `<meta property="article:published_time" content="${date}T09:00:00+02:00">` : ''}
  <link rel="canonical" href="${escapeHtml(url)}">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">${escapeHtml(outlet)}</a>
    <nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li><li><a href="/economy">Экономика</a></li></ul></nav>
    <div class="ticker">Курс валют на сегодня: 41,20</div>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <div class="meta">${date ? `<time datetime="${date}T09:00:00+02:00">${date}</time>` : ''}</div>
      <div class="share"><a href="#tg">Поделиться в Telegram</a> <a href="#fb">Поделиться в Facebook</a></div>
      <div class="article-body">
${body}
      </div>
    </article>
    <aside class="related">
      <h2>Читайте также</h2>
      <ul><li><a href="/a1">Погода на выходные</a></li><li><a href="/a2">Цены на топливо</a></li></ul>
    </aside>
  </main>
  <footer>
    <form class="newsletter"><label>Подписаться на рассылку <input type="email"></label></form>
    <p>© 2026 ${escapeHtml(outlet)}. Все права защищены.</p>
  </footer>
</body>
</html>
`;
}
