import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/report';
import { figureMoved, timelinePoints } from '../../lib/ui/figures/figure-timeline';
import { reportToJson, reportToMarkdown } from '../../lib/ui/popup/export-comparison';
import { corpusOf, loadDocument, seedDocuments, variant } from '../fixtures/matching/engine-fixture';
import { corpusAvailable, corpusDir } from '../support/corpora';

describe('figures at a glance on real texts', () => {
  it('shows the seed-003 copy saying 40 leaders against 27 at РБК-Украина and УНН', async () => {
    const here = variant('variant-003-forty-leaders.txt');
    const comparison = await corpusOf(seedDocuments()).compare(here.article, here.claims);
    const leaders = comparison.figures.find((r) => /лидер|лідер/.test(r.counted));
    expect(leaders?.conflict).toBe(true);
    expect(leaders?.values.map((v) => [v.qualifier, v.value, v.here])).toEqual([
      ['more', 27, false],
      ['more', 40, true],
    ]);
    expect(new Set(leaders?.values[0]?.mentions.map((m) => m.outlet))).toEqual(new Set(['РБК-Украина', 'УНН']));
    const mine = leaders?.values[1]?.mentions[0];
    expect(mine?.documentId).toBeNull();
    expect(mine && here.claims[mine.claim.index]?.text).toBe(mine?.claim.text);
    expect(mine?.claim.text.slice(mine.claim.start, mine.claim.end)).toBe('понад 40 лідерів');
    // The conflicting quantity comes first.
    expect(comparison.figures[0]).toBe(leaders);
  });

  it('finds the 27 leaders the seeds agree on without a conflict', async () => {
    const seeds = seedDocuments();
    const here = seeds.find((d) => d.id.startsWith('002')) ?? seeds[0];
    if (!here) throw new Error('no seeds');
    const comparison = await corpusOf(seeds).compare(here.article, here.claims);
    const leaders = comparison.figures.find((r) => /лидер|лідер/.test(r.counted));
    expect(leaders?.conflict).toBe(false);
    expect(leaders?.values.map((v) => v.value)).toEqual([27]);
    expect(leaders?.values[0]?.here).toBe(true);
  });

  it('exports figures at a glance in Markdown and JSON', async () => {
    const here = variant('variant-003-forty-leaders.txt');
    const comparison = await corpusOf(seedDocuments()).compare(here.article, here.claims);
    const md = reportToMarkdown(buildReport(here.article, comparison, {}));
    expect(md).toMatch(
      /## Figures at a glance\n\n- ≠ лідерів: more than 27 — (УНН, РБК-Украина|РБК-Украина, УНН) · \*\*more than 40\*\* — this page/,
    );
    const json = JSON.parse(reportToJson(buildReport(here.article, comparison, {})));
    expect(json.comparison.figures[0].values[1].here).toBe(true);
    expect(json.figureTimelines).toEqual([]);
  });

  it.skipIf(!corpusAvailable('corpus-dev2'))(
    'follows the Myanmar toll through three Ukrainian reports on three days, to the plot and the exports',
    async () => {
      const dir = corpusDir('corpus-dev2');
      const [early, middle, late] = [
        '094_postfactum_myanmar-quake_uk.txt',
        '096_kyiv247_myanmar-quake_uk.txt',
        '095_interfax-ua_myanmar-quake_uk.txt',
      ].map((f) => loadDocument(dir, f));
      if (!early || !middle || !late) throw new Error('missing corpus files');
      const comparison = await corpusOf([early, middle]).compare(late.article, late.claims);
      const moved = comparison.figures.filter((r) => figureMoved(timelinePoints(r)));
      const toll = moved.find((r) => timelinePoints(r).length === 3);
      expect(toll, JSON.stringify(comparison.figures)).toBeDefined();
      const points = timelinePoints(toll as NonNullable<typeof toll>);
      expect(points.map((p) => [p.published.slice(0, 10), p.value, p.here])).toEqual([
        ['2025-03-28', 144, false],
        ['2025-03-31', 1700, false],
        ['2025-04-01', 2719, true],
      ]);
      const md = reportToMarkdown(buildReport(late.article, comparison, {}));
      expect(md).toContain('| Published | Outlet | Figure |');
      // The headline's `зросла до 1700` is the new total (1,700), the most precise figure of that day.
      expect(md).toMatch(/\| 2025-03-31 \| .+ \| 1,700 \|/);
      const json = JSON.parse(reportToJson(buildReport(late.article, comparison, {})));
      const plotted = json.figureTimelines.find((t: { points: unknown[] }) => t.points.length === 3);
      expect(plotted.svg.match(/<circle /g)).toHaveLength(3);
    },
  );
});
