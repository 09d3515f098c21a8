import { LANGUAGE_PACKS } from '../languages';
import { alternation } from '../languages/word-patterns';
import type { TextSpan } from './sentences';

// Joints where one sentence carries two claims: `;`, and after a comma every language pack's joints
// (lib/languages/<code>/sentences.json: `, а также`, `, а також`, `, and`, `, as well as`).
const JOINT = new RegExp(
  String.raw`;\s+|,\s+(?=${alternation(LANGUAGE_PACKS.flatMap((p) => p.sentences.clauseJoints))}\s)`,
  'giu',
);
const WORD = /[\p{L}\p{N}]+/gu;
const QUOTE = /["«»„“”]/g;
const MIN_WORDS = 5;

/** Whether `s` from `from` to `to` holds at least `n` words; stops at the n-th, so a long span costs no more. */
function hasWords(s: string, from: number, to: number, n: number): boolean {
  WORD.lastIndex = from;
  let found = 0;
  for (let m = WORD.exec(s); m !== null && m.index + m[0].length <= to; m = WORD.exec(s)) {
    if (++found >= n) return true;
  }
  return false;
}

/** Offset of the first quote mark in `s` at or after `from`, or `s.length` when there is none. */
function nextQuoteAt(s: string, from: number): number {
  QUOTE.lastIndex = from;
  const q = QUOTE.exec(s);
  return q === null ? s.length : q.index;
}

/** Whether `s` from `from` to `to` holds at least two commas. */
function twoCommas(s: string, from: number, to: number): boolean {
  const first = s.indexOf(',', from);
  if (first < 0 || first >= to) return false;
  const second = s.indexOf(',', first + 1);
  return second >= 0 && second < to;
}

/**
 * Splits a sentence at a joint when both sides are full claims (≥ 5 words), the joint is outside
 * quotes, and the left side is not an enumeration (two or more commas: `X, Y, Z, а также W`).
 * Linear in the sentence: each quote mark is found once as the scan moves on, and word and comma counts stop
 * as soon as they answer (a megabyte without a full stop has thousands of joints).
 */
export function splitClauses(text: string, sentence: TextSpan): TextSpan[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: TextSpan[] = [];
  let from = 0;
  let quotes = 0;
  // The next quote mark not yet counted (s.length when none is left). Kept between joints: searching
  // afresh at each joint rescans the rest of a sentence that has no quote after it.
  let nextQuote = nextQuoteAt(s, 0);
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(s); m !== null; m = JOINT.exec(s)) {
    while (nextQuote < m.index) {
      quotes++;
      nextQuote = nextQuoteAt(s, nextQuote + 1);
    }
    if (quotes % 2 === 1) continue;
    const rightStart = m.index + m[0].length;
    if (!hasWords(s, from, m.index, MIN_WORDS) || !hasWords(s, rightStart, s.length, MIN_WORDS)) continue;
    if (m[0].startsWith(',') && twoCommas(s, from, m.index)) continue;
    const leftEnd = m[0].startsWith(';') ? m.index + 1 : m.index;
    out.push({ start: sentence.start + from, end: sentence.start + leftEnd });
    from = rightStart;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}
