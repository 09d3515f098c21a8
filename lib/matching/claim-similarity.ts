import type { Claim } from '../claims/claim';
import { LANGUAGE_PACKS } from '../languages';
import { sameQuantity } from './figure-compatibility';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { figureBonus, dateBonus, minSharedWords, fewSharedPenalty, containmentShare } = MATCHER_TUNABLES.claimScores;

/** Inverse document frequency of a term over the corpus (CorpusIndex provides it). */
export interface TermWeights {
  idf(term: string): number;
  /** Changes whenever idf may change; without it nothing computed from idf is cached (see weightsCache). */
  readonly version?: number;
}

/** A claim with its idf-weighted term vector, computed once per comparison. */
export interface WeightedClaim {
  claim: Claim;
  weights: Map<string, number>;
  norm: number;
  /** Norm over the terms that can meet a claim in another script (see crossScriptTerm). */
  crossNorm: number;
}

// Character codes of the prefixes of the terms that cross scripts: concepts (`@kill`) and name skeletons (`~sln`).
const CONCEPT = 64;
const NAME = 126;

/**
 * Between an English and a Cyrillic claim only concepts and name skeletons can meet; Russian/Ukrainian
 * stem keys, cognates and prefixes are left out of both norms there.
 */
export function crossScriptTerm(term: string): boolean {
  // No regular expression: this runs for every key of every candidate.
  const c = term.charCodeAt(0);
  return c === CONCEPT || c === NAME;
}

const CONCEPT_KEYED: ReadonlySet<string> = new Set(LANGUAGE_PACKS.filter((p) => p.conceptKeyed).map((p) => p.code));

/** Whether a language's words meet other languages' only through concepts (English: its stems are the concepts). */
export const conceptKeyed = (lang: string): boolean => CONCEPT_KEYED.has(lang);

/**
 * Whether claims of two languages meet only through concepts and name skeletons: one of them keys its
 * words by concepts alone (lib/languages/<code>/language.json `conceptKeyed`: English vs Russian or
 * Ukrainian), so native stem keys, cognates and prefixes cannot meet between them.
 */
export const crossScript = (a: string, b: string): boolean => a !== b && (conceptKeyed(a) || conceptKeyed(b));

export function weighClaim(claim: Claim, weights: TermWeights): WeightedClaim {
  const map = new Map<string, number>();
  let sum = 0;
  let cross = 0;
  for (const term of claim.terms) {
    const w = weights.idf(term);
    map.set(term, w);
    sum += w * w;
    if (crossScriptTerm(term)) cross += w * w;
  }
  return { claim, weights: map, norm: Math.sqrt(sum), crossNorm: Math.sqrt(cross) };
}

/** Cosine blended with containment of idf-weighted term sets, plus figure and date evidence; 0 (unrelated) to 1 (same statement). */
export function claimSimilarity(a: WeightedClaim, b: WeightedClaim): number {
  const cross = crossScript(a.claim.lang, b.claim.lang);
  const normA = cross ? a.crossNorm : a.norm;
  const normB = cross ? b.crossNorm : b.norm;
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  for (const [term, w] of small.weights) {
    if (large.weights.has(term) && (!cross || crossScriptTerm(term))) {
      dot += w * w;
      shared++;
    }
  }
  const cosine = dot / (normA * normB);
  const containment = dot / Math.min(normA * normA, normB * normB);
  let score = (1 - containmentShare) * cosine + containmentShare * containment;
  if (shared < minSharedWords) return score * fewSharedPenalty;
  if (a.claim.figures.some((fa) => b.claim.figures.some((fb) => sameQuantity(fa, fb)))) score += figureBonus;
  if (a.claim.dates.some((da) => !da.relative && b.claim.dates.some((db) => !db.relative && db.value === da.value))) {
    score += dateBonus;
  }
  return Math.min(1, score);
}
