import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { errorMessage } from '../error-message';
import { collapseSpaces } from '../text/normalise';
import type { Article, ExtractionResult } from './article';
import { ARTICLE_FIELD_LIMITS, DEFAULT_MAX_CHARS } from './article-limits';
import { judgeArticleShape } from './article-shape';
import { refineTitle, titleFromText } from './article-title';
import { type ComposeOptions, composeDocument, needsComposition } from './composed-document';
import { contentHash } from './content-hash';
import { checkDocumentSize } from './document-size';
import { outletName } from './outlet-name';
import { resolvePageLanguage } from './page-language';
import { paragraphText } from './paragraph-text';
import { plainText } from './plain-text';
import { findPublished } from './published-date';

export interface ExtractOptions {
  /** The page's address; needed in Node, where parsed documents have none. */
  url?: string;
  /** Longest article text kept, cut at a paragraph boundary. */
  maxChars?: number;
  /** Reads closed shadow roots too (content scripts can); open ones are always read. */
  shadowRootOf?: ComposeOptions['shadowRootOf'];
}

/**
 * Below this, a page Readability's quick check already doubts (isProbablyReaderable) is taken as
 * not an article; above it, the text is substantial enough to read whatever the check said.
 */
const DOUBTED_PAGE_MIN_CHARS = 1000;

export { DEFAULT_MAX_CHARS };

const failure = (reason: Extract<ExtractionResult, { ok: false }>['reason'], message: string): ExtractionResult => ({
  ok: false,
  reason,
  message,
});

const httpUrl = (value: string | null | undefined, base?: string): string | null => {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    // An address past the bound is no address to cite or to keep.
    return /^https?:$/.test(url.protocol) && url.href.length <= ARTICLE_FIELD_LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
};

/** Metadata cut to its bound (lib/protocol/article-schema.ts refuses longer), at a character, not inside a pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** linkedom throws from `body` when a document has no root element; browsers return null. */
function safeBody(doc: Document): HTMLElement | null {
  try {
    return doc.body ?? null;
  } catch {
    return null;
  }
}

function truncate(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  const cut = text.lastIndexOf('\n', maxChars);
  return { text: text.slice(0, cut > 0 ? cut : maxChars), truncated: true };
}

/** The page's visible headline: the `<h1>` that matches the title, else the only/first `<h1>`. */
function findHeadline(doc: Document, title: string): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const wanted = title.toLowerCase();
  return (
    h1s.find((h) => {
      const text = collapseSpaces(h.textContent ?? '').toLowerCase();
      return text.length > 0 && (wanted.includes(text) || text.includes(wanted));
    }) ??
    h1s[0] ??
    null
  );
}

/**
 * Makes sure Readability sees the page's URL on the clone: it resolves links against `baseURI`,
 * which linkedom documents lack (browsers copy it on clone).
 */
function giveUrl(clone: Document, url: string | null): void {
  if (!url || (typeof clone.baseURI === 'string' && /^https?:/.test(clone.baseURI))) return;
  for (const key of ['baseURI', 'documentURI'] as const) {
    try {
      Object.defineProperty(clone, key, { value: url, configurable: true });
    } catch {
      // A host object that refuses the property keeps its own; links then stay relative.
    }
  }
}

function declaredLanguage(doc: Document): string | null {
  const root = doc.documentElement;
  return (
    root?.getAttribute('lang') ||
    root?.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    null
  );
}

/**
 * Reads the article out of a page. Works on a clone, so the page the reader sees is never
 * changed, and never throws: a page that is not an article, is empty, too large or breaks the
 * parser gives `ok: false` with a message a reader can understand.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  try {
    const live = doc.documentElement;
    if (live) {
      // Refused before anything is copied: a huge page is not cloned, let alone composed.
      const size = checkDocumentSize(live);
      if (!size.ok) return failure('too-large', size.message);
    }
    const shadows = { shadowRootOf: options.shadowRootOf };
    // Web components' shadow content is part of what the reader sees, so it is always read.
    const page = needsComposition(doc, shadows) ? composeDocument(doc, shadows) : doc;
    const result = extract(page, options);
    if (result.ok || result.reason === 'too-large') return result;
    // No article in the page itself: it may be in a frame of the same site.
    const framed = { ...shadows, frames: true };
    return needsComposition(doc, framed) ? extract(composeDocument(doc, framed), options) : result;
  } catch (error) {
    return failure('error', `The page could not be read: ${errorMessage(error)}`);
  }
}

function extract(doc: Document, options: ExtractOptions): ExtractionResult {
  const root = doc.documentElement;
  const body = root ? safeBody(doc) : null;
  if (!root || !body) return failure('empty', 'The page has no body, so there is no text to read.');
  const size = checkDocumentSize(root);
  if (!size.ok) return failure('too-large', size.message);
  // Visible text only: an app shell's inline scripts are not text a reader sees. The whole root
  // is read, not `body`: linkedom splits broken markup into several bodies, the first empty.
  if (paragraphText(root).length === 0) return failure('empty', 'The page has no text to read.');

  const url = httpUrl(options.url) ?? httpUrl(doc.URL) ?? httpUrl(doc.documentURI);
  const readerable = isProbablyReaderable(doc);
  // Readability rewrites the document it reads; metadata below is still read from `doc`.
  const clone = doc.cloneNode(true) as Document;
  giveUrl(clone, url);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return failure('not-article', 'No article text was found on this page.');

  const fullText = paragraphText(content);
  if (!readerable && fullText.length < DOUBTED_PAGE_MIN_CHARS) {
    return failure('not-article', 'This page does not look like an article: there is no substantial block of text.');
  }
  const shape = judgeArticleShape(content as Element, fullText, url);
  if (shape) return failure(shape.reason, shape.message);
  const { text, truncated } = truncate(fullText, options.maxChars ?? DEFAULT_MAX_CHARS);

  const documentTitle = plainText(doc.title);
  const title = clip(
    plainText(refineTitle(parsed.title ?? '', doc)) || documentTitle || titleFromText(text),
    ARTICLE_FIELD_LIMITS.title,
  );
  const lang = resolvePageLanguage(declaredLanguage(doc), text);
  const canonicalUrl =
    httpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url ?? undefined) ??
    httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), url ?? undefined);
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');

  const article: Article = {
    title,
    byline: clip(plainText(parsed.byline), ARTICLE_FIELD_LIMITS.byline) || null,
    outlet: clip(
      outletName(parsed.siteName, [canonicalUrl, ogUrl, url]) ?? 'Unknown outlet',
      ARTICLE_FIELD_LIMITS.outlet,
    ),
    url,
    canonicalUrl,
    published: findPublished(doc, parsed.publishedTime, findHeadline(doc, title), lang),
    lang,
    text,
    excerpt: clip(plainText(parsed.excerpt), ARTICLE_FIELD_LIMITS.excerpt) || null,
    contentHash: contentHash(text),
  };
  if (truncated) article.truncated = true;
  return { ok: true, article };
}
