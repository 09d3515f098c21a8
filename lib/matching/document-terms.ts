import type { Claim } from '../claims/claim';

/**
 * A document's term bag: for each matching term, the number of its claims that contain it. Counting
 * claims rather than tokens keeps one repeated quote from outweighing the rest of the article.
 */
export function documentTerms(claims: readonly Claim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    for (const term of claim.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
