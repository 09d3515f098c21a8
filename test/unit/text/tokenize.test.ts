import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/text/tokenize';

/** The word pattern the tokenizer's scan must agree with, match for match. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;

function regexWords(text: string): Array<{ start: number; word: string }> {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index ?? 0, word: m[0] }));
}

describe('tokenize', () => {
  it('finds words with inner hyphens and apostrophes, and drops an English possessive', () => {
    const tokens = tokenize("РБК-Украина: зобов'язання п’ять, Witkoff's plan - 'quoted' 2,5 млн");
    expect(tokens.map((t) => t.text)).toEqual([
      'РБК-Украина',
      "зобов'язання",
      'п’ять',
      'Witkoff',
      'plan',
      'quoted',
      '2',
      '5',
      'млн',
    ]);
    expect(tokens.map((t) => t.script)).toEqual([
      'cyrillic',
      'cyrillic',
      'cyrillic',
      'latin',
      'latin',
      'latin',
      'digit',
      'digit',
      'cyrillic',
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 11, capitalised: true, acronym: false, norm: 'рбк-украина' });
  });

  it('cuts exactly where the word pattern does, whatever the characters', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      'я',
      'Ї',
      '7',
      '٣',
      '\u0301',
      "'",
      '’',
      'ʼ',
      '-',
      ' ',
      ',',
      '.',
      '«',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      '中',
      'ß',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const expected = regexWords(text);
        const tokens = tokenize(text, 5);
        // The tokenizer trims an English possessive from the word it found; compare where words start.
        expect(tokens.map((t) => t.start - 5)).toEqual(expected.map((w) => w.start));
        for (const [i, t] of tokens.entries())
          expect((expected[i] as { word: string }).word.startsWith(t.text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
