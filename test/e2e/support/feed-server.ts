import { corpusRecords, corpusText } from '../../support/corpora';
import { renderSeedPage } from '../../support/seed-page';
import type { FixtureServer } from './fixture-server';

/**
 * Feeds served by the fixture server: RSS 2.0 and Atom documents whose items are real articles of
 * ../shared/corpus-dev2, rendered as news pages at /corpus/corpus-dev2/<file>.html. Feeds answer
 * ETag / If-None-Match with 304; broken feeds cover an HTML page, garbage, a 10 MB body and a redirect loop.
 */

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page address of a corpus-dev2 article (`file` without `.txt`). */
export const articleUrl = (origin: string, file: string): string => `${origin}/corpus/corpus-dev2/${file}.html`;

export interface FeedSpec {
  path: string;
  format: 'rss' | 'atom';
  title: string;
  /** corpus-dev2 file names without `.txt`, newest first. */
  files: string[];
}

/** Two feeds of real corpus-dev2 articles the e2e tests follow: Il-76 crash reports (RSS) and the Moldova referendum (Atom). */
export const IL76: FeedSpec = {
  path: '/feeds/il76.rss',
  format: 'rss',
  title: 'Урал: происшествия',
  files: ['073_uralweb_il76-crash_ru', '077_patrioty_il76-crash_uk', '062_iheart_crocus-attack_en'],
};
export const MOLDOVA: FeedSpec = {
  path: '/feeds/moldova.atom',
  format: 'atom',
  title: 'Молдова сегодня',
  files: ['110_1rostov_moldova-referendum_ru', '111_newstver-rt_moldova-referendum_ru', '091_kaktus_myanmar-quake_ru'],
};
/** Refreshed while the worker (or the add-on's background page) goes away: its middle article is held until then. */
export const LATE: FeedSpec = {
  path: '/feeds/late.rss',
  format: 'rss',
  title: 'Поздние новости',
  files: ['078_babel_il76-crash_uk', '100_focus-ru_okhmatdyt-strike_ru', '066_rtvi_crocus-attack_ru'],
};

function firstLine(file: string): string {
  const text = corpusText('corpus-dev2', `${file}.txt`).replace(/^\s*date\s+\S+\s+/, '');
  return text.split('\n')[0]?.slice(0, 120) ?? file;
}

export function feedDocument(origin: string, spec: FeedSpec, now = Date.now()): string {
  // Dated now (one hour apart), as a live feed lists what it just published.
  const dated = spec.files.map((file, i) => ({ file, date: new Date(now - i * 3_600_000) }));
  if (spec.format === 'rss') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${xml(spec.title)}</title><link>${origin}/</link><description>test feed</description>
${dated
  .map(
    ({ file, date }) =>
      `<item><title><![CDATA[${firstLine(file)}]]></title><link>${xml(articleUrl(origin, file))}</link><guid isPermaLink="false">${file}</guid><pubDate>${date.toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(spec.title)}</title><id>${origin}${spec.path}</id>
<updated>${new Date(now).toISOString()}</updated>
${dated
  .map(
    ({ file, date }) =>
      `<entry><title>${xml(firstLine(file))}</title><id>urn:test:${file}</id><link rel="alternate" type="text/html" href="${xml(articleUrl(origin, file))}"/><updated>${date.toISOString()}</updated></entry>`,
  )
  .join('\n')}
</feed>`;
}

/** Serves each feed with an ETag; a request carrying it gets 304 Not Modified. */
export function serveFeeds(server: FixtureServer, specs: FeedSpec[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const spec of specs) {
    const body = feedDocument(server.origin, spec);
    const etag = `"${spec.path.replace(/\W/g, '')}-${body.length}"`;
    urls[spec.path] = server.addRoute(spec.path, (req, res) => {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      const type = spec.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, etag }).end(body);
    });
  }
  return urls;
}

/** Feeds that must be reported and skipped, by path. */
export function serveBrokenFeeds(server: FixtureServer): { html: string; garbage: string; huge: string; loop: string } {
  return {
    html: server.addRoute('/feeds/broken-html.rss', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>');
    }),
    garbage: server.addRoute('/feeds/garbage.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' }).end('\u0000\u0001PK\u0003\u0004 not xml at all {{{');
    }),
    huge: server.addRoute('/feeds/huge.rss', (_req, res) => {
      // 10 MB streamed without a length, so only counting the bytes can stop it.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = `<item><title>${'x'.repeat(1000)}</title></item>`.repeat(100);
      let sent = 0;
      const write = () => {
        while (sent < 10_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', write);
            return;
          }
        }
        res.end();
      };
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>');
      write();
    }),
    loop: server.addRoute('/feeds/loop.rss', (_req, res) => {
      res.writeHead(302, { location: '/feeds/loop.rss' }).end();
    }),
  };
}

/**
 * Holds the response of one article page until `release()`: lets a test kill the worker while a
 * refresh is waiting on it. `requested` resolves when the browser asked for it.
 */
export function holdArticle(server: FixtureServer, file: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let requested!: () => void;
  const wasRequested = new Promise<void>((r) => {
    requested = r;
  });
  const record = corpusRecords('corpus-dev2').find((r) => r.file === `${file}.txt`);
  if (!record) throw new Error(`${file} is not in corpus-dev2`);
  const url = articleUrl(server.origin, file);
  server.addRoute(new URL(url).pathname, async (_req, res) => {
    requested();
    await released;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(renderSeedPage(corpusText('corpus-dev2', record.file), { outlet: record.outlet, lang: record.lang, url }));
  });
  return { url, requested: wasRequested, release };
}
