import type { TextSpan } from '../text/sentences';
import type { StemLanguage } from '../text/stem';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import type { Figure } from './claim';
import { CONCEPT_PREFIX } from './concept-prefix';
import { type Lexicon, wordConcepts, wordKey } from './lexicon';
import { NUMBER_WORDS, QUALIFIERS, type Qualifier, SCALE_WORDS, UNIT_WORDS } from './number-words';
import { tokenStemLanguage } from './terms';

// Digits with grouped thousands (`30 000`, `1,998`) and an optional fraction, not glued to letters
// before (`Ту-95`, `G7`) and not part of a time or dotted date (`07:05`, `30.07.2025`).
const NUMBER =
  /(?<![\p{L}\p{N}.,:\-/])([$€£₴₽]\s?)?(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?![\d.,]\d)|\d+)(?:([.,])(\d+))?(?![\p{N}]|:\d|[./-]\d)/gu;
const ATTACHED = /^(-?)([\p{L}]+)|^\s?%/u;
const ORDINAL_SUFFIX = /^(й|я|е|го|му|м|х|ї|ий|ого|ому|th|st|nd|rd)$/;
const RU_UK_ADJECTIVE = /..(ых|их|ым|им|ыми|ими|ого|его|ому|ему)$/;
const EN_ADJECTIVE = /..(al|ic|ive|ous|ful|less|ian|ese|ish|ary|ern|ior|ed|ible|able)$/;
const EN_ADJECTIVES = new Set(
  'new major more other key senior top world big large small several different foreign'.split(' '),
);
const CURRENCY_SYMBOL: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '₴': 'uah', '₽': 'rub' };
const ONLY_SPACE = /^[\s\u00A0]*$/;
const CLOCK = /^\s?(?:[ap]\.?m\b|[ap]\.m\.)/i;
const MAX_ADJECTIVES = 3;

/** What a counted noun compares by across languages: its strongest concept, else its ru/uk key. */
export function nounKey(word: string, lang: StemLanguage, lexicon: Lexicon): string {
  return nounSenses(word, lang, lexicon)[0] as string;
}

/**
 * Every sense of a counted noun as a key (`пассажиров` → @fare, @passeng): two figures count the same
 * thing when their nouns share a sense (lib/matching/figure-compatibility.ts), whichever each calls strongest.
 */
export function nounSenses(word: string, lang: StemLanguage, lexicon: Lexicon): string[] {
  const concepts = wordConcepts(word, lang, lexicon);
  return concepts.length > 0 ? concepts.map((c) => CONCEPT_PREFIX + c) : [wordKey(word, lang, lexicon)];
}

export interface FigureContext {
  text: string;
  tokens: readonly Token[];
  lang: string;
  lexicon: Lexicon;
  /** Spans already read as dates (`6 января`, `2026 года`): their numbers are not figures. */
  excluded: readonly TextSpan[];
  /** Short quoted spans (titles, names): number words inside are names, not counts. */
  quotedNames: readonly TextSpan[];
}

const inside = (spans: readonly TextSpan[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

function isAdjective(token: Token): boolean {
  if (token.script === 'latin') {
    // Hyphenated English words before a noun are compound modifiers (`old-cut diamonds`).
    return EN_ADJECTIVE.test(token.norm) || EN_ADJECTIVES.has(token.norm) || token.norm.includes('-');
  }
  return RU_UK_ADJECTIVE.test(token.norm);
}

/** Index of the first token starting at or after `pos`; binary search, as a sentence may hold thousands of numbers. */
function firstTokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function qualifierBefore(ctx: FigureContext, index: number, numberStart: number): [Qualifier, number] {
  for (const [words, qualifier] of QUALIFIERS) {
    const first = index - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = (ctx.tokens[first + k] as Token).norm === words[k];
    const last = ctx.tokens[index - 1] as Token;
    if (ok && ONLY_SPACE.test(ctx.text.slice(last.end, numberStart).replace(/[$€£₴₽]/, ''))) {
      return [qualifier, (ctx.tokens[first] as Token).start];
    }
  }
  return ['exact', numberStart];
}

interface Counted {
  noun: string;
  senses: string[];
  end: number;
  scale: number;
}

/** Reads what follows a number: a scale word, then a unit or the counted noun (skipping adjectives). */
function countedAfter(ctx: FigureContext, index: number, from: number, unit: string): Counted {
  let scale = 1;
  let end = from;
  let i = index;
  let noun = unit;
  let senses: string[] = [];
  const adjacent = (t: Token): boolean => ONLY_SPACE.test(ctx.text.slice(end, t.start).replace(/^\./, ''));
  const next = ctx.tokens[i];
  if (next && adjacent(next) && SCALE_WORDS.has(next.norm) && next.norm.length > 1) {
    scale = SCALE_WORDS.get(next.norm) ?? 1;
    end = next.end;
    i++;
  }
  let skipped = 0;
  for (; i < ctx.tokens.length && !noun; i++) {
    const t = ctx.tokens[i] as Token;
    if (!adjacent(t) || t.script === 'digit' || STOPWORDS.has(t.norm)) break;
    const unitKey = UNIT_WORDS.get(t.norm);
    if (unitKey) {
      noun = unitKey;
      end = t.end;
      break;
    }
    if (isAdjective(t) && skipped < MAX_ADJECTIVES) {
      skipped++;
      end = t.end;
      continue;
    }
    const lang = tokenStemLanguage(t, ctx.lang);
    senses = lang ? nounSenses(t.norm, lang, ctx.lexicon) : [t.norm];
    noun = senses[0] as string;
    end = t.end;
  }
  // Adjectives with no noun after them (`27 из 30 …`) are not part of the figure.
  if (!noun) end = from;
  return { noun, senses, end, scale };
}

/** Measure nouns written before the number: `магнитудой 8,8`, `magnitude 8.8`. */
function measureBefore(ctx: FigureContext, index: number): string {
  const prev = ctx.tokens[index - 1];
  const key = prev ? UNIT_WORDS.get(prev.norm) : undefined;
  return key === 'magnitude' || key === 'point' ? key : '';
}

function parseDigits(intPart: string, sep: string | undefined, frac: string | undefined, lang: string): number {
  const grouped = intPart.replace(/[ \u00A0\u202F]/g, '');
  if (grouped.includes(',')) {
    // `1,998` groups thousands in English; in Russian/Ukrainian the comma is a decimal point.
    return lang === 'en' ? Number(grouped.replace(/,/g, '')) : Number(grouped.replace(',', '.'));
  }
  if (!sep || !frac) return Number(grouped);
  if (sep === ',' && lang === 'en' && frac.length === 3) return Number(grouped + frac);
  if (sep === '.' && lang !== 'en' && frac.length === 3) return Number(grouped + frac);
  return Number(`${grouped}.${frac}`);
}

function digitFigures(ctx: FigureContext, start: number, end: number, out: Figure[]): void {
  const slice = ctx.text.slice(start, end);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m !== null; m = NUMBER.exec(slice)) {
    const numStart = start + m.index;
    let numEnd = numStart + m[0].length;
    if (inside(ctx.excluded, numStart, numEnd)) continue;
    const [, currency, intPart = '', sep, frac] = m;
    let value = parseDigits(intPart, sep, frac, ctx.lang);
    let unit = currency ? (CURRENCY_SYMBOL[currency.trim()] ?? '') : '';
    let ordinal = false;
    const attached = ATTACHED.exec(ctx.text.slice(numEnd, end));
    let tokenIndex = firstTokenAt(ctx.tokens, numEnd);
    if (attached) {
      if (attached[0].trim() === '%') {
        unit = '%';
      } else {
        const letters = (attached[2] ?? '').toLowerCase();
        if (ORDINAL_SUFFIX.test(letters)) ordinal = true;
        else if (!attached[1] && SCALE_WORDS.has(letters) && (letters !== 'm' || currency)) {
          value *= SCALE_WORDS.get(letters) ?? 1;
        } else if (UNIT_WORDS.has(letters)) unit = UNIT_WORDS.get(letters) ?? '';
        else unit = nounKey(letters, ctx.lang === 'en' ? 'en' : ctx.lang === 'uk' ? 'uk' : 'ru', ctx.lexicon);
      }
      numEnd += attached[0].length;
      // The glued token (`8.8-magnitude` → token `8-magnitude`) is consumed with the number.
      while (tokenIndex < ctx.tokens.length && (ctx.tokens[tokenIndex] as Token).start < numEnd) tokenIndex++;
    }
    // Clock times (`1 p.m.`) belong to dates, not figures.
    if (CLOCK.test(ctx.text.slice(numEnd, numEnd + 6))) continue;
    // A bare four-digit year is a date mention (`2026 года`, `1976-built`), handled by the date reader.
    if (!sep && !currency && value >= 1900 && value <= 2100 && !ordinal && (attached || !unit)) {
      if (attached) continue;
      const nextToken = ctx.tokens[tokenIndex];
      if (!nextToken || UNIT_WORDS.get(nextToken.norm) === 'year' || STOPWORDS.has(nextToken.norm)) continue;
    }
    const startIndex = firstTokenAt(ctx.tokens, numStart);
    const [qualifier, figureStart] = qualifierBefore(ctx, startIndex, numStart);
    const counted = countedAfter(ctx, tokenIndex, numEnd, unit);
    const noun = counted.noun || measureBefore(ctx, startIndex);
    const figure: Figure = {
      value: value * counted.scale,
      qualifier,
      noun,
      text: ctx.text.slice(figureStart, counted.end),
      start: figureStart,
      end: counted.end,
    };
    if (counted.senses.length > 1) figure.senses = counted.senses;
    if (ordinal) figure.ordinal = true;
    out.push(figure);
  }
}

function wordFigures(ctx: FigureContext, start: number, end: number, out: Figure[]): void {
  const { tokens } = ctx;
  for (let i = firstTokenAt(tokens, start); i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (first.start >= end) break;
    const firstValue = NUMBER_WORDS.get(first.norm);
    if (firstValue === undefined || first.capitalised) continue;
    if (inside(ctx.excluded, first.start, first.end) || inside(ctx.quotedNames, first.start, first.end)) continue;
    // Compose `двадцать пять`, `сто двадцать`, `two hundred`.
    let value = firstValue;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      const v = NUMBER_WORDS.get(t.norm);
      if (v === undefined || !ONLY_SPACE.test(ctx.text.slice((tokens[j - 1] as Token).end, t.start))) break;
      if (v === 100 && value < 10) value *= 100;
      else if (v < value && value % 10 === 0) value += v;
      else break;
    }
    const last = tokens[j - 1] as Token;
    const counted = countedAfter(ctx, j, last.end, '');
    // `один из них`, `one of` are not counts; a lone `one` only counts with a unit or scale.
    if (value === 1 && counted.scale === 1 && !UNIT_WORDS.has((tokens[j] as Token | undefined)?.norm ?? '')) {
      i = j - 1;
      continue;
    }
    const [qualifier, figureStart] = qualifierBefore(ctx, i, first.start);
    const noun = counted.noun || measureBefore(ctx, i);
    if (!noun && counted.scale === 1) {
      i = j - 1;
      continue;
    }
    out.push({
      value: value * counted.scale,
      qualifier,
      noun,
      ...(counted.senses.length > 1 ? { senses: counted.senses } : {}),
      text: ctx.text.slice(figureStart, Math.max(counted.end, last.end)),
      start: figureStart,
      end: Math.max(counted.end, last.end),
    });
    i = j - 1;
  }
}

/** Figures (counts, sums, durations, measures) in `text.slice(start, end)`, in text order. */
export function extractFigures(ctx: FigureContext, span: TextSpan): Figure[] {
  const out: Figure[] = [];
  digitFigures(ctx, span.start, span.end, out);
  wordFigures(ctx, span.start, span.end, out);
  return out.sort((a, b) => a.start - b.start);
}
