import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignClaims } from '../../lib/matching/align-claims';
import type { Comparison, DifferenceKind } from '../../lib/matching/comparison';
import {
  type AnalysedDocument,
  CORPUS_DEV_DIR,
  corpusDevDocuments,
  corpusOf,
  scoreJudgedAlignment,
} from '../fixtures/matching/engine-fixture';

interface IndexRecord {
  file: string;
  event: string;
  lang: string;
}

const events = new Map(
  (JSON.parse(readFileSync(join(CORPUS_DEV_DIR, 'index.json'), 'utf8')) as IndexRecord[]).map((r) => [r.file, r]),
);
let docs: AnalysedDocument[];
const results = new Map<string, Comparison>();
const times: number[] = [];

beforeAll(async () => {
  docs = corpusDevDocuments();
  const corpus = corpusOf(docs);
  for (const d of docs) {
    const t0 = performance.now();
    results.set(d.id, await corpus.compare(d.article, d.claims));
    times.push(performance.now() - t0);
  }
});

const prefix = (id: string): string => id.slice(0, 2);

describe('corpus-dev (60 real articles, 7 events, ru/uk/en)', () => {
  it('finds articles on one event across languages and keeps events apart (prints same-story P/R)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const byLanguagePair = new Map<string, { found: number; all: number }>();
    for (const d of docs) {
      const found = new Set(results.get(d.id)?.stories.map((s) => s.id));
      for (const other of docs) {
        if (other.id === d.id) continue;
        const a = events.get(d.id);
        const b = events.get(other.id);
        const same = a?.event === b?.event;
        const got = found.has(other.id);
        if (same && got) tp++;
        else if (got) fp++;
        else if (same) fn++;
        if (same) {
          const key = [a?.lang, b?.lang].sort().join('-');
          const entry = byLanguagePair.get(key) ?? { found: 0, all: 0 };
          entry.all++;
          if (got) entry.found++;
          byLanguagePair.set(key, entry);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const pairs = [...byLanguagePair]
      .sort()
      .map(([k, v]) => `${k} ${(v.found / v.all).toFixed(2)}`)
      .join(', ');
    const sorted = [...times].sort((x, y) => x - y);
    console.log(
      `corpus-dev same story over ${tp + fp + fn} directed pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `recall by language pair: ${pairs}; median compare ${sorted[sorted.length >> 1]?.toFixed(1)} ms`,
    );
    // Measured 1.00 / 0.76 (348 of 456): no article on another event may match; recall may shift a little
    // with the claims analysis. The median compare (60 documents indexed, 40 candidates) is a few ms.
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.74);
  });

  it('aligns claims as judged by hand (prints claim-alignment precision and recall)', () => {
    const index = corpusOf(docs).index;
    const score = scoreJudgedAlignment(
      docs,
      (id) => events.get(id)?.event,
      (a, b) => alignClaims(a.claims, b.claims, index).filter((p) => p.same),
    );
    console.log(
      `corpus-dev claim alignment against the judged pairs: precision ${score.precision.toFixed(2)} ` +
        `(${score.right}/${score.right + score.wrong}), recall ${score.recall.toFixed(2)} (${score.found}/${score.judgedSame}), ` +
        `${score.unjudged} proposed pairs not judged`,
    );
    // Measured 0.88 (240/272) / 0.66 (242/367); the aligner before this calibration: 0.79 / 0.60.
    expect(score.precision).toBeGreaterThanOrEqual(0.86);
    expect(score.recall).toBeGreaterThanOrEqual(0.64);
  });

  it('matches nearly every article with at least one other article on its event', () => {
    const alone = docs.filter((d) => (results.get(d.id)?.stories.length ?? 0) === 0).map((d) => d.id);
    console.log(`corpus-dev articles matched with nobody: ${alone.join(', ') || 'none'}`);
    // Measured: only 44 (the Louvre prosecutor's follow-up two weeks later, in Ukrainian) stays alone.
    expect(alone.length).toBeLessThanOrEqual(2);
  });

  // Conflicts listed in corpus-dev/README.md: [article, article, kind, phrase on one side, phrase on the other].
  const conflicts: [string, string, DifferenceKind, string, string][] = [
    ['10', '11', 'number', '$2 billion', '$7 billion'],
    ['27', '29', 'number', '40 passengers', '43 passengers'],
    ['32', '33', 'number', '46 человек', '48 человек'],
    ['33', '34', 'number', '48 человек', '49 человек'],
    ['01', '08', 'number', '19.3km', '17 км'],
    ['01', '08', 'number', '125km', '150 км'],
    ['57', '58', 'number', '50,3%', '50,89%'],
    ['46', '48', 'date', 'Thursday', 'Friday'],
    ['27', '28', 'attribution', 'Orlov', 'TASS'],
  ];
  it.each(conflicts)('flags %s vs %s: %s difference %s / %s', (a, b, kind, x, y) => {
    const flagged = [
      [a, b],
      [b, a],
    ].some(([from, to]) => {
      const doc = docs.find((d) => prefix(d.id) === from);
      const story = doc && results.get(doc.id)?.stories.find((s) => prefix(s.id) === to);
      return (story?.claims ?? []).some((c) =>
        c.differences.some(
          (d) =>
            d.kind === kind &&
            [d.here, d.there].some((t) => t.includes(x)) &&
            [d.here, d.there].some((t) => t.includes(y)),
        ),
      );
    });
    expect(flagged).toBe(true);
  });

  it('does not flag the compatible roundings README lists (41 vs more than 40 aircraft)', () => {
    for (const c of results.values()) {
      for (const d of c.stories.flatMap((s) => s.claims.flatMap((x) => x.differences))) {
        if (d.kind === 'number')
          expect(`${d.here}|${d.there}`).not.toMatch(/^(41|more than 40|понад 40)[^|]*\|(41|more than 40|понад 40)/);
      }
    }
  });
});
