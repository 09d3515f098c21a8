/**
 * The one validation of an article that crossed a boundary: the content script's reply to the worker,
 * a library import or a stored row (lib/storage/validation.ts), a file given to the CLI
 * (lib/cli/article-from-file.ts). A valibot schema, so the rules are read in one place and the checked
 * value is a fresh object holding only Article fields (unknown properties never reach the database).
 *
 * Messages are shown to readers (import reports, the CLI, the popup), so each names the field and says
 * what is wrong: `article.title is too long (1,200 characters, at most 1000)`.
 */
import * as v from 'valibot';
import type { Article, ExtractionResult } from '../extraction/article';
import { ARTICLE_FIELD_LIMITS } from '../extraction/article-limits';
import { isObject } from './is-object';
import { isWebUrl } from './web-url';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

// Extraction hashes with 64-bit FNV-1a (16 hex digits); any longer hex digest is accepted too.
const HASH = /^[0-9a-f]{16,64}$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const shown = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 80) : String(value));
const typeMessage = (what: string) => (): string => `must be ${what}`;

/** A string of at most `max` characters. */
export const boundedString = (max: number) =>
  v.pipe(
    v.string(typeMessage('a string')),
    v.maxLength(max, (issue) => `is too long (${(issue.input as string).length} characters, at most ${max})`),
  );

/**
 * A field that may be null but must be there: a hand-written or damaged record that leaves it out is told
 * to write null, never taken for "unknown".
 */
export const present = <T extends v.GenericSchema<unknown, unknown>>(schema: T) =>
  v.union([v.null(), schema], (issue) =>
    issue.input === undefined ? 'is missing (use null when unknown)' : (issue.issues?.[1]?.message ?? 'is invalid'),
  );

/**
 * The message for an object's fields: a missing field is named with the message its own schema gives
 * for nothing (`must be a string`, `is missing (use null when unknown)`), as if it were there and undefined.
 */
function fieldMessage(entries: v.ObjectEntries, what: string) {
  return (issue: v.ObjectIssue): string => {
    const key = (issue.path?.[issue.path.length - 1] as { key?: unknown } | undefined)?.key;
    const entry = typeof key === 'string' && Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (!entry) return `must be ${what}`;
    const nothing = v.safeParse(entry, undefined);
    return nothing.success ? 'is missing' : (nothing.issues[0]?.message ?? 'is missing');
  };
}

// An array is an object to valibot; to a reader of `[…]` where a record belongs, it is not.
const record = (what: string) => v.custom<Record<string, unknown>>(isObject, `must be ${what}`);

/** An object with the given fields, each checked by its schema; unknown properties are left out. */
export function fields<const E extends v.ObjectEntries>(entries: E, what: string) {
  return v.pipe(record(what), v.object(entries, fieldMessage(entries, what)));
}

export const isoDate = v.pipe(
  boundedString(40),
  v.check(
    (value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)),
    (issue) => `must be an ISO date, got "${shown(issue.input)}"`,
  ),
);

/** A content hash (lib/extraction/content-hash.ts makes them) as the protocol and storage accept it. */
export const contentHashSchema = v.pipe(
  boundedString(64),
  v.regex(HASH, 'must be a lowercase hex digest (16 to 64 characters)'),
);

const webUrl = v.pipe(boundedString(ARTICLE_FIELD_LIMITS.url), v.check(isWebUrl, 'is not an http(s) address'));

const languageTag = v.pipe(
  boundedString(ARTICLE_FIELD_LIMITS.lang),
  v.regex(LANG, (issue) => `must be a language tag such as "ru" or "und", got "${shown(issue.input)}"`),
);

// The fields in the order they are checked: a damaged row is named by its most telling gap (no language,
// no text) first.
const ARTICLE_FIELDS = fields(
  {
    lang: languageTag,
    text: v.pipe(
      boundedString(ARTICLE_FIELD_LIMITS.text),
      v.check((text) => text.trim() !== '', 'is empty'),
    ),
    title: boundedString(ARTICLE_FIELD_LIMITS.title),
    byline: present(boundedString(ARTICLE_FIELD_LIMITS.byline)),
    outlet: boundedString(ARTICLE_FIELD_LIMITS.outlet),
    url: present(webUrl),
    canonicalUrl: present(webUrl),
    published: present(isoDate),
    excerpt: present(boundedString(ARTICLE_FIELD_LIMITS.excerpt)),
    contentHash: contentHashSchema,
    truncated: v.optional(v.boolean(typeMessage('true or false'))),
  },
  'an object',
);

/** An Article: every field's type and bounds; the value is a copy in Article's own field order. */
export const articleSchema = v.pipe(
  ARTICLE_FIELDS,
  v.transform(
    (a): Article => ({
      title: a.title,
      byline: a.byline,
      outlet: a.outlet,
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      published: a.published,
      lang: a.lang,
      text: a.text,
      excerpt: a.excerpt,
      contentHash: a.contentHash,
      ...(a.truncated ? { truncated: true } : {}),
    }),
  ),
);

/** What the content script answers to `extract-page`: an article, or why there is none. */
export const extractionSchema = v.pipe(
  record('an extraction result'),
  v.variant(
    'ok',
    [
      v.object({ ok: v.literal(true), article: articleSchema }, fieldMessage({ article: articleSchema }, 'an object')),
      v.object(
        {
          ok: v.literal(false),
          reason: v.picklist(['not-article', 'empty', 'too-large', 'error'], 'must be a known reason'),
          message: boundedString(2000),
        },
        (issue) => (issue.path ? 'is missing' : 'must be an object'),
      ),
    ],
    typeMessage('true or false'),
  ),
);

/** Where an issue lies, as a reader reads a path: `article.title`, `history[2].savedAt`. */
function where(root: string, issue: v.BaseIssue<unknown>): string {
  let out = root;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Checks `value` against a schema, stopping at the first problem. The message names the field from
 * `root` (`article` → `article.lang must be a string`; '' for a record whose fields are named by
 * themselves), and the value itself as `whole` when the problem is the value as a whole.
 */
export function checkWith<T extends v.GenericSchema<unknown, unknown>>(
  schema: T,
  value: unknown,
  root: string,
  whole = root,
): Checked<v.InferOutput<T>> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return { ok: false, message: `${where(root, issue) || whole || 'value'} ${issue.message}` };
}

/** Checks every Article field's type and bounds; returns a copy holding only Article fields. */
export function validateArticle(value: unknown, root = 'article'): Checked<Article> {
  return checkWith(articleSchema, value, root);
}

/**
 * The content script's answer to `extract-page`, checked before the worker compares or keeps it: the
 * page's own script may have tampered with what the content script read.
 */
export function validateExtraction(value: unknown): Checked<ExtractionResult> {
  return checkWith(extractionSchema, value, 'extraction');
}
