/** A document the engine can compare: a page the reader is on, a stored page, or a bundled seed. */
export interface Article {
  title: string;
  byline: string | null;
  /** Publisher's name as a reader would recognise it; never invented. */
  outlet: string;
  url: string | null;
  canonicalUrl: string | null;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) or null when the page gives none. */
  published: string | null;
  /**
   * BCP-47 primary tag: the page's declared language when its text agrees with it (so also
   * `fr`, `de`, …), otherwise detected from the text (`ru`, `uk`, `en`) or `und`. Only `ru`,
   * `uk` and `en` are analysed; other tags let the UI say which language a page is in.
   */
  lang: string;
  /** Plain text, paragraphs separated by `\n`. */
  text: string;
  excerpt: string | null;
  /** 64-bit FNV-1a (16 hex digits) of the NFC-lowercased, whitespace-collapsed text, for de-duplication. */
  contentHash: string;
  /** Set when the text was cut at `maxChars`. */
  truncated?: boolean;
}

/** Result of trying to read an article out of a page. */
export type ExtractionResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article' | 'empty' | 'too-large' | 'error'; message: string };
