import type { Comparison, StoryMatch } from '../../matching/comparison';

export interface StorySummary {
  story: StoryMatch;
  shared: number;
  differing: number;
}

export function storySummaries(comparison: Comparison): StorySummary[] {
  return comparison.stories.map((story) => {
    const same = story.claims.filter((c) => c.verdict !== 'related');
    return { story, shared: same.length, differing: same.filter((c) => c.verdict === 'differs').length };
  });
}

/** Splits `text` around the first occurrence of `phrase`, so the UI can mark it without building HTML. */
export function splitAround(text: string, phrase: string): [string, string, string] | null {
  if (!phrase) return null;
  const at = text.indexOf(phrase);
  if (at < 0) return null;
  return [text.slice(0, at), phrase, text.slice(at + phrase.length)];
}
