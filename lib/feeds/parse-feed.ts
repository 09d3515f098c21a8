import { DOMParser } from 'linkedom';
import { plainText } from '../extraction/plain-text';
import { FEED_LIMITS } from '../protocol/feed-limits';
import { isWebUrl } from '../protocol/web-url';

/** One entry of a feed: where its article is, and what the feed says about it. */
export interface FeedItem {
  /** The article's address (http or https only, without a fragment). */
  url: string;
  title: string;
  /** ISO timestamp, or null when the feed gives no readable date. */
  published: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string;
  /** Newest first as far as dates tell; at most FEED_LIMITS.itemsPerFeed. */
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; message: string };

const TITLE_MAX = 300;

/** The tag name without a namespace prefix, lower-cased: `dc:date` → `date`. */
const local = (el: Element): string => (el.tagName.split(':').pop() ?? '').toLowerCase();

const childrenNamed = (el: Element, name: string): Element[] =>
  Array.from(el.children).filter((c) => local(c) === name);

const firstText = (el: Element, ...names: string[]): string => {
  for (const name of names) {
    const child = childrenNamed(el, name)[0];
    const text = child?.textContent?.trim();
    if (text) return text;
  }
  return '';
};

/** Feed titles often carry escaped or CDATA markup; they are shown as plain text, capped. */
const cleanTitle = (raw: string): string => plainText(raw).slice(0, TITLE_MAX);

function webUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    url.hash = '';
    return isWebUrl(url.href) && url.href.length <= 4096 ? url.href : null;
  } catch {
    return null;
  }
}

function isoDate(raw: string): string | null {
  if (!raw) return null;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? new Date(ms).toISOString() : null;
}

function rssItem(item: Element, base: string): FeedItem | null {
  const guid = childrenNamed(item, 'guid')[0];
  const guidUrl = guid && guid.getAttribute('isPermaLink') !== 'false' ? guid.textContent : null;
  const url = webUrl(firstText(item, 'link'), base) ?? webUrl(guidUrl, base);
  if (!url) return null;
  return {
    url,
    title: cleanTitle(firstText(item, 'title')),
    published: isoDate(firstText(item, 'pubdate', 'date', 'published', 'updated')),
  };
}

function atomEntry(entry: Element, base: string): FeedItem | null {
  const links = childrenNamed(entry, 'link');
  const alternate =
    links.find(
      (l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/.test(l.getAttribute('type') ?? 'html'),
    ) ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const url = webUrl(alternate?.getAttribute('href'), entry.getAttribute('xml:base') ?? base);
  if (!url) return null;
  return {
    url,
    title: cleanTitle(firstText(entry, 'title')),
    published: isoDate(firstText(entry, 'published', 'updated', 'issued', 'modified')),
  };
}

/** Whether a body that should be a feed is a web page instead (a login wall, an error page, a home page). */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(text.slice(0, 2000));
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document. The parser builds a plain object tree: no
 * script runs, nothing is fetched, and DTD entities are not expanded. Items without an http(s)
 * link are dropped; titles become plain text; everything is capped.
 */
export function parseFeed(text: string, feedUrl: string): FeedParse {
  if (looksLikeHtml(text)) {
    return { ok: false, message: 'The address returned a web page (HTML), not an RSS or Atom feed.' };
  }
  if (!/^\s*(\ufeff)?\s*</.test(text)) {
    return { ok: false, message: 'The address did not return a feed: its content is not XML.' };
  }
  let root: Element | null | undefined;
  try {
    root = (new DOMParser().parseFromString(text, 'text/xml') as unknown as Document).documentElement;
  } catch {
    root = null;
  }
  if (!root) return { ok: false, message: 'The feed could not be read: it is not well-formed XML.' };
  const kind = local(root);
  let format: ParsedFeed['format'];
  let title: string;
  let entries: Element[];
  let read: (el: Element, base: string) => FeedItem | null;
  if (kind === 'rss') {
    const channel = childrenNamed(root, 'channel')[0];
    if (!channel) return { ok: false, message: 'The RSS feed has no channel.' };
    format = 'rss';
    title = firstText(channel, 'title');
    entries = childrenNamed(channel, 'item');
    read = rssItem;
  } else if (kind === 'rdf') {
    const channel = childrenNamed(root, 'channel')[0];
    format = 'rdf';
    title = channel ? firstText(channel, 'title') : '';
    entries = childrenNamed(root, 'item');
    read = rssItem;
  } else if (kind === 'feed') {
    format = 'atom';
    title = firstText(root, 'title');
    entries = childrenNamed(root, 'entry');
    read = atomEntry;
  } else if (kind === 'html') {
    return { ok: false, message: 'The address returned a web page (HTML), not an RSS or Atom feed.' };
  } else {
    return {
      ok: false,
      message: `The address did not return an RSS or Atom feed (its document is <${kind.slice(0, 40)}>).`,
    };
  }
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const entry of entries.slice(0, FEED_LIMITS.itemsPerFeed * 2)) {
    const item = read(entry, feedUrl);
    if (!item || seen.has(item.url)) continue;
    seen.add(item.url);
    items.push(item);
    if (items.length >= FEED_LIMITS.itemsPerFeed) break;
  }
  // Newest first where dates are known; undated items keep their feed order after them.
  items.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  return { ok: true, feed: { format, title: cleanTitle(title), items } };
}
