import { claimRows } from '../matching/claim-rows';
import type { Comparison } from '../matching/comparison';
import type { PageMark } from '../protocol/page-marks';

/** The words of a mark's note, in the UI language. */
export interface MarkStrings {
  /** What an outlet that makes the same claim is shown with (`УНН: agrees`). */
  agrees: string;
}

/** What the in-page marks say: for each claim others make, who makes it and what differs. */
export function pageMarks(comparison: Comparison, strings: MarkStrings): PageMark[] {
  return claimRows(comparison).map((row) => {
    const lines = row.echoes.flatMap(({ outlet, aligned }) =>
      aligned.verdict === 'differs'
        ? aligned.differences.map((d) => `${outlet}: ${d.here} ≠ ${d.there}`)
        : [`${outlet}: ${strings.agrees}`],
    );
    return {
      text: row.text,
      kind: row.differs ? 'differs' : 'shared',
      note: `Parallax\n${[...new Set(lines)].join('\n')}`,
    };
  });
}
