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
const DIGIT = /^[0-9]/;
const UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/i;

function scriptOf(word: string): Script {
  if (DIGIT.test(word)) return 'digit';
  // One pass over the code units: any Cyrillic letter makes the word Cyrillic, else any Latin one Latin.
  let latin = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) return 'cyrillic';
    if (!latin) latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
  }
  return latin ? 'latin' : 'other';
}

/** `\p{Lu}` of one character, without the regex for the ASCII letters most words start with. */
function isUpper(first: string): boolean {
  const c = first.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(first);
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
    const capitalised = first !== '' && isUpper(first);
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
