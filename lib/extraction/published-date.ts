import * as chrono from 'chrono-node';
import { wordsOfEveryPack } from '../languages';
import { dateParserOf } from '../languages/date-parsers';
import { alternation } from '../languages/word-patterns';
import { collapseSpaces } from '../text/normalise';

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Normalises a machine-readable date to ISO 8601, keeping the page's own local date and offset
 * (a story published late evening must not move to the next day by conversion to UTC).
 * Returns null for anything that is not a real date.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const m = value.match(ISO_LIKE);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const date = `${y}-${mo}-${d}`;
    if (h === undefined || mi === undefined) return date;
    const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  }
  // RFC 2822, `05/29/2007 09:49:00` and similar; only trusted with an explicit year.
  if (!/\b\d{4}\b/.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  if (EXPLICIT_ZONE.test(value)) return date.toISOString();
  // Without a zone Date.parse reads local time, so local getters give back what was written,
  // whatever the machine's time zone.
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!/\d:\d\d/.test(value)) return day;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

const EXPLICIT_ZONE = /(\d(Z)|\b(GMT|UTC)\b|[+-]\d{2}:?\d{2}\s*$|\b[ECMP][SD]T\b)/i;

/** A date labelled as an update or modification is not the publication date. */
const UPDATE_WORDS = new RegExp(alternation(wordsOfEveryPack((p) => p.dates.updateStems)), 'i');

/** Metas with a publication date that Readability does not read, most specific first. */
const EXTRA_DATE_METAS = [
  'meta[itemprop="datePublished"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

/** Parse-ly packs its metadata into a JSON blob. */
function parselyPage(doc: Document): string | null {
  const content = doc.querySelector('meta[name="parsely-page"]')?.getAttribute('content');
  if (!content) return null;
  try {
    const parsed: unknown = JSON.parse(content);
    if (parsed && typeof parsed === 'object' && 'pub_date' in parsed && typeof parsed.pub_date === 'string') {
      return parsed.pub_date;
    }
  } catch {
    // Not JSON: ignore, other sources follow.
  }
  return null;
}

function timeElement(doc: Document, headline: Element | null): string | null {
  // A <time> in the article header or marked as the publication date; an arbitrary <time>
  // elsewhere (a comment, a related story) says nothing about this article.
  const candidates = [
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]'),
    headline?.closest('article, header')?.querySelector('time[datetime]') ?? null,
    doc.querySelector('article time[datetime]'),
  ];
  for (const el of candidates) {
    if (UPDATE_WORDS.test(el?.parentElement?.textContent ?? '')) continue;
    const date = normaliseDate(el?.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

const WRITTEN_YEAR = /\b\d{4}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}/;

/** How much text after the headline a dateline may be in before it is story text, not metadata. */
const DATELINE_WINDOW = 200;

/**
 * A full date (day, month and year all written out) in the text just after the headline,
 * where bylines put the dateline. Relative dates (`вчера`) are ignored: no reference point.
 */
export function datelineAfterHeadline(textAfterHeadline: string, lang: string): string | null {
  const window = textAfterHeadline.slice(0, DATELINE_WINDOW);
  const parser = dateParserOf(lang) ?? chrono.casual;
  for (const result of parser.parse(window)) {
    if (UPDATE_WORDS.test(window.slice(Math.max(0, result.index - 25), result.index))) continue;
    // chrono marks `вчера` as certain too; only a written year makes a dateline.
    if (!WRITTEN_YEAR.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const y = start.get('year');
    const m = start.get('month');
    const d = start.get('day');
    if (y === null || m === null || d === null) continue;
    return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}

/**
 * The publication date from the most to the least reliable source: what Readability found
 * (JSON-LD `datePublished`, `article:published_time`, `parsely-pub-date`), other metas, a
 * `<time datetime>` in the article header, then a dateline written just under the headline.
 */
export function findPublished(
  doc: Document,
  readabilityValue: string | null | undefined,
  headline: Element | null,
  lang: string,
): string | null {
  const fromReadability = normaliseDate(readabilityValue);
  if (fromReadability) return fromReadability;
  for (const selector of EXTRA_DATE_METAS) {
    const el = doc.querySelector(selector);
    const date = normaliseDate(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
    if (date) return date;
  }
  const fromParsely = normaliseDate(parselyPage(doc));
  if (fromParsely) return fromParsely;
  const fromTime = timeElement(doc, headline);
  if (fromTime) return fromTime;
  return headline ? datelineAfterHeadline(textAfter(headline), lang) : null;
}

/** Text that follows an element in document order, up to the dateline window. */
function textAfter(el: Element): string {
  let out = '';
  let node: Node | null = el;
  // Skip the headline's own subtree, then read following text nodes.
  while (node && !node.nextSibling) node = node.parentNode;
  node = node?.nextSibling ?? null;
  while (node && out.length < DATELINE_WINDOW) {
    if (node.nodeType === 3) out += `${node.nodeValue ?? ''} `;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (node.firstChild && tag !== 'SCRIPT' && tag !== 'STYLE') {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) node = node.parentNode;
    node = node?.nextSibling ?? null;
  }
  return collapseSpaces(out);
}
