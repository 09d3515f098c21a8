import type { Article } from '../../extraction/article';
import { unlistedAnomalies } from '../../matching/anomalies';
import { claimRows } from '../../matching/claim-rows';
import type { Comparison } from '../../matching/comparison';
import type { FigureMention, FigureRow } from '../../matching/figure-rows';
import { collapseSpaces } from '../../text/normalise';
import { englishT } from '../english';
import {
  figureMoved,
  type TimelinePoint,
  timelineLayout,
  timelinePoints,
  timelineSvg,
} from '../figures/figure-timeline';
import { figureValueText, rowCounted } from '../figures/figure-words';
import { differenceDetail } from './difference-words';

/** Where each compared document can be found, for citations (a URL for stored pages, null for seeds). */
export type DocumentLinks = Record<string, { url: string | null; published: string | null }>;

const quote = collapseSpaces;

const figureValue = (v: Pick<FigureMention, 'value' | 'qualifier' | 'high' | 'versus'>): string =>
  figureValueText(v, englishT, 'en');
const counted = (row: FigureRow): string => rowCounted(row, englishT);
const outletName = (m: Pick<FigureMention, 'documentId' | 'outlet'>): string =>
  m.documentId === null ? 'this page' : m.outlet;
const day = (published: string): string => published.slice(0, 10);

/** The quantities whose reports moved over time, each with its points and the plot as standalone SVG. */
export function figureTimelines(
  comparison: Comparison,
): { key: string; counted: string; points: TimelinePoint[]; svg: string }[] {
  return comparison.figures.flatMap((row) => {
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
      const outlets = [...new Set(v.mentions.map(outletName))].join(', ');
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

/** The comparison as Markdown a reader can paste as evidence: claims, who shares or contradicts them, links, dates. */
export function comparisonToMarkdown(article: Article, comparison: Comparison, links: DocumentLinks): string {
  const out: string[] = [];
  out.push(`# Parallax comparison: ${quote(article.title)}`, '');
  out.push(`- Outlet: ${article.outlet}`);
  if (article.url) out.push(`- URL: ${article.url}`);
  if (article.published) out.push(`- Published: ${article.published}`);
  out.push(`- Language: ${article.lang}`, '');
  out.push('## Outlets reporting the same story', '');
  if (comparison.stories.length === 0) out.push('None found in the library.');
  for (const story of comparison.stories) {
    const link = links[story.id]?.url;
    const title = link ? `[${quote(story.title)}](${link})` : quote(story.title);
    out.push(`- **${story.outlet}** — ${title} (${story.published ?? 'no date'}, ${story.lang})`);
  }
  out.push('');
  out.push(...figureLines(comparison.figures, figureTimelines(comparison)));
  const rows = claimRows(comparison);
  if (rows.length) out.push('## Claims', '');
  for (const row of rows) {
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
  if (comparison.anomalies.length) {
    out.push('## Anomalies in this article', '');
    for (const a of comparison.anomalies) out.push(`- ${a.kind}: “${quote(a.text)}” — ${a.detail}`);
    for (const [kind, more] of unlistedAnomalies(comparison)) out.push(`- … and ${more} more ${kind}`);
    out.push('');
  }
  if (comparison.onlyHere.length) {
    out.push('## Claims only this outlet makes', '');
    for (const c of comparison.onlyHere) out.push(`- ${quote(c)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The same evidence as JSON: the engine's comparison (with its figures at a glance), the timelines of
 * figures that moved (points and the plot as SVG), the article and the documents' links.
 */
export function comparisonToJson(article: Article, comparison: Comparison, links: DocumentLinks): string {
  return JSON.stringify(
    {
      generator: 'Parallax',
      article: { ...article, text: undefined },
      comparison,
      figureTimelines: figureTimelines(comparison),
      documents: links,
    },
    null,
    2,
  );
}
