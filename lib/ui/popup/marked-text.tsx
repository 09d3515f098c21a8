import type { Difference, TextRange } from '../../matching/comparison';

/** A phrase to mark in a text: where the engine says it is, and its words in case the text is another copy. */
export interface Mark {
  phrase: string;
  range: TextRange | null;
}

/** The marks of a claim's differences on one side, at the exact spans the engine compared. */
export function differenceMarks(differences: readonly Difference[], side: 'here' | 'there'): Mark[] {
  return differences.map((d) => ({ phrase: d[side], range: d.spans[side] }));
}

/**
 * Where each mark sits in `text`: at its range when the range holds that phrase (the exact figure the
 * engine compared, even when the phrase occurs twice), else at the phrase's first occurrence (a text the
 * ranges do not index, such as the sentence around a selection). Overlapping marks merge.
 */
export function markedRanges(text: string, marks: readonly Mark[]): TextRange[] {
  const found: TextRange[] = [];
  for (const { phrase, range } of marks) {
    if (!phrase) continue;
    if (range && range.start >= 0 && range.end <= text.length && text.slice(range.start, range.end) === phrase) {
      found.push(range);
      continue;
    }
    const at = text.indexOf(phrase);
    if (at >= 0) found.push({ start: at, end: at + phrase.length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Text with the differing phrases highlighted; built from text nodes only, never from HTML. */
export function MarkedText({ text, marks, tone }: { text: string; marks: readonly Mark[]; tone: 'here' | 'there' }) {
  const ranges = markedRanges(text, marks);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={r.start} class={`diff diff-${tone}`}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
