/**
 * Every bound and default of following feeds and keeping pages, in one place. Feeds and the pages
 * they link to are untrusted: each request is capped in size and time, and each origin is paced.
 */
export const FEED_LIMITS = {
  /** A feed body above this is refused (real feeds are tens to hundreds of KB). */
  feedBytes: 2_000_000,
  /** An article page above this is refused (real news pages are well under 2 MB of HTML). */
  pageBytes: 4_000_000,
  /** Whole request, headers and body. */
  timeoutMs: 20_000,
  /** Minimum gap between two requests to one origin, so no outlet sees a burst from a reader. */
  paceMs: 1_000,
  /** Feeds fetched at the same time (each still paced per origin). */
  concurrentFeeds: 3,
  /** Items read from one feed document; the rest of a huge feed is ignored. */
  itemsPerFeed: 100,
  /** New article pages read per feed per run; the rest wait for the next run. */
  newItemsPerRun: 30,
  /** A page that failed this many times (network, server errors) is given up. */
  maxAttempts: 3,
  /** Feed items are remembered this long after their article would have expired, so it is not fetched again. */
  itemMemoryExtraDays: 30,
  /** Followed feeds a reader can have. */
  maxFeeds: 200,
  /** Sites on the never-keep list. */
  maxNeverKeep: 500,
} as const;

/** Defaults of the reader's settings, and the ranges the options page offers. */
export const SETTING_BOUNDS = {
  refreshMinutes: { default: 30, min: 5, max: 24 * 60 },
  retentionDays: { default: 30, min: 1, max: 3650 },
} as const;

/** Wait before reading a page that just finished loading, so late-rendered article text is there. */
export const KEEP_SETTLE_MS = 1_500;

/** What "Keep what I read" needs: every web page (not files or browser pages, which `<all_urls>` adds). */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];
