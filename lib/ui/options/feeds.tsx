import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../error-message';
import { SETTING_BOUNDS } from '../../protocol/feed-limits';
import type { FeedRunSummary, FeedStatus, FeedsOverview, Settings } from '../../protocol/messages';
import { OUTLET_FEEDS, type OutletFeed } from '../../protocol/outlet-feeds';
import { normaliseFeedUrl, originPattern } from '../../protocol/web-url';
import { formatCount, type Translate } from '../../report/translate';
import { countMessage, languageName } from '../i18n';
import type { OptionsClient } from './options-client';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

function when(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Follow outlets: add a feed address or pick a built-in outlet; each feed's state; refresh; schedule and retention. */
export function Feeds({
  client,
  t,
  locale,
  onLibraryChanged,
}: {
  client: OptionsClient;
  t: Translate;
  locale: string;
  onLibraryChanged(): void;
}) {
  const [overview, setOverview] = useState<FeedsOverview | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const reload = useCallback(async () => {
    try {
      const [feeds, current] = await Promise.all([client.listFeeds(), client.getSettings()]);
      setOverview(feeds);
      setSettings(current);
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const summaryText = (s: FeedRunSummary) =>
    s.offline
      ? t('feedsOffline')
      : t('feedsRefreshed', [formatCount(s.stored, locale), formatCount(s.failedFeeds, locale)]);

  const refresh = async (ids?: string[]) => {
    setStatus({ kind: 'busy', label: t('feedsRefreshing') });
    try {
      const summary = await client.refreshFeeds(ids);
      setStatus({ kind: 'done', message: summaryText(summary) });
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
    await reload();
    onLibraryChanged();
  };

  /**
   * Asks for the origins first, synchronously inside the click (browsers honour a permission request
   * only from a user gesture), then follows and fetches that feed at once.
   */
  const follow = (url: string, origins: string[], title?: string, lang?: string) => {
    setStatus({ kind: 'busy', label: t('feedsAsking') });
    const asked = client.requestOrigins(origins);
    void (async () => {
      try {
        if (!(await asked)) {
          setStatus({ kind: 'error', message: t('feedsDenied') });
          return;
        }
        const feed = await client.followFeed({ url, title, lang });
        setAddress('');
        await reload();
        await refresh([feed.id]);
      } catch (e) {
        setStatus({ kind: 'error', message: errorMessage(e) });
      }
    })();
  };

  const followAddress = (event: Event) => {
    event.preventDefault();
    const url = normaliseFeedUrl(address);
    if (!url) {
      setStatus({ kind: 'error', message: t('feedsBadAddress') });
      return;
    }
    follow(url, [originPattern(url)]);
  };

  const allow = (origins: string[]) => {
    const asked = client.requestOrigins(origins.map((o) => originPattern(o)));
    void asked.then(
      (ok) => (ok ? refresh() : setStatus({ kind: 'error', message: t('feedsDenied') })),
      (e: unknown) => setStatus({ kind: 'error', message: errorMessage(e) }),
    );
  };

  const unfollow = async (feed: FeedStatus) => {
    try {
      await client.unfollowFeed(feed.id);
      // The feed's site was allowed for this feed: give it back unless another followed feed needs it.
      const origin = originPattern(feed.url);
      const stillNeeded = overview?.feeds.some((f) => f.id !== feed.id && originPattern(f.url) === origin);
      if (!stillNeeded) await client.releaseOrigins([origin]);
      await reload();
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };

  const change = async (next: Partial<Settings>) => {
    try {
      setSettings(await client.setSettings(next));
      onLibraryChanged();
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };

  const followed = new Set(overview?.feeds.map((f) => f.url));
  const builtIn = OUTLET_FEEDS.filter((o) => !followed.has(o.feedUrl));
  const busy = status.kind === 'busy' || overview?.refreshing === true;

  return (
    <section class="card feeds" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t('feedsTitle')}</h2>
      <p>{t('feedsExplain')}</p>
      <form class="feeds-add" onSubmit={followAddress}>
        <label>
          <span class="visually-hidden">{t('feedsAddress')}</span>
          <input
            type="url"
            placeholder={t('feedsAddress')}
            value={address}
            data-testid="feed-address"
            onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" data-testid="feed-follow" disabled={busy || address.trim() === ''}>
          {t('feedsFollow')}
        </button>
      </form>
      {builtIn.length > 0 && (
        <details class="feeds-builtin">
          <summary>{t('feedsBuiltIn')}</summary>
          <ul>
            {builtIn.map((o: OutletFeed) => (
              <li key={o.feedUrl} data-testid="builtin-feed">
                {o.name} <span class="muted">· {languageName(o.lang, locale)}</span>{' '}
                <button type="button" disabled={busy} onClick={() => follow(o.feedUrl, o.origins, o.name, o.lang)}>
                  {t('feedsFollow')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {status.kind === 'busy' && (
        <p role="status" class="muted" data-testid="feeds-busy">
          {status.label}
        </p>
      )}
      {status.kind === 'done' && (
        <p role="status" data-testid="feeds-result">
          {status.message}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="error" data-testid="feeds-error">
          {status.message}
        </p>
      )}
      {overview === null ? (
        <p class="muted">{t('libraryLoading')}</p>
      ) : overview.feeds.length === 0 ? (
        <p class="muted" data-testid="feeds-empty">
          {t('feedsNone')}
        </p>
      ) : (
        <>
          <ul class="feed-list" data-testid="feed-list">
            {overview.feeds.map((feed) => (
              <li key={feed.id} data-testid="feed" data-id={feed.id} data-url={feed.url}>
                <div>
                  <strong data-testid="feed-title">{feed.title}</strong>{' '}
                  <span class="muted" data-testid="feed-articles">
                    {countMessage(t, locale, 'feedsArticles', feed.articles)}
                  </span>
                </div>
                <div class="muted feed-url">{feed.url}</div>
                <div class="muted" data-testid="feed-last-success">
                  {feed.lastSuccessAt
                    ? t('feedsLastSuccess', when(feed.lastSuccessAt, locale) ?? '')
                    : t('feedsNeverFetched')}
                </div>
                {feed.error && (
                  <div class="error" role="alert" data-testid="feed-error">
                    {feed.error}
                  </div>
                )}
                {feed.blockedOrigins.length > 0 && (
                  <div class="feed-blocked" data-testid="feed-blocked">
                    {t('feedsBlocked', feed.blockedOrigins.join(', '))}{' '}
                    <button type="button" onClick={() => allow(feed.blockedOrigins)}>
                      {t('feedsAllow')}
                    </button>
                  </div>
                )}
                <button
                  type="button"
                  class="link"
                  data-testid="feed-unfollow"
                  aria-label={t('feedsUnfollowOne', feed.title)}
                  onClick={() => void unfollow(feed)}
                >
                  {t('feedsUnfollow')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="feeds-refresh" disabled={busy} onClick={() => void refresh()}>
            {t('feedsRefreshNow')}
          </button>
        </>
      )}
      {settings && (
        <div class="feeds-settings">
          <label>
            {t('feedsEvery')}{' '}
            <select
              data-testid="feeds-interval"
              value={String(settings.refreshMinutes)}
              onChange={(e) => void change({ refreshMinutes: Number((e.target as HTMLSelectElement).value) })}
            >
              {[...new Set([15, 30, 60, 180, 720, settings.refreshMinutes])]
                .filter((m) => m >= SETTING_BOUNDS.refreshMinutes.min)
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={String(m)}>
                    {t('feedsMinutes', formatCount(m, locale))}
                  </option>
                ))}
            </select>
          </label>{' '}
          <label>
            {t('feedsKeepDays')}{' '}
            <input
              type="number"
              min={SETTING_BOUNDS.retentionDays.min}
              max={SETTING_BOUNDS.retentionDays.max}
              value={settings.retentionDays}
              data-testid="feeds-retention"
              onChange={(e) => void change({ retentionDays: Number((e.target as HTMLInputElement).value) })}
            />
          </label>
          <p class="muted">{t('feedsPrivacy')}</p>
        </div>
      )}
    </section>
  );
}
