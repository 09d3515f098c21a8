import type { Claim, Figure } from '../claims/claim';
import { CONCEPT_PREFIX } from '../claims/concept-prefix';
import { conceptKeyed, crossScript, crossScriptTerm, type TermWeights } from './claim-similarity';
import { figuresCompatible, rivalQuantity, sameFate, sameQuantity } from './figure-compatibility';
import { contentUnits, type MatchKeys, matchKeys, NAME_PREFIX } from './match-terms';
import { sameGroupListed } from './membership';
import { isStatement } from './statement';
import { MATCHER_TUNABLES } from './tunables';
import { weightsCache } from './weights-cache';

// Why each has its value: tunables.ts.
const { relatedClaim } = MATCHER_TUNABLES.align;
const {
  figureBonus,
  dateBonus,
  valueBonus,
  roleBonus,
  containmentShare,
  localFloor,
  localPower,
  minSharedWords,
  fewSharedPenalty,
  minDateLength,
  closeValue,
} = MATCHER_TUNABLES.claimScores;

/** One claim here against one claim there, with the evidence the same-claim decision reads. */
export interface ScoredPair {
  /** Claim indices in their articles. */
  here: number;
  there: number;
  /** 0 (unrelated) to 1 (same statement). */
  score: number;
  /** Distinct content words both claims use (see contentUnits). */
  units: number;
  /** Names (people, places, bodies) both claims use. */
  names: number;
  /** People both claims name. */
  persons: number;
  /** Both claims count the same noun: with agreeing values or as rival reports (`27` vs `30 leaders`). */
  figure: boolean;
  /** Both give a distinctive value (`1644` and `1,644`; see sharedValues). */
  value: boolean;
  /** Both give one count of one fate in the same words of quantity (`more than 40 missiles fired` / `понад 40 ракет`). */
  sameCount: boolean;
  /** The claims are in different languages, where words the bridge lacks keep the score lower. */
  crossLanguage: boolean;
  /** One claim is English and the other Russian or Ukrainian: only concepts and names meet. */
  crossScript: boolean;
}

/** A statement with what does not depend on the other article: its keys, their idf, the people it names. */
interface PreparedClaim {
  claim: Claim;
  terms: MatchKeys;
  idf: Float64Array;
  /** 1 for keys that can meet a claim in another script (see crossScriptTerm). */
  crosses: Uint8Array;
  /** 1 for the keys two Russian/Ukrainian claims compare by: all but concepts, which restate their words. */
  natives: Uint8Array;
  /** 1 for keys that are only a word's second reading (Claim.alternates). */
  alternates: Uint8Array;
  /** 1 for the concept of a word with one sense (Claim.sole), which a synonym's further sense may meet. */
  soles: Uint8Array;
  persons: ReadonlySet<string>;
}

/**
 * An article's statements, ready for any pair: the distinct keys of all of them with how many statements
 * use each, where each statement's keys sit in that list, and each key's postings: the (statement,
 * position) pairs from postings[2·start[k]] to postings[2·start[k + 1]], one flat array for all keys.
 */
interface PreparedDocument {
  claims: PreparedClaim[];
  keys: string[];
  slot: ReadonlyMap<string, number>;
  frequency: Int32Array;
  /** Statements using each key as a term (at least 1), which its local weight reads. */
  uses: Int32Array;
  keyIndex: Int32Array[];
  start: Int32Array;
  postings: Int32Array;
}

const claimCache = weightsCache<Claim, PreparedClaim>();
const documentCache = weightsCache<readonly Claim[], PreparedDocument>();

// Plain loops below: the service worker reads every candidate afresh from storage, so this runs for
// each claim of 40 documents on every comparison.
function prepareClaim(claim: Claim, weights: TermWeights): PreparedClaim {
  return claimCache(claim, weights, () => {
    const terms = matchKeys(claim);
    const n = terms.keys.length;
    const idf = new Float64Array(n);
    const crosses = new Uint8Array(n);
    const natives = new Uint8Array(n);
    const alternates = new Uint8Array(n);
    const alternate = new Set(claim.alternates);
    const soles = new Uint8Array(n);
    const sole = new Set(claim.sole);
    for (let i = 0; i < n; i++) {
      const source = terms.sources[i] as number;
      idf[i] = source < i ? (idf[source] as number) : weights.idf(terms.keys[i] as string);
      crosses[i] = crossScriptTerm(terms.keys[i] as string) ? 1 : 0;
      natives[i] = nativeTerm(terms.keys[i] as string) ? 1 : 0;
      alternates[i] = alternate.has(terms.keys[i] as string) ? 1 : 0;
      soles[i] = sole.has(terms.keys[i] as string) ? 1 : 0;
    }
    const persons = new Set<string>();
    for (const e of claim.entities) if (e.kind === 'person') persons.add(e.key);
    return { claim, terms, idf, crosses, natives, alternates, soles, persons };
  });
}

function prepareDocument(claims: readonly Claim[], weights: TermWeights): PreparedDocument {
  return documentCache(claims, weights, () => {
    const prepared: PreparedClaim[] = [];
    for (const c of claims) if (isStatement(c)) prepared.push(prepareClaim(c, weights));
    const slot = new Map<string, number>();
    const keys: string[] = [];
    const keyIndex: Int32Array[] = [];
    let occurrences = 0;
    for (const c of prepared) {
      const claimKeys = c.terms.keys;
      const index = new Int32Array(claimKeys.length);
      for (let i = 0; i < claimKeys.length; i++) {
        const key = claimKeys[i] as string;
        let k = slot.get(key);
        if (k === undefined) {
          k = keys.length;
          slot.set(key, k);
          keys.push(key);
        }
        index[i] = k;
      }
      keyIndex.push(index);
      occurrences += claimKeys.length;
    }
    // A claim's keys are distinct, so a key's occurrences are the statements using it.
    const frequency = new Int32Array(keys.length);
    for (const index of keyIndex) for (const k of index) frequency[k] = (frequency[k] as number) + 1;
    // How many statements use a key as a term: a further reading (matchKeys) does not make a word the
    // story's own; a key only read further weighs as one used once.
    const uses = new Int32Array(keys.length);
    prepared.forEach((c, at) => {
      const index = keyIndex[at] as Int32Array;
      for (let i = 0; i < index.length; i++) {
        const k = index[i] as number;
        if (i < c.terms.furtherFrom) uses[k] = (uses[k] as number) + 1;
      }
    });
    for (let k = 0; k < uses.length; k++) if (uses[k] === 0) uses[k] = 1;
    const start = new Int32Array(keys.length + 1);
    for (let k = 0; k < keys.length; k++) start[k + 1] = (start[k] as number) + (frequency[k] as number);
    const fill = start.slice(0, keys.length);
    const postings = new Int32Array(2 * occurrences);
    keyIndex.forEach((index, at) => {
      index.forEach((k, i) => {
        const p = 2 * (fill[k] as number);
        postings[p] = at;
        postings[p + 1] = i;
        fill[k] = (fill[k] as number) + 1;
      });
    });
    return { claims: prepared, keys, slot, frequency, uses, keyIndex, start, postings };
  });
}

/**
 * Local weights of the keys of both articles: how rarely their statements use a key, 1 for a key in one
 * claim on each side, falling towards localFloor for the story's own words (`Украина`, `гарантии
 * безопасности`, Zelensky in every other sentence), which say that two claims share the story, not which
 * claim is which. Also maps each key there to the same key here (-1 when only there has it).
 */
function localWeights(here: PreparedDocument, there: PreparedDocument) {
  const n = here.claims.length + there.claims.length;
  // The weight depends only on n and the key's frequency (at most n): one table per pair of articles.
  const table = new Float64Array(n + 1);
  const top = Math.log(n / 2);
  for (let f = 1; f <= n; f++) {
    table[f] = n <= 2 ? 1 : Math.max(localFloor, Math.min(1, Math.log(n / f) / top)) ** localPower;
  }
  const localHere = new Float64Array(here.keys.length);
  for (let h = 0; h < localHere.length; h++) localHere[h] = table[here.uses[h] as number] as number;
  const localThere = new Float64Array(there.keys.length);
  const hereSlot = new Int32Array(there.keys.length).fill(-1);
  for (let k = 0; k < localThere.length; k++) {
    const h = here.slot.get(there.keys[k] as string);
    if (h === undefined) {
      localThere[k] = table[there.uses[k] as number] as number;
    } else {
      const w = table[(here.uses[h] as number) + (there.uses[k] as number)] as number;
      localThere[k] = w;
      localHere[h] = w;
      hereSlot[k] = h;
    }
  }
  return { localHere, localThere, hereSlot };
}

/** A prepared claim's weights within one pair of articles, with both norms (native keys; keys that cross scripts). */
interface Weighted {
  c: PreparedClaim;
  w: Float64Array;
  norm: number;
  crossNorm: number;
}

/**
 * Russian and Ukrainian claims meet by their own keys (stems bridged ru↔uk, cognates, prefixes, names);
 * a word's concepts would count it a second time. English claims have only concepts and names, so any
 * pair with an English claim compares by those (see crossScriptTerm).
 */
const nativeTerm = (term: string): boolean => !term.startsWith(CONCEPT_PREFIX);
const byConcepts = (a: Claim, b: Claim): boolean => conceptKeyed(a.lang) || conceptKeyed(b.lang);

function weigh(
  c: PreparedClaim,
  keyIndex: Int32Array,
  local: Float64Array,
  furtherSense: number,
  alternatesApart: boolean,
): Weighted {
  const w = new Float64Array(c.idf.length);
  let sum = 0;
  let cross = 0;
  const further = c.terms.furtherFrom;
  for (let i = 0; i < w.length; i++) {
    const x = (c.idf[i] as number) * (local[keyIndex[i] as number] as number);
    if (i >= further) {
      // Another reading of a word the norm already counts: it adds where it meets, not to the length.
      w[i] = x * furtherSense;
      continue;
    }
    w[i] = x;
    if (alternatesApart && c.alternates[i]) continue;
    if (c.natives[i]) sum += x * x;
    if (c.crosses[i]) cross += x * x;
  }
  return { c, w, norm: Math.sqrt(sum), crossNorm: Math.sqrt(cross) };
}

const sharedFigure = (a: Claim, b: Claim): boolean =>
  a.figures.some((f) => b.figures.some((g) => rivalQuantity(f, g) || (sameQuantity(f, g) && figuresCompatible(f, g))));

/**
 * Whether both claims give a count of one quantity whose role the text states (`93 killed` and `более 60
 * погибли`, `1 670 пострадали` and `1,670 injured`): what was counted and what happened to it is content
 * both claims carry in any language, even when their other words do not meet.
 */
function sharedRoles(a: Claim, b: Claim): number {
  // One per quantity: `29 deaths, including four children` and `загинуло 27 людей, зокрема троє дітей` count
  // two (the dead, the children among them).
  const quantities = new Set<string>();
  for (const f of a.figures) {
    if (f.role !== undefined && b.figures.some((g) => g.role !== undefined && sameFate(f, g))) {
      quantities.add(`${f.role} ${f.noun}`);
    }
  }
  return quantities.size;
}

/**
 * A value precise enough that two claims giving it (`1644`, `2,719`, `50.17%`, `115-112`) are most likely
 * reporting the same figure, whatever words carry it in each language: not a round number, not 1–19.
 */
const distinctive = (value: number): boolean => !Number.isInteger(value) || (value >= 20 && value % 10 !== 0);
/** Significant digits of a whole number (`1 560 000` → 3), 0 for a fraction. */
function significantDigits(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 0;
  let v = value;
  while (v % 10 === 0) v /= 10;
  return String(v).length;
}
/**
 * The values a figure stands for when two claims are matched: a distinctive value itself and, for a whole
 * number, its roundings to three or more significant digits (`1 562 284` is also `1 560 000` and
 * `1 562 000`, as another outlet may write it: `понад 1 млн 560 тис.`); a round value with three or more
 * significant digits stands for itself. Whatever rounds to the other's value reports the same figure.
 */
function valueKeys(value: number): number[] {
  if (distinctive(value)) {
    const keys = [value];
    if (!Number.isInteger(value)) return keys;
    const digits = String(value).length;
    for (let k = 3; k < digits; k++) {
      const unit = 10 ** (digits - k);
      keys.push(Math.round(value / unit) * unit, Math.floor(value / unit) * unit);
    }
    return keys;
  }
  return significantDigits(value) >= 3 ? [value] : [];
}
const distinctiveValues = (c: Claim): number[] =>
  c.figures.filter((f) => !f.ordinal && distinctive(f.value)).map((f) => f.value);
/** Digits a value is written with, but a whole number's trailing zeros (`2 719` → 4, `41.91` → 4, `1 560 000` → 3). */
const writtenDigits = (v: number): number =>
  Number.isInteger(v) ? significantDigits(v) : String(Math.abs(v)).replace(/^0\.0*|\./g, '').length;
/**
 * Whether two figures give one value (see valueKeys), or nearly one value of the same quantity, both
 * written with three or more digits (`41.91 percent of the vote` / `41,84% виборців`, `51,4%` / `51,67%`
 * turnout): one figure counted at two moments, which is the same claim as much as an equal value.
 */
function sameValue(f: Figure, g: Figure): boolean {
  const mine = valueKeys(f.value);
  const theirs = valueKeys(g.value);
  if (
    mine.length > 0 &&
    theirs.length > 0 &&
    (distinctive(f.value) || distinctive(g.value)) &&
    (mine.includes(g.value) || theirs.includes(f.value))
  ) {
    return true;
  }
  const scale = Math.max(Math.abs(f.value), Math.abs(g.value));
  return (
    writtenDigits(f.value) >= 3 &&
    writtenDigits(g.value) >= 3 &&
    Math.abs(f.value - g.value) <= closeValue * scale &&
    sameQuantity(f, g)
  );
}
/** How many figures of a give a value of b (see sameValue). */
const sharedValues = (a: Claim, b: Claim): number => {
  const theirs = b.figures.filter((g) => !g.ordinal);
  if (theirs.length === 0) return 0;
  let shared = 0;
  for (const f of a.figures) if (!f.ordinal && theirs.some((g) => sameValue(f, g))) shared++;
  return shared;
};
/** Whether a count of a with a stated role and one of b of the same fate pass `test`. */
const sharedFate = (a: Claim, b: Claim, test: (f: Figure, g: Figure) => boolean): boolean =>
  a.figures.some(
    (f) =>
      !f.ordinal &&
      f.role !== undefined &&
      b.figures.some((g) => !g.ordinal && g.role !== undefined && sameFate(f, g) && test(f, g)),
  );
/**
 * Whether both claims give one value for a toll of one fate (`2 719 тел` / `2 719 загиблих`, `51,4%` /
 * `51,67%` turnout): the same figure of the same quantity, which says more than a value alone, in one
 * script as much as across scripts.
 */
const sharedToll = (a: Claim, b: Claim): boolean => sharedFate(a, b, sameValue);
/** Whether both claims give a count of one fate with the same value, bound and qualifier (see ScoredPair.sameCount). */
const sharedCount = (a: Claim, b: Claim): boolean =>
  sharedFate(a, b, (f, g) => g.value === f.value && g.high === f.high && g.qualifier === f.qualifier);

const sharedDate = (a: Claim, b: Claim): boolean =>
  a.dates.some(
    (d) => !d.relative && d.value.length >= minDateLength && b.dates.some((e) => !e.relative && e.value === d.value),
  );

/** Keys both claims have, of the kind their languages compare by; further senses only where they are read. */
function sharedKeys(a: MatchKeys, b: MatchKeys, concepts: boolean, further: boolean): string[] {
  const theirs = new Set(further ? b.keys : b.keys.slice(0, b.furtherFrom));
  const mine = further ? a.keys : a.keys.slice(0, a.furtherFrom);
  return mine.filter((k) => theirs.has(k) && (concepts ? crossScriptTerm(k) : nativeTerm(k)));
}

/**
 * Scores every pair of statements of two articles that share a key, with key weights local to the pair
 * of articles (see localWeights); returns the pairs scoring at least align.relatedClaim. Walks an inverted map
 * of the claims there, so pairs sharing nothing cost nothing.
 */
export function scoreClaimPairs(
  here: readonly Claim[],
  there: readonly Claim[],
  weights: TermWeights,
  furtherSense = 0,
): ScoredPair[] {
  const docHere = prepareDocument(here, weights);
  const docThere = prepareDocument(there, weights);
  const { localHere, localThere, hereSlot } = localWeights(docHere, docThere);
  const english = (claims: readonly Claim[]): boolean =>
    claims.filter((c) => conceptKeyed(c.lang)).length * 2 > claims.length;
  // Once the story is known (further senses read), an English word's second concept is another reading
  // of it, as a further sense is: across scripts it meets, but the claim is no longer for it.
  const apart = furtherSense > 0 && english(here) !== english(there);
  const hs = docHere.claims.map((c, at) =>
    weigh(c, docHere.keyIndex[at] as Int32Array, localHere, furtherSense, apart),
  );
  const ts = docThere.claims.map((c, at) =>
    weigh(c, docThere.keyIndex[at] as Int32Array, localThere, furtherSense, apart),
  );
  // Dot products over the keys both articles use, walking each key's postings on both sides.
  const width = ts.length;
  const dot = new Float64Array(hs.length * width);
  const crossDot = new Float64Array(hs.length * width);
  // Once the story is known, two words of one language with different stems meet where one's further
  // sense is the only concept of the other (`наблюдение` … monitor / `мониторинг`: monitor): a synonym.
  // A word of several senses is no synonym to vouch for (`время`: date first, and `встреча` … date).
  const synonyms = furtherSense > 0;
  const synonymDot = new Float64Array(synonyms ? hs.length * width : 0);
  for (let k = 0; k < hereSlot.length; k++) {
    const h = hereSlot[k] as number;
    if (h < 0) continue;
    const crossKey = crossScriptTerm(docThere.keys[k] as string);
    const nativeKey = nativeTerm(docThere.keys[k] as string);
    const hereEnd = 2 * (docHere.start[h + 1] as number);
    const thereEnd = 2 * (docThere.start[k + 1] as number);
    for (let p = 2 * (docHere.start[h] as number); p < hereEnd; p += 2) {
      const a = docHere.postings[p] as number;
      const at = docHere.postings[p + 1] as number;
      const wa = (hs[a] as Weighted).w[at] as number;
      const claimHere = (hs[a] as Weighted).c;
      const furtherHere = at >= claimHere.terms.furtherFrom;
      const soleHere = claimHere.soles[at] === 1;
      for (let q = 2 * (docThere.start[k] as number); q < thereEnd; q += 2) {
        const b = docThere.postings[q] as number;
        const bt = docThere.postings[q + 1] as number;
        const x = wa * ((ts[b] as Weighted).w[bt] as number);
        if (nativeKey) dot[a * width + b] = (dot[a * width + b] as number) + x;
        else if (
          synonyms &&
          (furtherHere
            ? (ts[b] as Weighted).c.soles[bt] === 1
            : soleHere && bt >= (ts[b] as Weighted).c.terms.furtherFrom)
        ) {
          synonymDot[a * width + b] = (synonymDot[a * width + b] as number) + x;
        }
        if (crossKey) crossDot[a * width + b] = (crossDot[a * width + b] as number) + x;
      }
    }
  }
  // Pairs that share no word but a distinctive value (`1644` in an English and a Russian toll) are
  // scored too: across scripts the value is often all the two sentences visibly share.
  const byValue = new Map<number, number[]>();
  ts.forEach((t, b) => {
    for (const v of distinctiveValues(t.c.claim)) byValue.set(v, [...(byValue.get(v) ?? []), b]);
  });
  const valuePairs = new Set<number>();
  hs.forEach((h, a) => {
    for (const v of distinctiveValues(h.c.claim)) for (const b of byValue.get(v) ?? []) valuePairs.add(a * width + b);
  });
  // …and pairs counting one quantity with a stated role, whose words may not meet at all across scripts.
  const roleClaims = (claims: readonly Weighted[]): number[] =>
    claims.flatMap((c, i) => (c.c.claim.figures.some((f) => f.role !== undefined) ? [i] : []));
  const rolesThere = roleClaims(ts);
  for (const a of roleClaims(hs)) {
    for (const b of rolesThere) {
      if (sharedRoles((hs[a] as Weighted).c.claim, (ts[b] as Weighted).c.claim) > 0) valuePairs.add(a * width + b);
    }
  }
  const out: ScoredPair[] = [];
  for (let a = 0; a < hs.length; a++) {
    for (let b = 0; b < width; b++) {
      const at = a * width + b;
      if ((dot[at] as number) <= 0 && (crossDot[at] as number) <= 0 && !valuePairs.has(at)) continue;
      const sameLanguage = (hs[a] as Weighted).c.claim.lang === (ts[b] as Weighted).c.claim.lang;
      const d = (dot[at] as number) + (synonyms && sameLanguage ? (synonymDot[at] as number) : 0);
      const pair = scorePair(
        hs[a] as Weighted,
        ts[b] as Weighted,
        d,
        crossDot[a * width + b] as number,
        localHere,
        docHere,
        furtherSense > 0,
      );
      if (pair) out.push(pair);
    }
  }
  return out;
}

function scorePair(
  a: Weighted,
  b: Weighted,
  dot: number,
  crossDot: number,
  localHere: Float64Array,
  docHere: PreparedDocument,
  further: boolean,
): ScoredPair | null {
  const cross = byConcepts(a.c.claim, b.c.claim);
  const d = cross ? crossDot : dot;
  const normA = cross ? a.crossNorm : a.norm;
  const normB = cross ? b.crossNorm : b.norm;
  const values = sharedValues(a.c.claim, b.c.claim);
  const value = values > 0;
  const roles = sharedRoles(a.c.claim, b.c.claim);
  const role = roles > 0;
  if (!value && !role && (d <= 0 || normA === 0 || normB === 0)) return null;
  const cosine = d > 0 ? d / (normA * normB) : 0;
  const containment = d > 0 ? Math.min(1, d / Math.min(normA * normA, normB * normB)) : 0;
  let score = (1 - containmentShare) * cosine + containmentShare * containment;
  const figure = role || sharedFigure(a.c.claim, b.c.claim) || value;
  // A value read by concepts or between two languages, or a toll's value in one, says more than a figure of one noun.
  const precise = value && (cross || a.c.claim.lang !== b.c.claim.lang || sharedToll(a.c.claim, b.c.claim));
  if (figure) score += precise ? valueBonus : role ? roleBonus : figureBonus;
  if (sharedDate(a.c.claim, b.c.claim)) score += dateBonus;
  // Two lists of one group's members (`коалиции, в которую входят страны ЕС и Канада` / `В коалицию входят
  // более 30 государств`) state who belongs, whatever else the sentences say: as precise as a shared value.
  const group = sameGroupListed(a.c.claim, b.c.claim);
  if (group) score += valueBonus;
  if (score < relatedClaim) return null;
  const shared = sharedKeys(a.c.terms, b.c.terms, cross, further);
  // A distinctive value both give, and a quantity both count with its role, are content they share, like
  // words would be.
  const units =
    contentUnits(shared, a.c.claim, b.c.claim, (key) => localHere[docHere.slot.get(key) ?? -1] ?? 1) +
    values +
    roles +
    (group ? 1 : 0);
  const names = shared.filter((t) => t.startsWith(NAME_PREFIX)).length;
  // One shared word (`moment` in a novel and in a news story) fills a short claim: containment says little.
  if (units + names < minSharedWords) score *= fewSharedPenalty;
  if (score < relatedClaim) return null;
  let persons = 0;
  for (const key of a.c.persons) if (b.c.persons.has(key)) persons++;
  return {
    here: a.c.claim.index,
    there: b.c.claim.index,
    score: Math.min(1, score),
    units,
    names,
    persons,
    figure,
    value,
    sameCount: sharedCount(a.c.claim, b.c.claim),
    crossLanguage: a.c.claim.lang !== b.c.claim.lang,
    crossScript: crossScript(a.c.claim.lang, b.c.claim.lang),
  };
}
