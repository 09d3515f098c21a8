/**
 * The evidence exports: the report model (lib/report/report.ts) as Markdown and as JSON, worded in English
 * through the English locale file, as the CLI words it.
 */

import type { FigureMention, FigureRow } from '../../matching/figure-rows';
import { anomalyDetail } from '../../report/anomaly-words';
import { differenceDetail } from '../../report/difference-words';
import { englishT } from '../../report/english';
import { figureValueText, rowCounted, valueOutlets } from '../../report/figure-words';
import type { Report } from '../../report/report';
import { collapseSpaces } from '../../text/normalise';
import {
  figureMoved,
  type TimelinePoint,
  timelineLayout,
  timelinePoints,
  timelineSvg,
} from '../figures/figure-timeline';

const quote = collapseSpaces;

const figureValue = (v: Pick<FigureMention, 'value' | 'qualifier' | 'high' | 'versus'>): string =>
  figureValueText(v, englishT, 'en');
const counted = (row: FigureRow): string => rowCounted(row, englishT);
const THIS_PAGE = 'this page';
const outletName = (m: Pick<FigureMention, 'documentId' | 'outlet'>): string =>
  m.documentId === null ? THIS_PAGE : m.outlet;
const day = (published: string): string => published.slice(0, 10);

/** The quantities whose reports moved over time, each with its points and the plot as standalone SVG. */
export function figureTimelines(
  rows: readonly FigureRow[],
): { key: string; counted: string; points: TimelinePoint[]; svg: string }[] {
  return rows.flatMap((row) => {
    const points = timelinePoints(row);
    if (!figureMoved(points)) return [];
    const svg = timelineSvg(timelineLayout(points), {
      title: `How “${counted(row)}” moved over time`,
      value: figureValue,
      date: day,
      axisValue: (v) => v.toLocaleString('en'),
    });
    return [{ key: row.key, counted: counted(row), points, svg }];
  });
}

function figureLines(rows: readonly FigureRow[], timelines: ReturnType<typeof figureTimelines>): string[] {
  if (rows.length === 0) return [];
  const out = ['## Figures at a glance', ''];
  for (const row of rows) {
    const values = row.values.map((v) => {
      const outlets = valueOutlets(v, THIS_PAGE).join(', ');
      return `${v.here ? `**${figureValue(v)}**` : figureValue(v)} — ${outlets}`;
    });
    out.push(`- ${row.conflict ? '≠' : '='} ${quote(counted(row))}: ${values.join(' · ')}`);
  }
  out.push('');
  for (const timeline of timelines) {
    out.push(
      `### How “${quote(timeline.counted)}” moved`,
      '',
      '| Published | Outlet | Figure |',
      '| --- | --- | --- |',
    );
    for (const p of timeline.points) {
      out.push(`| ${day(p.published)} | ${outletName(p).replace(/\|/g, '\\|')} | ${figureValue(p)} |`);
    }
    out.push('');
  }
  return out;
}

/** The report as Markdown a reader can paste as evidence: claims, who shares or contradicts them, links, dates. */
export function reportToMarkdown(report: Report): string {
  const { article } = report;
  const out: string[] = [];
  out.push(`# Parallax comparison: ${quote(article.title)}`, '');
  out.push(`- Outlet: ${article.outlet}`);
  if (article.url) out.push(`- URL: ${article.url}`);
  if (article.published) out.push(`- Published: ${article.published}`);
  out.push(`- Language: ${article.lang}`, '');
  out.push('## Outlets reporting the same story', '');
  if (report.stories.length === 0) out.push('None found in the library.');
  for (const story of report.stories) {
    const title = story.url ? `[${quote(story.title)}](${story.url})` : quote(story.title);
    out.push(`- **${story.outlet}** — ${title} (${story.published ?? 'no date'}, ${story.lang})`);
  }
  out.push('');
  out.push(...figureLines(report.figures, figureTimelines(report.figures)));
  if (report.claims.length) out.push('## Claims', '');
  for (const row of report.claims) {
    out.push(`### ${row.differs ? '≠' : '='} ${quote(row.text)}`, '');
    for (const echo of row.echoes) {
      const verdict = echo.aligned.verdict === 'differs' ? 'differs' : 'agrees';
      out.push(`- ${echo.outlet} (${verdict}): “${quote(echo.aligned.there)}”`);
      for (const d of echo.aligned.differences) {
        const detail = differenceDetail(d, englishT, 'en');
        out.push(
          `  - ${d.kind}: “${quote(d.here)}” here vs “${quote(d.there)}” there (${quote(detail.here)} vs ${quote(detail.there)})`,
        );
      }
      if (echo.aligned.sources.there.length) out.push(`  - source: ${echo.aligned.sources.there.join(' → ')}`);
    }
    out.push('');
  }
  if (report.anomalies.length) {
    out.push('## Anomalies in this article', '');
    for (const group of report.anomalies) {
      for (const a of group.listed) out.push(`- ${a.kind}: “${quote(a.text)}” — ${anomalyDetail(a, englishT, 'en')}`);
      if (group.more > 0) out.push(`- … and ${group.more} more ${group.kind}`);
    }
    out.push('');
  }
  if (report.onlyHere.length) {
    out.push('## Claims only this outlet makes', '');
    for (const c of report.onlyHere) out.push(`- ${quote(c)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The same evidence as JSON: the engine's comparison (with its figures at a glance), the timelines of
 * figures that moved (points and the plot as SVG), the article without its text and the documents' links.
 */
export function reportToJson(report: Report): string {
  return JSON.stringify(
    {
      generator: 'Parallax',
      article: report.article,
      comparison: report.comparison,
      figureTimelines: figureTimelines(report.figures),
      documents: report.documents,
    },
    null,
    2,
  );
}
