/** Ten times a long-form feature; beyond it the rest is comments, appendices or a dump. */
export const DEFAULT_MAX_CHARS = 200_000;

/**
 * Upper bounds of an article's fields wherever it crosses a boundary (lib/protocol/article-schema.ts), so
 * a hostile or broken page, import or file cannot fill the quota with one field. Extraction clips the
 * page's own metadata to them; real headlines, bylines and site names stay far below.
 */
export const ARTICLE_FIELD_LIMITS = {
  title: 1000,
  byline: 500,
  outlet: 300,
  url: 4096,
  lang: 35,
  text: 1_000_000,
  excerpt: 5000,
} as const;
