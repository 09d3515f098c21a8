import type { Figure } from '../claims/claim';

/**
 * Range a qualified figure allows. `more than 40` is 40 rounded down, so it allows up to a quarter more;
 * `about`/`almost` allow a tenth either way (or below). Measured on corpus-dev: 41 vs `more than 40`,
 * 125 km vs `about 130 km`, `nearly two million` vs `близько 1,9 мільйона` all fall inside.
 */
const MORE_SPAN = 0.25;
const ABOUT_SPAN = 0.1;

interface Range {
  low: number;
  high: number;
}

function rangeOf(f: Figure): Range {
  const v = f.value;
  switch (f.qualifier) {
    case 'more':
      return { low: v, high: v * (1 + MORE_SPAN) };
    case 'less':
      return { low: v * (1 - MORE_SPAN), high: v };
    case 'about':
      return { low: v * (1 - ABOUT_SPAN), high: v * (1 + ABOUT_SPAN) };
    case 'almost':
      return { low: v * (1 - ABOUT_SPAN), high: v };
    case 'upto':
      return { low: 0, high: v };
    default:
      return { low: v, high: v };
  }
}

const decimals = (v: number): number => {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

/**
 * Counts of one noun further apart than this are different quantities (depth 17 km vs distance
 * 125 km), not rival reports of one; corpus-dev's widest real conflict is $2 billion vs $7 billion.
 */
const MAX_RIVAL_RATIO = 4;

/** Whether two figures count the same thing: the same unit, or counted nouns sharing a sense; both cardinal. */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.noun === '' || b.noun === '' || a.ordinal || b.ordinal) return false;
  if (a.noun === b.noun) return true;
  const theirs = b.senses ?? [b.noun];
  return (a.senses ?? [a.noun]).some((s) => theirs.includes(s));
}

/** Whether two figures of one noun can be rival reports of one quantity (same noun, values within a factor of 4). */
export function rivalQuantity(a: Figure, b: Figure): boolean {
  if (!sameQuantity(a, b)) return false;
  const low = Math.min(Math.abs(a.value), Math.abs(b.value));
  const high = Math.max(Math.abs(a.value), Math.abs(b.value));
  return low > 0 && high / low <= MAX_RIVAL_RATIO;
}

/**
 * Whether two figures of the same quantity can both be right. Exact values are compared at the shorter
 * precision (71.63 % and 71.6 %); two bounds of the same kind (`понад 30` vs `более 27`) must name the
 * same number, since outlets quoting one source's bound differently report different figures.
 */
export function figuresCompatible(a: Figure, b: Figure): boolean {
  if (a.qualifier === 'exact' && b.qualifier === 'exact') {
    const places = Math.min(decimals(a.value), decimals(b.value));
    const factor = 10 ** places;
    return Math.round(a.value * factor) === Math.round(b.value * factor);
  }
  if (a.qualifier === b.qualifier && a.qualifier !== 'about') return a.value === b.value;
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  return ra.low <= rb.high && rb.low <= ra.high;
}
