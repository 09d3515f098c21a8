import { describe, expect, it } from 'vitest';
import { figureMarks } from '../../../lib/background/figure-marks';
import type { FigureMention, FigureRow } from '../../../lib/matching/figure-rows';
import { valueOutlets } from '../../../lib/report/figure-words';
import { figureMoved, timelineLayout, timelinePoints, timelineSvg } from '../../../lib/ui/figures/figure-timeline';

function mention(
  value: number,
  outlet: string,
  documentId: string | null,
  published: string | null,
  claimIndex = 0,
): FigureMention {
  const text = `${value} осіб`;
  return {
    value,
    qualifier: 'exact',
    text,
    outlet,
    documentId,
    published,
    claim: { index: claimIndex, text: `Загинули ${text}.`, start: 9, end: 9 + text.length },
  };
}

function row(mentions: FigureMention[], conflict = true): FigureRow {
  const values = new Map<number, FigureMention[]>();
  for (const m of mentions) values.set(m.value, [...(values.get(m.value) ?? []), m]);
  return {
    key: 'осиб',
    counted: 'осіб',
    conflict,
    values: [...values].map(([value, ms]) => ({
      value,
      qualifier: 'exact',
      here: ms.some((m) => m.documentId === null),
      mentions: ms,
    })),
  };
}

const TOLL = row([
  mention(140, 'Постфактум', 'a', '2025-03-28'),
  mention(144, 'Постфактум', 'a', '2025-03-28'),
  mention(1700, 'Київ 24/7', 'b', '2025-03-31T10:00:00+03:00'),
  mention(2700, 'Інтерфакс-Україна', null, '2025-04-01T15:05:00+03:00'),
  mention(2719, 'Інтерфакс-Україна', null, '2025-04-01T15:05:00+03:00', 3),
]);

describe('timelinePoints', () => {
  it('gives one point per document, at its most precise value, in time order', () => {
    expect(timelinePoints(TOLL).map((p) => [p.outlet, p.value, p.here])).toEqual([
      ['Постфактум', 144, false],
      ['Київ 24/7', 1700, false],
      ['Інтерфакс-Україна', 2719, true],
    ]);
  });

  it('places reports by publication day, so a date and a date-time of the same day are one time', () => {
    const sameDay = row([mention(27, 'A', 'a', '2026-01-06'), mention(30, 'B', null, '2026-01-06T09:00:00+02:00')]);
    const points = timelinePoints(sameDay);
    expect(points[0]?.time).toBe(points[1]?.time);
    expect(figureMoved(points)).toBe(false);
  });

  it('leaves out undated reports, and calls a figure moved only with two days and two values', () => {
    const undated = row([mention(27, 'A', 'a', null), mention(30, 'B', null, '2026-01-06')]);
    expect(timelinePoints(undated).map((p) => p.value)).toEqual([30]);
    expect(figureMoved(timelinePoints(TOLL))).toBe(true);
    const flat = row([mention(27, 'A', 'a', '2026-01-05'), mention(27, 'B', null, '2026-01-06')], false);
    expect(figureMoved(timelinePoints(flat))).toBe(false);
  });
});

describe('timelineLayout', () => {
  it('puts time on x from left to right and values on y from a zero baseline, inside the plot', () => {
    const layout = timelineLayout(timelinePoints(TOLL), 300, 130);
    const [early, middle, late] = layout.marks;
    expect(early?.x).toBe(layout.plot.left);
    expect(late?.x).toBe(layout.plot.right);
    // 28 March → 31 March is three days of four.
    expect(middle?.x).toBeCloseTo(layout.plot.left + 0.75 * (layout.plot.right - layout.plot.left), 0);
    expect(early?.y).toBeGreaterThan(middle?.y ?? 0);
    expect(middle?.y).toBeGreaterThan(late?.y ?? 0);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 1500, 3000]);
    expect(layout.yTicks[0]?.y).toBe(layout.plot.bottom);
    for (const m of layout.marks) {
      expect(m.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(m.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.xTicks.map((t) => t.published.slice(0, 10))).toEqual(['2025-03-28', '2025-04-01']);
  });
});

describe('timelineSvg', () => {
  it('draws one circle per point and escapes every text from a page', () => {
    const hostile = row([
      mention(5, '<script>x</script> & "Co"', 'a', '2025-01-01'),
      mention(9, 'B', null, '2025-01-02'),
    ]);
    const svg = timelineSvg(timelineLayout(timelinePoints(hostile)), {
      title: 'How “<b>” moved',
      value: (p) => String(p.value),
      date: (d) => d.slice(0, 10),
      axisValue: String,
    });
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});

describe('valueOutlets and figureMarks', () => {
  it('names each outlet once, this page under its own label', () => {
    const value = TOLL.values.find((v) => v.value === 2719);
    expect(value && valueOutlets(value, 'this page')).toEqual(['this page']);
    const twice = row([mention(27, 'УНН', 'a', null), mention(27, 'УНН', 'b', null), mention(27, 'РБК', 'c', null)]);
    expect(twice.values[0] && valueOutlets(twice.values[0], 'this page')).toEqual(['УНН', 'РБК']);
  });

  it('marks this page’s sentences of the quantity, red when outlets differ, with every value in the note', () => {
    const marks = figureMarks(TOLL, 0);
    expect(marks).toHaveLength(2);
    expect(marks.every((m) => m.kind === 'differs')).toBe(true);
    expect(marks[0]?.note).toMatch(
      /^Parallax — осіб\n140: Постфактум\n144: Постфактум\n1700: Київ 24\/7\n2700: this page/,
    );
    expect(figureMarks(TOLL, 99)).toEqual([]);
    expect(figureMarks({ ...TOLL, conflict: false }, 1)[0]?.kind).toBe('shared');
  });
});
