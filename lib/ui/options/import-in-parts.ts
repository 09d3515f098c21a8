import type { LineError } from '../../protocol/import-report';
import { type ImportOutcome, MAX_IMPORT_CHARS, ProtocolError } from '../../protocol/messages';

/**
 * An export is sent to the worker in parts, each answered within seconds: the browser may stop a service
 * worker at any time (Chrome does after 30 s idle, or when it restarts it), and a part cut short is simply
 * sent again, since importing a page that is already stored changes nothing.
 */
export const IMPORT_PART = {
  /** Lines per part: about a second of analysis on a slow machine. */
  lines: 200,
  /** Characters per part, so a few huge lines still make small messages. */
  chars: 4_000_000,
  /** Times a part is sent again after the worker stopped before answering. */
  retries: 3,
};

/** Largest file the options page reads; the type check looks at this many first bytes. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;
export const SNIFF_BYTES = 64 * 1024;

/**
 * What is wrong with a file chosen for import, checked before its text is read: larger than an import
 * may be, or not text (a NUL byte in its first 64 KB: an image, an archive, UTF-16).
 */
export async function importFileProblem(file: Blob): Promise<'too-large' | 'not-text' | null> {
  if (file.size > MAX_IMPORT_BYTES) return 'too-large';
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return head.includes(0) ? 'not-text' : null;
}

export interface ImportPart {
  text: string;
  /** File line number of the part's first line (1-based). */
  firstLine: number;
  /** Non-blank lines in the part. */
  lines: number;
}

export interface ImportRun extends ImportOutcome {
  /** Documents (non-blank, non-header lines) in the file. */
  total: number;
  /** Lines answered so far. */
  done: number;
  /** The file line at which the import was cut short because no answer came, and why. */
  interrupted?: { line: number; error: unknown };
}

const isHeader = (line: string): boolean => /^\uFEFF?\s*\{\s*"type"\s*:\s*"parallax-export"/.test(line);

/** Splits an export into parts at line boundaries; line numbers stay the file's. */
export function splitImport(text: string): { parts: ImportPart[]; total: number } {
  const lines = text.split('\n');
  const parts: ImportPart[] = [];
  let total = 0;
  let start = 0;
  while (start < lines.length) {
    let end = start;
    let chars = 0;
    let count = 0;
    while (end < lines.length && count < IMPORT_PART.lines && (count === 0 || chars < IMPORT_PART.chars)) {
      const line = lines[end] as string;
      chars += line.length + 1;
      if (line.trim() !== '') {
        count++;
        if (!(end === 0 && isHeader(line))) total++;
      }
      end++;
    }
    if (count > 0) parts.push({ text: lines.slice(start, end).join('\n'), firstLine: start + 1, lines: count });
    start = end;
  }
  return { parts, total };
}

/** Whether the worker went away before answering (stopped, restarted): worth sending the part again. */
const noAnswer = (error: unknown): boolean => error instanceof ProtocolError && error.code === 'disconnected';

/**
 * Imports a whole export through `send`, part by part, reporting progress. A part the worker did not
 * answer is sent again (up to IMPORT_PART.retries times); if it still gets no answer, or fails otherwise,
 * the run stops there and says at which line, with what was imported so far. Storage that is full
 * or closed (`stoppedAt`) ends it too.
 */
export async function importInParts(
  text: string,
  send: (part: ImportPart) => Promise<ImportOutcome>,
  onProgress: (run: ImportRun) => void = () => undefined,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<ImportRun> {
  const { parts, total } = splitImport(text);
  const run: ImportRun = { imported: 0, unchanged: 0, errors: [], total, done: 0 };
  for (const part of parts) {
    let outcome: ImportOutcome | null = null;
    for (let attempt = 0; outcome === null; attempt++) {
      try {
        outcome = await send(part);
      } catch (error) {
        if (!noAnswer(error) || attempt >= IMPORT_PART.retries) {
          run.interrupted = { line: part.firstLine, error };
          return run;
        }
        // The next message wakes a new worker; give the browser a moment to start it.
        await pause(500 * (attempt + 1));
      }
    }
    run.imported += outcome.imported;
    run.unchanged += outcome.unchanged;
    run.errors.push(...outcome.errors);
    run.done += part.lines;
    if (outcome.stoppedAt !== undefined) {
      run.stoppedAt = outcome.stoppedAt;
      break;
    }
    onProgress({ ...run });
  }
  return run;
}

/** The errors to list, by line, each line once (a part sent again may report a line twice). */
export function lineErrors(errors: readonly LineError[]): LineError[] {
  const seen = new Set<string>();
  return [...errors]
    .sort((a, b) => a.line - b.line)
    .filter((e) => {
      const key = `${e.line}:${e.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
