import type { ExtractionResult } from '../extraction/article';
import { FEED_LIMITS } from '../protocol/feed-limits';
import { DEFAULT_SETTINGS, isNeverKeep, parseSettings, SETTINGS_KEY, type Settings } from '../protocol/feed-settings';
import { type FeedStatus, type Handlers, ProtocolError, type SenderInfo } from '../protocol/messages';
import { normaliseFeedUrl } from '../protocol/web-url';
import type { CorpusStore } from '../storage/corpus-store';
import type { FeedRecord } from '../storage/schema';
import { createFeedRefresher, type FeedRefreshDeps } from './feed-refresh';

type FeedMessages = 'list-feeds' | 'follow-feed' | 'unfollow-feed' | 'refresh-feeds' | 'get-settings' | 'set-settings';

/** The browser's alarms, as far as the schedule needs them. */
export interface AlarmsAccess {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<unknown>;
}

export interface FeedServiceDeps<E> extends Omit<FeedRefreshDeps<E>, 'settings'> {
  /**
   * The database alone, for reading settings without assembling the library (lexicon, engine, index):
   * every page load asks whether to keep it, and with keeping off that must stay cheap.
   */
  settingsStore?(): Promise<CorpusStore<unknown>>;
  alarms: AlarmsAccess;
  /** Whether a message comes from one of the extension's own pages (not a content script). */
  isExtensionPage(sender: SenderInfo): boolean;
  /** Whether "any page" access is granted (needed to read pages as they load). */
  hasAllSites(): Promise<boolean>;
  /** Extracts the article of a tab the reader is on (content script, injected on demand). */
  readTab(tabId: number): Promise<ExtractionResult>;
  /** Called after something was stored, so cached comparisons are recomputed. */
  onLibraryChanged(): void;
}

export const FEED_ALARM = 'parallax-refresh-feeds';

/** What a tab that finished loading looks like to "Keep what I read". */
export interface LoadedTab {
  tabId: number;
  url: string | undefined;
  incognito: boolean;
}

/** Why a loaded page is not kept, or null when it may be: private windows, non-web pages, never-keep sites. */
export function keepRefusal(tab: LoadedTab, settings: Settings): string | null {
  if (!settings.keepReading) return 'off';
  if (tab.incognito) return 'private window';
  if (!tab.url || !/^https?:\/\//i.test(tab.url)) return 'not a web page';
  if (isNeverKeep(tab.url, settings.neverKeep)) return 'never-keep site';
  return null;
}

/**
 * Following feeds, "Keep what I read" and their settings, in the background: the options page's
 * messages, the refresh schedule, and the tab-loaded hook.
 */
export function createFeedService<E>(deps: FeedServiceDeps<E>) {
  let cachedSettings: Promise<Settings> | null = null;

  const settings = (): Promise<Settings> => {
    cachedSettings ??= (async () => {
      const store = deps.settingsStore ? await deps.settingsStore() : await (await deps.library()).store();
      return parseSettings(await store.getSetting(SETTINGS_KEY), DEFAULT_SETTINGS);
    })().catch((error: unknown) => {
      cachedSettings = null;
      throw error;
    });
    return cachedSettings;
  };

  const refresher = createFeedRefresher<E>({ ...deps, settings });

  const refresh = async (ids?: readonly string[]) => {
    const summary = await refresher.refresh(ids);
    if (summary.stored > 0 || summary.expired > 0) deps.onLibraryChanged();
    return summary;
  };

  /** Creates, moves or clears the alarm: every `refreshMinutes` while at least one feed is followed. */
  async function schedule(): Promise<void> {
    const store = await (await deps.library()).store();
    const [current, feeds, wanted] = await Promise.all([deps.alarms.get(FEED_ALARM), store.listFeeds(), settings()]);
    if (feeds.length === 0) {
      if (current) await deps.alarms.clear(FEED_ALARM);
      return;
    }
    // An alarm with the right period keeps its timer; restarting it on every wake would postpone it forever.
    if (current?.periodInMinutes === wanted.refreshMinutes) return;
    await deps.alarms.create(FEED_ALARM, {
      periodInMinutes: wanted.refreshMinutes,
      delayInMinutes: wanted.refreshMinutes,
    });
  }

  const pageOnly = (sender: SenderInfo) => {
    if (!deps.isExtensionPage(sender)) {
      throw new ProtocolError('forbidden', 'Only Parallax’s own pages may change what it follows and keeps.');
    }
  };

  async function status(feed: FeedRecord, articles: number): Promise<FeedStatus> {
    const { etag: _e, lastModified: _l, ...shown } = feed;
    return { ...shown, articles };
  }

  const handlers: Handlers<FeedMessages> = {
    'list-feeds': async (_p, sender) => {
      pageOnly(sender);
      const store = await (await deps.library()).store();
      const feeds = await store.listFeeds();
      const counts = await store.countByFeed(feeds.map((f) => f.id));
      return {
        feeds: await Promise.all(feeds.map((f) => status(f, counts[f.id] ?? 0))),
        refreshing: refresher.running,
      };
    },
    'follow-feed': async ({ url, title, lang }, sender) => {
      pageOnly(sender);
      const address = normaliseFeedUrl(url);
      if (!address) throw new ProtocolError('bad-request', 'This is not a web address (http or https) of a feed.');
      if (!(await deps.canRead(address))) {
        throw new ProtocolError(
          'no-access',
          `Parallax was not allowed to read ${new URL(address).host}, so it cannot follow this feed.`,
        );
      }
      const store = await (await deps.library()).store();
      const feeds = await store.listFeeds();
      const feed = refresher.newFeed(address, title, lang, deps.now());
      const existing = feeds.find((f) => f.id === feed.id);
      if (!existing) {
        if (feeds.length >= FEED_LIMITS.maxFeeds) {
          throw new ProtocolError('bad-request', `Parallax follows at most ${FEED_LIMITS.maxFeeds} feeds.`);
        }
        await store.putFeed(feed);
      }
      await schedule();
      return status(existing ?? feed, existing ? ((await store.countByFeed([feed.id]))[feed.id] ?? 0) : 0);
    },
    'unfollow-feed': async ({ id }, sender) => {
      pageOnly(sender);
      const store = await (await deps.library()).store();
      const removed = await store.deleteFeed(id);
      await schedule();
      return { removed };
    },
    'refresh-feeds': async ({ ids }, sender) => {
      pageOnly(sender);
      return refresh(ids);
    },
    'get-settings': async (_p, sender) => {
      pageOnly(sender);
      return settings();
    },
    'set-settings': async (change, sender) => {
      pageOnly(sender);
      const before = await settings();
      const next = parseSettings(change, before);
      const store = await (await deps.library()).store();
      await store.putSetting(SETTINGS_KEY, next);
      cachedSettings = Promise.resolve(next);
      if (next.refreshMinutes !== before.refreshMinutes) await schedule();
      if (next.retentionDays < before.retentionDays && (await refresher.expire()) > 0) deps.onLibraryChanged();
      return next;
    },
  };

  /**
   * "Keep what I read": a tab finished loading. Stores its article when the reader turned keeping on,
   * granted access to pages, and the page is an article outside private windows and never-keep sites.
   */
  async function onTabLoaded(tab: LoadedTab): Promise<'kept' | 'skipped'> {
    const current = await settings();
    if (keepRefusal(tab, current) !== null) return 'skipped';
    if (!(await deps.hasAllSites())) return 'skipped';
    const extraction = await deps.readTab(tab.tabId);
    if (!extraction.ok) return 'skipped';
    const library = await deps.library();
    const saved = await library.save(extraction.article, { source: 'kept' });
    if (saved.status !== 'unchanged') deps.onLibraryChanged();
    return 'kept';
  }

  return {
    handlers,
    schedule,
    onAlarm: (name: string) => (name === FEED_ALARM ? refresh().then(() => undefined) : Promise.resolve()),
    onTabLoaded,
    settings,
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
