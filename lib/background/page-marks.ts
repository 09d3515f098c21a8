import type { PageMark } from '../content/page-marks';
import type { Comparison } from '../matching/comparison';

/** What the in-page marks say: for each claim others make, who makes it and what differs. */
export function pageMarks(comparison: Comparison): PageMark[] {
  const byClaim = new Map<number, { text: string; differs: boolean; lines: string[] }>();
  for (const story of comparison.stories) {
    for (const aligned of story.claims) {
      if (aligned.verdict === 'related') continue;
      const entry = byClaim.get(aligned.hereIndex) ?? { text: aligned.here, differs: false, lines: [] };
      if (aligned.verdict === 'differs') {
        entry.differs = true;
        for (const d of aligned.differences) entry.lines.push(`${story.outlet}: ${d.here} ≠ ${d.there}`);
      } else entry.lines.push(`${story.outlet}: same`);
      byClaim.set(aligned.hereIndex, entry);
    }
  }
  return [...byClaim.values()].map((e) => ({
    text: e.text,
    kind: e.differs ? 'differs' : 'shared',
    note: `Parallax — ${[...new Set(e.lines)].join('\n')}`,
  }));
}
