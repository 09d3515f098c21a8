import { LANGUAGE_PACKS, type WordTable, words } from '../languages';

/**
 * Number words, scales, qualifiers and units of every language pack (lib/languages/<code>/numbers.json), in
 * one table each: a text mixes languages, and a word means the same in whichever it is written.
 */

/** `[form, value]` of every form of a value table. */
const valued = (table: WordTable): [string, number][] =>
  Object.entries(table).flatMap(([value, forms]) => words(forms).map((f): [string, number] => [f, Number(value)]));

// Collective numerals count people (`трое детей`, `десятеро постраждалих`), so they are counts even alone.
export const COLLECTIVE_NUMBERS: ReadonlySet<string> = new Set(
  LANGUAGE_PACKS.flatMap((p) => valued(p.numbers.collective).map(([form]) => form)),
);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  LANGUAGE_PACKS.flatMap((p) => [...valued(p.numbers.numbers), ...valued(p.numbers.collective)]),
);

/** Multipliers written after a number (`27 тыс.`, `1,9 мільйона`, `$2 billion`, `€88m`). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  LANGUAGE_PACKS.flatMap((p) => valued(p.numbers.scales)),
);

const QUALIFIER_NAMES = ['exact', 'more', 'less', 'about', 'almost', 'upto'] as const;
export type Qualifier = (typeof QUALIFIER_NAMES)[number];

function qualifierNamed(name: string | undefined): Qualifier {
  const q = QUALIFIER_NAMES.find((n) => n === name);
  if (!q) throw new Error(`numbers.json: unknown qualifier ${String(name)}`);
  return q;
}

/** Words before a number that qualify it, longest first within a language so `не менее` wins over `менее`. */
export const QUALIFIERS: readonly [string[], Qualifier][] = LANGUAGE_PACKS.flatMap((p) =>
  p.numbers.qualifiers.map(([phrase, q]): [string[], Qualifier] => [words(phrase ?? ''), qualifierNamed(q)]),
);

/** Words after which a number names something (`Article 263`, `ст. 205`) and is no figure. */
export const LABEL_WORDS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((p) => words(p.numbers.labels)));

/** Units and measure words mapped to language-independent keys; matched on the normalised word. */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map(
  LANGUAGE_PACKS.flatMap((p) =>
    Object.entries(p.numbers.units).flatMap(([key, forms]) => words(forms).map((f): [string, string] => [f, key])),
  ),
);
