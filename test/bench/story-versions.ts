import { STOPWORDS } from '../../lib/text/stopwords';
import type { Prng } from './prng';
import type { StoryLanguage } from './template-pool';

/** Paragraphs of sentences; the first sentence of the first paragraph is the lead. */
export type StoryBody = string[][];

const DROP_SENTENCE = 0.2;
const MIN_SENTENCES = 3;
const SWAP_PARAGRAPHS = 0.6;
const SWAP_SENTENCES = 0.3;
const REWORD_SENTENCE = 0.5;
const CHANGE_FIGURE = 0.6;
const ATTRIBUTE = 0.5;
const NUMBER = /\b\d+(?:[.,]\d+)?\b/g;
const YEAR = /^(19|20)\d\d$/;
const WORD = /[\p{L}\p{M}]+/gu;

const REPORTED: Record<StoryLanguage, (outlet: string) => string> = {
  ru: (o) => `Об этом сообщает ${o}.`,
  uk: (o) => `Про це повідомляє ${o}.`,
  en: (o) => `${o} reported the news.`,
};

const count = (body: StoryBody): number => body.reduce((n, p) => n + p.length, 0);

/** Leaves out words an editor could cut: lower-case content words, never names, numbers or function words. */
function reword(sentence: string, rng: Prng): string {
  const cuttable = [...sentence.matchAll(WORD)].filter(
    (m) => m.index > 0 && m[0].length >= 4 && m[0] === m[0].toLowerCase() && !STOPWORDS.has(m[0]),
  );
  if (cuttable.length < 3) return sentence;
  const cut = rng.pick(cuttable);
  return (sentence.slice(0, cut.index) + sentence.slice(cut.index + cut[0].length))
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1');
}

/** A nearby but different value, written in the same format (`27` → `31`, `8,8` → `9,4`). */
function shiftFigure(value: string, rng: Prng): string {
  const sep = value.includes(',') ? ',' : '.';
  const decimals = value.split(/[.,]/)[1]?.length ?? 0;
  const x = Number(value.replace(',', '.'));
  const factor = 1 + (rng.chance(0.5) ? 1 : -1) * (rng.int(5, 30) / 100);
  let shifted = (x * factor).toFixed(decimals);
  if (shifted === x.toFixed(decimals)) shifted = (x + 1).toFixed(decimals);
  return sep === ',' ? shifted.replace('.', ',') : shifted;
}

/**
 * One outlet's version of a story: the same facts, some sentences left out, paragraphs and sentences
 * reordered, words cut, sometimes one figure changed (the kind of difference Parallax must surface),
 * sometimes a sentence only this outlet has and a line naming the outlet.
 */
export function makeVersion(
  base: StoryBody,
  rng: Prng,
  options: { lang: StoryLanguage; outlet: string; extra: () => string },
): StoryBody {
  const total = count(base);
  let body: StoryBody = base.map((p, pi) =>
    p.filter((_, si) => (pi === 0 && si === 0) || total <= MIN_SENTENCES || !rng.chance(DROP_SENTENCE)),
  );
  body = body.filter((p) => p.length > 0);
  if (body.length >= 3 && rng.chance(SWAP_PARAGRAPHS)) {
    const i = rng.int(1, body.length - 1);
    const j = rng.int(1, body.length - 1);
    [body[i], body[j]] = [body[j] as string[], body[i] as string[]];
  }
  body = body.map((p, pi) => {
    const out = p.map((s) => (rng.chance(REWORD_SENTENCE) ? reword(s, rng) : s));
    const from = pi === 0 ? 1 : 0;
    if (out.length - from >= 2 && rng.chance(SWAP_SENTENCES)) {
      const i = rng.int(from, out.length - 2);
      [out[i], out[i + 1]] = [out[i + 1] as string, out[i] as string];
    }
    return out;
  });
  if (rng.chance(CHANGE_FIGURE)) {
    const figures = [...new Set(body.flat().join(' ').match(NUMBER) ?? [])].filter((f) => !YEAR.test(f));
    if (figures.length > 0) {
      const from = rng.pick(figures);
      const to = shiftFigure(from, rng);
      const exact = new RegExp(`(?<![\\d.,])${from.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'g');
      body = body.map((p) => p.map((s) => s.replace(exact, to)));
    }
  }
  if (rng.chance(0.4)) {
    const at = rng.int(1, body.length);
    body.splice(at, 0, [options.extra()]);
  }
  if (rng.chance(ATTRIBUTE)) (body[0] as string[]).push(REPORTED[options.lang](options.outlet));
  return body;
}
