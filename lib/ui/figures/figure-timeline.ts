import type { FigureMention, FigureRow } from '../../matching/figure-rows';

/** One outlet's report of a quantity, placed in time. */
export interface TimelinePoint {
  outlet: string;
  documentId: string | null;
  /** The publication date as the document gives it (ISO date or date-time). */
  published: string;
  /** The publication day, as a UTC timestamp. */
  time: number;
  value: number;
  qualifier: FigureMention['qualifier'];
  /** The figure as written. */
  text: string;
  here: boolean;
}

/** Significant digits of a value: `2 719` is more precise than `2,7 тис.` (2700). */
function precision(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  return digits.replace(/0+$/, '').length;
}

/**
 * Reports are placed by publication day, as the page writes it: one document gives a date, another a
 * date and time, and most tolls move from day to day.
 */
function dayOf(published: string): number | null {
  const day = published.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const ms = day ? Date.parse(day) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/**
 * One point per document that dates its report, in time order. A document that gives the quantity twice
 * (`2,7 тис.` in the headline, `2 719` in the text) is placed at its most precise value.
 */
export function timelinePoints(row: FigureRow): TimelinePoint[] {
  const best = new Map<string, FigureMention>();
  for (const value of row.values) {
    for (const m of value.mentions) {
      const key = m.documentId ?? '';
      const current = best.get(key);
      if (!current || precision(m.value) > precision(current.value)) best.set(key, m);
    }
  }
  const points: TimelinePoint[] = [];
  for (const m of best.values()) {
    const time = m.published ? dayOf(m.published) : null;
    if (time === null || !m.published) continue;
    points.push({
      outlet: m.outlet,
      documentId: m.documentId,
      published: m.published,
      time,
      value: m.value,
      qualifier: m.qualifier,
      text: m.text,
      here: m.documentId === null,
    });
  }
  return points.sort((a, b) => a.time - b.time || a.value - b.value);
}

/** Whether a figure moved: reported on two or more days, with two or more values. */
export function figureMoved(points: readonly TimelinePoint[]): boolean {
  return new Set(points.map((p) => p.time)).size >= 2 && new Set(points.map((p) => p.value)).size >= 2;
}

export interface TimelineMark {
  x: number;
  y: number;
  point: TimelinePoint;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  marks: TimelineMark[];
  /** Value axis labels, from 0 up. */
  yTicks: { y: number; value: number }[];
  /** Time axis labels at the first and last report. */
  xTicks: { x: number; time: number; published: string }[];
}

/** A round upper bound for the value axis: 2 719 → 3 000, 27 → 30. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

const MARGIN = { left: 44, right: 24, top: 18, bottom: 24 };

/** Positions of the marks and axis labels in a `width`×`height` box; values start from 0, so steps are not exaggerated. */
export function timelineLayout(points: readonly TimelinePoint[], width = 300, height = 130): TimelineLayout {
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const times = points.map((p) => p.time);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const top = niceCeiling(Math.max(...points.map((p) => p.value)));
  const x = (time: number): number =>
    last === first
      ? (plot.left + plot.right) / 2
      : plot.left + ((time - first) / (last - first)) * (plot.right - plot.left);
  const y = (value: number): number => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const firstPoint = points[0];
  const lastPoint = points[points.length - 1];
  return {
    width,
    height,
    plot,
    marks: points.map((point) => ({ x: round(x(point.time)), y: round(y(point.value)), point })),
    yTicks: [0, top / 2, top].map((value) => ({ y: round(y(value)), value })),
    xTicks:
      firstPoint && lastPoint
        ? [firstPoint, lastPoint]
            .filter((p, i) => i === 0 || p.time !== firstPoint.time)
            .map((p) => ({ x: round(x(p.time)), time: p.time, published: p.published }))
        : [],
  };
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface TimelineWords {
  title: string;
  value(point: TimelinePoint): string;
  date(published: string): string;
  axisValue(value: number): string;
}

/**
 * The plot as standalone SVG markup, for the exported evidence (the panel draws the same layout with
 * Preact). Every text from a page is escaped.
 */
export function timelineSvg(layout: TimelineLayout, words: TimelineWords): string {
  const { plot } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${escapeXml(words.title)}">`,
    `<title>${escapeXml(words.title)}</title>`,
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="#888"/>`,
    `<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.bottom}" stroke="#888"/>`,
  );
  for (const tick of layout.yTicks) {
    out.push(
      `<text x="${plot.left - 4}" y="${tick.y + 4}" text-anchor="end" font-size="10">${escapeXml(words.axisValue(tick.value))}</text>`,
    );
  }
  layout.xTicks.forEach((tick, i) => {
    const anchor = layout.xTicks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end';
    out.push(
      `<text x="${tick.x}" y="${layout.height - 6}" text-anchor="${anchor}" font-size="10">${escapeXml(words.date(tick.published))}</text>`,
    );
  });
  if (layout.marks.length > 1) {
    out.push(
      `<polyline fill="none" stroke="#5b6b7f" stroke-dasharray="3 3" points="${layout.marks.map((m) => `${m.x},${m.y}`).join(' ')}"/>`,
    );
  }
  for (const mark of layout.marks) {
    const label = `${mark.point.outlet}: ${words.value(mark.point)} (${words.date(mark.point.published)})`;
    out.push(
      `<circle cx="${mark.x}" cy="${mark.y}" r="4.5" fill="${mark.point.here ? '#b3261e' : '#1f5fa8'}"><title>${escapeXml(label)}</title></circle>`,
      `<text x="${mark.x}" y="${mark.y - 8}" text-anchor="middle" font-size="10">${escapeXml(words.value(mark.point))}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
