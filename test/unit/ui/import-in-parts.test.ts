import { describe, expect, it } from 'vitest';
import { type ImportOutcome, ProtocolError } from '../../../lib/protocol/messages';
import { formatHeader } from '../../../lib/storage/jsonl';
import {
  IMPORT_PART,
  importFileProblem,
  importInParts,
  MAX_IMPORT_BYTES,
  splitImport,
} from '../../../lib/ui/options/import-in-parts';

/** An export of `n` document lines (their content does not matter to the splitting). */
function exportOf(n: number): string {
  const lines = [formatHeader('2026-01-06T00:00:00.000Z')];
  for (let i = 0; i < n; i++) lines.push(`{"type":"parallax-document","n":${i}}`);
  return `${lines.join('\n')}\n`;
}

/** A worker stand-in: imports every line of a part, and fails the attempts `failures` says. */
function fakeWorker(failures: (firstLine: number, attempt: number) => boolean) {
  const attempts = new Map<number, number>();
  const seen: number[] = [];
  const send = async (part: { text: string; firstLine: number; lines: number }): Promise<ImportOutcome> => {
    const attempt = attempts.get(part.firstLine) ?? 0;
    attempts.set(part.firstLine, attempt + 1);
    if (failures(part.firstLine, attempt)) {
      throw new ProtocolError('disconnected', 'A listener indicated an asynchronous response… message channel closed');
    }
    seen.push(part.firstLine);
    const documents = part.text.split('\n').filter((l) => l.includes('parallax-document')).length;
    return { imported: documents, unchanged: 0, errors: [] };
  };
  return { send, seen, attempts };
}

const noPause = async () => undefined;

describe('importing an export in parts', () => {
  it('splits at line boundaries, keeps the file line numbers and counts the documents', () => {
    const { parts, total } = splitImport(exportOf(450));
    expect(total).toBe(450);
    expect(parts.map((p) => p.firstLine)).toEqual([1, 1 + IMPORT_PART.lines, 1 + 2 * IMPORT_PART.lines]);
    expect(parts.reduce((n, p) => n + p.lines, 0)).toBe(451);
    expect(parts.map((p) => p.text).join('\n')).toBe(exportOf(450));
  });

  it('sends a part again when the worker stopped before answering, and finishes the import', async () => {
    const worker = fakeWorker((firstLine, attempt) => firstLine === 201 && attempt < 2);
    const run = await importInParts(exportOf(500), worker.send, undefined, noPause);
    expect(run.interrupted).toBeUndefined();
    expect(run.imported).toBe(500);
    expect(run.done).toBe(501);
    expect(worker.attempts.get(201)).toBe(3);
  });

  it('stops at the part the worker never answers and says where, with what was read so far', async () => {
    const worker = fakeWorker((firstLine) => firstLine === 401);
    const progress: number[] = [];
    const run = await importInParts(exportOf(1000), worker.send, (p) => progress.push(p.done), noPause);
    expect(run.interrupted?.line).toBe(401);
    expect(run.interrupted?.error).toBeInstanceOf(ProtocolError);
    expect(run.imported).toBe(399);
    expect(run.total).toBe(1000);
    expect(progress).toEqual([200, 400]);
    expect(worker.attempts.get(401)).toBe(IMPORT_PART.retries + 1);
    expect(worker.seen).not.toContain(601);
  });

  it('stops when storage is full, without sending the rest', async () => {
    const worker = fakeWorker(() => false);
    const send = async (part: { text: string; firstLine: number; lines: number }) =>
      part.firstLine === 201 ? { imported: 10, unchanged: 0, errors: [], stoppedAt: 211 } : worker.send(part);
    const run = await importInParts(exportOf(1000), send, undefined, noPause);
    expect(run.stoppedAt).toBe(211);
    expect(run.imported).toBe(199 + 10);
    expect(worker.seen).toEqual([1]);
  });

  it('refuses a file that is too large or not text before reading its text', async () => {
    expect(await importFileProblem(new Blob([exportOf(3)]))).toBeNull();
    expect(await importFileProblem(new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])]))).toBe('not-text');
    // A file whose size alone is too much: its content is never looked at.
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      slice: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    expect(await importFileProblem(huge)).toBe('too-large');
  });
});
