import { errorMessage } from '../error-message';
import type { Article } from '../extraction/article';
import { titleFromText } from '../extraction/article-title';
import { contentHash } from '../extraction/content-hash';
import { DEFAULT_MAX_CHARS, extractArticle } from '../extraction/extract-article';
import { resolvePageLanguage } from '../extraction/page-language';
import { parseHtml } from '../extraction/parse-html';
import { articleFromSeed } from '../extraction/seed-article';
import { validateArticle } from '../protocol/article-schema';
import { isObject } from '../protocol/is-object';
import { type FileKind, fileKind, InputError } from './input-error';

export { type FileKind, fileKind, InputError };

/**
 * Reads an exported article: a bare Article object or an export line (`{"type":"parallax-document",
 * "article":{…}}`). Fields a hand-written file may omit get neutral values; the text is required.
 */
function articleFromJson(name: string, content: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new InputError(`${name}: not valid JSON (${errorMessage(error)})`);
  }
  const raw = isObject(value) && isObject(value.article) ? value.article : value;
  if (!isObject(raw) || typeof raw.text !== 'string' || raw.text.trim() === '') {
    throw new InputError(`${name}: expected an article object with a non-empty "text"`);
  }
  const text = raw.text;
  const filled = {
    title: titleFromText(text),
    byline: null,
    outlet: 'Unknown outlet',
    url: null,
    canonicalUrl: null,
    published: null,
    lang: resolvePageLanguage(null, text),
    excerpt: null,
    ...raw,
    contentHash: typeof raw.contentHash === 'string' ? raw.contentHash : contentHash(text),
  };
  const checked = validateArticle(filled);
  if (!checked.ok) throw new InputError(`${name}: ${checked.message}`);
  return checked.value;
}

/** Turns a seed-format `.txt`, an `.html` page or an exported `.json` article into an Article. */
export function articleFromFile(name: string, content: string): Article {
  const kind = fileKind(name);
  if (kind === 'json') return articleFromJson(name, content);
  if (kind === 'html') {
    const result = extractArticle(parseHtml(content), {});
    if (!result.ok) throw new InputError(`${name}: ${result.message}`);
    return result.article;
  }
  const article = articleFromSeed(name, content, { maxChars: DEFAULT_MAX_CHARS });
  if (article.text.trim() === '') throw new InputError(`${name}: the file has no text`);
  return article;
}
