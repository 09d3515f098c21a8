import type { Claim, ClaimDate, Entity, Figure } from '../claims/claim';
import { namedSources, sourceText } from './attribution-sources';
import type { Difference, NameVariant } from './comparison';
import { datesCompatible } from './date-compatibility';
import { figuresCompatible, rivalQuantity } from './figure-compatibility';

export interface ClaimSide {
  claim: Claim;
  /** Outlet of the claim's article, so its self-citations are not taken for sources. */
  outlet: string;
}

/**
 * Pairs items that cannot both be right. Items with a compatible partner on the other side are settled
 * first: in `15 лет … 50 годах` vs `15 years`, the 50 has no free partner left, so nothing is flagged.
 */
function conflicts<T>(
  here: readonly T[],
  there: readonly T[],
  comparable: (a: T, b: T) => boolean,
  compatible: (a: T, b: T) => boolean,
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
  const out: [T, T][] = [];
  const used = new Set<T>();
  for (const a of here) {
    if (settledHere.has(a)) continue;
    const b = there.find((x) => !settledThere.has(x) && !used.has(x) && comparable(a, x));
    if (b !== undefined) {
      used.add(b);
      out.push([a, b]);
    }
  }
  return out;
}

const formatFigure = (f: Figure): string => (f.qualifier === 'exact' ? String(f.value) : `${f.qualifier} ${f.value}`);

function numberDifferences(a: Claim, b: Claim): Difference[] {
  const countable = (fs: readonly Figure[]): Figure[] => fs.filter((f) => f.noun !== '' && !f.ordinal);
  return conflicts(countable(a.figures), countable(b.figures), rivalQuantity, figuresCompatible).map(([x, y]) => ({
    kind: 'number' as const,
    here: x.text,
    there: y.text,
    detail: `${formatFigure(x)} vs ${formatFigure(y)}`,
  }));
}

function dateDifferences(a: Claim, b: Claim): Difference[] {
  // `накануне` next to `6 января` usually describes two moments, so a relative date is paired with an
  // absolute one only when each claim gives a single date (`сегодня` vs `8 января`).
  const single = a.dates.length === 1 && b.dates.length === 1;
  // A bare year (`1952`, `2022`) is background, only ever compared with another bare year.
  const yearOnly = (d: ClaimDate): boolean => d.value.length === 4;
  const sameKind = (x: ClaimDate, y: ClaimDate): boolean =>
    yearOnly(x) === yearOnly(y) && (single || x.relative === y.relative);
  return conflicts(a.dates, b.dates, sameKind, datesCompatible).map(([x, y]) => ({
    kind: 'date' as const,
    here: x.text.trim(),
    there: y.text.trim(),
    detail: `${x.value} vs ${y.value}`,
  }));
}

function attributionDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const here = namedSources(a.claim, a.outlet);
  const there = namedSources(b.claim, b.outlet);
  if (here.size === 0 || there.size === 0) return [];
  for (const key of here) if (there.has(key)) return [];
  return [
    {
      kind: 'attribution',
      here: sourceText(a.claim, here),
      there: sourceText(b.claim, there),
      detail: `${[...here].join(', ')} vs ${[...there].join(', ')}`,
    },
  ];
}

/** Figures, dates and attributions of two claims that state the same fact but cannot both be right. */
export function findDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  return [
    ...numberDifferences(a.claim, b.claim),
    ...dateDifferences(a.claim, b.claim),
    ...attributionDifferences(a, b),
  ];
}

// Case endings differ between any two mentions (`Уиткофф`/`Уиткоффом`); only a different stem is a variant.
const STEM_LENGTH = 4;
const lastWord = (text: string): string => {
  const words = text.split(/\s+/);
  return words[words.length - 1] ?? '';
};
const stemOf = (text: string): string => lastWord(text).toLowerCase().slice(0, STEM_LENGTH);
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
