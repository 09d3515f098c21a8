import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpora';
import { artifactPath } from './support/chromium';
import { articleUrl, holdArticle, IL76, LATE, MOLDOVA, serveBrokenFeeds, serveFeeds } from './support/feed-server';
import { FeedsSection } from './support/feeds-section';
import { type FirefoxWithExtension, launchFirefoxWithExtension, openExtensionPage } from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { keepPages, keptUrls, openTabs } from './support/keep-reading';
import { PopupPage } from './support/popup-page';

describe.skipIf(!corpusAvailable('corpus-dev2'))('following feeds and keeping pages in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  let server: FixtureServer;
  let options: FeedsSection;
  let feedUrls: Record<string, string>;

  beforeAll(async () => {
    server = await startFixtureServer();
    feedUrls = serveFeeds(server, [IL76, MOLDOVA, LATE]);
    ff = await launchFirefoxWithExtension();
    options = new FeedsSection(await openExtensionPage(ff.browser, 'options.html'));
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('follows an RSS and an Atom feed from the options page (asking for their origin only), and their articles appear in the library after a refresh', async () => {
    expect(await options.follow(feedUrls[IL76.path] as string)).toMatch(
      /^feeds-result: Refreshed — new articles stored: 3;/,
    );
    expect(await options.follow(feedUrls[MOLDOVA.path] as string)).toMatch(
      /^feeds-result: Refreshed — new articles stored: 3;/,
    );
    // The request was for the feed's origin, not for every site.
    const granted = await options.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return {
        all: await api.permissions.contains({ origins: ['<all_urls>'] }),
        origins: (await api.permissions.getAll()).origins,
      };
    });
    expect(granted).toEqual({ all: false, origins: ['http://127.0.0.1/*'] });
    expect(await options.refreshNow()).toMatch(
      /^feeds-result: Refreshed — new articles stored: 0; feeds that failed: 0/,
    );
    expect((await options.feeds()).map((f) => [f.title, f.articles, f.error])).toEqual([
      [IL76.title, 3, null],
      [MOLDOVA.title, 3, null],
    ]);
    const expected = [...IL76.files, ...MOLDOVA.files].map((file) => articleUrl(server.origin, file));
    expect((await options.library('followed')).map((r) => r.url).sort()).toEqual(expected.sort());
    expect(server.requests.filter((r) => r.path === IL76.path)[1]?.ifNoneMatch).toMatch(/^"/);
  });

  it('reports a feed that returns an HTML page and keeps the others', async () => {
    const broken = serveBrokenFeeds(server);
    await options.follow(broken.html);
    const feeds = await options.feeds();
    expect(feeds.find((f) => f.url === broken.html)?.error).toMatch(/web page \(HTML\), not an RSS or Atom feed/);
    expect(feeds.filter((f) => f.error === null).map((f) => f.articles)).toEqual([3, 3]);
  });

  it('keeps nothing by default, then, once on, an opened article but neither a non-article page nor a never-keep site', async () => {
    expect(await options.keepState()).toMatch(/^Off/);
    const pages = keepPages(server);
    await openTabs(ff.browser, [pages.article]);
    await new Promise((r) => setTimeout(r, 4000));
    expect(await keptUrls(options, 1, 0)).toEqual([]);

    await options.page.bringToFront();
    await options.turnKeepingOn();
    await options.neverKeep('localhost');
    await openTabs(ff.browser, [pages.nonArticle, pages.neverKept, pages.second]);
    await keptUrls(options, 1);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await keptUrls(options, 2, 0)).toEqual([pages.second]);
  });

  it('loses nothing and stores nothing twice when the background page is torn down in the middle of a refresh', async () => {
    const held = holdArticle(server, LATE.files[1] as string);
    const before = (await options.library('followed')).map((r) => r.url);
    await options.page.type('[data-testid="feed-address"]', feedUrls[LATE.path] as string);
    await options.page.click('[data-testid="feed-follow"]');
    await held.requested;
    // Firefox's background page ends when the add-on reloads (as on an update or a crash); its pages close.
    await options.page.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.reload());
    held.release();
    await new Promise((r) => setTimeout(r, 3000));
    options = new FeedsSection(await openExtensionPage(ff.browser, 'options.html'));
    await options.refreshNow();
    const after = (await options.library('followed')).map((r) => r.url);
    const late = LATE.files.map((file) => articleUrl(server.origin, file));
    expect(after.sort()).toEqual([...before, ...late].sort());
    expect(new Set(after).size).toBe(after.length);
    expect(server.requests.filter((r) => server.origin + r.path === late[0])).toHaveLength(1);
  });

  it('shows a followed article as the same story in the popup, saying which feed it came from', async () => {
    await options.page.bringToFront();
    await options.allowAnySite();
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/corpus/corpus-dev2/074_qllq_il76-crash_ru.html`);
    const popup = new PopupPage(await openExtensionPage(ff.browser, 'popup.html', { background: true }));
    expect(await popup.settledState(60_000)).toBe('stories');
    const rows = await popup.page.$$eval('[data-testid="story"]', (items) =>
      items.map((li) => ({
        outlet: li.querySelector('.story-outlet')?.textContent?.trim() ?? '',
        provenance: li.querySelector('[data-testid="story-provenance"]')?.textContent?.trim() ?? '',
      })),
    );
    expect(rows).toContainEqual({ outlet: 'Uralweb (uralweb.ru)', provenance: `From a followed feed: ${IL76.title}` });
    await popup.page.bringToFront();
    await popup.page.screenshot({ path: artifactPath('popup-followed-story-firefox.png') });
  });

  it('gives the feeds’ site back when the last feed on it is unfollowed, and not before', async () => {
    await options.page.bringToFront();
    const origins = () =>
      options.page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.permissions.getAll()).origins ?? [];
      });
    // The reader takes back the all-sites access of the test before; the feeds' own grant remains.
    await options.page.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: ['<all_urls>'] }),
    );
    expect(await origins()).toContain('http://127.0.0.1/*');
    const [first, ...others] = (await options.feeds()).map((f) => f.url);
    await options.unfollow(first as string);
    expect(await origins()).toContain('http://127.0.0.1/*');
    for (const url of others) await options.unfollow(url);
    expect(await options.feeds()).toEqual([]);
    expect(await origins()).not.toContain('http://127.0.0.1/*');
  });
});
