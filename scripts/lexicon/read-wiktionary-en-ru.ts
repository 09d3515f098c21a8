import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One sense of an English headword with its Russian translations, best first. */
export interface EnRuSense {
  english: string;
  /** English part of speech as the dictionary tags it (`n`, `v`, `adj`, `prop`…). */
  pos: string;
  /** The sense's description, e.g. `(no longer alive)`. */
  description: string;
  russian: string[];
}

const POS = /\[p\]<([^>]+)>\[\/p\]/;
const TRANSLATIONS = /\[m1\]([\s\S]*?)\[\/m\]/;

/** Removes DSL markup from a translation: part-of-speech tags, transliterations, notes in brackets. */
function clean(text: string): string {
  return text
    .replace(/\[p\][\s\S]*?\[\/p\]/g, '')
    .replace(/\[c gray\][\s\S]*?\[\/c\]/g, '')
    .replace(/\\\[[^\]]*\\\]/g, '')
    .replace(/\[\/?[a-z0-9 ]+\]/g, '')
    .replace(/\/[^/]*\//g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads English Wiktionary's English→Russian translation tables in ABBYY Lingvo DSL (gzip, UTF-16LE): a
 * headword at column 0, then indented lines, one `[m1]…[/m]` line of comma-separated translations per sense.
 */
export function readWiktionaryEnRu(path: string): EnRuSense[] {
  const text = gunzipSync(readFileSync(path)).toString('utf16le');
  const senses: EnRuSense[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const english = lines[0]?.trim() ?? '';
    if (!english || english.startsWith('#')) continue;
    const header = lines[1] ?? '';
    const pos = header.match(POS)?.[1] ?? '';
    const description = (header.match(/\(([^)]*(?:\([^)]*\)[^)]*)*)\)/)?.[1] ?? '').trim();
    const m = block.match(TRANSLATIONS);
    if (!m) continue;
    // Commas inside brackets are notes, not separators: split after markup is removed.
    const russian = clean(m[1] ?? '')
      .split(/\s*[,;]\s*/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (russian.length > 0) senses.push({ english, pos, description, russian });
  }
  return senses;
}
