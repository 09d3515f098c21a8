import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignedClaim, Comparison } from '../../lib/matching/comparison';
import {
  type AnalysedDocument,
  corpusOf,
  scoreAlignment,
  seedDocuments,
  seedNumber,
  variant,
} from '../fixtures/matching/engine-fixture';

let seeds: AnalysedDocument[];
const bySeed = new Map<string, Comparison>();

beforeAll(async () => {
  seeds = seedDocuments();
  const corpus = corpusOf(seeds);
  for (const s of seeds) bySeed.set(s.id, await corpus.compare(s.article, s.claims));
});

const comparisonOf = (n: string): Comparison => {
  const found = [...bySeed].find(([id]) => seedNumber(id) === n);
  if (!found) throw new Error(`no seed ${n}`);
  return found[1];
};
const claimsWith = (c: Comparison, storySeed: string, here: string, there: string): AlignedClaim[] =>
  (c.stories.find((s) => seedNumber(s.id) === storySeed)?.claims ?? []).filter(
    (a) => a.here.includes(here) && a.there.includes(there),
  );
const sameFact = (a: AlignedClaim): boolean => a.verdict !== 'related';

describe('matching the five seeds', () => {
  it('finds, for each seed, the other four and never itself', () => {
    for (const [id, comparison] of bySeed) {
      const found = comparison.stories.map((s) => s.id).sort();
      expect(found, id).toEqual(seeds.map((s) => s.id).filter((x) => x !== id));
    }
  });

  it('aligns seed 002’s "более 27 мировых лидеров" with seed 003’s "понад 27 лідерів" as agrees', () => {
    const [pair] = claimsWith(comparisonOf('002'), '003', 'более 27 мировых лидеров', 'понад 27 лідерів');
    expect(pair?.verdict).toBe('agrees');
  });

  it('does not take a shared name and title for the same claim (27 leaders vs the Congress, the consultations)', () => {
    const congress = claimsWith(comparisonOf('002'), '004', 'более 27 мировых лидеров', 'большинство в Конгрессе');
    const consultations = claimsWith(comparisonOf('002'), '003', 'Их положительно оценили', 'понад 27 лідерів');
    expect([...congress, ...consultations].filter(sameFact)).toEqual([]);
  });

  it('never flags 27 leaders against 35 delegations or 30 states', () => {
    for (const comparison of bySeed.values()) {
      for (const story of comparison.stories) {
        for (const d of story.claims.flatMap((c) => c.differences)) {
          if (d.kind !== 'number') continue;
          expect(`${d.here} ${d.there}`).not.toMatch(
            /делегац.*лидер|лидер.*делегац|лідер.*делегац|государств.*лід|лидер.*государств/,
          );
        }
      }
    }
  });

  it('reports "в конце декабря 2026 года" in seed 002 as a date after publication', () => {
    const anomaly = comparisonOf('002').anomalies.find((a) => a.kind === 'future-date');
    expect(anomaly?.text).toMatch(/конце декабря 2026 года/i);
  });

  it('aligns seed 003’s Witkoff/Kushner sentence with Russian ones without a differs verdict', () => {
    const aligned = comparisonOf('003')
      .stories.flatMap((s) => s.claims.map((c) => ({ c, lang: s.lang })))
      .filter(({ c, lang }) => lang === 'ru' && c.here.includes('Віткофф') && sameFact(c));
    expect(aligned.length).toBeGreaterThan(0);
    for (const { c } of aligned) expect(c.verdict).toBe('agrees');
  });

  it('aligns seed 004’s sentence on the chief of the General Staff in Paris with seed 003’s', () => {
    const pairs = claimsWith(
      comparisonOf('004'),
      '003',
      'начальника Генерального штаба ВСУ',
      'начальника Генерального штабу',
    );
    expect(pairs.some(sameFact)).toBe(true);
  });

  it('shows who belongs to the coalition as a name difference: EU countries and Canada vs 30 states with the US', () => {
    const [pair] = claimsWith(comparisonOf('001'), '002', 'входят страны ЕС и Канада', 'В коалицию входят').filter(
      sameFact,
    );
    expect(pair?.differences).toMatchObject([{ kind: 'name', here: 'страны ЕС и Канада' }]);
    expect(pair?.differences[0]?.there).toMatch(/^более 30 государств, в том числе .* США$/);
  });

  it('shows the report on US monitoring help credited to Bloomberg in seed 000 and to Politico in seed 001', () => {
    const [pair] = claimsWith(comparisonOf('000'), '001', 'готовы помочь в наблюдении', 'мониторинга мира').filter(
      sameFact,
    );
    expect(pair?.differences).toContainEqual(
      expect.objectContaining({ kind: 'attribution', here: 'Bloomberg', there: 'Politico' }),
    );
  });

  it('never reports the coalition’s names as a difference', () => {
    for (const comparison of bySeed.values()) {
      for (const d of comparison.stories.flatMap((s) => s.claims.flatMap((c) => c.differences))) {
        expect(`${d.here} ${d.there}`).not.toMatch(/желающ|решительн|охоч/i);
      }
    }
  });

  it('reports spelling variants of Witkoff only as variants', () => {
    const c = claimsWith(comparisonOf('002'), '003', 'Уиткофф', 'Віткофф').find(sameFact);
    expect(c?.variants).toContainEqual({ here: 'Уиткофф', there: 'Віткофф' });
    expect(c?.differences.filter((d) => d.kind === 'name')).toEqual([]);
  });

  it('prints claim-alignment precision and recall against the gold file', () => {
    const score = scoreAlignment(bySeed);
    console.log(
      `Seed claim alignment: precision ${score.precision.toFixed(2)} (${score.correct}/${score.predicted}), ` +
        `recall ${score.recall.toFixed(2)} (${score.found}/${score.gold})`,
    );
    if (score.wrong.length > 0) console.log(`  not in the gold file:\n  ${score.wrong.join('\n  ')}`);
    // Measured 0.97 (74/76) / 0.86 (38/44): one more false pair or a few gold pairs fewer still passes.
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.78);
  });
});

describe('edited copies of the seeds', () => {
  const compareVariant = async (name: string, leaveOut: string) => {
    const doc = variant(name);
    return corpusOf(seeds.filter((s) => seedNumber(s.id) !== leaveOut)).compare(doc.article, doc.claims);
  };
  const withSeed = async (name: string) => {
    const doc = variant(name);
    return corpusOf(seeds).compare(doc.article, doc.claims);
  };

  it('flags "понад 40 лідерів" against seed 002’s "более 27 мировых лидеров"', async () => {
    const result = await compareVariant('variant-003-forty-leaders.txt', '003');
    const differences = claimsWith(result, '002', 'понад 40 лідерів', '27').flatMap((c) => c.differences);
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'number', here: 'понад 40 лідерів', there: 'более 27 мировых лидеров' }),
    );
  });

  it('flags "понад 40 лідерів" against seed 003’s "понад 27 лідерів" and seed 002 alike, as the popup shows', async () => {
    const result = await withSeed('variant-003-forty-leaders.txt');
    const numbers = result.stories.flatMap((s) =>
      s.claims.flatMap((c) => c.differences.filter((d) => d.kind === 'number' && d.here.includes('40 лідерів'))),
    );
    expect(numbers.map((d) => d.there)).toEqual(
      expect.arrayContaining(['понад 27 лідерів', 'более 27 мировых лидеров']),
    );
  });

  it('flags a swapped agency (Bloomberg instead of Reuters) as an attribution difference', async () => {
    const result = await compareVariant('variant-002-bloomberg.txt', '002');
    const kinds = result.stories.flatMap((s) =>
      s.claims.flatMap((c) => c.differences.filter((d) => d.kind === 'attribution').map((d) => `${d.here}|${d.there}`)),
    );
    expect(kinds.some((k) => k.includes('Bloomberg') && k.includes('Reuters'))).toBe(true);
  });

  it('flags "8 января" against the original "сегодня" (6 January) as a date difference', async () => {
    const result = await withSeed('variant-001-eighth-january.txt');
    const dates = claimsWith(result, '001', '8 января', 'сегодня').flatMap((c) => c.differences);
    expect(dates).toContainEqual(expect.objectContaining({ kind: 'date', here: '8 января', there: 'сегодня' }));
  });

  it('reports "во вторник, 7 января" as a weekday that does not fit', async () => {
    const result = await withSeed('variant-000-wrong-weekday.txt');
    expect(result.anomalies.map((a) => a.kind)).toContain('weekday');
  });

  it('still matches a paraphrase of seed 004 with every seed', async () => {
    const result = await withSeed('variant-004-paraphrase.txt');
    expect(result.stories.map((s) => seedNumber(s.id)).sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(['unrelated-rafale-deal.txt', 'unrelated-paris-exhibition.txt', 'unrelated-energy-call.txt'])(
    'does not match %s (same people, another event) with any seed',
    async (name) => {
      const result = await withSeed(name);
      expect(result.stories).toEqual([]);
    },
  );
});
