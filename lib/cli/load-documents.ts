// Node-only: reads the CLI's inputs from disk. Parsing stays in the pure helpers it calls.
import { opendirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../extraction/article';
import { parseJsonl } from '../storage/jsonl';
import { articleFromFile, fileKind, InputError } from './article-from-file';
import { type InputKind, readInput } from './read-input';

export interface NamedArticle {
  /** Names the document in the output: the file name, or the page address for an export line. */
  id: string;
  article: Article;
}

/** Corpus folders are read up to this many files; the rest are reported as skipped. */
export const MAX_FOLDER_FILES = 20_000;

/** Reads one file as an article, refusing what is not a regular text file of a sensible size. */
function readDocument(path: string, name: string): Article {
  const kind: InputKind = fileKind(name) ?? 'text';
  const { text, truncated } = readInput(path, kind);
  const article = articleFromFile(name, text);
  return truncated ? { ...article, truncated: true } : article;
}

/** Reads the article to compare. */
export function readArticle(path: string): Article {
  return readDocument(path, basename(path));
}

function readJsonl(path: string, skipped: string[]): NamedArticle[] {
  const parsed = parseJsonl(readInput(path, 'jsonl').text);
  if (parsed.documents.length === 0 && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new InputError(`${path}: not a Parallax export (line ${first?.line}: ${first?.message})`);
  }
  // A bad line is left out, and said so, as the options page's import does.
  const read = new Set(parsed.documents.map((d) => d.line));
  for (const { line, message } of parsed.errors) {
    skipped.push(read.has(line) ? `${path} line ${line}: ${message}` : `skipped ${path} line ${line}: ${message}`);
  }
  const name = basename(path);
  return parsed.documents.map(({ line, document }) => ({
    id: document.article.canonicalUrl ?? document.article.url ?? `${name}:${line}`,
    article: document.article,
  }));
}

function readFolder(path: string, skipped: string[]): NamedArticle[] {
  const out: NamedArticle[] = [];
  const names: string[] = [];
  let more = false;
  const dir = opendirSync(path);
  try {
    // Read the listing entry by entry, so a folder of millions of files is not listed whole.
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      if (!fileKind(entry.name)) continue;
      if (names.length === MAX_FOLDER_FILES) {
        more = true;
        break;
      }
      names.push(entry.name);
    }
  } finally {
    dir.closeSync();
  }
  if (more) skipped.push(`skipped files of ${path} beyond the first ${MAX_FOLDER_FILES} (too many in one folder)`);
  for (const name of names.sort()) {
    try {
      out.push({ id: name, article: readDocument(join(path, name), name) });
    } catch (error) {
      // One unreadable page must not stop the comparison with the rest of the folder.
      if (error instanceof InputError) skipped.push(`skipped ${error.message}`);
      else throw error;
    }
  }
  return out;
}

/** Reads a corpus folder (of .txt/.html/.json files) or a .jsonl export; what was left out is said in `skipped`, one sentence each. */
export function readCorpus(path: string, skipped: string[]): NamedArticle[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new InputError(`${path}: no such folder or file`);
  }
  if (isFolder) return readFolder(path, skipped);
  if (path.toLowerCase().endsWith('.jsonl')) return readJsonl(path, skipped);
  throw new InputError(`${path}: --corpus expects a folder or a .jsonl export`);
}
