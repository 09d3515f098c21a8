import { LANGUAGE_PACKS, phrasesOfEveryPack, words, wordsOfEveryPack, wordTableOfEveryPack } from '../languages';

/**
 * The words news text uses around a count to say what the counted did or underwent, whether the count
 * is a running total or an increment, and as of when it holds: every language pack's
 * (lib/languages/<code>/quantities.json), matched on the normalised word (prefixes end in `*`).
 */

const wordSet = (list: (p: (typeof LANGUAGE_PACKS)[number]) => string): ReadonlySet<string> =>
  new Set(wordsOfEveryPack(list));

/**
 * Roles of a count: what happened to the counted people or things. Two figures count the same thing only
 * when their roles agree (dead vs injured is never a difference). `casualties` (dead and injured
 * together) is set by the reader, not by a word: see SUPERSET_CUES.
 */
export const ROLE_WORDS: Record<string, string> = wordTableOfEveryPack((p) => p.quantities.roles);

/** Phrases whose last word is a role word only after the words before it (`on board`): `[words, role]`. */
export const ROLE_PHRASES: readonly [string[], string][] = LANGUAGE_PACKS.flatMap((p) =>
  Object.entries(p.quantities.rolePhrases).flatMap(([role, phrases]) =>
    phrases.map((phrase): [string[], string] => [words(phrase), role]),
  ),
);

/** Ballot answers, only as roles when quoted (`«за»`, `"так"`, `“yes”`): unquoted they are everyday words. */
export const QUOTED_ROLE_WORDS: Record<string, string> = wordTableOfEveryPack((p) => p.quantities.quotedRoles);

/** Roles whose count is of people whatever noun is written (`20 погибших`, `29 deaths`, `killing six people`). */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'dead',
  'injured',
  'missing',
  'casualties',
  'survivors',
  'rescued',
  'detained',
  'evacuated',
  'aboard',
]);

/**
 * Roles that tell another role's fate: the bodies found are of the dead. Evidence that two tolls report one
 * count (sameFate), never that they are one quantity to compare: bodies recovered may be fewer than the dead.
 */
export const ROLE_FATES: Readonly<Record<string, string>> = { bodies: 'dead' };

/**
 * Roles of things fired or brought down (`fired more than 40 missiles`, `114 were downed`): what a price, a
 * share or a distance nearby (`launched at $400`) never is.
 */
export const THING_ROLES: ReadonlySet<string> = new Set(['launched', 'shot-down']);

/**
 * Nouns that count people (`человек`, `осіб`, `людей`, `people`) and children, which the cross-language
 * lexicon gives no common sense: each class is one key.
 */
export const COUNTED_CLASSES: Record<string, string> = wordTableOfEveryPack((p) => p.quantities.countedClasses);

/**
 * After a count, a figure that names part of it (`695 пострадавших, из них 144 погибли`): the first
 * count is then of dead and injured together.
 */
export const SUPERSET_CUES: readonly string[][] = phrasesOfEveryPack((p) => p.quantities.supersetCues);

/** Before a count: it names part of the count just before it (`29 deaths, including four children`). */
export const SUBSET_CUES: readonly string[][] = phrasesOfEveryPack((p) => p.quantities.subsetCues);

/** Right before a count: an increment (`ещё 139`, `another 3,400`, `ще 3400`). */
export const NEW_BEFORE: ReadonlySet<string> = wordSet((p) => p.quantities.newBefore);
/** Right after a count, before the noun: an increment (`18 more bodies`, `12 новых`). */
export const NEW_AFTER: ReadonlySet<string> = wordSet((p) => p.quantities.newAfter);
/**
 * Verbs of growth and totals before a count: a running total (`rose to 93`, `зросла до 2 719`,
 * `достигло 143`). After one of them, `до` / `to` / `up to` is the new total, not an upper bound.
 */
export const TOTAL_BEFORE: ReadonlySet<string> = wordSet((p) => p.quantities.totalBefore);

/** `по состоянию на`, `станом на`, `as of`: the date and time a count holds as of follow. */
export const AS_OF_CUES: readonly string[][] = phrasesOfEveryPack((p) => p.quantities.asOfCues);

/** Words joining the two ends of a range (`55 to 57`, `от 19 до 22`, `5 or 6`); `and` only after `between`. */
export const RANGE_JOINERS: ReadonlySet<string> = wordSet((p) => p.quantities.rangeJoiners);
export const RANGE_OPENERS: ReadonlySet<string> = wordSet((p) => p.quantities.rangeOpeners);
export const RANGE_AND: ReadonlySet<string> = wordSet((p) => p.quantities.rangeAnd);

/** Prepositions before the place a count is limited to (`погибли в Киеве`, `killed in Kyiv`). */
export const SCOPE_PREPOSITIONS: ReadonlySet<string> = wordSet((p) => p.quantities.scopePrepositions);
/** Prepositions before the point a distance is measured from (`в 17 км от Мандалая`, `70km northeast of Belgorod`). */
export const REFERENCE_PREPOSITIONS: ReadonlySet<string> = wordSet((p) => p.quantities.referencePrepositions);

/** Matches a normalised word against a list of words and `prefix*` entries. */
export function wordMatcher(table: Record<string, string>): (word: string) => string | undefined {
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const [key, words] of Object.entries(table)) {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      if (w.endsWith('*')) prefixes.push([w.slice(0, -1), key]);
      else exact.set(w, key);
    }
  }
  // The longest listed prefix wins (the first listed among equal ones). Prefixes are grouped by length, so
  // a word is looked up once per length instead of compared with every prefix: roles are read for every
  // word around every figure.
  const byLength = new Map<number, Map<string, string>>();
  for (const [p, key] of prefixes) {
    let sameLength = byLength.get(p.length);
    if (!sameLength) {
      sameLength = new Map();
      byLength.set(p.length, sameLength);
    }
    if (!sameLength.has(p)) sameLength.set(p, key);
  }
  const lengths = [...byLength.entries()].sort((a, b) => b[0] - a[0]);
  return (word: string) => {
    const hit = exact.get(word);
    if (hit) return hit;
    for (const [length, sameLength] of lengths) {
      if (length > word.length) continue;
      const key = sameLength.get(word.slice(0, length));
      if (key !== undefined) return key;
    }
    return undefined;
  };
}

export const roleOfWord = wordMatcher(ROLE_WORDS);
export const classOfWord = wordMatcher(COUNTED_CLASSES);
export const quotedRoleOfWord = wordMatcher(QUOTED_ROLE_WORDS);
