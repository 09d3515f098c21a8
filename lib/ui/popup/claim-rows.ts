import type { AlignedClaim, Comparison, StoryMatch } from '../../matching/comparison';

/** One outlet's version of a claim of this article. */
export interface ClaimEcho {
  storyId: string;
  outlet: string;
  aligned: AlignedClaim;
}

/** A claim of this article with every other outlet that makes it; the popup lists these. */
export interface ClaimRow {
  index: number;
  text: string;
  echoes: ClaimEcho[];
  differs: boolean;
}

export interface StorySummary {
  story: StoryMatch;
  shared: number;
  differing: number;
}

/** The comparison is grouped by outlet; the reader reads claim by claim, so regroup by this article's claims. */
export function claimRows(comparison: Comparison): ClaimRow[] {
  const rows = new Map<number, ClaimRow>();
  for (const story of comparison.stories) {
    for (const aligned of story.claims) {
      if (aligned.verdict === 'related') continue;
      let row = rows.get(aligned.hereIndex);
      if (!row) {
        row = { index: aligned.hereIndex, text: aligned.here, echoes: [], differs: false };
        rows.set(aligned.hereIndex, row);
      }
      row.echoes.push({ storyId: story.id, outlet: story.outlet, aligned });
      if (aligned.verdict === 'differs') row.differs = true;
    }
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
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
