import type { Claim } from '../claims/claim';
import type { AlignConfig } from './align-config';
import { type ScoredPair, scoreClaimPairs } from './claim-pair-scores';
import type { TermWeights } from './claim-similarity';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { relatedClaim, fitted: ALIGN_CONFIG } = MATCHER_TUNABLES.align;

export interface ClaimPair {
  hereIndex: number;
  thereIndex: number;
  score: number;
  /** true when the pair states the same fact; false when it is only on the same topic. */
  same: boolean;
}

/**
 * Whether a pair says the same thing, not merely about the same people: a score over the threshold of its
 * language pair, and enough shared content words, or a figure of the same noun with some words or names
 * around it, or two or more people named together (`Witkoff and Kushner represent the US`: who takes part
 * is then the claim); or, in one language, many shared content words at a lower score. A shared name with a title (`президент Украины Владимир Зеленский`) is what every
 * claim about that person has, so alone it makes a pair `related` at most.
 */
function statesSameFact(p: ScoredPair, c: AlignConfig): boolean {
  if (!p.crossLanguage && p.units >= c.manyContentUnits && p.score >= c.sameClaimManyUnits) return true;
  const threshold = p.crossScript ? c.sameClaimCrossScript : p.crossLanguage ? c.sameClaimCrossLanguage : c.sameClaim;
  if (p.score < threshold) return false;
  return (
    p.units >= (p.crossScript ? c.minContentUnitsCrossScript : c.minContentUnits) ||
    (p.figure && p.units + p.names >= c.minFigureUnits) ||
    p.persons >= c.minSharedPersons
  );
}

const byScore = (x: ScoredPair, y: ScoredPair): number => y.score - x.score || x.here - y.here || x.there - y.there;

/**
 * One outlet's long sentence that another splits into consecutive sentences (`…были в Париже. Их цель —
 * зафиксировать обязательства. После этого лидеры смогут оказать поддержку.` against one sentence holding
 * all three): the first part pairs with the long sentence; a next part, right before or after a claim
 * already paired with it, shares enough content with it to be another part, though its score is that of a
 * topic (the long sentence says much else). Only a claim with no partner yet, and within the long one's room.
 */
function addSplitParts(
  scored: readonly ScoredPair[],
  pairs: ClaimPair[],
  partnersHere: Map<number, number>,
  partnersThere: Map<number, number>,
  config: AlignConfig,
): void {
  const paired = [...pairs];
  const partsOf = (p: ScoredPair): boolean => {
    const h = partnersHere.get(p.here) ?? 0;
    const t = partnersThere.get(p.there) ?? 0;
    if (h === 0 && t > 0 && t < config.maxAlignedPerClaim) {
      return paired.some((q) => q.thereIndex === p.there && Math.abs(q.hereIndex - p.here) === 1);
    }
    if (t === 0 && h > 0 && h < config.maxAlignedPerClaim) {
      return paired.some((q) => q.hereIndex === p.here && Math.abs(q.thereIndex - p.there) === 1);
    }
    return false;
  };
  const candidates = scored.filter((p) => p.units >= config.minContentUnits && !statesSameFact(p, config));
  for (const p of candidates.sort(byScore)) {
    if (!partsOf(p)) continue;
    partnersHere.set(p.here, (partnersHere.get(p.here) ?? 0) + 1);
    partnersThere.set(p.there, (partnersThere.get(p.there) ?? 0) + 1);
    pairs.push({ hereIndex: p.here, thereIndex: p.there, score: p.score, same: true });
  }
}

/**
 * Aligns the statements of two articles. Same-fact pairs are taken best first, each claim with its best
 * free partner; a claim may take more partners (up to AlignConfig.maxAlignedPerClaim) only when they have no
 * other, for one outlet's long sentence carries what another splits into two or three, but two claims
 * here never share two claims there; a headline paired with the other headline takes a further partner
 * only once every other pair has been taken (a lead restates both headlines, and its own pair is the other
 * lead); the further parts of a split sentence join it (addSplitParts). A
 * claim with no same-fact partner keeps its best topical neighbour as `related`.
 */
export function alignClaims(
  here: readonly Claim[],
  there: readonly Claim[],
  weights: TermWeights,
  config: AlignConfig = ALIGN_CONFIG,
  furtherSense = 0,
): ClaimPair[] {
  const scored = scoreClaimPairs(here, there, weights, furtherSense);
  const partnersHere = new Map<number, number>();
  const partnersThere = new Map<number, number>();
  const pairs: ClaimPair[] = [];
  // A headline paired with the other headline takes a further partner (the other's lead, which restates
  // it) only after every claim has had its own chance: that lead's own partner is the other lead.
  const headlinesHere = new Set<number>();
  const headlinesThere = new Set<number>();
  const deferred: ScoredPair[] = [];
  const take = (p: ScoredPair, defer: boolean): void => {
    const h = partnersHere.get(p.here) ?? 0;
    const t = partnersThere.get(p.there) ?? 0;
    // Two claims that both have partners pair too when they give the same distinctive value (`1,644`
    // / `1644`) or one count of one fate in the same words of quantity (`fired more than 40 missiles` /
    // `застосувавши понад 40 ракет`): one outlet's sentence restating what the other says in two.
    if (
      (h > 0 && t > 0 && !p.value && !p.sameCount) ||
      h >= config.maxAlignedPerClaim ||
      t >= config.maxAlignedPerClaim
    )
      return;
    if (defer && (headlinesHere.has(p.here) || headlinesThere.has(p.there))) {
      deferred.push(p);
      return;
    }
    if (here[p.here]?.heading && there[p.there]?.heading) {
      headlinesHere.add(p.here);
      headlinesThere.add(p.there);
    }
    partnersHere.set(p.here, h + 1);
    partnersThere.set(p.there, t + 1);
    pairs.push({ hereIndex: p.here, thereIndex: p.there, score: p.score, same: true });
  };
  for (const p of scored.filter((p) => statesSameFact(p, config)).sort(byScore)) take(p, true);
  for (const p of deferred) take(p, false);
  addSplitParts(scored, pairs, partnersHere, partnersThere, config);
  const related = new Map<number, ScoredPair>();
  for (const p of scored) {
    if (partnersHere.has(p.here) || p.score < relatedClaim) continue;
    const best = related.get(p.here);
    if (!best || byScore(p, best) < 0) related.set(p.here, p);
  }
  for (const p of related.values()) {
    pairs.push({ hereIndex: p.here, thereIndex: p.there, score: p.score, same: false });
  }
  return pairs.sort((x, y) => x.hereIndex - y.hereIndex || y.score - x.score || x.thereIndex - y.thereIndex);
}
