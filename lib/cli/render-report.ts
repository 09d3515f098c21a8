import type { AlignedClaim } from '../matching/comparison';
import type { FigureRow } from '../matching/figure-rows';
import { anomalyDetail } from '../report/anomaly-words';
import { differenceDetail } from '../report/difference-words';
import { englishT } from '../report/english';
import { figureValueText, rowCounted, valueOutlets } from '../report/figure-words';
import type { Report, ReportStory } from '../report/report';

export interface RenderOptions {
  /** ANSI colours (when stdout is a terminal). */
  color: boolean;
  /** Longest claim text shown before it is cut with `…`. */
  width?: number;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;
type Paint = (style: Style, text: string) => string;

const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/**
 * The readable report of `npm run compare` (without `--json`): the report model as terminal text, worded
 * in English through the English locale file, as the Markdown export words it.
 */
export function renderReport(report: Report, options: RenderOptions): string {
  const paint: Paint = (style, text) => (options.color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
  const width = options.width ?? 110;
  const { article } = report;
  const lines: string[] = [];
  lines.push(paint('bold', article.title || '(untitled)'));
  lines.push(`${article.outlet} · ${article.lang} · ${article.published ?? 'no date'} · ${report.claimCount} claims`);
  lines.push('');

  if (report.figures.length > 0) {
    lines.push(paint('bold', 'Figures at a glance:'));
    for (const row of report.figures) lines.push(figureLine(row, paint));
    lines.push('');
  }

  if (report.stories.length === 0) lines.push('No other document in the corpus reports this story.');
  else lines.push(paint('bold', `Same story in ${report.stories.length} other document(s):`));
  report.stories.forEach((story, i) => {
    lines.push('');
    lines.push(storyHeading(story, i, paint));
    for (const claim of story.claims) lines.push(...claimLines(claim, width, paint));
    if (story.related > 0) lines.push(paint('dim', `   ~ ${story.related} more claim(s) on the same topic`));
  });

  if (report.anomalies.length > 0) {
    lines.push('', paint('bold', 'Anomalies in this article:'));
    for (const group of report.anomalies) {
      for (const a of group.listed) {
        lines.push(`  ${paint('yellow', '!')} ${a.kind}: “${a.text}” — ${anomalyDetail(a, englishT, 'en')}`);
      }
      if (group.more > 0) lines.push(paint('dim', `  … and ${group.more} more ${group.kind}`));
    }
  }
  if (report.onlyHere.length > 0) {
    lines.push('', paint('bold', `Only here (${report.onlyHere.length} claim(s) no other document makes):`));
    for (const text of report.onlyHere) lines.push(`  • ${cut(text, width)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `≠ лідерів: more than 27 — УНН, РБК-Украина · more than 30 — this page`. */
function figureLine(row: FigureRow, paint: Paint): string {
  const values = row.values.map((v) => {
    const value = figureValueText(v, englishT, 'en');
    return `${v.here ? paint('bold', value) : value} — ${valueOutlets(v, 'this page').join(', ')}`;
  });
  return `  ${row.conflict ? paint('red', '≠') : paint('green', '=')} ${rowCounted(row, englishT)}: ${values.join(' · ')}`;
}

function storyHeading(story: ReportStory, i: number, paint: Paint): string {
  const summary = `${story.agreeing} agree${story.differing > 0 ? `, ${paint('red', `${story.differing} differ`)}` : ''}`;
  return `${i + 1}. ${paint('cyan', story.outlet)} (${story.lang}, ${story.published ?? 'no date'}) ${story.id} — score ${story.score}, ${summary}\n   ${story.title}`;
}

function claimLines(claim: AlignedClaim, width: number, paint: Paint): string[] {
  const mark = claim.verdict === 'differs' ? paint('red', '✗ differs') : paint('green', '✓ agrees ');
  const out = [`   ${mark} ${cut(claim.here, width)}`, `             ${paint('dim', `⇄ ${cut(claim.there, width)}`)}`];
  for (const d of claim.differences) {
    const detail = differenceDetail(d, englishT, 'en');
    out.push(
      `             ${paint('red', `${d.kind}: “${d.here}” vs “${d.there}”`)}${paint('dim', ` (${detail.here} vs ${detail.there})`)}`,
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
