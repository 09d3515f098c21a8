import type { FigureRow } from '../../matching/figure-rows';
import { figureValueText, formatFigureNumber, rowCounted } from '../../report/figure-words';
import { formatDate, type Translate } from '../../report/translate';
import { figureMoved, timelineLayout, timelinePoints } from './figure-timeline';

const shortDate = (published: string, locale: string): string => {
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms)
    ? published
    : new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);
};

/**
 * How a figure moved: value against publication time, one mark per outlet. The plot is drawn for the
 * eye; screen readers get the same points as a table (the SVG is hidden from them, so nothing is read twice).
 */
export function FigureTimelineView({
  row,
  id,
  t,
  locale,
}: {
  row: FigureRow;
  id: string;
  t: Translate;
  locale: string;
}) {
  const points = timelinePoints(row);
  if (!figureMoved(points)) return null;
  const layout = timelineLayout(points);
  const { plot } = layout;
  const outletOf = (p: (typeof points)[number]): string => (p.here ? t('figuresThisPage') : p.outlet);
  return (
    <figure class="timeline" data-testid="figure-timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="timeline-caption">
        {t('timelineTitle', rowCounted(row, t))}
      </figcaption>
      <svg
        class="timeline-plot"
        data-testid="timeline-plot"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        <line class="timeline-axis" x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
        <line class="timeline-axis" x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} />
        {layout.yTicks.map((tick) => (
          <text key={`y${tick.value}`} class="timeline-tick" x={plot.left - 4} y={tick.y + 4} text-anchor="end">
            {formatFigureNumber(tick.value, locale)}
          </text>
        ))}
        {layout.xTicks.map((tick, i) => (
          <text
            key={`x${tick.time}`}
            class="timeline-tick"
            x={tick.x}
            y={layout.height - 6}
            text-anchor={layout.xTicks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
          >
            {shortDate(tick.published, locale)}
          </text>
        ))}
        {layout.marks.length > 1 && (
          <polyline class="timeline-line" points={layout.marks.map((m) => `${m.x},${m.y}`).join(' ')} />
        )}
        {layout.marks.map((m) => (
          <g key={m.point.documentId ?? 'here'}>
            <circle
              class={m.point.here ? 'timeline-mark timeline-mark-here' : 'timeline-mark'}
              data-testid="timeline-mark"
              data-value={m.point.value}
              data-published={m.point.published}
              cx={m.x}
              cy={m.y}
              r={4.5}
            >
              <title>
                {outletOf(m.point)}: {figureValueText(m.point, t, locale)} ({formatDate(m.point.published, locale)})
              </title>
            </circle>
            <text class="timeline-label" x={m.x} y={m.y - 8} text-anchor="middle">
              {formatFigureNumber(m.point.value, locale)}
            </text>
          </g>
        ))}
      </svg>
      <table class="visually-hidden" data-testid="timeline-table">
        <caption>{t('timelineTableCaption', rowCounted(row, t))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timelineColDate')}</th>
            <th scope="col">{t('timelineColOutlet')}</th>
            <th scope="col">{t('timelineColValue')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.documentId ?? 'here'} data-value={p.value}>
              <td>{formatDate(p.published, locale)}</td>
              <td>{outletOf(p)}</td>
              <td>{figureValueText(p, t, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
