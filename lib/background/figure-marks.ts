import type { FigureRow, FigureValue } from '../matching/figure-rows';
import type { PageMark } from '../protocol/page-marks';

const valueText = (v: FigureValue): string => (v.qualifier === 'exact' ? String(v.value) : `${v.qualifier} ${v.value}`);

/**
 * The page marks for one value of figures at a glance: this page's sentences that give the quantity,
 * red when outlets disagree on it, with every value and its outlets in the note.
 */
export function figureMarks(row: FigureRow, valueIndex: number): PageMark[] {
  if (!row.values[valueIndex]) return [];
  const note = [
    `Parallax — ${row.counted}`,
    ...row.values.map((v) => {
      const outlets = [...new Set(v.mentions.map((m) => (m.documentId === null ? 'this page' : m.outlet)))];
      return `${valueText(v)}: ${outlets.join(', ')}`;
    }),
  ].join('\n');
  const sentences = new Map<number, string>();
  for (const value of row.values) {
    for (const m of value.mentions) if (m.documentId === null) sentences.set(m.claim.index, m.claim.text);
  }
  return [...sentences.values()].map((text) => ({ text, kind: row.conflict ? 'differs' : 'shared', note }));
}
