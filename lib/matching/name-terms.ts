import type { Claim } from '../claims/claim';
import { COGNATE_PREFIX, SKELETON_PREFIX as NAME_PREFIX, NAME_SKELETON_LENGTH } from '../claims/terms';
import { skeleton } from '../text/transliterate';

// Claims do not change once analysed, and every comparison asks again for the candidates' names.
const cache = new WeakMap<Claim, ReadonlySet<string>>();

/**
 * Terms of a claim that name someone or something: the name skeletons and the words they were made from
 * (`зеленск` next to `~sln`). Who is involved is shared by every article on the same people; what is
 * said is what tells two stories apart.
 */
export function nameTerms(claim: Claim): ReadonlySet<string> {
  const known = cache.get(claim);
  if (known) return known;
  const names = new Set<string>();
  for (const term of claim.terms) if (term.startsWith(NAME_PREFIX)) names.add(term);
  if (names.size > 0) {
    for (const term of claim.terms) {
      if (term.startsWith(NAME_PREFIX) || term.startsWith(COGNATE_PREFIX)) continue;
      if (names.has(NAME_PREFIX + skeleton(term).slice(0, NAME_SKELETON_LENGTH))) names.add(term);
    }
  }
  cache.set(claim, names);
  return names;
}
