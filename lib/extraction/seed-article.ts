import { collapseSpaces } from '../text/normalise';
import type { Article } from './article';
import { titleFromText } from './article-title';
import { contentHash } from './content-hash';
import { resolvePageLanguage } from './page-language';
import { normaliseDate } from './published-date';
import { outletFromText } from './seed-outlet';

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/** Splits a seed file (` date YYYY-MM-DD ` then text) into its date and paragraphs. */
export function parseSeedText(raw: string): { date: string | null; paragraphs: string[] } {
  const m = raw.match(DATE_PREFIX);
  const body = m ? raw.slice(m[0].length) : raw;
  const paragraphs = body.split(/\n+/).map(collapseSpaces).filter(Boolean);
  return { date: m?.[1] ?? null, paragraphs };
}

/**
 * Turns a bundled seed text into an Article. Seeds carry no metadata, so the outlet is what the
 * text says about itself, or else a label from the file number (`Seed 002`) — never a guess.
 */
export function articleFromSeed(fileName: string, raw: string, options: { maxChars?: number } = {}): Article {
  const { date, paragraphs } = parseSeedText(raw);
  const whole = paragraphs.join('\n');
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  // Cut at a paragraph boundary, as extraction cuts a page's article.
  const cut = whole.length > max ? whole.lastIndexOf('\n', max) : -1;
  const text = whole.length > max ? whole.slice(0, cut > 0 ? cut : max) : whole;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const number = base.match(/^(\d+)/)?.[1];
  const stem = base.replace(/\.[^.]+$/, '');
  return {
    title: titleFromText(text),
    byline: null,
    outlet: outletFromText(text) ?? `Seed ${number ?? stem}`,
    url: null,
    canonicalUrl: null,
    published: normaliseDate(date),
    lang: resolvePageLanguage(null, text),
    text,
    excerpt: paragraphs[0] ?? null,
    contentHash: contentHash(text),
    ...(text.length < whole.length ? { truncated: true } : {}),
  };
}
