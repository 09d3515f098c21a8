import type { Claim, Figure } from '../../../lib/claims/claim';

/** A hand-made claim for unit tests; fields not given are empty. */
export function makeClaim(partial: Partial<Claim> & { text: string }): Claim {
  return {
    index: 0,
    start: 0,
    end: partial.text.length,
    paragraph: 0,
    sentence: partial.index ?? 0,
    lang: 'ru',
    heading: false,
    reportingOnly: false,
    terms: [],
    figures: [],
    dates: [],
    attributions: [],
    entities: [],
    ...partial,
  };
}

/** A figure at `start` in its claim's text (0 by default). */
export function figure(
  value: number,
  noun: string,
  text: string,
  qualifier: Figure['qualifier'] = 'exact',
  start = 0,
): Figure {
  return { value, noun, text, qualifier, start, end: start + text.length };
}
