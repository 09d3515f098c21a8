import { STOPWORDS } from '../../lib/text/stopwords';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Words shorter than this carry little topic (`в`, `of`, `25`). */
const MIN_LETTERS = 3;

/** Lower-cased words of a text without stop words: the tokens both libraries would index. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= MIN_LETTERS && !STOPWORDS.has(w));
}

/**
 * A "more like this" query for a full-text library: the article's most frequent content words (ties
 * in order of appearance), as a space-separated string. Neither library has a document-similarity
 * query; this is the usual way to build one.
 */
export function topTermsQuery(text: string, limit: number): string {
  const counts = new Map<string, number>();
  for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([w]) => w)
    .join(' ');
}
