import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/feeds/parse-feed';
import { FEED_LIMITS } from '../../../lib/protocol/feed-limits';

const BASE = 'https://news.example/feed.xml';

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link (or a permalink guid), plain-text title, date; newest first', () => {
    const parsed = parseFeed(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Новости &amp; мнения</title>
      <item><title><![CDATA[Старое <b>событие</b>]]></title><link>https://news.example/a?x=1&amp;y=2#top</link><pubDate>Tue, 06 Jan 2026 10:00:00 +0000</pubDate></item>
      <item><title>Свежее</title><guid>https://news.example/b</guid><dc:date>2026-01-07T08:00:00Z</dc:date></item>
      <item><title>Без ссылки</title><guid isPermaLink="false">urn:x</guid></item>
      </channel></rss>`,
      BASE,
    );
    expect(parsed).toEqual({
      ok: true,
      feed: {
        format: 'rss',
        title: 'Новости & мнения',
        items: [
          { url: 'https://news.example/b', title: 'Свежее', published: '2026-01-07T08:00:00.000Z' },
          { url: 'https://news.example/a?x=1&y=2', title: 'Старое событие', published: '2026-01-06T10:00:00.000Z' },
        ],
      },
    });
  });

  it('reads Atom entries by their alternate HTML link, resolved against the feed address', () => {
    const parsed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Лента</title>
      <entry><title>Один</title><link rel="self" href="/self/1"/><link rel="alternate" type="text/html" href="/news/1"/><updated>2026-01-06T10:00:00Z</updated></entry>
      <entry><title>Два</title><link href="https://other.example/2"/><published>2026-01-05T10:00:00Z</published></entry></feed>`,
      BASE,
    );
    expect(parsed.ok && parsed.feed.items.map((i) => i.url)).toEqual([
      'https://news.example/news/1',
      'https://other.example/2',
    ]);
    expect(parsed.ok && parsed.feed.format).toBe('atom');
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const parsed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>RDF</title></channel><item><title>Х</title><link>https://news.example/x</link></item></rdf:RDF>`,
      BASE,
    );
    expect(parsed.ok && parsed.feed).toMatchObject({
      format: 'rdf',
      title: 'RDF',
      items: [{ url: 'https://news.example/x' }],
    });
  });

  it('drops javascript:, data: and other non-web links, and never expands DTD entities', () => {
    const parsed = parseFeed(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <rss version="2.0"><channel><title>&b;</title>
      <item><title>x</title><link>javascript:alert(1)</link></item>
      <item><title>y</title><link>data:text/html,hi</link></item>
      <item><title>z</title><link>ftp://news.example/z</link></item></channel></rss>`,
      BASE,
    );
    expect(parsed.ok && parsed.feed.items).toEqual([]);
    expect(parsed.ok && parsed.feed.title.length).toBeLessThan(20);
  });

  it('refuses an HTML page, garbage and other XML with a message a reader understands', () => {
    expect(parseFeed('<!doctype html><html><body>Sign in</body></html>', BASE)).toEqual({
      ok: false,
      message: 'The address returned a web page (HTML), not an RSS or Atom feed.',
    });
    expect(parseFeed('\u0000\u0001PK garbage', BASE)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not XML/),
    });
    expect(parseFeed('<svg xmlns="http://www.w3.org/2000/svg"/>', BASE)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not return an RSS or Atom feed/),
    });
    expect(parseFeed('{"items": []}', BASE)).toMatchObject({ ok: false });
  });

  it('caps the items it reads and the length of titles', () => {
    const items = Array.from(
      { length: 500 },
      (_, i) => `<item><title>${'т'.repeat(1000)}</title><link>https://news.example/${i}</link></item>`,
    ).join('');
    const parsed = parseFeed(`<rss><channel><title>t</title>${items}</channel></rss>`, BASE);
    expect(parsed.ok && parsed.feed.items).toHaveLength(FEED_LIMITS.itemsPerFeed);
    expect(parsed.ok && Math.max(...parsed.feed.items.map((i) => i.title.length))).toBe(300);
  });
});
