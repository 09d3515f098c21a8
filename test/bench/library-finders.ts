import { Charset, Encoder, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Article } from '../../lib/extraction/article';
import { STOPWORDS } from '../../lib/text/stopwords';
import type { Finder } from './finder';
import { topTermsQuery } from './query-terms';

export interface IndexedText {
  id: string;
  title: string;
  text: string;
}

/** A full-text library set up to retrieve same-story documents: built once, then queried per article. */
export interface LibraryFinder extends Finder {
  add(doc: IndexedText): void;
  /** Drops the index, so the next library's heap is measured without this one's (hundreds of MB at 50,000). */
  close(): void;
}

/** Query words per article (the same for both libraries). */
export const LIBRARY_QUERY_TERMS = 60;

/**
 * MiniSearch as its documentation sets it up for full-text search: title and text fields, a
 * processTerm that lower-cases and drops stop words, OR-combined BM25 queries, title boosted.
 */
export function miniSearchFinder(k: number): LibraryFinder {
  let index: MiniSearch<IndexedText> | null = new MiniSearch<IndexedText>({
    fields: ['title', 'text'],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return t.length < 2 || STOPWORDS.has(t) ? null : t;
    },
    searchOptions: { combineWith: 'OR', boost: { title: 2 } },
  });
  return {
    name: 'minisearch',
    add: (doc) => index?.add(doc),
    close: () => {
      index = null;
    },
    async find(article: Article, excludeId?: string) {
      const query = topTermsQuery(`${article.title}\n${article.text}`, LIBRARY_QUERY_TERMS);
      return (index?.search(query) ?? [])
        .filter((r) => r.id !== excludeId)
        .slice(0, k)
        .map((r) => String(r.id));
    },
  };
}

/**
 * FlexSearch's Index with the universal (multi-language) Normalize charset plus a stop-word filter,
 * the default strict tokenizer, and `suggest: true` so documents matching only some query words are
 * returned, ranked — without it a many-word query is an AND and finds nothing.
 */
export function flexSearchFinder(k: number): LibraryFinder {
  let index: Index | null = new Index({
    tokenize: 'strict',
    resolution: 9,
    encoder: new Encoder(Charset.Normalize).assign({ filter: STOPWORDS as Set<string> }),
  });
  let ids: string[] = [];
  return {
    name: 'flexsearch',
    add: (doc) => {
      ids.push(doc.id);
      index?.add(ids.length - 1, `${doc.title}\n${doc.text}`);
    },
    close: () => {
      index = null;
      ids = [];
    },
    async find(article: Article, excludeId?: string) {
      const query = topTermsQuery(`${article.title}\n${article.text}`, LIBRARY_QUERY_TERMS);
      return ((index?.search(query, { limit: k + 1, suggest: true }) ?? []) as number[])
        .map((n) => ids[n] as string)
        .filter((id) => id !== excludeId)
        .slice(0, k);
    },
  };
}
