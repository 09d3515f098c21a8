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

// Letters/digits, with inner hyphens and apostrophes kept (`РБК-Украина`, `п'ять`, `зобов'язання`):
// the words of /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu, found by `words` below.
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

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a word character, 2 not. */
const wordUnit = new Uint8Array(0x10000);

/** Whether the code point at `i` is a letter, mark or number (`[\p{L}\p{M}\p{N}]`); its length in units, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let known = wordUnit[c] as number;
    if (known === 0) {
      known = WORD_CHAR.test(text.charAt(i)) ? 1 : 2;
      wordUnit[c] = known;
    }
    return known === 1 ? 1 : 0;
  }
  const cp = text.codePointAt(i) as number;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d; // ' ’ ʼ -

/**
 * The end of the word starting at `start` (a word character), exactly as the WORD pattern would end it:
 * letters, marks and digits, with inner hyphens and apostrophes. A scan over the text instead of the
 * regex: matching and a match array per word cost a tenth of a long page's analysis.
 */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    let step = i < n ? wordCharAt(text, i) : 0;
    while (step > 0) {
      i += step;
      step = i < n ? wordCharAt(text, i) : 0;
    }
    // A joiner continues the word only when a word character follows it.
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
      i++;
      continue;
    }
    return i;
  }
}

/** Splits text into word tokens; offsets are relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < text.length; ) {
    if (wordCharAt(text, index) === 0) {
      index++;
      continue;
    }
    const end = wordEnd(text, index);
    let word = text.slice(index, end);
    const script = scriptOf(word);
    // English possessive: `Witkoff's` is the name Witkoff.
    if (script === 'latin' && POSSESSIVE.test(word)) word = word.slice(0, -2);
    const first = word.charAt(0);
    const capitalised = first !== '' && isUpper(first);
    tokens.push({
      text: word,
      norm: normaliseWord(word),
      start: offset + index,
      end: offset + index + word.length,
      script,
      capitalised,
      acronym: capitalised && word.length >= 2 && !HAS_LOWER.test(word) && script !== 'digit',
    });
    index = end;
  }
  return tokens;
}
