import type { Claim, ClaimDate, Entity, Figure } from '../claims/claim';
import { rivalSources, sourceChainLinks, sourceLevel, sourceRelation, sourceSpan } from './attribution-sources';
import type { Difference, DifferenceFigure, NameVariant } from './comparison';
import { datesCompatible } from './date-compatibility';
import { type ClaimSide, claimRange, type DifferencePart, difference } from './difference-parts';
import { claimCountry, inCountry } from './document-country';
import {
  countsSomething,
  figureDistance,
  figuresCompatible,
  rivalQuantity,
  sameQuantity,
} from './figure-compatibility';
import { nameDifferences } from './name-differences';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { stemLength } = MATCHER_TUNABLES.differences;

/**
 * Pairs items that cannot both be right. Items with a compatible partner on the other side are settled
 * first: in `15 лет … 50 годах` vs `15 years`, the 50 has no free partner left, so nothing is flagged.
 * The rest pair closest first (`31 погибший … 20 в Киеве` vs `22 в Киеве`: 20 meets 22, not 31).
 */
function conflicts<T>(
  here: readonly T[],
  there: readonly T[],
  comparable: (a: T, b: T) => boolean,
  compatible: (a: T, b: T) => boolean,
  distance: (a: T, b: T) => number = () => 0,
): [T, T][] {
  const settledHere = new Set<T>();
  const settledThere = new Set<T>();
  for (const a of here) {
    for (const b of there) {
      if (comparable(a, b) && compatible(a, b)) {
        settledHere.add(a);
        settledThere.add(b);
      }
    }
  }
  const candidates: { a: T; b: T; d: number; order: number }[] = [];
  here.forEach((a, i) => {
    if (settledHere.has(a)) return;
    there.forEach((b, j) => {
      if (!settledThere.has(b) && comparable(a, b)) candidates.push({ a, b, d: distance(a, b), order: i * 1000 + j });
    });
  });
  candidates.sort((x, y) => x.d - y.d || x.order - y.order);
  const out: [T, T][] = [];
  const usedHere = new Set<T>();
  const usedThere = new Set<T>();
  for (const { a, b } of candidates) {
    if (usedHere.has(a) || usedThere.has(b)) continue;
    usedHere.add(a);
    usedThere.add(b);
    out.push([a, b]);
  }
  return out.sort((x, y) => here.indexOf(x[0]) - here.indexOf(y[0]));
}

/**
 * Scorecards are a multiset (three judges may give one card twice): each card here takes one equal card
 * there, and only the cards left over are paired as rival scores (`114-112` vs the second `114-113`).
 */
function scorecardConflicts(here: readonly Figure[], there: readonly Figure[]): [Figure, Figure][] {
  const freeThere = [...there];
  const left: Figure[] = [];
  for (const a of here) {
    const k = freeThere.findIndex((b) => figuresCompatible(a, b));
    if (k >= 0) freeThere.splice(k, 1);
    else left.push(a);
  }
  return left.flatMap((a, i) => (freeThere[i] ? [[a, freeThere[i] as Figure] as [Figure, Figure]] : []));
}

export function figureValue(f: Figure): DifferenceFigure {
  const out: DifferenceFigure = { value: f.value, qualifier: f.qualifier, noun: f.noun };
  if (f.high !== undefined) out.high = f.high;
  if (f.versus !== undefined) out.versus = f.versus;
  if (f.role) out.role = f.role;
  if (f.count) out.count = f.count;
  if (f.asOf) out.asOf = f.asOf;
  return out;
}

const figurePart = (claim: Claim, f: Figure): DifferencePart => ({
  text: f.text,
  span: claimRange(claim, f.start, f.end),
  value: { figure: figureValue(f) },
});

/** `number`: two values of one quantity that cannot both be right (`30` vs `27` leaders). */
export function numberDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const isScore = (f: Figure): boolean => f.noun === 'score';
  const here = a.claim.figures.filter(countsSomething);
  const there = b.claim.figures.filter(countsSomething);
  const countryHere = claimCountry(a.claim, a.country);
  const countryThere = claimCountry(b.claim, b.country);
  // A toll naming no place is of its claim's or document's country (see inCountry).
  const rival = (x: Figure, y: Figure): boolean =>
    rivalQuantity(inCountry(x, y, countryHere), inCountry(y, x, countryThere));
  const pairs = [
    ...scorecardConflicts(here.filter(isScore), there.filter(isScore)),
    ...conflicts(
      here.filter((f) => !isScore(f)),
      there.filter((f) => !isScore(f)),
      rival,
      (x, y) => sameQuantity(x, y) && figuresCompatible(x, y),
      figureDistance,
    ),
  ];
  return pairs.map(([x, y]) => difference('number', a, b, figurePart(a.claim, x), figurePart(b.claim, y)));
}

/** `date`: one event dated differently (`6 января` vs `8 января`). */
export function dateDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  // `накануне` next to `6 января` usually describes two moments, so a relative date is paired with an
  // absolute one only when each claim gives a single date (`сегодня` vs `8 января`).
  // When a source spoke (`said Saturday`) is not when the event happened.
  // Nor is the day a relative clause gives (`теракт, який стався 22 березня`) when the claim's own event was.
  const event = (c: Claim): ClaimDate[] => c.dates.filter((d) => !d.reporting && !d.background);
  const here = event(a.claim);
  const there = event(b.claim);
  const single = here.length === 1 && there.length === 1;
  // A bare year (`1952`, `2022`) is background, only ever compared with another bare year.
  const yearOnly = (d: ClaimDate): boolean => d.value.length === 4;
  const sameKind = (x: ClaimDate, y: ClaimDate): boolean =>
    yearOnly(x) === yearOnly(y) && (single || x.relative === y.relative);
  const part = (claim: Claim, d: ClaimDate): DifferencePart => ({
    text: d.text.trim(),
    span: claimRange(claim, d.start + (d.text.length - d.text.trimStart().length), d.start + d.text.trimEnd().length),
    value: { date: d.value },
  });
  return conflicts(here, there, sameKind, datesCompatible).map(([x, y]) =>
    difference('date', a, b, part(a.claim, x), part(b.claim, y)),
  );
}

/** Whether two claims give one count of one thing (same quantity, same value). */
function sharesCount(a: Claim, b: Claim): boolean {
  return a.figures.some((x) => b.figures.some((y) => x.value === y.value && sameQuantity(x, y)));
}

/**
 * `attribution`: a claim credited to different named sources on the two sides: no source in common over the whole
 * chains (`РБК-Украина → Reuters` shares Reuters with a bare `Reuters`: corroboration, not conflict; a body
 * named longer on one side, in another language or as its acronym is the same body, see sourceRelation), and
 * sources of one level (two outlets, or two speakers: see sourceLevel); two outlets giving one count relay it.
 */
export function attributionDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const level = sourceLevel(a.claim, a.outlet);
  if (level !== sourceLevel(b.claim, b.outlet)) return [];
  const here = rivalSources(a.claim, a.outlet, level);
  const there = rivalSources(b.claim, b.outlet, level);
  if (here.size === 0 || there.size === 0) return [];
  if (sourceRelation(here, there) !== 'distinct') return [];
  // Outlets giving one count (`MRTV reported that 694 people…`, `погибли 694 человека… сообщает AFP`) relay
  // one origin: an outlet is not where a count comes from, so two outlets agreeing on it are no rivals.
  if (level === 'outlet' && sharesCount(a.claim, b.claim)) return [];
  const part = (side: ClaimSide, sources: ReadonlyMap<string, unknown>): DifferencePart => {
    const found = sourceSpan(side.claim, sources);
    return {
      text: found.text,
      span: found.start >= 0 ? claimRange(side.claim, found.start, found.end) : null,
      value: { sources: sourceChainLinks(side.claim)[0] ?? [found.text] },
    };
  };
  return [difference('attribution', a, b, part(a, here), part(b, there))];
}

/** Finds the differences of one kind between two claims that state the same fact. */
export type DifferenceProducer = (a: ClaimSide, b: ClaimSide) => Difference[];

/**
 * Every kind of difference the engine reports, declared here once with the function that finds it, in
 * the order a claim's differences are listed. `DifferenceKind` is read from these keys, and
 * test/unit/architecture/kinds.test.ts checks that each kind has its labels in the en/ru/uk locale
 * files and a unit test that produces it: a new kind is one line here, its producer and those.
 */
export const DIFFERENCE_PRODUCERS = {
  number: numberDifferences,
  date: dateDifferences,
  attribution: attributionDifferences,
  name: nameDifferences,
} as const satisfies Record<string, DifferenceProducer>;

export type DifferenceKind = keyof typeof DIFFERENCE_PRODUCERS;

/** The difference kinds in the order findDifferences lists them. */
export const DIFFERENCE_KINDS = Object.keys(DIFFERENCE_PRODUCERS) as DifferenceKind[];

export type { ClaimSide };

/** Figures, dates, attributions and names of two claims that state the same fact but cannot both be right. */
export function findDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  return DIFFERENCE_KINDS.flatMap((kind) => DIFFERENCE_PRODUCERS[kind](a, b));
}

const lastWord = (text: string): string => {
  const words = text.split(/\s+/);
  return words[words.length - 1] ?? '';
};
const stemOf = (text: string): string => lastWord(text).toLowerCase().slice(0, stemLength);
const scriptOf = (text: string): string => (/[\u0400-\u04FF]/.test(text) ? 'cyrillic' : 'latin');

/**
 * Spellings of one entity that differ beyond case endings (`Уиткофф` / `Віткофф`), in the same script:
 * a transliteration across scripts is expected, and neither is ever a difference.
 */
export function nameVariants(a: Claim, b: Claim): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new Set<string>();
  const persons = (es: readonly Entity[]): Entity[] => es.filter((e) => e.kind === 'person');
  for (const x of persons(a.entities)) {
    for (const y of persons(b.entities)) {
      if (x.key !== y.key || scriptOf(x.text) !== scriptOf(y.text) || stemOf(x.text) === stemOf(y.text)) continue;
      if (seen.has(x.key)) continue;
      seen.add(x.key);
      out.push({ here: lastWord(x.text), there: lastWord(y.text) });
    }
  }
  return out;
}
