import type { Claim } from '../claims/claim';
import { claimSimilarity, type WeightedClaim } from './claim-similarity';
import { MAX_ALIGNED_PER_CLAIM, ONE_TO_MANY_SHARE, RELATED_CLAIM, SAME_CLAIM } from './thresholds';

export interface ClaimPair {
  hereIndex: number;
  thereIndex: number;
  score: number;
  /** true when the pair states the same fact; false when it is only on the same topic. */
  same: boolean;
}

/** Fewer content words than this is page chrome or a caption (`Комментарии 1`, `Видео дня`), not a statement. */
const MIN_STATEMENT_WORDS = 3;
const NAME_SKELETON = /^[~≈]/;

/** Claims that state something: not page chrome, and not a sentence that only credits a source (`Об этом сообщает Reuters.`). */
export function isStatement(claim: Claim): boolean {
  if (claim.reportingOnly) return false;
  let words = 0;
  for (const term of claim.terms) if (!NAME_SKELETON.test(term) && ++words >= MIN_STATEMENT_WORDS) return true;
  return false;
}

/**
 * For each claim here, the claims there that say the same thing: the best one, plus others scoring
 * nearly as well (one sentence there may carry two of the claims here, and vice versa). A claim with
 * no same-fact partner keeps its best topical neighbour as `related`.
 */
export function alignClaims(here: readonly WeightedClaim[], there: readonly WeightedClaim[]): ClaimPair[] {
  const pairs: ClaimPair[] = [];
  for (const a of here) {
    if (!isStatement(a.claim)) continue;
    const scored: { index: number; score: number }[] = [];
    for (const b of there) {
      if (!isStatement(b.claim)) continue;
      const score = claimSimilarity(a, b);
      if (score >= RELATED_CLAIM) scored.push({ index: b.claim.index, score });
    }
    if (scored.length === 0) continue;
    scored.sort((x, y) => y.score - x.score || x.index - y.index);
    const best = scored[0] as { index: number; score: number };
    if (best.score < SAME_CLAIM) {
      pairs.push({ hereIndex: a.claim.index, thereIndex: best.index, score: best.score, same: false });
      continue;
    }
    for (const s of scored.slice(0, MAX_ALIGNED_PER_CLAIM)) {
      if (s.score < SAME_CLAIM || s.score < best.score * ONE_TO_MANY_SHARE) break;
      pairs.push({ hereIndex: a.claim.index, thereIndex: s.index, score: s.score, same: true });
    }
  }
  return pairs;
}
