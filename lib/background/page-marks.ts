import type { Comparison } from '../matching/comparison';
import type { PageMark } from '../protocol/page-marks';

/** The words of a mark's note, in the UI language. */
export interface MarkStrings {
  /** What an outlet that makes the same claim is shown with (`УНН: agrees`). */
  agrees: string;
}

/** What the in-page marks say: for each claim others make, who makes it and what differs. */
export function pageMarks(comparison: Comparison, strings: MarkStrings): PageMark[] {
  const byClaim = new Map<number, { text: string; differs: boolean; lines: string[] }>();
  for (const story of comparison.stories) {
    for (const aligned of story.claims) {
      if (aligned.verdict === 'related') continue;
      const entry = byClaim.get(aligned.hereIndex) ?? { text: aligned.here, differs: false, lines: [] };
      if (aligned.verdict === 'differs') {
        entry.differs = true;
        for (const d of aligned.differences) entry.lines.push(`${story.outlet}: ${d.here} ≠ ${d.there}`);
      } else entry.lines.push(`${story.outlet}: ${strings.agrees}`);
      byClaim.set(aligned.hereIndex, entry);
    }
  }
  return [...byClaim.values()].map((e) => ({
    text: e.text,
    kind: e.differs ? 'differs' : 'shared',
    note: `Parallax\n${[...new Set(e.lines)].join('\n')}`,
  }));
}
