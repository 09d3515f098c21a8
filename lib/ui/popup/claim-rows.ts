import type { Comparison, StoryMatch } from '../../matching/comparison';
import { storyCounts } from '../../report/report';

export interface StorySummary {
  story: StoryMatch;
  shared: number;
  differing: number;
}

export function storySummaries(comparison: Comparison): StorySummary[] {
  return comparison.stories.map((story) => {
    const { claims, differing } = storyCounts(story);
    return { story, shared: claims.length, differing };
  });
}

/** Splits `text` around the first occurrence of `phrase`, so the UI can mark it without building HTML. */
export function splitAround(text: string, phrase: string): [string, string, string] | null {
  if (!phrase) return null;
  const at = text.indexOf(phrase);
  if (at < 0) return null;
  return [text.slice(0, at), phrase, text.slice(at + phrase.length)];
}
