// Node-only: opens one input of the CLI, checking what it is and how large before reading a byte of it.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DEFAULT_MAX_CHARS } from '../extraction/article-limits';
import { MAX_IMPORT_CHARS } from '../protocol/messages';
import { MAX_LINE_LENGTH } from '../storage/jsonl';
import { type FileKind, InputError } from './input-error';

export type InputKind = FileKind | 'jsonl';

/**
 * The most the CLI reads of each kind of file. A page is refused above the size of the largest hostile
 * page the extension is tested with; an exported article is one export line; an export is what the
 * options page imports. A text is compared on its first DEFAULT_MAX_CHARS characters, as the extension
 * cuts an article, so only as many bytes as can hold them (4 per character in UTF-8) are read.
 */
export const INPUT_LIMITS: Record<InputKind, { bytes: number; truncate: boolean }> = {
  text: { bytes: DEFAULT_MAX_CHARS * 4, truncate: true },
  html: { bytes: 10 * 2 ** 20, truncate: false },
  json: { bytes: MAX_LINE_LENGTH, truncate: false },
  jsonl: { bytes: MAX_IMPORT_CHARS, truncate: false },
};

export interface InputText {
  text: string;
  /** Set when only the first part of a longer text file was read. */
  truncated: boolean;
  bytes: number;
}

const MB = 2 ** 20;
const megabytes = (n: number): string => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

/** What a path is, for a refusal that tells the user why (a FIFO or a device is never opened for reading). */
function kindOfNode(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'is a folder, expected a file';
  if (stats.isFIFO()) return 'is a pipe (FIFO), expected a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, expected a file';
  if (stats.isSocket()) return 'is a socket, expected a file';
  return 'is not a regular file';
}

function openError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(`${path}: no such file`);
  if (code === 'EISDIR') return new InputError(`${path}: is a folder, expected a file`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied`);
  return new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
}

/**
 * Where a truncated read may be cut without splitting a UTF-8 character: after the last newline, or
 * else before the last character's lead byte.
 */
function completeLength(bytes: Uint8Array): number {
  const newline = bytes.lastIndexOf(0x0a);
  if (newline > bytes.length / 2) return newline + 1;
  let end = bytes.length;
  // Continuation bytes are 10xxxxxx; step back over them and the lead byte of the last character.
  while (end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0x80) end--;
  return end > 0 ? end - 1 : bytes.length;
}

const BINARY = (path: string): string => `${path}: is binary data, not text (expected UTF-8 text)`;

/** Text is UTF-8 without NUL bytes; anything else (an executable, an image, UTF-16) is refused. */
function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(BINARY(path));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not UTF-8 text`);
  }
}

/**
 * Opens an input file of `kind` and checks it without reading it: a regular file (opening a FIFO without
 * O_NONBLOCK would wait for a writer forever), within the kind's size limit unless only its head is read.
 */
function openChecked(path: string, kind: InputKind): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const stats = fstatSync(fd);
    const notFile = kindOfNode(stats);
    if (notFile) throw new InputError(`${path}: ${notFile}`);
    const limit = INPUT_LIMITS[kind];
    if (stats.size > limit.bytes && !limit.truncate) {
      throw new InputError(
        `${path}: is ${megabytes(stats.size)}, more than the ${megabytes(limit.bytes)} Parallax reads`,
      );
    }
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** How much of a file the first check looks at for the NUL bytes of binary data. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The CLI's first step, before the engine is loaded: refuses an input that is not a regular file of a
 * sensible size, or whose first 64 KB hold a NUL byte (an executable, an image, UTF-16).
 */
export function probeInput(path: string, kind: InputKind): void {
  const { fd, stats } = openChecked(path, kind);
  try {
    const head = new Uint8Array(Math.min(stats.size, SNIFF_BYTES));
    const n = head.length > 0 ? readSync(fd, head, 0, head.length, 0) : 0;
    if (head.subarray(0, n).includes(0)) throw new InputError(BINARY(path));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an input file of `kind` after the checks of `openChecked`; of a text, only the part that will be
 * compared; binary data is refused.
 */
export function readInput(path: string, kind: InputKind): InputText {
  const { fd, stats } = openChecked(path, kind);
  try {
    const wanted = Math.min(stats.size, INPUT_LIMITS[kind].bytes);
    const buffer = new Uint8Array(wanted);
    let read = 0;
    while (read < wanted) {
      const n = readSync(fd, buffer, read, wanted - read, read);
      if (n === 0) break;
      read += n;
    }
    const truncated = stats.size > read;
    const bytes = buffer.subarray(0, truncated ? completeLength(buffer.subarray(0, read)) : read);
    return { text: decodeText(path, bytes), truncated, bytes: stats.size };
  } finally {
    closeSync(fd);
  }
}
