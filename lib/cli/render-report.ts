import { unlistedAnomalies } from '../matching/anomalies';
import type { AlignedClaim, Comparison, StoryMatch } from '../matching/comparison';
import type { FigureRow } from '../matching/figure-rows';
import { differenceText, figureText, rowText } from './difference-text';

export interface RenderOptions {
  /** ANSI colours (when stdout is a terminal). */
  color: boolean;
  /** Longest claim text shown before it is cut with `…`. */
  width?: number;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** The readable report of `npm run compare` (without `--json`). */
export function renderReport(result: Comparison, options: RenderOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
  const width = options.width ?? 110;
  const { article } = result;
  const lines: string[] = [];
  lines.push(paint('bold', article.title || '(untitled)'));
  lines.push(`${article.outlet} · ${article.lang} · ${article.published ?? 'no date'} · ${article.claims} claims`);
  lines.push('');

  if (result.figures.length > 0) {
    lines.push(paint('bold', 'Figures at a glance:'));
    for (const row of result.figures) lines.push(figureLine(row, paint));
    lines.push('');
  }

  if (result.stories.length === 0) lines.push('No other document in the corpus reports this story.');
  else lines.push(paint('bold', `Same story in ${result.stories.length} other document(s):`));
  result.stories.forEach((story, i) => {
    lines.push('');
    lines.push(storyHeading(story, i, paint));
    for (const claim of story.claims) {
      if (claim.verdict !== 'related') lines.push(...claimLines(claim, width, paint));
    }
    const related = story.claims.filter((c) => c.verdict === 'related').length;
    if (related > 0) lines.push(paint('dim', `   ~ ${related} more claim(s) on the same topic`));
  });

  if (result.anomalies.length > 0) {
    lines.push('', paint('bold', 'Anomalies in this article:'));
    for (const a of result.anomalies) lines.push(`  ${paint('yellow', '!')} ${a.kind}: “${a.text}” — ${a.detail}`);
    for (const [kind, more] of unlistedAnomalies(result)) lines.push(paint('dim', `  … and ${more} more ${kind}`));
  }
  if (result.onlyHere.length > 0) {
    lines.push('', paint('bold', `Only here (${result.onlyHere.length} claim(s) no other document makes):`));
    for (const text of result.onlyHere) lines.push(`  • ${cut(text, width)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `≠ лідерів: more 27 — УНН, РБК-Украина · more 30 — this page`. */
function figureLine(row: FigureRow, paint: (s: Style, t: string) => string): string {
  const values = row.values.map((v) => {
    const outlets = [...new Set(v.mentions.map((m) => (m.documentId === null ? 'this page' : m.outlet)))];
    const value = figureText(v);
    return `${v.here ? paint('bold', value) : value} — ${outlets.join(', ')}`;
  });
  return `  ${row.conflict ? paint('red', '≠') : paint('green', '=')} ${rowText(row)}: ${values.join(' · ')}`;
}

function storyHeading(story: StoryMatch, i: number, paint: (s: Style, t: string) => string): string {
  const differing = story.claims.filter((c) => c.verdict === 'differs').length;
  const agreeing = story.claims.filter((c) => c.verdict === 'agrees').length;
  const summary = `${agreeing} agree${differing > 0 ? `, ${paint('red', `${differing} differ`)}` : ''}`;
  return `${i + 1}. ${paint('cyan', story.outlet)} (${story.lang}, ${story.published ?? 'no date'}) ${story.id} — score ${story.score}, ${summary}\n   ${story.title}`;
}

function claimLines(claim: AlignedClaim, width: number, paint: (s: Style, t: string) => string): string[] {
  const mark = claim.verdict === 'differs' ? paint('red', '✗ differs') : paint('green', '✓ agrees ');
  const out = [`   ${mark} ${cut(claim.here, width)}`, `             ${paint('dim', `⇄ ${cut(claim.there, width)}`)}`];
  for (const d of claim.differences) {
    out.push(
      `             ${paint('red', `${d.kind}: “${d.here}” vs “${d.there}”`)}${paint('dim', ` (${differenceText(d)})`)}`,
    );
  }
  if (claim.sources.here.length > 0 || claim.sources.there.length > 0) {
    out.push(
      paint(
        'dim',
        `             sources: ${claim.sources.here.join('; ') || '—'} ⇄ ${claim.sources.there.join('; ') || '—'}`,
      ),
    );
  }
  for (const v of claim.variants) out.push(paint('dim', `             spelling: ${v.here} / ${v.there}`));
  return out;
}
