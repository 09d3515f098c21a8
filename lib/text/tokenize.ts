import { packsWrittenIn, words } from '../languages';
import { alternation } from '../languages/word-patterns';
import { normaliseWord } from './normalise';

export type Script = 'cyrillic' | 'latin' | 'digit' | 'other';

/** A word of a text with its offsets; `norm` is lower-cased and normalised (see normaliseWord). */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
  script: Script;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case (`НАТО`, `USGS`). */
  acronym: boolean;
}

// Letters/digits, with inner hyphens and apostrophes kept (`РБК-Украина`, `п'ять`, `зобов'язання`).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /^[0-9]/;
const UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
// Possessive endings a Latin-script word sheds: the Latin-script packs' (English `'s`).
const POSSESSIVE = new RegExp(
  `${alternation(packsWrittenIn('latin').flatMap((p) => words(p.grammar.possessiveEndings)))}$`,
  'i',
);

function scriptOf(word: string): Script {
  if (DIGIT.test(word)) return 'digit';
  if (CYRILLIC.test(word)) return 'cyrillic';
  if (LATIN.test(word)) return 'latin';
  return 'other';
}

/** Splits text into word tokens; offsets are relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    const script = scriptOf(word);
    // English possessive: `Witkoff's` is the name Witkoff.
    if (script === 'latin' && POSSESSIVE.test(word)) word = word.slice(0, -2);
    const first = word.charAt(0);
    const capitalised = UPPER.test(first);
    tokens.push({
      text: word,
      norm: normaliseWord(word),
      start: offset + m.index,
      end: offset + m.index + word.length,
      script,
      capitalised,
      acronym: capitalised && word.length >= 2 && !HAS_LOWER.test(word) && script !== 'digit',
    });
  }
  return tokens;
}
