import type { AlignedClaim, Comparison } from './comparison';

/** One outlet's version of a claim of this article. */
export interface ClaimEcho {
  storyId: string;
  outlet: string;
  title: string;
  published: string | null;
  aligned: AlignedClaim;
}

/** A claim of this article with every other outlet that makes it; the popup lists these. */
export interface ClaimRow {
  index: number;
  text: string;
  echoes: ClaimEcho[];
  differs: boolean;
}

/**
 * The comparison is grouped by outlet; the reader reads claim by claim, so regroup by this article's
 * claims: each claim that another outlet states too (agrees or differs; topical neighbours left out),
 * with every outlet that does. The one grouping the popup, the page marks, the claim check and the
 * exports read.
 */
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
      row.echoes.push({
        storyId: story.id,
        outlet: story.outlet,
        title: story.title,
        published: story.published,
        aligned,
      });
      if (aligned.verdict === 'differs') row.differs = true;
    }
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}
