import type { ExtractionResult } from '../extraction/article';
import type { LineErrorKind } from '../protocol/import-report';
import { type ErrorCode, ProtocolError } from '../protocol/messages';
import type { Translate } from '../report/translate';

/**
 * What the reader is told when something fails: always Parallax's own sentence, in the UI language,
 * chosen by the error's code. The English `message` of a reply and whatever the browser threw (its
 * "message channel closed", "Cannot access contents of url…") are for logs, never shown.
 */

const CODES: readonly ErrorCode[] = [
  'bad-request',
  'unknown-type',
  'forbidden',
  'no-access',
  'storage',
  'page-changed',
  'disconnected',
  'internal',
];
const STORAGE_REASONS = [
  'quota-exceeded',
  'upgrade-blocked',
  'upgrade-failed',
  'corrupt-record',
  'not-found',
  'invalid-input',
  'closed',
  'transaction-failed',
] as const;
type FailureReason = Extract<ExtractionResult, { ok: false }>['reason'];
const EXTRACTION_REASONS: readonly FailureReason[] = ['not-article', 'empty', 'too-large', 'error'];
const LINE_KINDS: readonly LineErrorKind[] = [
  'too-long',
  'not-json',
  'not-object',
  'unknown-type',
  'version',
  'invalid',
  'misplaced-header',
  'missing-header',
  'analysis',
  'storage',
];

const snake = (s: string): string => s.replace(/-/g, '_');
const known = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Why a page could not be read as an article (the popup's explanation under "not a news article"). */
export function notArticleText(reason: string | undefined, t: Translate): string {
  return t(`notArticle_${snake(known(EXTRACTION_REASONS, reason) ? reason : 'not-article')}`);
}

/** A storage failure (quota, a closed library, a damaged record…) in the reader's words. */
export function storageText(reason: string | undefined, t: Translate): string {
  return known(STORAGE_REASONS, reason) ? t(`error_storage_${snake(reason)}`) : t('error_storage');
}

/** Any failure of a request to the worker, or of anything else the UI awaited. */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ProtocolError)) return t('error_internal');
  if (error.code === 'not-article') return notArticleText(error.reason, t);
  if (error.code === 'storage') return storageText(error.reason, t);
  return t(`error_${snake(known(CODES, error.code) ? error.code : 'internal')}`);
}

/** Why one line of an import file was left out. */
export function lineErrorText(error: { kind?: string; reason?: string }, t: Translate): string {
  if (error.kind === 'storage') return storageText(error.reason, t);
  return t(`importLine_${snake(known(LINE_KINDS, error.kind) ? error.kind : 'invalid')}`);
}
