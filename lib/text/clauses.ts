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

const countWords = (s: string): number => s.match(WORD)?.length ?? 0;
const countCommas = (s: string): number => s.split(',').length - 1;

/**
 * Splits a sentence at a joint when both sides are full claims (≥ 5 words), the joint is outside
 * quotes, and the left side is not an enumeration (two or more commas: `X, Y, Z, а также W`).
 */
export function splitClauses(text: string, sentence: TextSpan): TextSpan[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: TextSpan[] = [];
  let from = 0;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(s); m !== null; m = JOINT.exec(s)) {
    const left = s.slice(from, m.index);
    const right = s.slice(m.index + m[0].length);
    const quotesBefore = s.slice(0, m.index).match(QUOTE)?.length ?? 0;
    if (quotesBefore % 2 === 1) continue;
    if (countWords(left) < MIN_WORDS || countWords(right) < MIN_WORDS) continue;
    if (m[0].startsWith(',') && countCommas(left) >= 2) continue;
    const leftEnd = m[0].startsWith(';') ? m.index + 1 : m.index;
    out.push({ start: sentence.start + from, end: sentence.start + leftEnd });
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}
