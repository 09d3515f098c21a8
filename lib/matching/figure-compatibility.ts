import type { Figure } from '../claims/claim';
import { UNIT_WORDS } from '../claims/number-words';
import { PERSON_ROLES, ROLE_FATES } from '../claims/quantity-words';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { moreSpan, aboutSpan, maxRivalRatio, placePrefix } = MATCHER_TUNABLES.differences;

interface Range {
  low: number;
  high: number;
}

/** The values a figure allows: its range (`55 to 57%`) or number, widened by its qualifier. */
export function rangeOf(f: Figure): Range {
  const low = f.value;
  const high = f.high ?? f.value;
  switch (f.qualifier) {
    case 'more':
      return { low, high: high * (1 + moreSpan) };
    case 'less':
      return { low: low * (1 - moreSpan), high };
    case 'about':
      return { low: low * (1 - aboutSpan), high: high * (1 + aboutSpan) };
    case 'almost':
      return { low: low * (1 - aboutSpan), high };
    case 'upto':
      return { low: 0, high };
    default:
      return { low, high };
  }
}

const decimals = (v: number): number => {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

const UNITS = new Set([...UNIT_WORDS.values(), 'score']);

/** Whether a figure counts something: a noun, a unit or a role; cardinal. */
export const countsSomething = (f: Figure): boolean => f.noun !== '' && !f.ordinal;

function samePlace(a: string, b: string): boolean {
  const n = Math.min(placePrefix, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const isPerson = (f: Figure): boolean => f.noun === '@person' || (f.senses?.includes('@person') ?? false);

function sharesSense(a: Figure, b: Figure): boolean {
  if (a.noun === b.noun) return true;
  const theirs = b.senses ?? [b.noun];
  return (a.senses ?? [a.noun]).some((s) => theirs.includes(s));
}

/**
 * Whether two figures count the same thing: the same unit or counted nouns sharing a sense (people are
 * one class across `человек`, `осіб`, `people`), the same role when both say what happened (dead vs
 * injured never meet), and people only with a role on both sides or on neither; an increment (`18 more`)
 * only with an increment; a count in one place or a distance from one point never with another place's.
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (!countsSomething(a) || !countsSomething(b)) return false;
  if ((a.count === 'new') !== (b.count === 'new')) return false;
  if (a.role !== undefined && b.role !== undefined && a.role !== b.role) return false;
  if (a.scope !== undefined && b.scope !== undefined && !samePlace(a.scope, b.scope)) return false;
  if (a.reference !== undefined && b.reference !== undefined && !samePlace(a.reference, b.reference)) return false;
  const unitA = UNITS.has(a.noun);
  if (unitA || UNITS.has(b.noun)) return a.noun === b.noun;
  const people = isPerson(a) && isPerson(b);
  // People whose fate one side does not give may be the other's injured as well as its dead.
  if ((a.role === undefined) !== (b.role === undefined) && (isPerson(a) || isPerson(b))) return false;
  if (a.role !== undefined && PERSON_ROLES.has(a.role) && people) return true;
  return sharesSense(a, b);
}

/** The fate a role tells (the bodies found are the dead: `2 719 тел` / `2 719 загиблих`). */
const fateOf = (f: Figure): string | undefined => (f.role === undefined ? undefined : (ROLE_FATES[f.role] ?? f.role));

/**
 * Whether two figures give a toll of one fate (`двоє дорослих загинули` / `two killed hospital workers`):
 * the same quantity, or the same fate of people whatever word each counts them by. Evidence that two
 * claims report one toll, so looser than sameQuantity, which decides what a difference compares (two
 * workers among twenty people killed is no rival count).
 */
export function sameFate(f: Figure, g: Figure): boolean {
  if (sameQuantity(f, g)) return true;
  const fate = fateOf(f);
  return (
    fate === fateOf(g) &&
    PERSON_ROLES.has(fate as string) &&
    countsSomething(f) &&
    countsSomething(g) &&
    (f.count === 'new') === (g.count === 'new') &&
    (f.scope === undefined || g.scope === undefined || samePlace(f.scope, g.scope)) &&
    !UNITS.has(f.noun) &&
    !UNITS.has(g.noun)
  );
}

/**
 * Whether two figures can be rival reports of one quantity: the same quantity, and values within a factor
 * of 4 unless both say what happened to what they count.
 */
export function rivalQuantity(a: Figure, b: Figure): boolean {
  if (!sameQuantity(a, b)) return false;
  if (a.noun === 'score') return true;
  if (a.role !== undefined && b.role !== undefined) return true;
  const low = Math.min(Math.abs(a.value), Math.abs(b.value));
  const high = Math.max(Math.abs(a.high ?? a.value), Math.abs(b.high ?? b.value));
  return low > 0 && high / low <= maxRivalRatio;
}

/** A scorecard whichever way it is written (`113-114` and `114-113 Fury` are one card). */
const card = (f: Figure): string => {
  const x = f.value;
  const y = f.versus ?? 0;
  return `${Math.max(x, y)}-${Math.min(x, y)}`;
};

/**
 * Whether two figures of the same quantity can both be right. Exact values are compared at the shorter
 * precision (71.63 % and 71.6 %); ranges that overlap agree (`55 to 57%` and `56%`, `более чем 700` and
 * `більше 730`: both bounds hold if the count is 750), and a bound allows what rangeOf says it does.
 */
export function figuresCompatible(a: Figure, b: Figure): boolean {
  if (a.noun === 'score' || b.noun === 'score') return card(a) === card(b);
  const ranged = a.high !== undefined || b.high !== undefined;
  if (!ranged && a.qualifier === 'exact' && b.qualifier === 'exact') {
    const places = Math.min(decimals(a.value), decimals(b.value));
    const factor = 10 ** places;
    return Math.round(a.value * factor) === Math.round(b.value * factor);
  }
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  return ra.low <= rb.high && rb.low <= ra.high;
}

/** How far apart two values of one quantity are, for pairing the closest first (0: equal). */
export function figureDistance(a: Figure, b: Figure): number {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  const gap = Math.max(0, ra.low - rb.high, rb.low - ra.high);
  const scale = Math.max(Math.abs(ra.high), Math.abs(rb.high), 1e-9);
  return gap / scale;
}
