/**
 * `npm run calibrate`: fits the claim alignment (lib/matching/align-config.ts, see calibrate-alignment.ts)
 * and then the same-story decision (lib/matching/story-config.ts) on the calibration half of the real
 * corpora and on the seeds with our own same-names negatives, never on the validation half, and writes
 * lib/matching/align-calibration.json and story-calibration.json. Every document is compared once with the library
 * of all others; the evidence of each candidate pair is kept, and configurations are scored on it.
 *
 * Feasible: no hard negative matched (nor one of our same-names negatives of the seeds), every seed pair
 * found, precision at least MIN_PRECISION. Among feasible configurations: the highest mean recall over
 * the language pairs with at least MIN_PAIRS pairs, then the highest overall recall. The search is
 * coordinate descent from the current configuration over the grids below, until nothing improves.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSameStory, storyScore, storyThreshold } from '../../lib/matching/same-story';
import type { StoryConfig } from '../../lib/matching/story-config';
import { describeFigures, fitAlignment } from './calibrate-alignment';
import { loadEvaluation, loadUnrelatedPages } from './eval-documents';
import { languagePair } from './metrics';
import { type PairEvidence, runEvaluation, runSmallLibraries } from './run-evaluation';

const MIN_PRECISION = 0.98;
const MIN_PAIRS = 10;
/**
 * Among configurations that find as much, the one that keeps the negatives (other events, hard negatives,
 * unrelated pages) furthest below the threshold: small enough to weigh less than one pair found more,
 * it decides between fits the recall cannot tell apart, which otherwise fall to the order of the search.
 */
const MARGIN_WEIGHT = 0.002;
const OUT = join(import.meta.dirname, '..', '..', 'lib', 'matching', 'story-calibration.json');

interface Labelled {
  evidence: PairEvidence['evidence'];
  split: string;
  pair: string;
  same: boolean;
  negative: boolean;
}

const loaded = loadEvaluation();
if (loaded.missing.length > 0) {
  console.error(`calibrate: ${loaded.missing.join(', ')} missing; calibration needs both real corpora`);
  process.exit(1);
}
// First the claim alignment (the same-story evidence counts aligned claims), then the story decision on it.
const alignment = await fitAlignment(loaded.documents, console.log);
console.log(`alignment: ${describeFigures(alignment)}`);
const run = await runEvaluation(loaded.documents, { align: alignment.config });
const labelled: Labelled[] = [];
for (const p of run.evidence) {
  const a = run.byId.get(p.here);
  const b = run.byId.get(p.there);
  if (!a || !b || (a.split !== 'calibration' && a.split !== 'seeds')) continue;
  labelled.push({
    evidence: p.evidence,
    split: a.split,
    pair: languagePair(a.lang, b.lang),
    same: a.event === b.event,
    // Any pair of two events is a wrong match to avoid, not only a hard negative and the event it imitates:
    // a precision floor alone let a fit trade one other-event match for a few more found pairs, which
    // then cost a hard negative on the validation half.
    negative: a.event !== b.event,
  });
}
const positives = new Map<string, number>();
for (const a of run.documents) {
  if (a.split !== 'calibration') continue;
  for (const b of run.documents) {
    if (a.id === b.id || a.event !== b.event) continue;
    const pair = languagePair(a.lang, b.lang);
    positives.set(pair, (positives.get(pair) ?? 0) + 1);
  }
}
// Where the library knows little (a new reader's: the five seeds), idf says little, and the
// same-names negatives and unrelated real pages must stay apart all the same.
const small = await runSmallLibraries(run.documents, loadUnrelatedPages(), { align: alignment.config });
for (const p of [...small.seeds, ...small.pages]) {
  const a = run.byId.get(p.here);
  const b = run.byId.get(p.there);
  labelled.push({
    evidence: p.evidence,
    split: 'seeds',
    pair: '',
    same: a !== undefined && b !== undefined && a.event === b.event,
    negative: a === undefined || b === undefined || a.event !== b.event,
  });
}
const seedPositives = labelled.filter((l) => l.split === 'seeds' && l.same).length;

interface Fit {
  feasible: boolean;
  objective: number;
  recall: number;
  precision: number;
  negatives: number;
  byPair: Record<string, number>;
}

function fitOf(config: StoryConfig): Fit {
  const found = new Map<string, number>();
  let reported = 0;
  let right = 0;
  let negatives = 0;
  let seedsFound = 0;
  let closestNegative = 0;
  for (const l of labelled) {
    if (l.negative) {
      closestNegative = Math.max(closestNegative, storyScore(l.evidence, config) / storyThreshold(l.evidence, config));
    }
    if (!isSameStory(l.evidence, config)) continue;
    if (l.negative) negatives++;
    if (l.split === 'seeds') {
      if (l.same) seedsFound++;
      continue;
    }
    reported++;
    if (l.same) {
      right++;
      found.set(l.pair, (found.get(l.pair) ?? 0) + 1);
    }
  }
  const byPair: Record<string, number> = {};
  let sum = 0;
  let n = 0;
  let all = 0;
  for (const [pair, count] of positives) {
    all += count;
    byPair[pair] = (found.get(pair) ?? 0) / count;
    if (count >= MIN_PAIRS) {
      sum += byPair[pair] as number;
      n++;
    }
  }
  const precision = reported > 0 ? right / reported : 1;
  const recall = all > 0 ? right / all : 0;
  const seedPairs = seedPositives;
  const feasible = negatives === 0 && precision >= MIN_PRECISION && seedsFound === seedPairs;
  const objective = feasible
    ? (n > 0 ? sum / n : 0) + 0.01 * recall - MARGIN_WEIGHT * closestNegative
    : -negatives - 10 * Math.max(0, MIN_PRECISION - precision) - (seedPairs - seedsFound);
  return { feasible, objective, recall, precision, negatives, byPair };
}

type Setter = (c: StoryConfig, v: number) => StoryConfig;
const GRIDS: [string, number[], Setter][] = [
  ['threshold', [0.6, 0.7, 0.77, 0.85, 0.9, 1, 1.1, 1.2, 1.3, 1.5], (c, v) => ({ ...c, threshold: v })],
  [
    'sameLanguage',
    [3, 4, 5, 5.5, 6, 7, 8],
    (c, v) => ({ ...c, documentWeight: { ...c.documentWeight, sameLanguage: v } }),
  ],
  [
    'crossLanguage',
    [4, 5, 6, 6.875, 8, 9, 10, 12],
    (c, v) => ({ ...c, documentWeight: { ...c.documentWeight, crossLanguage: v } }),
  ],
  [
    'crossScript',
    [6, 8, 10, 12, 14, 16, 18, 20, 24],
    (c, v) => ({ ...c, documentWeight: { ...c.documentWeight, crossScript: v } }),
  ],
  ['claimWeight', [0, 1, 1.5, 2, 2.5, 3, 4], (c, v) => ({ ...c, claimWeight: v })],
  ['claimFloor', [0.1, 0.15, 0.2, 0.25, 0.3], (c, v) => ({ ...c, claimFloor: v })],
  ['figureWeight', [0, 0.1, 0.2, 0.3, 0.5], (c, v) => ({ ...c, figureWeight: v })],
  ['windowDays', [1, 2, 3, 4, 5], (c, v) => ({ ...c, windowDays: v })],
  ['decayDays', [0.5, 1, 2, 3, 4, 6, 8], (c, v) => ({ ...c, decayDays: v })],
  ['maxGapDays', [5, 7, 10, 14, 21, 30, 60, 90], (c, v) => ({ ...c, maxGapDays: v })],
  [
    'smallLibraryFactor',
    [1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3],
    (c, v) => ({ ...c, smallLibrary: { ...c.smallLibrary, factor: v } }),
  ],
];

const better = (a: Fit, b: Fit): boolean => a.objective > b.objective + 1e-9;

/** Where every search starts, so a calibration does not depend on the one before it. */
const START: StoryConfig = {
  documentWeight: { sameLanguage: 5.5, crossLanguage: 6.875, crossScript: 12 },
  claimWeight: 2,
  claimFloor: 0.2,
  topClaims: 3,
  claimDocumentSupport: 0.5,
  figureWeight: 0.2,
  threshold: 0.77,
  windowDays: 4,
  decayDays: 6,
  maxGapDays: 90,
  undatedFactor: 0.5,
  smallLibrary: { size: 50, factor: 1 },
};

/** Coordinate descent from `start` over GRIDS until no single change improves the fit. */
function descend(start: StoryConfig): [StoryConfig, Fit] {
  let config = start;
  let best = fitOf(config);
  for (let pass = 0; pass < 10; pass++) {
    let improved = false;
    for (const [, values, set] of GRIDS) {
      for (const v of values) {
        const candidate = set(config, v);
        const f = fitOf(candidate);
        if (better(f, best)) {
          config = candidate;
          best = f;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return [config, best];
}

console.log(`start: ${describe(fitOf(START))}`);
// Descents from every combination of the time window's three settings: the decision is most sensitive
// to them, and one descent from the current settings can stop where only a joint change helps.
let [config, best] = descend(START);
for (const windowDays of [2, 3, 4]) {
  for (const decayDays of [1, 2, 4]) {
    for (const maxGapDays of [7, 10, 14, 21]) {
      const [c, f] = descend({ ...START, windowDays, decayDays, maxGapDays });
      if (better(f, best)) [config, best] = [c, f];
    }
  }
}
console.log(`fitted: ${describe(best)}`);
if (process.env.DEBUG_NEG) {
  const top = [...run.evidence, ...small.seeds, ...small.pages]
    .map((p) => ({ p, s: storyScore(p.evidence, config) / storyThreshold(p.evidence, config) }))
    .filter(({ p }) => run.byId.get(p.here)?.event !== run.byId.get(p.there)?.event)
    .sort((a, b) => b.s - a.s)
    .slice(0, 15);
  for (const { p, s } of top)
    console.log(
      s.toFixed(2),
      p.here,
      p.there,
      p.evidence.documentSimilarity.toFixed(3),
      p.evidence.sameScores
        .slice(0, 3)
        .map((x) => x.toFixed(2))
        .join(','),
      p.evidence.daysApart,
    );
}
console.log(JSON.stringify(config));

function describe(f: Fit): string {
  const pairs = Object.entries(f.byPair)
    .map(([p, r]) => `${p} ${r.toFixed(2)}`)
    .join(', ');
  return `${f.feasible ? 'feasible' : 'infeasible'}, recall ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)}, hard negatives ${f.negatives}; ${pairs}`;
}

writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      about:
        'Written by `npm run calibrate` (test/eval/calibrate.ts) from the calibration half of the real corpora and the seeds; do not edit by hand. `fittedOn` is what the configuration gave there; the validation half is reported by `npm run eval`.',
      fittedOn: {
        recall: Number(best.recall.toFixed(3)),
        precision: Number(best.precision.toFixed(3)),
        hardNegativesMatched: best.negatives,
        recallByPair: Object.fromEntries(Object.entries(best.byPair).map(([p, r]) => [p, Number(r.toFixed(3))])),
      },
      config,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${OUT}`);
