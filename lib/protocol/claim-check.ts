import type { AlignedClaim } from '../matching/comparison';

/** One other outlet's version of the selected claim. */
export interface ClaimMatch {
  storyId: string;
  outlet: string;
  title: string;
  published: string | null;
  aligned: AlignedClaim;
}

/** The answer to "Compare this claim": the selection, the sentence it sits in, and who else makes it. */
export interface ClaimCheck {
  selection: string;
  /** The sentence(s) of the article the selection belongs to, or the selection itself. */
  context: string;
  outlet: string | null;
  matches: ClaimMatch[];
  createdAt: number;
}
