import type { Claim } from '../claims/claim';
import type { Difference, DifferenceValue, TextRange } from './comparison';

/** One side of a comparison of two aligned claims. */
export interface ClaimSide {
  claim: Claim;
  /** Outlet of the claim's article, so its self-citations are not taken for sources. */
  outlet: string;
  /** Publication date (and time) of the claim's article, carried into its differences. */
  published?: string | null;
  /** The country the claim's document is about (see documentCountry): where its counts that name none are. */
  country?: string;
}

/** A phrase of one side of a difference: its text and where it sits in the claim, with what it says. */
export interface DifferencePart {
  text: string;
  span: TextRange | null;
  value: DifferenceValue;
}

/** Offsets of an article span in its claim's text, or null when it lies outside the claim. */
export function claimRange(claim: Claim, start: number, end: number): TextRange | null {
  if (start < claim.start || end > claim.end || end <= start) return null;
  return { start: start - claim.start, end: end - claim.start };
}

/** A difference of two parts, with each side's publication date. */
export function difference(
  kind: Difference['kind'],
  a: ClaimSide,
  b: ClaimSide,
  here: DifferencePart,
  there: DifferencePart,
): Difference {
  return {
    kind,
    here: here.text,
    there: there.text,
    spans: { here: here.span, there: there.span },
    values: { here: here.value, there: there.value },
    published: { here: a.published ?? null, there: b.published ?? null },
  };
}
