import type { IDBPDatabase } from 'idb';
import { errorMessage } from '../error-message';
import { type AnalyzeDocument, type IncomingDocument, upsertStored } from './documents';
import { StorageError } from './errors';
import { formatDocument, formatHeader, type LineError, parseJsonl } from './jsonl';
import type { CorpusSchema, CorruptRecord } from './schema';
import { readTransaction, writeTransaction } from './transaction';
import { validateDocumentRecord } from './validation';

export interface ExportResult {
  /** Header line plus one line per stored document, each ending in `\n`. */
  jsonl: string;
  count: number;
  /** Damaged rows left out of the export. */
  corrupt: CorruptRecord[];
}

export interface ImportResult {
  /** Documents created or updated. */
  imported: number;
  /** Documents already present with the same text (or an older one than stored). */
  unchanged: number;
  errors: LineError[];
  /** Set when storage could go no further (full, or closed): the line it stopped at; later lines were not read. */
  stoppedAt?: number;
}

/** Exports the reader's stored pages (seeds ship with the extension, so they are left out). */
export async function exportJsonl(db: IDBPDatabase<CorpusSchema>, now: Date): Promise<ExportResult> {
  const [rows, keys] = await readTransaction(db, (tx) => {
    const bySource = tx.objectStore('documents').index('source');
    return Promise.all([bySource.getAll('stored'), bySource.getAllKeys('stored')]);
  });
  const lines = [formatHeader(now.toISOString())];
  const corrupt: CorruptRecord[] = [];
  rows.forEach((row: unknown, i) => {
    const checked = validateDocumentRecord(row);
    if (!checked.ok) {
      corrupt.push({ store: 'documents', key: String(keys[i]), message: checked.message });
      return;
    }
    const { article, source, storedAt, updatedAt, history } = checked.value;
    lines.push(formatDocument({ article, source, storedAt, updatedAt, history }));
  });
  return { jsonl: `${lines.join('\n')}\n`, count: lines.length - 1, corrupt };
}

/**
 * Imports an export line by line. Bad lines are reported with their number and skipped; each good
 * line is merged in its own transaction with the same de-duplication as a save, so an existing page
 * is only replaced by a newer version of itself. Everything is imported as the reader's own page.
 */
export async function importJsonl<E>(
  db: IDBPDatabase<CorpusSchema>,
  text: string,
  analyze: AnalyzeDocument<E>,
  firstLine = 1,
): Promise<ImportResult> {
  const parsed = parseJsonl(text, firstLine);
  const result: ImportResult = { imported: 0, unchanged: 0, errors: [...parsed.errors] };
  for (const [position, { line, document }] of parsed.documents.entries()) {
    const incoming: IncomingDocument<E> = {
      article: document.article,
      storedAt: document.storedAt,
      updatedAt: document.updatedAt,
      history: document.history,
      replaceText: 'if-newer',
    };
    try {
      // First pass without analysis: duplicates (the common case when re-importing) never pay for it.
      let outcome = await writeTransaction(db, (tx) => upsertStored(tx, incoming));
      if (outcome.status === 'needs-analysis') {
        try {
          incoming.analysis = await analyze(document.article);
        } catch (error) {
          result.errors.push({
            line,
            kind: 'analysis',
            message: `Could not analyse this article: ${errorMessage(error)}`,
          });
          continue;
        }
        outcome = await writeTransaction(db, (tx) => upsertStored(tx, incoming));
      }
      if (outcome.status === 'unchanged') result.unchanged++;
      else result.imported++;
    } catch (error) {
      const storage = error instanceof StorageError ? error : null;
      result.errors.push({
        line,
        kind: 'storage',
        message: storage ? storage.message : errorMessage(error),
        reason: storage?.code ?? 'transaction-failed',
      });
      if (storage && (storage.code === 'quota-exceeded' || storage.code === 'closed')) {
        if (position < parsed.documents.length - 1) result.stoppedAt = line;
        break;
      }
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
