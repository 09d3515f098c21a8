import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlarmsAccess, createFeedService, FEED_ALARM } from '../../lib/background/feed-service';
import { createWorkerLibrary } from '../../lib/background/worker-library';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import type { FetchFn } from '../../lib/feeds/fetch-limited';
import { LEXICON_PATH } from '../../lib/node/load-lexicon-from-disk';
import { corpusAvailable, corpusRecords, corpusText } from '../support/corpora';
import { renderSeedPage } from '../support/seed-page';
import { SEEDS_DIR } from '../support/seeds';

/**
 * A refresh run end to end in Node, on real corpus-dev2 articles served over HTTP on 127.0.0.1:
 * the background's feed service with the real library (analyser, engine, IndexedDB in
 * fake-indexeddb), Node's fetch, and a "worker" that dies mid-run and is assembled again.
 */
const seedFiles = Object.fromEntries(readdirSync(SEEDS_DIR).map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
const lexiconJson = JSON.parse(readFileSync(LEXICON_PATH, 'utf8'));

const FILES = ['073_uralweb_il76-crash_ru', '077_patrioty_il76-crash_uk', '110_1rostov_moldova-referendum_ru'];

class WorkerKilled extends Error {}

describe.skipIf(!corpusAvailable('corpus-dev2'))('feed refresh on real pages', () => {
  let server: Server;
  let origin: string;
  const hits = new Map<string, number>();
  let failNext = false;

  beforeAll(async () => {
    const records = corpusRecords('corpus-dev2');
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
      if (url.pathname === '/feed.rss') {
        const items = FILES.map(
          (f, i) =>
            `<item><title>${f}</title><link>${url.origin}/a/${f}.html</link><pubDate>${new Date(Date.now() - i * 60_000).toUTCString()}</pubDate></item>`,
        ).join('');
        res
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Тестовая лента</title>${items}</channel></rss>`,
          );
        return;
      }
      const file = url.pathname.match(/^\/a\/(.+)\.html$/)?.[1];
      const record = records.find((r) => r.file === `${file}.txt`);
      if (!record) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        renderSeedPage(corpusText('corpus-dev2', record.file), {
          outlet: record.outlet,
          lang: record.lang,
          url: url.href,
        }),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** One worker's life: its own library and feed service over the shared database. */
  function worker(
    factory: IDBFactory,
    fetchFn: FetchFn,
    keepAlive?: () => Promise<unknown>,
    more: {
      online?: () => boolean;
      canRead?: (url: string) => Promise<boolean>;
      alarms?: AlarmsAccess;
      now?: () => number;
    } = {},
  ) {
    const library = createWorkerLibrary({ loadLexiconJson: async () => lexiconJson, seedFiles, indexedDB: factory });
    return createFeedService({
      library,
      fetch: fetchFn,
      canRead: more.canRead ?? (async (url) => url.startsWith(origin)),
      hasAllSites: async () => false,
      online: more.online ?? (() => true),
      now: more.now ?? (() => Date.now()),
      sleep: async () => undefined,
      keepAlive,
      alarms: more.alarms ?? { get: async () => undefined, create: () => undefined, clear: async () => true },
      isExtensionPage: () => true,
      readTab: async () => ({ ok: false, reason: 'error', message: 'no tabs here' }),
      onLibraryChanged: () => undefined,
    });
  }

  it('stores each article once through the extraction and the library save path, resumes after a worker dies mid-run, and then revalidates with ETag', async () => {
    const factory = new IDBFactory();
    // The first worker dies just before its third request (the second article page), the first one stored.
    let calls = 0;
    const first = worker(
      factory,
      (url, init) => fetch(url, init),
      async () => {
        if (++calls === 3) throw new WorkerKilled();
      },
    );
    const follow = (service: ReturnType<typeof worker>) =>
      service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, {});
    const feed = await follow(first);
    await expect(first.handlers['refresh-feeds']({}, {})).rejects.toBeInstanceOf(WorkerKilled);

    const second = worker(factory, (url, init) => fetch(url, init));
    const summary = await second.handlers['refresh-feeds']({}, {});
    expect(summary).toMatchObject({ feeds: 1, stored: 2, failedFeeds: 0 });
    for (const file of FILES) expect(hits.get(`/a/${file}.html`), file).toBe(1);

    const listing = await second.handlers['list-feeds']({}, {});
    expect(listing.feeds).toMatchObject([{ id: feed.id, title: 'Тестовая лента', articles: 3, error: null }]);
    // Every article is stored exactly as the content script would extract its page.
    const library = await createWorkerLibrary({
      loadLexiconJson: async () => lexiconJson,
      seedFiles,
      indexedDB: factory,
    })();
    const followed = await library.list({ source: 'followed' });
    expect(followed.documents.map((d) => d.url).sort()).toEqual(FILES.map((f) => `${origin}/a/${f}.html`).sort());
    const one = followed.documents.find((d) => d.url?.endsWith(`${FILES[0]}.html`));
    const stored = await library.document(one?.id ?? '');
    const html = await (await fetch(`${origin}/a/${FILES[0]}.html`)).text();
    const direct = extractArticle(parseHtml(html, `${origin}/a/${FILES[0]}.html`), {
      url: `${origin}/a/${FILES[0]}.html`,
    });
    expect(direct.ok && stored.article).toEqual(direct.ok && direct.article);

    // A third run is a conditional request answered in full (the server ignores ETags) and stores nothing new.
    const third = await second.handlers['refresh-feeds']({}, {});
    expect(third.stored).toBe(0);
    expect(hits.get('/feed.rss')).toBe(3);
  });

  it('reports a failing feed without stopping the others, and keeps its last success', async () => {
    const factory = new IDBFactory();
    const service = worker(factory, (url, init) => {
      if (failNext && url.endsWith('/feed.rss')) return Promise.reject(new TypeError('network down'));
      return fetch(url, init);
    });
    await service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, {});
    await service.handlers['follow-feed']({ url: `${origin}/missing.rss` }, {});
    await service.handlers['refresh-feeds']({}, {});
    const byUrl = async () =>
      (await service.handlers['list-feeds']({}, {})).feeds.sort((a, b) => a.url.localeCompare(b.url));
    let feeds = await byUrl();
    expect(feeds.map((f) => [f.url.split('/').pop(), f.articles, f.error?.slice(0, 40) ?? null])).toEqual([
      ['feed.rss', 3, null],
      ['missing.rss', 0, 'The server answered 404 Not Found for th'],
    ]);
    const success = feeds[0]?.lastSuccessAt;
    failNext = true;
    await service.handlers['refresh-feeds']({}, {});
    feeds = await byUrl();
    expect(feeds[0]?.error).toMatch(/could not be fetched/);
    expect(feeds[0]?.lastSuccessAt).toBe(success);
    expect(feeds[0]?.articles).toBe(3);
    failNext = false;
  });

  it('offline, fetches nothing, says so on each feed and keeps what is stored', async () => {
    const factory = new IDBFactory();
    let online = true;
    let requests = 0;
    const service = worker(
      factory,
      (url, init) => {
        requests++;
        return fetch(url, init);
      },
      undefined,
      { online: () => online },
    );
    await service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, {});
    await service.handlers['refresh-feeds']({}, {});
    const fetched = requests;
    online = false;
    expect(await service.handlers['refresh-feeds']({}, {})).toMatchObject({ offline: true, stored: 0 });
    expect(requests).toBe(fetched);
    const [feed] = (await service.handlers['list-feeds']({}, {})).feeds;
    expect(feed).toMatchObject({ articles: 3, error: expect.stringMatching(/offline/) });
  });

  it('does not fetch articles on sites the reader has not allowed, and names those sites on the feed', async () => {
    const factory = new IDBFactory();
    const feedOnly = `${origin}/feed.rss`;
    let requests = 0;
    // Only the feed's address is allowed here; its articles live elsewhere as far as permissions go.
    const service = worker(
      factory,
      (url, init) => {
        requests++;
        return fetch(url, init);
      },
      undefined,
      { canRead: async (url) => url === feedOnly },
    );
    await service.handlers['follow-feed']({ url: feedOnly }, {});
    expect(await service.handlers['refresh-feeds']({}, {})).toMatchObject({ stored: 0, failedFeeds: 0 });
    expect(requests).toBe(1);
    const [feed] = (await service.handlers['list-feeds']({}, {})).feeds;
    expect(feed?.blockedOrigins).toEqual([origin]);
  });

  it('schedules a refresh every 30 minutes while a feed is followed, moves it with the setting, clears it when none is left', async () => {
    const factory = new IDBFactory();
    const alarms = new Map<string, { periodInMinutes?: number }>();
    const calendar: AlarmsAccess = {
      get: async (name) => alarms.get(name),
      create: (name, info) => void alarms.set(name, { periodInMinutes: info.periodInMinutes }),
      clear: async (name) => alarms.delete(name),
    };
    const service = worker(factory, (url, init) => fetch(url, init), undefined, { alarms: calendar });
    await service.schedule();
    expect(alarms.size).toBe(0);
    const feed = await service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, {});
    expect(alarms.get(FEED_ALARM)).toEqual({ periodInMinutes: 30 });
    await service.handlers['set-settings']({ refreshMinutes: 60 }, {});
    expect(alarms.get(FEED_ALARM)).toEqual({ periodInMinutes: 60 });
    await service.onAlarm(FEED_ALARM);
    expect((await service.handlers['list-feeds']({}, {})).feeds[0]?.articles).toBe(3);
    await service.handlers['unfollow-feed']({ id: feed.id }, {});
    expect(alarms.size).toBe(0);
  });

  it('expires followed articles once the reader shortens the retention period', async () => {
    const factory = new IDBFactory();
    let now = Date.now();
    const service = worker(factory, (url, init) => fetch(url, init), undefined, { now: () => now });
    await service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, {});
    await service.handlers['refresh-feeds']({}, {});
    now += 10 * 24 * 60 * 60 * 1000;
    await service.handlers['set-settings']({ retentionDays: 20 }, {});
    expect((await service.handlers['list-feeds']({}, {})).feeds[0]?.articles).toBe(3);
    await service.handlers['set-settings']({ retentionDays: 5 }, {});
    expect((await service.handlers['list-feeds']({}, {})).feeds[0]?.articles).toBe(0);
  });

  it('refuses feed messages from anything but the extension’s own pages', async () => {
    const service = createFeedService({
      library: createWorkerLibrary({
        loadLexiconJson: async () => lexiconJson,
        seedFiles,
        indexedDB: new IDBFactory(),
      }),
      fetch: (url, init) => fetch(url, init),
      canRead: async () => true,
      hasAllSites: async () => true,
      online: () => true,
      now: () => Date.now(),
      sleep: async () => undefined,
      alarms: { get: async () => undefined, create: () => undefined, clear: async () => true },
      isExtensionPage: (sender) => sender.url?.startsWith('chrome-extension://parallax/') ?? false,
      readTab: async () => ({ ok: false, reason: 'error', message: '' }),
      onLibraryChanged: () => undefined,
    });
    await expect(
      service.handlers['follow-feed']({ url: `${origin}/feed.rss` }, { url: 'https://evil.example/', tabId: 3 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      service.handlers['set-settings']({ keepReading: true }, { url: 'https://evil.example/' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(
      await service.handlers['get-settings']({}, { url: 'chrome-extension://parallax/options.html' }),
    ).toMatchObject({
      keepReading: false,
    });
  });
});
