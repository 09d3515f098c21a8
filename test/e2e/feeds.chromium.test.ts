import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpora';
import {
  artifactPath,
  chromeBuildWithHostAccess,
  type ExtensionBrowser,
  launchChromiumWithExtension,
  openPopupFor,
  restartServiceWorker,
} from './support/chromium';
import { articleUrl, holdArticle, IL76, LATE, MOLDOVA, serveBrokenFeeds, serveFeeds } from './support/feed-server';
import { FeedsSection } from './support/feeds-section';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';

describe.skipIf(!corpusAvailable('corpus-dev2'))('following feeds in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let build: Awaited<ReturnType<typeof chromeBuildWithHostAccess>>;
  let options: FeedsSection;
  let feedUrls: Record<string, string>;

  beforeAll(async () => {
    server = await startFixtureServer();
    feedUrls = serveFeeds(server, [IL76, MOLDOVA, LATE]);
    // The reader's "Allow" for the feed server's origin only (see chromeBuildWithHostAccess).
    build = await chromeBuildWithHostAccess(['http://127.0.0.1/*']);
    ext = await launchChromiumWithExtension(build.dir);
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    options = new FeedsSection(page);
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await build?.remove();
  });

  const followedUrls = async () => (await options.library('followed')).map((row) => row.url);

  it('follows an RSS and an Atom feed from the options page, and their articles appear in the library after a refresh', async () => {
    expect(await options.follow(feedUrls[IL76.path] as string)).toMatch(
      /^feeds-result: Refreshed — new articles stored: 3;/,
    );
    expect(await options.follow(feedUrls[MOLDOVA.path] as string)).toMatch(
      /^feeds-result: Refreshed — new articles stored: 3;/,
    );
    expect(await options.refreshNow()).toMatch(
      /^feeds-result: Refreshed — new articles stored: 0; feeds that failed: 0/,
    );

    const feeds = await options.feeds();
    expect(feeds.map((f) => [f.title, f.articles, f.error])).toEqual([
      [IL76.title, 3, null],
      [MOLDOVA.title, 3, null],
    ]);
    expect(feeds.every((f) => f.lastSuccess.startsWith('Last fetched'))).toBe(true);
    const expected = [...IL76.files, ...MOLDOVA.files].map((file) => articleUrl(server.origin, file));
    expect((await followedUrls()).sort()).toEqual(expected.sort());
    // The second fetch of each feed was conditional and answered 304; no cookie went with any request.
    for (const feed of [IL76, MOLDOVA]) {
      const fetches = server.requests.filter((r) => r.path === feed.path);
      expect(fetches.length).toBe(2);
      expect(fetches[1]?.ifNoneMatch).toMatch(/^"/);
    }
    expect(server.requests.filter((r) => r.cookie)).toEqual([]);
    // Each article page was fetched once.
    for (const url of expected) {
      expect(server.requests.filter((r) => server.origin + r.path === url)).toHaveLength(1);
    }
    await options.page.screenshot({ path: artifactPath('options-feeds.png'), fullPage: true });
  });

  it('shows a followed article as the same story when the reader opens another outlet’s report, saying which feed it came from', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/corpus/corpus-dev2/074_qllq_il76-crash_ru.html`, {
      waitUntil: 'domcontentloaded',
    });
    const popup = new PopupPage(await openPopupFor(ext, page));
    expect(await popup.settledState(60_000)).toBe('stories');
    const rows = await popup.page.$$eval('[data-testid="story"]', (items) =>
      items.map((li) => ({
        outlet: li.querySelector('.story-outlet')?.textContent?.trim() ?? '',
        provenance: li.querySelector('[data-testid="story-provenance"]')?.textContent?.trim() ?? '',
      })),
    );
    expect(rows).toContainEqual({ outlet: 'Uralweb (uralweb.ru)', provenance: `From a followed feed: ${IL76.title}` });
    await popup.screenshot(artifactPath('popup-followed-story.png'));
    await popup.page.close();
    await page.close();
  });

  it('reports a feed that is an HTML page, garbage, 10 MB or a redirect loop, and keeps the others working', async () => {
    const broken = serveBrokenFeeds(server);
    for (const url of Object.values(broken)) await options.follow(url);
    await options.refreshNow();
    const feeds = await options.feeds();
    const errorOf = (url: string) => feeds.find((f) => f.url === url)?.error ?? '';
    expect(errorOf(broken.html)).toMatch(/web page \(HTML\), not an RSS or Atom feed/);
    expect(errorOf(broken.garbage)).toMatch(/not XML|not an RSS or Atom feed/);
    expect(errorOf(broken.huge)).toMatch(/too large/);
    expect(errorOf(broken.loop)).toMatch(/could not be fetched/);
    for (const url of Object.values(broken))
      expect(feeds.find((f) => f.url === url)?.lastSuccess).toBe('Not fetched yet');
    // The good feeds still answer and keep their articles.
    expect(feeds.filter((f) => f.error === null).map((f) => [f.title, f.articles])).toEqual([
      [IL76.title, 3],
      [MOLDOVA.title, 3],
    ]);
    for (const url of Object.values(broken)) {
      await options.page.evaluate((u) => {
        const item = [...document.querySelectorAll('[data-testid="feed"]')].find(
          (li) => li.getAttribute('data-url') === u,
        );
        (item?.querySelector('button.link') as HTMLButtonElement | null)?.click();
      }, url);
    }
    await options.page.waitForFunction(() => document.querySelectorAll('[data-testid="feed"]').length === 2, {
      timeout: 30_000,
    });
  });

  it('loses nothing and stores nothing twice when the worker is killed in the middle of a refresh', async () => {
    const held = holdArticle(server, LATE.files[1] as string);
    const before = await followedUrls();
    // Following fetches the new feed at once; its second article hangs until the worker is gone.
    await options.page.type('[data-testid="feed-address"]', feedUrls[LATE.path] as string);
    await options.page.click('[data-testid="feed-follow"]');
    await held.requested;
    await restartServiceWorker(ext, async () => {
      held.release();
      // The options page lost its answer with the old worker; the reader reloads it and refreshes.
      await options.page.reload();
      return options.refreshNow();
    });
    const after = await followedUrls();
    const late = LATE.files.map((file) => articleUrl(server.origin, file));
    expect(after.sort()).toEqual([...before, ...late].sort());
    expect(new Set(after).size).toBe(after.length);
    expect((await options.feeds()).find((f) => f.title === LATE.title)?.articles).toBe(3);
    // The article stored before the kill was not fetched again after it.
    expect(server.requests.filter((r) => server.origin + r.path === late[0])).toHaveLength(1);
  });
});
