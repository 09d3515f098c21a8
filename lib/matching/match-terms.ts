import type { Claim, Entity } from '../claims/claim';
import { CONCEPT_PREFIX } from '../claims/concept-prefix';
import { COGNATE_PREFIX, NAME_SKELETON_LENGTH, SKELETON_PREFIX } from '../claims/terms';
import { skeleton } from '../text/transliterate';
import { nameTerms } from './name-terms';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { prefixLetters, rareName, minNameSkeleton } = MATCHER_TUNABLES.claimScores;

// Prefixes of lib/claims/terms.ts: `~` name skeletons, `≈` cognate skeletons; `^` marks a word prefix (below).
export const NAME_PREFIX = SKELETON_PREFIX;
const WORD_PREFIX = '^';
const CYRILLIC_FIRST = 0x430;
const CYRILLIC_LAST = 0x491;

/** The keys claim alignment compares: a claim's terms plus word prefixes. */
export interface MatchKeys {
  keys: readonly string[];
  /** For each key, the position of the key whose idf weighs it: its own, or the stem's a prefix was cut from. */
  sources: Int32Array;
  /** Keys from this position on are further senses of the claim's words (claimWords), not its terms. */
  furtherFrom: number;
}

/** Which keys of a claim name someone or something; read only for the few pairs that may state one fact. */
export interface ClaimNames {
  /** Keys that name a person, place or body (skeletons, the words they came from, their cognates and prefixes). */
  names: ReadonlySet<string>;
  /** The name skeletons (`~sln`) of people the claim names. */
  people: ReadonlySet<string>;
}

/** Whether a term starts with a Russian or Ukrainian letter (а–я, ё, і, ї, є, ґ: U+0430–U+0491). */
function cyrillic(term: string): boolean {
  const c = term.charCodeAt(0);
  return c >= CYRILLIC_FIRST && c <= CYRILLIC_LAST;
}

const prefixOf = (term: string): string | null =>
  term.length > prefixLetters && cyrillic(term) ? WORD_PREFIX + term.slice(0, prefixLetters) : null;

/** Whether a cognate skeleton (`≈vldmr`) was made from one of these words (given as skeletons). */
function cognateOf(cognate: string, nameSkeletons: readonly string[]): boolean {
  const body = cognate.slice(COGNATE_PREFIX.length);
  return nameSkeletons.some((s) => s.length >= minNameSkeleton && (body.startsWith(s) || s.startsWith(body)));
}

const SPACE_ONLY = /^\s*$/;
const NOT_LETTERS = /[^\p{L}]+/u;

/**
 * Whether an entity names a person: a person, or the place or body written right before one, which is
 * then part of the person's title (`президент Франции Эммануэль Макрон`), not where the claim happens.
 */
function namesPerson(claim: Claim, e: Entity): boolean {
  if (e.kind === 'person') return true;
  return claim.entities.some(
    (p) =>
      p.kind === 'person' &&
      p.start >= e.end &&
      SPACE_ONLY.test(claim.text.slice(e.end - claim.start, p.start - claim.start)),
  );
}

// Claims are immutable once analysed and the corpus hands out the same objects again: read each once.
const keysCache = new WeakMap<Claim, MatchKeys>();
const namesCache = new WeakMap<Claim, ClaimNames>();

/**
 * A claim's match keys. Prefix keys are cut from the longer Cyrillic stems only: stems of five letters
 * are mostly whole common words, and giving them prefix keys too lifted the same-names articles to the
 * seeds' same-story threshold while finding no more seed gold pairs.
 */
export function matchKeys(claim: Claim): MatchKeys {
  const hit = keysCache.get(claim);
  if (hit) return hit;
  const n = claim.terms.length;
  const keys = [...claim.terms];
  const sources: number[] = [];
  for (let i = 0; i < n; i++) sources.push(i);
  const prefixes = new Set<string>();
  for (let i = 0; i < n; i++) {
    const key = prefixOf(claim.terms[i] as string);
    if (key === null || prefixes.has(key)) continue;
    prefixes.add(key);
    keys.push(key);
    sources.push(i);
  }
  // A counted noun's every sense (`ракет`: rocket, missile), where its word's terms keep the first only:
  // what two claims count is their content in any language, whichever sense each dictionary put first.
  const present = new Set(keys);
  for (const f of claim.figures) {
    for (const sense of f.senses ?? []) {
      if (present.has(sense) || !sense.startsWith(CONCEPT_PREFIX)) continue;
      present.add(sense);
      sources.push(keys.length);
      keys.push(sense);
    }
  }
  // A word's further senses (claimWords): concepts, so they meet only across scripts.
  const furtherFrom = keys.length;
  for (const sense of claim.senses ?? []) {
    if (present.has(sense) || !sense.startsWith(CONCEPT_PREFIX)) continue;
    present.add(sense);
    sources.push(keys.length);
    keys.push(sense);
  }
  const out: MatchKeys = { keys, sources: Int32Array.from(sources), furtherFrom };
  keysCache.set(claim, out);
  return out;
}

export function claimNames(claim: Claim): ClaimNames {
  const hit = namesCache.get(claim);
  if (hit) return hit;
  const base = nameTerms(claim);
  const names = new Set(base);
  const nameSkeletons: string[] = [];
  for (const t of base) {
    if (t.startsWith(NAME_PREFIX)) continue;
    nameSkeletons.push(skeleton(t));
    const key = prefixOf(t);
    if (key !== null) names.add(key);
  }
  for (const t of claim.terms) if (t.startsWith(COGNATE_PREFIX) && cognateOf(t, nameSkeletons)) names.add(t);
  const people = new Set<string>();
  for (const e of claim.entities) {
    if (!namesPerson(claim, e)) continue;
    for (const word of e.text.toLowerCase().split(NOT_LETTERS)) {
      const key = NAME_PREFIX + skeleton(word).slice(0, NAME_SKELETON_LENGTH);
      if (names.has(key)) people.add(key);
    }
  }
  const out: ClaimNames = { names, people };
  namesCache.set(claim, out);
  return out;
}

/**
 * Evidence units: distinct shared content words, not counting a word's own cognate and prefix twice. A
 * word is a name only when both claims use it as one: `anti-corruption bureau` written lower-case on one
 * side is what the claim says, even where the other capitalises it as the bureau's title. A shared name
 * of a place or body counts too when the two articles rarely use it (`Оленья`, `Khabarovsk`), for then
 * it says where the claim is; people and the places every claim of the story names never count.
 */
export function contentUnits(
  shared: readonly string[],
  claimA: Claim,
  claimB: Claim,
  local: (key: string) => number,
): number {
  const a = claimNames(claimA);
  const b = claimNames(claimB);
  const isName = (t: string): boolean => a.names.has(t) && b.names.has(t);
  const content = shared.filter((t) => !t.startsWith(NAME_PREFIX) && !t.startsWith(COGNATE_PREFIX) && !isName(t));
  const words = content.filter((t) => !t.startsWith(WORD_PREFIX));
  const plain = content.filter(
    (t) => !t.startsWith(WORD_PREFIX) || !words.some((w) => w.startsWith(t.slice(WORD_PREFIX.length))),
  );
  const skeletons = plain.map((t) => skeleton(t));
  let units = plain.length;
  for (const t of shared) {
    if (t.startsWith(COGNATE_PREFIX) && !isName(t) && !cognateOf(t, skeletons)) units++;
    else if (t.startsWith(NAME_PREFIX) && !a.people.has(t) && !b.people.has(t) && local(t) >= rareName) units++;
  }
  return units;
}
