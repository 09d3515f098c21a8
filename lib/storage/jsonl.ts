import { errorMessage } from '../error-message';
/**
 * The export/import file format, one JSON object per line. Pure (no IndexedDB) so the CLI can read
 * exports too. Line 1 is a header; every other line is a document:
 *   {"type":"parallax-export","version":1,"exportedAt":"..."}
 *   {"type":"parallax-document","version":1,"article":{...},"source":"stored","storedAt":"...","updatedAt":"...","history":[...]}
 */
import type { Article } from '../extraction/article';
import { validateArticle } from '../protocol/article-schema';
import type { LineError, LineErrorKind } from '../protocol/import-report';
import { isObject } from '../protocol/is-object';
import type { DocumentSource, VersionEntry } from './schema';
import { validateHistory, validateIsoDate, validateSource } from './validation';

export const EXPORT_FORMAT_VERSION = 1;
/** Longest line we try to parse: the largest allowed text plus JSON escaping and metadata. */
export const MAX_LINE_LENGTH = 8_000_000;

export interface ExportHeader {
  type: 'parallax-export';
  version: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
}

export interface ExportedDocument {
  type: 'parallax-document';
  version: typeof EXPORT_FORMAT_VERSION;
  article: Article;
  source: DocumentSource;
  storedAt: string;
  updatedAt: string;
  /** Always contains the version of `article` (added on parse when a file omits it). */
  history: VersionEntry[];
}

export type JsonlLine = { kind: 'header'; header: ExportHeader } | { kind: 'document'; document: ExportedDocument };

type LineChecked<T> = { ok: true; value: T } | { ok: false; kind: LineErrorKind; message: string };
const invalid = (checked: { ok: false; message: string }): { ok: false; kind: LineErrorKind; message: string } => ({
  ok: false,
  kind: 'invalid',
  message: checked.message,
});

export interface ParsedExport {
  header: ExportHeader | null;
  documents: Array<{ line: number; document: ExportedDocument }>;
  errors: LineError[];
}

export function formatHeader(exportedAt: string): string {
  const header: ExportHeader = { type: 'parallax-export', version: EXPORT_FORMAT_VERSION, exportedAt };
  return JSON.stringify(header);
}

export function formatDocument(document: Omit<ExportedDocument, 'type' | 'version'>): string {
  // Explicit field order keeps exports diffable and drops anything that is not part of the format.
  const line: ExportedDocument = {
    type: 'parallax-document',
    version: EXPORT_FORMAT_VERSION,
    article: document.article,
    source: document.source,
    storedAt: document.storedAt,
    updatedAt: document.updatedAt,
    history: document.history,
  };
  return JSON.stringify(line);
}

function checkVersion(obj: Record<string, unknown>, what: string): string | null {
  if (obj.version === EXPORT_FORMAT_VERSION) return null;
  return `${what} has format version ${JSON.stringify(obj.version)}; this version of Parallax reads version ${EXPORT_FORMAT_VERSION}`;
}

function parseHeader(obj: Record<string, unknown>): LineChecked<JsonlLine> {
  const versionProblem = checkVersion(obj, 'The export');
  if (versionProblem) return { ok: false, kind: 'version', message: versionProblem };
  const exportedAt = validateIsoDate(obj, 'exportedAt');
  if (!exportedAt.ok) return invalid(exportedAt);
  return {
    ok: true,
    value: {
      kind: 'header',
      header: { type: 'parallax-export', version: EXPORT_FORMAT_VERSION, exportedAt: exportedAt.value },
    },
  };
}

function parseDocument(obj: Record<string, unknown>): LineChecked<JsonlLine> {
  const versionProblem = checkVersion(obj, 'The document');
  if (versionProblem) return { ok: false, kind: 'version', message: versionProblem };
  const article = validateArticle(obj.article);
  if (!article.ok) return invalid(article);
  const source = validateSource(obj.source);
  if (!source.ok) return invalid(source);
  const storedAt = validateIsoDate(obj, 'storedAt');
  if (!storedAt.ok) return invalid(storedAt);
  const history = validateHistory(obj.history ?? []);
  if (!history.ok) return invalid(history);
  let updatedAt = storedAt.value;
  if (obj.updatedAt !== undefined) {
    const checked = validateIsoDate(obj, 'updatedAt');
    if (!checked.ok) return invalid(checked);
    updatedAt = checked.value;
  }
  const versions = history.value;
  if (!versions.some((entry) => entry.contentHash === article.value.contentHash)) {
    versions.push({ contentHash: article.value.contentHash, savedAt: updatedAt, published: article.value.published });
  }
  return {
    ok: true,
    value: {
      kind: 'document',
      document: {
        type: 'parallax-document',
        version: EXPORT_FORMAT_VERSION,
        article: article.value,
        source: source.value,
        storedAt: storedAt.value,
        updatedAt,
        history: versions,
      },
    },
  };
}

/** Parses and validates one non-blank line. */
export function parseLine(line: string): LineChecked<JsonlLine> {
  if (line.length > MAX_LINE_LENGTH) {
    return {
      ok: false,
      kind: 'too-long',
      message: `Line is too long (${line.length} characters, at most ${MAX_LINE_LENGTH})`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, kind: 'not-json', message: `Not valid JSON: ${errorMessage(error)}` };
  }
  if (!isObject(value)) return { ok: false, kind: 'not-object', message: 'Expected a JSON object' };
  if (value.type === 'parallax-export') return parseHeader(value);
  if (value.type === 'parallax-document') return parseDocument(value);
  return {
    ok: false,
    kind: 'unknown-type',
    message: `Unknown line type ${JSON.stringify(value.type)} (expected "parallax-document")`,
  };
}

/**
 * Parses an export, or a part of one starting at file line `firstLine` (the options page sends a large
 * file in parts; only the part starting at line 1 has the header). Bad lines are reported with their
 * numbers in the file and left out.
 */
export function parseJsonl(text: string, firstLine = 1): ParsedExport {
  const result: ParsedExport = { header: null, documents: [], errors: [] };
  let seenContent = firstLine > 1;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = firstLine + i;
    if (raw.trim() === '') return;
    const first = !seenContent;
    seenContent = true;
    const parsed = parseLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw);
    if (!parsed.ok) {
      result.errors.push({ line, kind: parsed.kind, message: parsed.message });
      return;
    }
    if (parsed.value.kind === 'header') {
      if (first) result.header = parsed.value.header;
      else
        result.errors.push({
          line,
          kind: 'misplaced-header',
          message: 'Unexpected export header in the middle of the file',
        });
      return;
    }
    if (first) {
      // Still import the documents: each line is self-describing.
      result.errors.push({
        line,
        kind: 'missing-header',
        message: 'Missing export header; is this a Parallax export?',
      });
    }
    result.documents.push({ line, document: parsed.value.document });
  });
  return result;
}

export type { LineError, LineErrorKind };
