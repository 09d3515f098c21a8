/**
 * Checks for what storage reads from outside its own code: import lines and rows read back from
 * IndexedDB. Articles are checked by the one article schema (lib/protocol/article-schema.ts) that the
 * worker and the CLI use too; this file adds the record around them.
 */
import * as v from 'valibot';
import { ARTICLE_FIELD_LIMITS } from '../extraction/article-limits';
import {
  articleSchema,
  boundedString,
  type Checked,
  checkWith,
  contentHashSchema,
  fields,
  isoDate,
  present,
} from '../protocol/article-schema';
import { DOCUMENT_SOURCES, type DocumentRecord, type DocumentSource, type VersionEntry } from './schema';

export type { Checked };

/** Upper bounds keep a hostile or broken import from filling the quota with one field. */
export const LIMITS = { ...ARTICLE_FIELD_LIMITS, history: 1000, id: 300 } as const;

const source = v.picklist(DOCUMENT_SOURCES, `must be one of ${DOCUMENT_SOURCES.map((s) => `"${s}"`).join(', ')}`);

const history = v.pipe(
  v.array(
    fields(
      {
        contentHash: contentHashSchema,
        savedAt: isoDate,
        published: present(isoDate),
      },
      'an object',
    ),
    'must be an array',
  ),
  v.maxLength(LIMITS.history, `has more than ${LIMITS.history} entries`),
);

const documentRecord = v.pipe(
  fields(
    {
      id: boundedString(LIMITS.id),
      source,
      article: articleSchema,
      contentHash: contentHashSchema,
      storedAt: isoDate,
      updatedAt: isoDate,
      sizeBytes: v.pipe(v.number('must be a number'), v.finite('must be a number')),
      history,
      canonicalUrl: v.optional(v.unknown()),
      feedId: v.optional(v.unknown()),
    },
    'an object',
  ),
  v.transform((value): DocumentRecord => {
    const record: DocumentRecord = {
      id: value.id,
      source: value.source,
      article: value.article,
      contentHash: value.contentHash,
      storedAt: value.storedAt,
      updatedAt: value.updatedAt,
      sizeBytes: value.sizeBytes,
      history: value.history,
    };
    if (typeof value.canonicalUrl === 'string') record.canonicalUrl = value.canonicalUrl;
    if (typeof value.feedId === 'string') record.feedId = value.feedId;
    return record;
  }),
);

export function validateHistory(value: unknown): Checked<VersionEntry[]> {
  return checkWith(history, value, 'history');
}

export function validateSource(value: unknown): Checked<DocumentSource> {
  return checkWith(source, value, 'source');
}

export function validateIsoDate(obj: Record<string, unknown>, field: string): Checked<string> {
  return checkWith(isoDate, obj[field], field);
}

/** Checks a row read back from the documents store; a failure marks it corrupt. */
export function validateDocumentRecord(value: unknown): Checked<DocumentRecord> {
  return checkWith(documentRecord, value, '', 'record');
}
