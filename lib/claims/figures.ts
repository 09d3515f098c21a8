import {
  FALLBACK_LANGUAGE,
  isLanguageCode,
  languagePack,
  PACK_SCRIPTS,
  packsWrittenIn,
  words,
  wordsOfEveryPack,
} from '../languages';
import { alternation, endingsPattern } from '../languages/word-patterns';
import type { TextSpan } from '../text/sentences';
import type { StemLanguage } from '../text/stem';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import type { ClaimDate, Figure } from './claim';
import { CONCEPT_PREFIX } from './concept-prefix';
import { type Lexicon, wordConcepts, wordKey } from './lexicon';
import {
  COLLECTIVE_NUMBERS,
  LABEL_WORDS,
  NUMBER_WORDS,
  QUALIFIERS,
  type Qualifier,
  SCALE_WORDS,
  UNIT_WORDS,
} from './number-words';
import { readQuantities } from './quantities';
import { classOfWord, NEW_AFTER, RANGE_AND, RANGE_JOINERS, RANGE_OPENERS, roleOfWord } from './quantity-words';
import { tokenStemLanguage } from './terms';

// Digits with grouped thousands (`30 000`, `1,998`) and an optional fraction, not glued to letters
// before (`Ту-95`, `G7`) and not part of a time or dotted date (`07:05`, `30.07.2025`).
const NUMBER =
  /(?<![\p{L}\p{N}.,:\-/])([$€£₴₽]\s?)?(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?![\d.,]\d)|\d+)(?:([.,])(\d+))?(?![\p{N}]|:\d|[./-]\d)/gu;
// Two numbers joined by a dash or colon: a range (`5-6 км`, `55–57%`) or a scorecard (`115-112`, `114:113`).
const PAIR =
  /(?<![\p{L}\p{N}.,:\-/])(\d{1,3}(?:[.,]\d+)?)\s?([-–—:])\s?(\d{1,3}(?:[.,]\d+)?)(?![\p{N}]|[.,:\-/]\d|-?\p{L})/gu;
// Scorecards listed one after another (`115-112, 114-113 and 116-111`), joined by every pack's `and`.
const PAIR_JOINER = `(?:[,;]|${alternation(wordsOfEveryPack((p) => p.quantities.pairJoiners))})`;
const PAIR_LIST = new RegExp(String.raw`^\s*${PAIR_JOINER}\s*\d{2,3}\s?[-–—:]\s?\d{2,3}`, 'u');
const PAIR_LIST_BEFORE = new RegExp(String.raw`\d{2,3}\s?[-–—:]\s?\d{2,3}(?:\s+\p{L}+)?\s*${PAIR_JOINER}\s*$`, 'u');
const ATTACHED = /^(-?)([\p{L}]+)|^\s?%/u;
const ORDINAL_SUFFIX: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.grammar.ordinalSuffixes));

/**
 * What the packs written in a script say about the words around a counted noun (lib/languages/<code>/grammar.json):
 * adjectives before it, past-tense verbs after it (`получили`, `загинуло`: what follows a count, never the counted
 * noun), and whether a capitalised word among the adjectives may still be one (`41 strategic Russian aircraft`)
 * or is a name (`65 пленных военнослужащих ВСУ`).
 */
interface ScriptGrammar {
  adjective: RegExp;
  adjectiveWords: ReadonlySet<string>;
  hyphenatedAdjectives: boolean;
  pastVerb: RegExp;
  capitalisedIsName: boolean;
}
const GRAMMAR: ReadonlyMap<string, ScriptGrammar> = new Map(
  PACK_SCRIPTS.map((script): [string, ScriptGrammar] => {
    const packs = packsWrittenIn(script);
    const all = (list: (p: (typeof packs)[number]) => string): string[] => packs.flatMap((p) => words(list(p)));
    return [
      script,
      {
        adjective: endingsPattern(
          all((p) => p.grammar.adjectiveEndings),
          2,
        ),
        adjectiveWords: new Set(all((p) => p.grammar.adjectiveWords)),
        hyphenatedAdjectives: packs.some((p) => p.grammar.hyphenatedAdjectives),
        pastVerb: endingsPattern(
          all((p) => p.grammar.pastVerbEndings),
          2,
        ),
        capitalisedIsName: packs.every((p) => !p.capitalisedAdjectives),
      },
    ];
  }),
);
const CURRENCY_SYMBOL: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '₴': 'uah', '₽': 'rub' };
const ONLY_SPACE = /^[\s\u00A0]*$/;
/** The part under a scale written after a larger one (`560` of `1 млн 560 тис.`): one to three digits. */
const SMALL_PART = /^\d{1,3}$/;
const CLOCK = /^\s?(?:[ap]\.?m\b|[ap]\.m\.)/i;
const QUOTE_OPEN = '"«„“';
const QUOTE_CLOSE = '"»“”';
// Between a label and its number: a space, or an abbreviation's full stop and a space (`ст. 205`, `№ 5`).
const LABEL_GAP = /^\.?[\s\u00A0]*$/;
const MAX_ADJECTIVES = 3;
// Prepositions between a qualifier and its number (`примерно в 17 км`, `около 40`).
const QUALIFIER_GAP: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.qualifierGap));
const RANGE_DASH = /^\s?[-–—]\s?$/;
/** Clock times (`14:30`, `17.00`) are times, neither scorecards nor counts. */
const MAX_HOUR = 24;
const MAX_MINUTE = 59;
const clockTime = (hours: number, minutes: string): boolean =>
  hours <= MAX_HOUR && minutes.length === 2 && Number(minutes) <= MAX_MINUTE;

/** What a counted noun compares by across languages: its strongest concept, else its ru/uk key. */
export function nounKey(word: string, lang: StemLanguage, lexicon: Lexicon): string {
  return nounSenses(word, lang, lexicon)[0] as string;
}

/**
 * Every sense of a counted noun as a key (`пассажиров` → @fare, @passeng), led by its class when it
 * counts people or children (`осіб` → @person, …): two figures count the same thing when their nouns share a
 * sense (lib/matching/figure-compatibility.ts), whichever each calls strongest.
 */
export function nounSenses(word: string, lang: StemLanguage, lexicon: Lexicon): string[] {
  const concepts = wordConcepts(word, lang, lexicon);
  const senses = concepts.length > 0 ? concepts.map((c) => CONCEPT_PREFIX + c) : [wordKey(word, lang, lexicon)];
  const cls = classOfWord(word);
  return cls ? [cls, ...senses.filter((s) => s !== cls)] : senses;
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
  /** Dates of the clause, for the time a count holds as of (`по состоянию на 8 июля`). */
  dates?: readonly ClaimDate[];
  /** The last place the sentence before names, which a clause opening with `Тут` or `Там` is about. */
  previousPlace?: string;
}

/** A figure as read, with where its number and counted noun sit, for the quantity reader. */
export interface ReadFigure {
  figure: Figure;
  /** Offsets of the number itself (without qualifier or noun). */
  numberStart: number;
  numberEnd: number;
  /** Token index of the counted noun, or -1. */
  nounToken: number;
  /** `18 more bodies`: an increment said after the number. */
  moreAfter: boolean;
}

const inside = (spans: readonly TextSpan[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

function isAdjective(token: Token): boolean {
  const g = GRAMMAR.get(token.script);
  if (!g) return false;
  // Hyphenated English words before a noun are compound modifiers (`old-cut diamonds`).
  return (
    g.adjective.test(token.norm) ||
    g.adjectiveWords.has(token.norm) ||
    (g.hyphenatedAdjectives && token.norm.includes('-'))
  );
}

/** Index of the first token starting at or after `pos`; binary search, as a sentence may hold thousands of numbers. */
export function firstTokenAt(tokens: readonly Token[], pos: number): number {
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
  // `примерно в 17 километрах`: a preposition may stand between the qualifier and the number.
  const gap = index > 0 && QUALIFIER_GAP.has((ctx.tokens[index - 1] as Token).norm) ? 1 : 0;
  for (const skip of gap ? [0, 1] : [0]) {
    const at = index - skip;
    for (const [words, qualifier] of QUALIFIERS) {
      const first = at - words.length;
      if (first < 0) continue;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) ok = (ctx.tokens[first + k] as Token).norm === words[k];
      const last = ctx.tokens[at - 1] as Token;
      const after = skip ? (ctx.tokens[at] as Token).start : numberStart;
      if (ok && ONLY_SPACE.test(ctx.text.slice(last.end, after).replace(/[$€£₴₽]/, ''))) {
        if (skip && qualifier === 'upto') continue;
        return [qualifier, (ctx.tokens[first] as Token).start];
      }
    }
  }
  return ['exact', numberStart];
}

interface Counted {
  noun: string;
  senses: string[];
  end: number;
  scale: number;
  /** A smaller scale's part written after the scale (`1 млн 560 тис.`: 560 000), added to the value. */
  part: number;
  nounToken: number;
  more: boolean;
}

/** Reads what follows a number: a scale word, then a unit or the counted noun (skipping adjectives). */
function countedAfter(ctx: FigureContext, index: number, from: number, unit: string): Counted {
  let scale = 1;
  let end = from;
  let i = index;
  let noun = unit;
  let senses: string[] = [];
  let nounToken = -1;
  let more = false;
  const adjacent = (t: Token): boolean => ONLY_SPACE.test(ctx.text.slice(end, t.start).replace(/^\./, ''));
  const next = ctx.tokens[i];
  let part = 0;
  if (next && adjacent(next) && SCALE_WORDS.has(next.norm) && next.norm.length > 1) {
    scale = SCALE_WORDS.get(next.norm) ?? 1;
    end = next.end;
    i++;
    // `1 млн 560 тис.`, `2 billion 300 million`: the smaller scale's part belongs to the same number.
    const digits = ctx.tokens[i];
    const smaller = ctx.tokens[i + 1];
    const partScale = smaller ? (SCALE_WORDS.get(smaller.norm) ?? 0) : 0;
    if (
      digits?.script === 'digit' &&
      SMALL_PART.test(digits.norm) &&
      adjacent(digits) &&
      smaller &&
      smaller.norm.length > 1 &&
      partScale > 1 &&
      partScale < scale &&
      ONLY_SPACE.test(ctx.text.slice(digits.end, smaller.start))
    ) {
      part = Number(digits.norm) * partScale;
      end = smaller.end;
      i += 2;
    }
  }
  const scaleEnd = end;
  const after = ctx.tokens[i];
  if (!noun && after && adjacent(after) && NEW_AFTER.has(after.norm)) {
    // `18 more bodies`, `12 новых случаев`: an increment, then the noun.
    more = true;
    end = after.end;
    i++;
  }
  let skipped = 0;
  let lastAdjective = -1;
  const langOf = (t: Token): StemLanguage | null => tokenStemLanguage(t, ctx.lang);
  const take = (k: number): void => {
    const t = ctx.tokens[k] as Token;
    const lang = langOf(t);
    senses = lang ? nounSenses(t.norm, lang, ctx.lexicon) : [t.norm];
    noun = senses[0] as string;
    nounToken = k;
    end = t.end;
  };
  let stoppedAtName = false;
  for (; i < ctx.tokens.length && !noun; i++) {
    const t = ctx.tokens[i] as Token;
    if (!adjacent(t) || t.script === 'digit' || STOPWORDS.has(t.norm)) break;
    const unitKey = UNIT_WORDS.get(t.norm);
    if (unitKey) {
      noun = unitKey;
      nounToken = i;
      end = t.end;
      break;
    }
    // A name after the adjectives (`65 пленных военнослужащих ВСУ`) is not what is counted; English
    // capitalised adjectives (`41 strategic Russian aircraft`) are still modifiers.
    if (skipped > 0 && (t.acronym || (t.capitalised && GRAMMAR.get(t.script)?.capitalisedIsName))) {
      stoppedAtName = true;
      break;
    }
    if (isAdjective(t) && skipped < MAX_ADJECTIVES && !classOfWord(t.norm)) {
      skipped++;
      lastAdjective = i;
      end = t.end;
      continue;
    }
    if (GRAMMAR.get(t.script)?.pastVerb.test(t.norm) && !roleOfWord(t.norm)) break;
    // `300 зниклих безвісти`: a participle of what happened, then an adverb, is the counted noun.
    const role = lastAdjective === i - 1 ? roleOfWord((ctx.tokens[lastAdjective] as Token).norm) : undefined;
    if (role && !classOfWord(t.norm)) break;
    take(i);
  }
  // A participle or adjective standing for its noun (`20 погибших`, `22 injured`, `65 пленных военнослужащих`).
  if (!noun && lastAdjective >= 0 && (stoppedAtName || roleOfWord((ctx.tokens[lastAdjective] as Token).norm))) {
    take(lastAdjective);
  }
  // Adjectives with no noun after them (`27 из 30 …`) are not part of the figure.
  if (!noun) end = more ? end : scaleEnd;
  return { noun, senses, end, scale, part, nounToken, more };
}

/** Measure nouns written before the number: `магнитудой 8,8`, `magnitude 8.8`. */
function measureBefore(ctx: FigureContext, index: number): string {
  const prev = ctx.tokens[index - 1];
  const key = prev ? UNIT_WORDS.get(prev.norm) : undefined;
  return key === 'magnitude' || key === 'point' ? key : '';
}

function parseDigits(intPart: string, sep: string | undefined, frac: string | undefined, lang: string): number {
  const grouped = intPart.replace(/[ \u00A0\u202F]/g, '');
  // `1,998` groups thousands in English; in Russian/Ukrainian the comma is a decimal point (the pack's
  // `decimalComma`; a text of no known language reads the comma as a decimal point too).
  const decimalComma = languagePack(lang)?.decimalComma ?? true;
  if (grouped.includes(',')) {
    return decimalComma ? Number(grouped.replace(',', '.')) : Number(grouped.replace(/,/g, ''));
  }
  if (!sep || !frac) return Number(grouped);
  if (sep === ',' && !decimalComma && frac.length === 3) return Number(grouped + frac);
  if (sep === '.' && decimalComma && frac.length === 3) return Number(grouped + frac);
  return Number(`${grouped}.${frac}`);
}

/** A decimal of a range or scorecard end (`19,3`, `5.5`). */
const pairNumber = (s: string): number => Number(s.replace(',', '.'));

/**
 * Ranges and scorecards written with a dash or colon. A colon pair is a scorecard unless it reads as a
 * clock time; a dash pair is a scorecard in a list of pairs or when it falls (`115-112`), else a range.
 */
function pairFigures(ctx: FigureContext, start: number, end: number, out: ReadFigure[]): TextSpan[] {
  const taken: TextSpan[] = [];
  const slice = ctx.text.slice(start, end);
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(slice); m !== null; m = PAIR.exec(slice)) {
    const numStart = start + m.index;
    const numEnd = numStart + m[0].length;
    if (inside(ctx.excluded, numStart, numEnd)) continue;
    const [, a = '', sep, b = ''] = m;
    const x = pairNumber(a);
    const y = pairNumber(b);
    const integers = !/[.,]/.test(a + b);
    if (sep === ':') {
      if (clockTime(x, b) || !integers) continue;
    }
    const listed =
      PAIR_LIST.test(ctx.text.slice(numEnd, numEnd + 12)) ||
      PAIR_LIST_BEFORE.test(ctx.text.slice(Math.max(0, numStart - 24), numStart));
    const scorecard = integers && (sep === ':' || listed || (x > y && a.length >= 2 && b.length >= 2));
    const tokenIndex = firstTokenAt(ctx.tokens, numEnd);
    const startIndex = firstTokenAt(ctx.tokens, numStart);
    if (scorecard) {
      out.push({
        figure: { value: x, versus: y, qualifier: 'exact', noun: 'score', text: m[0], start: numStart, end: numEnd },
        numberStart: numStart,
        numberEnd: numEnd,
        nounToken: -1,
        moreAfter: false,
      });
      taken.push({ start: numStart, end: numEnd });
      continue;
    }
    if (x >= y) continue;
    const percent = /^\s?%/.exec(ctx.text.slice(numEnd, end));
    const unitEnd = percent ? numEnd + percent[0].length : numEnd;
    const counted = countedAfter(ctx, tokenIndex, unitEnd, percent ? '%' : '');
    const [qualifier, figureStart] = qualifierBefore(ctx, startIndex, numStart);
    const figureEnd = Math.max(counted.end, unitEnd);
    const figure: Figure = {
      value: x * counted.scale,
      high: y * counted.scale,
      qualifier,
      noun: counted.noun,
      text: ctx.text.slice(figureStart, figureEnd),
      start: figureStart,
      end: figureEnd,
    };
    if (counted.senses.length > 1) figure.senses = counted.senses;
    out.push({
      figure,
      numberStart: numStart,
      numberEnd: numEnd,
      nounToken: counted.nounToken,
      moreAfter: counted.more,
    });
    taken.push({ start: numStart, end: numEnd });
  }
  return taken;
}

function digitFigures(
  ctx: FigureContext,
  start: number,
  end: number,
  taken: readonly TextSpan[],
  out: ReadFigure[],
): void {
  const slice = ctx.text.slice(start, end);
  // Where the last figure read ends: a scale's part (`560` of `1 млн 560 тис.`) is no figure of its own.
  let readUpTo = start;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m !== null; m = NUMBER.exec(slice)) {
    const numStart = start + m.index;
    let numEnd = numStart + m[0].length;
    if (inside(ctx.excluded, numStart, numEnd) || inside(taken, numStart, numEnd) || numStart < readUpTo) continue;
    const [, currency, intPart = '', sep, frac] = m;
    let value = parseDigits(intPart, sep, frac, ctx.lang);
    let unit = currency ? (CURRENCY_SYMBOL[currency.trim()] ?? '') : '';
    let ordinal = false;
    const attached = ATTACHED.exec(ctx.text.slice(numEnd, end));
    let tokenIndex = firstTokenAt(ctx.tokens, numEnd);
    const bareEnd = numEnd;
    if (attached) {
      if (attached[0].trim() === '%') {
        unit = '%';
      } else {
        const letters = (attached[2] ?? '').toLowerCase();
        if (ORDINAL_SUFFIX.has(letters)) ordinal = true;
        else if (!attached[1] && SCALE_WORDS.has(letters) && (letters !== 'm' || currency)) {
          value *= SCALE_WORDS.get(letters) ?? 1;
        } else if (UNIT_WORDS.has(letters)) unit = UNIT_WORDS.get(letters) ?? '';
        else unit = nounKey(letters, isLanguageCode(ctx.lang) ? ctx.lang : FALLBACK_LANGUAGE, ctx.lexicon);
      }
      numEnd += attached[0].length;
      // The glued token (`8.8-magnitude` → token `8-magnitude`) is consumed with the number.
      while (tokenIndex < ctx.tokens.length && (ctx.tokens[tokenIndex] as Token).start < numEnd) tokenIndex++;
    }
    // Clock times (`1 p.m.`) belong to dates, not figures.
    if (CLOCK.test(ctx.text.slice(numEnd, numEnd + 6))) continue;
    // A number that is all of a quotation names something (`По данным «112»`: a channel), and one after a
    // label (`Article 263`, `ст. 205`, `рейс 2311`) too: neither counts anything.
    if (QUOTE_OPEN.includes(ctx.text.charAt(numStart - 1)) && QUOTE_CLOSE.includes(ctx.text.charAt(bareEnd))) continue;
    const label = ctx.tokens[firstTokenAt(ctx.tokens, numStart) - 1];
    if (label && LABEL_WORDS.has(label.norm) && LABEL_GAP.test(ctx.text.slice(label.end, numStart))) continue;
    // …and so does one before a capitalised noun where nouns are lower-case (`24 Канал`, `112 Україна`).
    const named = ctx.tokens[tokenIndex];
    if (
      !attached &&
      named?.capitalised &&
      !named.acronym &&
      GRAMMAR.get(named.script)?.capitalisedIsName &&
      ONLY_SPACE.test(ctx.text.slice(numEnd, named.start))
    ) {
      continue;
    }
    // A bare four-digit year is a date mention (`2026 года`, `1976-built`), handled by the date reader.
    if (!sep && !currency && value >= 1900 && value <= 2100 && !ordinal && (attached || !unit)) {
      if (attached) continue;
      const nextToken = ctx.tokens[tokenIndex];
      if (!nextToken || UNIT_WORDS.get(nextToken.norm) === 'year' || STOPWORDS.has(nextToken.norm)) continue;
    }
    const startIndex = firstTokenAt(ctx.tokens, numStart);
    const [qualifier, figureStart] = qualifierBefore(ctx, startIndex, numStart);
    const counted = countedAfter(ctx, tokenIndex, numEnd, unit);
    if (counted.part > 0) readUpTo = counted.end;
    const noun = counted.noun || measureBefore(ctx, startIndex);
    // `Станом на 17.00`, `в 12.50 по местному времени`: hours and minutes that count nothing are a time.
    const clock = sep === '.' && frac !== undefined && clockTime(Number(intPart), frac);
    if (clock && !noun && !unit && counted.scale === 1) continue;
    const figure: Figure = {
      value: value * counted.scale + counted.part,
      qualifier,
      noun,
      text: ctx.text.slice(figureStart, counted.end),
      start: figureStart,
      end: counted.end,
    };
    if (counted.senses.length > 1) figure.senses = counted.senses;
    if (ordinal) figure.ordinal = true;
    out.push({
      figure,
      numberStart: numStart,
      numberEnd: bareEnd,
      nounToken: counted.nounToken,
      moreAfter: counted.more,
    });
  }
}

function wordFigures(ctx: FigureContext, start: number, end: number, out: ReadFigure[]): void {
  const { tokens } = ctx;
  for (let i = firstTokenAt(tokens, start); i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (first.start >= end) break;
    const firstValue = NUMBER_WORDS.get(first.norm);
    // Capitalised number words are names (`Семь`), except opening the sentence (`Десятеро постраждалих.`).
    if (firstValue === undefined || (first.capitalised && i > 0)) continue;
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
    // A bare number word is a count only with a noun, a scale, or a role word right before it
    // (`killing six`, `серед загиблих – десятеро`), read later by the quantity reader.
    if (!noun && counted.scale === 1 && !roleOfWord(tokens[i - 1]?.norm ?? '') && !COLLECTIVE_NUMBERS.has(first.norm)) {
      i = j - 1;
      continue;
    }
    const figure: Figure = {
      value: value * counted.scale + counted.part,
      qualifier,
      noun,
      ...(counted.senses.length > 1 ? { senses: counted.senses } : {}),
      text: ctx.text.slice(figureStart, Math.max(counted.end, last.end)),
      start: figureStart,
      end: Math.max(counted.end, last.end),
    };
    out.push({
      figure,
      numberStart: first.start,
      numberEnd: last.end,
      nounToken: counted.nounToken,
      moreAfter: counted.more,
    });
    i = j - 1;
  }
}

/**
 * `55 to 57 percent`, `от 19 до 22 человек`, `between 55 and 57`, `5 or 6`: two numbers joined by a range
 * word become one figure from the first to the second, counting what the second counts.
 */
function joinRanges(ctx: FigureContext, read: ReadFigure[]): ReadFigure[] {
  const out: ReadFigure[] = [];
  for (let k = 0; k < read.length; k++) {
    const a = read[k] as ReadFigure;
    const b = read[k + 1];
    if (!b || (a.figure.noun !== '' && a.figure.noun !== b.figure.noun && a.figure.noun !== '%')) {
      out.push(a);
      continue;
    }
    if (a.figure.high !== undefined || b.figure.high !== undefined || a.figure.versus !== undefined) {
      out.push(a);
      continue;
    }
    const between = ctx.tokens.slice(firstTokenAt(ctx.tokens, a.figure.end), firstTokenAt(ctx.tokens, b.numberStart));
    const gapText = ctx.text.slice(a.figure.end, b.numberStart);
    const startIndex = firstTokenAt(ctx.tokens, a.numberStart);
    const opener = ctx.tokens[startIndex - 1];
    const opened = opener !== undefined && RANGE_OPENERS.has(opener.norm) && a.figure.qualifier === 'exact';
    const joiner =
      (between.length === 1 &&
        (RANGE_JOINERS.has((between[0] as Token).norm) || (opened && RANGE_AND.has((between[0] as Token).norm)))) ||
      (between.length === 0 && RANGE_DASH.test(gapText));
    if (!joiner || a.figure.value >= b.figure.value || !/^[\s\p{L}–—-]*$/u.test(gapText)) {
      out.push(a);
      continue;
    }
    const start = opened && opener ? opener.start : a.figure.start;
    const figure: Figure = {
      ...b.figure,
      value: a.figure.value,
      high: b.figure.value,
      qualifier: a.figure.qualifier,
      noun: b.figure.noun || a.figure.noun,
      text: ctx.text.slice(start, b.figure.end),
      start,
    };
    out.push({ ...b, figure, numberStart: a.numberStart });
    k++;
  }
  return out;
}

/** Figures (counts, sums, durations, measures) in `text.slice(start, end)`, in text order, with what each counts. */
export function extractFigures(ctx: FigureContext, span: TextSpan): Figure[] {
  const read: ReadFigure[] = [];
  const taken = pairFigures(ctx, span.start, span.end, read);
  digitFigures(ctx, span.start, span.end, taken, read);
  wordFigures(ctx, span.start, span.end, read);
  read.sort((a, b) => a.figure.start - b.figure.start);
  const joined = joinRanges(ctx, read);
  readQuantities(ctx, span, joined);
  return joined.map((r) => r.figure);
}
