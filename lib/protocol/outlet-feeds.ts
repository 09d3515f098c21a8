import data from './outlet-feeds.json';

/** One outlet of the built-in list (data: outlet-feeds.json, with where each feed is published). */
export interface OutletFeed {
  name: string;
  lang: 'ru' | 'uk' | 'en';
  feedUrl: string;
  /** Host permissions asked for when the reader follows it: the feed's host and its articles' hosts. */
  origins: string[];
  /** The outlet's page that lists or links this feed. */
  source: string;
}

export const OUTLET_FEEDS: readonly OutletFeed[] = data.outlets as OutletFeed[];
