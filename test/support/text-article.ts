import type { Article } from '../../lib/extraction/article';

/** An article of plain text in one language, as the engine reads it, for tests of analysis on sentences. */
export const textArticle = (text: string, lang: string, published = '2026-01-06'): Article => ({
  title: '',
  byline: null,
  outlet: 'test',
  url: null,
  canonicalUrl: null,
  published,
  lang,
  text,
  excerpt: null,
  contentHash: '',
});
