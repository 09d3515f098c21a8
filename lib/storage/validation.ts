import type { Article } from '../extraction/article';
import { isObject } from '../protocol/is-object';
import { isWebUrl } from '../protocol/web-url';
import { DOCUMENT_SOURCES, type DocumentRecord, type DocumentSource, type VersionEntry } from './schema';

/** Upper bounds keep a hostile or broken import from filling the quota with one field. */
export const LIMITS = {
  title: 1000,
  byline: 500,
  outlet: 300,
  url: 4096,
  lang: 35,
  text: 1_000_000,
  excerpt: 5000,
  history: 1000,
  id: 300,
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

// Extraction hashes with 64-bit FNV-1a (16 hex digits); any longer hex digest is accepted too.
const HASH = /^[0-9a-f]{16,64}$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

class Invalid extends Error {}

function string(obj: Record<string, unknown>, field: string, max: number, path: string): string {
  const value = obj[field];
  if (typeof value !== 'string') throw new Invalid(`${path}${field} must be a string`);
  if (value.length > max) throw new Invalid(`${path}${field} is too long (${value.length} characters, at most ${max})`);
  return value;
}

function nullableString(obj: Record<string, unknown>, field: string, max: number, path: string): string | null {
  if (obj[field] === null) return null;
  if (!(field in obj)) throw new Invalid(`${path}${field} is missing (use null when unknown)`);
  return string(obj, field, max, path);
}

function isoDate(obj: Record<string, unknown>, field: string, path: string): string {
  const value = string(obj, field, 40, path);
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Invalid(`${path}${field} must be an ISO date, got "${value}"`);
  }
  return value;
}

function nullableIsoDate(obj: Record<string, unknown>, field: string, path: string): string | null {
  if (obj[field] === null) return null;
  if (!(field in obj)) throw new Invalid(`${path}${field} is missing (use null when unknown)`);
  return isoDate(obj, field, path);
}

function url(obj: Record<string, unknown>, field: string, path: string): string | null {
  const value = nullableString(obj, field, LIMITS.url, path);
  if (value !== null && !isWebUrl(value)) throw new Invalid(`${path}${field} is not an http(s) address`);
  return value;
}

function hash(obj: Record<string, unknown>, field: string, path: string): string {
  const value = string(obj, field, 64, path);
  if (!HASH.test(value)) throw new Invalid(`${path}${field} must be a lowercase hex digest (16 to 64 characters)`);
  return value;
}

function articleOrThrow(value: unknown, path: string): Article {
  if (!isObject(value)) throw new Invalid(`${path || 'article'} must be an object`);
  const lang = string(value, 'lang', LIMITS.lang, path);
  if (!LANG.test(lang)) throw new Invalid(`${path}lang must be a language tag such as "ru" or "und", got "${lang}"`);
  const text = string(value, 'text', LIMITS.text, path);
  if (text.trim() === '') throw new Invalid(`${path}text is empty`);
  // Built field by field so unknown properties from an import never reach the database.
  return {
    title: string(value, 'title', LIMITS.title, path),
    byline: nullableString(value, 'byline', LIMITS.byline, path),
    outlet: string(value, 'outlet', LIMITS.outlet, path),
    url: url(value, 'url', path),
    canonicalUrl: url(value, 'canonicalUrl', path),
    published: nullableIsoDate(value, 'published', path),
    lang,
    text,
    excerpt: nullableString(value, 'excerpt', LIMITS.excerpt, path),
    contentHash: hash(value, 'contentHash', path),
  };
}

function historyOrThrow(value: unknown, path: string): VersionEntry[] {
  if (!Array.isArray(value)) throw new Invalid(`${path}history must be an array`);
  if (value.length > LIMITS.history) throw new Invalid(`${path}history has more than ${LIMITS.history} entries`);
  return value.map((entry: unknown, i) => {
    const at = `${path}history[${i}].`;
    if (!isObject(entry)) throw new Invalid(`${path}history[${i}] must be an object`);
    return {
      contentHash: hash(entry, 'contentHash', at),
      savedAt: isoDate(entry, 'savedAt', at),
      published: nullableIsoDate(entry, 'published', at),
    };
  });
}

function sourceOrThrow(value: unknown, path: string): DocumentSource {
  if (!DOCUMENT_SOURCES.includes(value as DocumentSource))
    throw new Invalid(`${path}source must be one of ${DOCUMENT_SOURCES.map((s) => `"${s}"`).join(', ')}`);
  return value as DocumentSource;
}

function check<T>(run: () => T): Checked<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: error.message };
    throw error;
  }
}

/** Checks every Article field's type and bounds; returns a copy holding only Article fields. */
export function validateArticle(value: unknown, path = 'article.'): Checked<Article> {
  return check(() => articleOrThrow(value, path));
}

export function validateHistory(value: unknown, path = ''): Checked<VersionEntry[]> {
  return check(() => historyOrThrow(value, path));
}

export function validateSource(value: unknown, path = ''): Checked<DocumentSource> {
  return check(() => sourceOrThrow(value, path));
}

export function validateIsoDate(obj: Record<string, unknown>, field: string, path = ''): Checked<string> {
  return check(() => isoDate(obj, field, path));
}

/** Checks a row read back from the documents store; a failure marks it corrupt. */
export function validateDocumentRecord(value: unknown): Checked<DocumentRecord> {
  return check(() => {
    if (!isObject(value)) throw new Invalid('record is not an object');
    const id = string(value, 'id', LIMITS.id, '');
    const article = articleOrThrow(value.article, 'article.');
    const sizeBytes = value.sizeBytes;
    if (typeof sizeBytes !== 'number' || !Number.isFinite(sizeBytes)) throw new Invalid('sizeBytes must be a number');
    const record: DocumentRecord = {
      id,
      source: sourceOrThrow(value.source, ''),
      article,
      contentHash: hash(value, 'contentHash', ''),
      storedAt: isoDate(value, 'storedAt', ''),
      updatedAt: isoDate(value, 'updatedAt', ''),
      sizeBytes,
      history: historyOrThrow(value.history, ''),
    };
    if (typeof value.canonicalUrl === 'string') record.canonicalUrl = value.canonicalUrl;
    if (typeof value.feedId === 'string') record.feedId = value.feedId;
    return record;
  });
}
