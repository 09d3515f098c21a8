import { errorMessage } from '../error-message';
import { contentHash } from '../extraction/content-hash';
import { extractArticle } from '../extraction/extract-article';
import { parseHtml } from '../extraction/parse-html';
import { FetchError, type FetchFn, fetchLimited } from '../feeds/fetch-limited';
import { createPacer } from '../feeds/pacer';
import { parseFeed } from '../feeds/parse-feed';
import { FEED_LIMITS } from '../protocol/feed-limits';
import type { Settings } from '../protocol/feed-settings';
import type { FeedRunSummary } from '../protocol/messages';
import type { CorpusStore } from '../storage/corpus-store';
import type { FeedItemRecord, FeedRecord } from '../storage/schema';
import { DAY_MS } from '../text/day-ms';
import type { Library } from './library';

export interface FeedRefreshDeps<E> {
  library(): Promise<Library<E>>;
  fetch: FetchFn;
  /** Whether the reader granted Parallax access to this address's origin (permissions.contains). */
  canRead(url: string): Promise<boolean>;
  settings(): Promise<Settings>;
  /** Whether the browser thinks it is online (navigator.onLine). */
  online(): boolean;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Called between requests: an extension API call keeps an MV3 worker alive through a long run. */
  keepAlive?(): Promise<unknown>;
}

/** A feed's id: stable for its address, so following the same address twice is one feed. */
export function feedIdFor(url: string): string {
  return `feed:${contentHash(url)}`;
}

function newFeed(url: string, title: string | undefined, lang: string | undefined, now: number): FeedRecord {
  return {
    id: feedIdFor(url),
    url,
    title: title?.trim().slice(0, 300) || new URL(url).hostname,
    lang: lang ?? null,
    addedAt: new Date(now).toISOString(),
    etag: null,
    lastModified: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    error: null,
    blockedOrigins: [],
  };
}

/**
 * Fetches the followed feeds and stores their new articles. One run at a time; every article is
 * stored (with its claims and index entry) in its own transaction and its feed item recorded right
 * after, and a feed's validators (ETag / Last-Modified) are saved only once all its new items were
 * handled, so a worker killed mid-run loses nothing and the next run picks up where it stopped
 * without fetching anything twice.
 */
export function createFeedRefresher<E>(deps: FeedRefreshDeps<E>) {
  const pacer = createPacer(FEED_LIMITS.paceMs, { now: deps.now, sleep: deps.sleep });
  let running: Promise<FeedRunSummary> | null = null;

  const iso = () => new Date(deps.now()).toISOString();

  async function record(store: CorpusStore<E>, item: FeedItemRecord): Promise<void> {
    await store.putFeedItem(item);
  }

  /** Reads one article page and stores it; returns whether a new document was stored. */
  async function readItem(
    library: Library<E>,
    store: CorpusStore<E>,
    feed: FeedRecord,
    url: string,
    previous: FeedItemRecord | null,
  ): Promise<boolean> {
    const base = { url, feedId: feed.id, seenAt: iso(), attempts: (previous?.attempts ?? 0) + 1 };
    try {
      await pacer.wait(url);
      await deps.keepAlive?.();
      const page = await fetchLimited(deps.fetch, url, {
        kind: 'page',
        maxBytes: FEED_LIMITS.pageBytes,
        timeoutMs: FEED_LIMITS.timeoutMs,
      });
      if (page.status !== 'ok') throw new FetchError('The server sent no page.', true);
      // The same extraction as the content script, on a DOM built by linkedom (the worker has none).
      const extraction = extractArticle(parseHtml(page.text, page.url), { url: page.url });
      if (!extraction.ok) {
        await record(store, { ...base, docId: null, outcome: 'not-article', message: extraction.message });
        return false;
      }
      const saved = await library.save(extraction.article, { source: 'followed', feedId: feed.id });
      const outcome = saved.status === 'created' ? 'stored' : 'duplicate';
      await record(store, { ...base, docId: saved.id, outcome, message: null });
      return saved.status === 'created';
    } catch (error) {
      // Storage failures (quota, closed) stop the run: the next one retries; nothing half-written stays.
      if (!(error instanceof FetchError)) throw error;
      await record(store, { ...base, docId: null, outcome: 'failed', message: error.message });
      return false;
    }
  }

  async function refreshFeed(
    library: Library<E>,
    store: CorpusStore<E>,
    feed: FeedRecord,
    settings: Settings,
  ): Promise<{ stored: number; failed: boolean }> {
    const attemptAt = iso();
    const fail = async (message: string) => {
      await store.updateFeed(feed.id, (f) => ({ ...f, lastAttemptAt: attemptAt, error: message }));
      return { stored: 0, failed: true };
    };
    if (!(await deps.canRead(feed.url))) {
      return fail(`Parallax may not read ${new URL(feed.url).host}: follow the feed again to allow it.`);
    }
    let fetched: Awaited<ReturnType<typeof fetchLimited>>;
    try {
      await pacer.wait(feed.url);
      await deps.keepAlive?.();
      fetched = await fetchLimited(deps.fetch, feed.url, {
        kind: 'feed',
        maxBytes: FEED_LIMITS.feedBytes,
        timeoutMs: FEED_LIMITS.timeoutMs,
        etag: feed.etag,
        lastModified: feed.lastModified,
      });
    } catch (error) {
      return fail(
        error instanceof FetchError ? error.message : `The feed could not be fetched: ${errorMessage(error)}`,
      );
    }
    if (fetched.status === 'not-modified') {
      await store.updateFeed(feed.id, (f) => ({
        ...f,
        lastAttemptAt: attemptAt,
        lastSuccessAt: attemptAt,
        error: null,
      }));
      return { stored: 0, failed: false };
    }
    const parsed = parseFeed(fetched.text, fetched.url);
    if (!parsed.ok) return fail(parsed.message);

    const oldest = deps.now() - settings.retentionDays * DAY_MS;
    let stored = 0;
    let deferred = false;
    let handled = 0;
    const blocked = new Set<string>();
    for (const item of parsed.feed.items) {
      // Older than the retention period: it would be deleted at once.
      if (item.published && Date.parse(item.published) < oldest) continue;
      const previous = await store.getFeedItem(item.url);
      if (previous && (previous.outcome !== 'failed' || previous.attempts >= FEED_LIMITS.maxAttempts)) continue;
      const existing = await store.hasDocumentAt(item.url);
      if (existing) {
        await record(store, {
          url: item.url,
          feedId: feed.id,
          docId: existing,
          outcome: 'duplicate',
          attempts: 0,
          seenAt: iso(),
          message: null,
        });
        continue;
      }
      if (!(await deps.canRead(item.url))) {
        blocked.add(new URL(item.url).origin);
        continue;
      }
      if (handled >= FEED_LIMITS.newItemsPerRun) {
        deferred = true;
        break;
      }
      handled++;
      if (await readItem(library, store, feed, item.url, previous)) stored++;
    }
    await store.updateFeed(feed.id, (f) => ({
      ...f,
      title: f.title === new URL(f.url).hostname && parsed.feed.title ? parsed.feed.title : f.title,
      // Saved only when every new item was handled: otherwise a 304 next time would hide the rest.
      etag: deferred ? f.etag : fetched.etag,
      lastModified: deferred ? f.lastModified : fetched.lastModified,
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      error: null,
      blockedOrigins: [...blocked].slice(0, 20),
    }));
    return { stored, failed: false };
  }

  async function run(only?: readonly string[]): Promise<FeedRunSummary> {
    const library = await deps.library();
    const store = await library.store();
    const settings = await deps.settings();
    const feeds = (await store.listFeeds()).filter((f) => !only || only.includes(f.id));
    const summary: FeedRunSummary = { feeds: feeds.length, stored: 0, failedFeeds: 0, expired: 0, offline: false };
    if (feeds.length > 0 && !deps.online()) {
      summary.offline = true;
      const at = iso();
      for (const feed of feeds) {
        await store.updateFeed(feed.id, (f) => ({
          ...f,
          lastAttemptAt: at,
          error: 'You were offline; the feed will be fetched at the next refresh.',
        }));
      }
    } else {
      const queue = [...feeds];
      const worker = async () => {
        for (let feed = queue.shift(); feed; feed = queue.shift()) {
          const result = await refreshFeed(library, store, feed, settings);
          summary.stored += result.stored;
          if (result.failed) summary.failedFeeds++;
        }
      };
      await Promise.all(Array.from({ length: FEED_LIMITS.concurrentFeeds }, worker));
    }
    summary.expired = await expire(library, settings);
    return summary;
  }

  /** Deletes followed articles past the retention period, and forgets feed items long after. */
  async function expire(library: Library<E>, settings: Settings): Promise<number> {
    const before = new Date(deps.now() - settings.retentionDays * DAY_MS);
    const expired = await library.expire('followed', before);
    const store = await library.store();
    const forgetBefore = new Date(before.getTime() - FEED_LIMITS.itemMemoryExtraDays * DAY_MS);
    while ((await store.deleteFeedItemsSeenBefore(forgetBefore)) > 0) {
      // Batches until none is left.
    }
    return expired;
  }

  /**
   * Refreshes every followed feed (or only `feedIds`). A full refresh asked for during a run joins it;
   * one for particular feeds (a feed just followed, which that run may not include) runs after it.
   */
  function refresh(feedIds?: readonly string[]): Promise<FeedRunSummary> {
    if (running && feedIds) return running.catch(() => undefined).then(() => refresh(feedIds));
    running ??= run(feedIds).finally(() => {
      running = null;
    });
    return running;
  }

  return {
    refresh,
    get running(): boolean {
      return running !== null;
    },
    /** Applies the retention period now (after the reader shortened it). */
    async expire(): Promise<number> {
      return expire(await deps.library(), await deps.settings());
    },
    newFeed,
  };
}

export type FeedRefresher = ReturnType<typeof createFeedRefresher>;
