import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpora';
import { chromeBuildWithHostAccess, type ExtensionBrowser, launchChromiumWithExtension } from './support/chromium';
import { FeedsSection } from './support/feeds-section';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { keepPages, keptUrls, openTabs } from './support/keep-reading';

describe.skipIf(!corpusAvailable('corpus-dev2'))('Keep what I read in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let build: Awaited<ReturnType<typeof chromeBuildWithHostAccess>>;
  let options: FeedsSection;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Access to web pages, as when the reader accepts the prompt that turning keeping on shows.
    build = await chromeBuildWithHostAccess(['http://*/*', 'https://*/*']);
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

  it('is off by default: an article the reader opens is not kept', async () => {
    expect(await options.keepState()).toMatch(/^Off/);
    const pages = keepPages(server);
    await openTabs(ext.browser, [pages.article]);
    await new Promise((r) => setTimeout(r, 4000));
    expect(await keptUrls(options, 1, 0)).toEqual([]);
  });

  it('when on, keeps an opened article but neither a page that is not an article nor a never-keep site', async () => {
    const pages = keepPages(server);
    await options.page.bringToFront();
    await options.turnKeepingOn();
    await options.neverKeep('localhost');
    // The pages that must not be kept are opened first; once the article arrives they have had their turn.
    await openTabs(ext.browser, [pages.nonArticle, pages.neverKept, pages.second]);
    const kept = await keptUrls(options, 1);
    await new Promise((r) => setTimeout(r, 3000));
    expect(kept).toEqual([pages.second]);
    expect(await keptUrls(options, 2, 0)).toEqual([pages.second]);
    // Both pages were loaded: the never-keep page was opened, just not read.
    expect(server.requests.some((r) => r.path === new URL(pages.neverKept).pathname)).toBe(true);
  });
});
