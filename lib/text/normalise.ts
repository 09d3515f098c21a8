const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4]/g;
const NEEDS_NFC = /[\u0300-\u036F]/;

/** Whether a word holds anything but case to normalise: a combining mark, ё/Ё or a typographic apostrophe. */
function needsMoreThanCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x60) continue;
    if (c === 0x60 || c === 0xb4 || (c >= 0x300 && c <= 0x36f) || c === 0x451 || c === 0x401) return true;
    if (c === 0x2bc || c === 0x2018 || c === 0x2019) return true;
  }
  return false;
}

/** Lower case, NFC, ё→е and one apostrophe, so that typographic variants of a word compare equal. */
export function normaliseWord(word: string): string {
  // Most words only change case; the regexes below are for the rest.
  if (!needsMoreThanCase(word)) return word.toLowerCase();
  const nfc = NEEDS_NFC.test(word) ? word.normalize('NFC') : word;
  return nfc.toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'");
}

const FOLD: Record<string, string> = {
  і: 'и',
  ї: 'и',
  ы: 'и',
  є: 'е',
  э: 'е',
  ґ: 'г',
  ь: '',
  ъ: '',
  "'": '',
};
const FOLDABLE = /[іїыєэґьъ']/g;

/**
 * Folds the letters on which Russian and Ukrainian spell shared roots differently (і/и/ы, є/е/э, soft
 * signs, apostrophes), so cognate stems like `лідер`/`лидер` or `зеленськ`/`зеленск` become one key.
 */
export function foldCyrillic(word: string): string {
  return word.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** Runs of whitespace (line breaks, tabs, non-breaking spaces) as one space, trimmed: text compared or quoted as one line. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
