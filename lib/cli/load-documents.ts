// Node-only: reads the CLI's inputs from disk. Parsing stays in the pure helpers it calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../extraction/article';
import { parseJsonl } from '../storage/jsonl';
import { articleFromFile, fileKind, InputError } from './article-from-file';

export interface NamedArticle {
  /** Names the document in the output: the file name, or the page address for an export line. */
  id: string;
  article: Article;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a folder, expected a file`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
}

/** Reads the article to compare. */
export function readArticle(path: string): Article {
  return articleFromFile(basename(path), readText(path));
}

function readJsonl(path: string): NamedArticle[] {
  const parsed = parseJsonl(readText(path));
  if (parsed.documents.length === 0 && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new InputError(`${path}: not a Parallax export (line ${first?.line}: ${first?.message})`);
  }
  const name = basename(path);
  return parsed.documents.map(({ line, document }) => ({
    id: document.article.canonicalUrl ?? document.article.url ?? `${name}:${line}`,
    article: document.article,
  }));
}

function readFolder(path: string, skipped: string[]): NamedArticle[] {
  const out: NamedArticle[] = [];
  for (const name of readdirSync(path).sort()) {
    if (!fileKind(name)) continue;
    try {
      out.push({ id: name, article: articleFromFile(name, readText(join(path, name))) });
    } catch (error) {
      // One unreadable page must not stop the comparison with the rest of the folder.
      if (error instanceof InputError) skipped.push(error.message);
      else throw error;
    }
  }
  return out;
}

/** Reads a corpus folder (of .txt/.html/.json files) or a .jsonl export; unreadable files are listed in `skipped`. */
export function readCorpus(path: string, skipped: string[]): NamedArticle[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new InputError(`${path}: no such folder or file`);
  }
  if (isFolder) return readFolder(path, skipped);
  if (path.toLowerCase().endsWith('.jsonl')) return readJsonl(path);
  throw new InputError(`${path}: --corpus expects a folder or a .jsonl export`);
}
