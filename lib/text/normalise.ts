import { tableOfEveryPack } from '../languages';

const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4]/g;
const NEEDS_NFC = /[\u0300-\u036F]/;

const letterClass = (letters: Iterable<string>): RegExp =>
  new RegExp(`[${[...letters].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');

/** Letters written as another (`ё` → `е`): every language pack's spelling variants. */
const VARIANTS = tableOfEveryPack((p) => p.spellingVariants);
const VARIANT = letterClass(Object.keys(VARIANTS));

/**
 * Per UTF-16 unit, 1 where a lower-cased word needs more than its case changed: a combining mark (NFC), the
 * packs' variant letters and the typographic apostrophes. A table rather than a Set: every unit of every
 * word is looked up.
 */
const REWRITTEN = new Uint8Array(0x10000);
REWRITTEN.fill(1, 0x300, 0x370);
for (const text of [...Object.keys(VARIANTS), '\u2019\u02BC\u2018\u0060\u00B4'])
  for (let i = 0; i < text.length; i++) REWRITTEN[text.charCodeAt(i)] = 1;

/** Whether a lower-cased word needs more than its case changed: a combining mark (NFC) or a unit to rewrite. */
function needsMoreThanCase(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if (REWRITTEN[lower.charCodeAt(i)] === 1) return true;
  return false;
}

/** Lower case, NFC, spelling variants (ё→е) and one apostrophe, so that typographic variants of a word compare equal. */
export function normaliseWord(word: string): string {
  // Most words only change case; NFC and the rewrites below are for the rest.
  const lower = word.toLowerCase();
  if (!needsMoreThanCase(lower)) return lower;
  const nfc = NEEDS_NFC.test(word) ? word.normalize('NFC') : word;
  return nfc
    .toLowerCase()
    .replace(VARIANT, (c) => VARIANTS[c] ?? c)
    .replace(APOSTROPHES, "'");
}

/** Every language pack's folded letters (lib/languages/<code>/language.json). */
const FOLD = tableOfEveryPack((p) => p.foldLetters);
const FOLDABLE = letterClass(Object.keys(FOLD));

/**
 * Folds the letters on which sibling languages spell shared roots differently (Russian and Ukrainian: і/и/ы,
 * є/е/э, soft signs, apostrophes), so cognate stems like `лідер`/`лидер` or `зеленськ`/`зеленск` become one key.
 */
export function foldCyrillic(word: string): string {
  return word.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** Runs of whitespace (line breaks, tabs, non-breaking spaces) as one space, trimmed: text compared or quoted as one line. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
