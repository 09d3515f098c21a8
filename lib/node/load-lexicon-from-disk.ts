// Node-only: the extension fetches the same file and calls parseLexicon itself.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Lexicon, parseLexicon } from '../claims/lexicon';

export const LEXICON_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/lexicon/lexicon.json');

let cached: Lexicon | null = null;

/** Reads and parses assets/lexicon/lexicon.json once per process. */
export function loadLexiconFromDisk(path = LEXICON_PATH): Lexicon {
  if (path === LEXICON_PATH && cached) return cached;
  const lexicon = parseLexicon(JSON.parse(readFileSync(path, 'utf8')));
  if (path === LEXICON_PATH) cached = lexicon;
  return lexicon;
}
