import type { Claim } from '../claims/claim';
import { skeleton } from '../text/transliterate';

// Prefixes and length of lib/claims/terms.ts: `~` name skeletons, `≈` cognate skeletons (content words).
const NAME_PREFIX = '~';
const COGNATE_PREFIX = '≈';
const NAME_SKELETON_LENGTH = 3;

/**
 * Terms of a claim that name someone or something: the name skeletons and the words they were made from
 * (`зеленск` next to `~sln`). Who is involved is shared by every article on the same people; what is
 * said is what tells two stories apart.
 */
export function nameTerms(claim: Claim): Set<string> {
  const all = new Set(claim.terms);
  const names = new Set<string>();
  for (const term of claim.terms) {
    if (term.startsWith(NAME_PREFIX)) names.add(term);
    else if (!term.startsWith(COGNATE_PREFIX) && all.has(NAME_PREFIX + skeleton(term).slice(0, NAME_SKELETON_LENGTH))) {
      names.add(term);
    }
  }
  return names;
}
