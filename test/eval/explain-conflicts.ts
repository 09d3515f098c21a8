/**
 * Why the annotated conflicts of corpus-dev2's calibration half are or are not flagged with the right
 * values: for each, the claims holding the two sentences, whether the aligner paired them (and with what
 * else each was paired), the differences shown and those the readers find if they were paired. A
 * development aid (`npx tsx test/eval/explain-conflicts.ts`); it reads only the calibration half, so what
 * it shows can be fitted on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Difference } from '../../lib/matching/comparison';
import { corpusDir } from '../support/corpora';
import { loadEvaluation } from './eval-documents';
import {
  alignedBetween,
  type ConflictRecord,
  differencesIfAligned,
  overlaps,
  rightValues,
  spanOf,
  TRAP,
} from './metrics';
import { runEvaluation } from './run-evaluation';

const show = (ds: Difference[]): string =>
  ds.map((d) => `${d.kind} ${JSON.stringify(d.here)} vs ${JSON.stringify(d.there)}`).join('; ') || 'none';

const { documents } = loadEvaluation();
const run = await runEvaluation(documents);
const records = JSON.parse(readFileSync(join(corpusDir('corpus-dev2'), 'conflicts.json'), 'utf8')) as ConflictRecord[];
for (const r of records) {
  const x = `corpus-dev2/${r.a.file}`;
  const y = `corpus-dev2/${r.b.file}`;
  const dx = run.byId.get(x);
  const dy = run.byId.get(y);
  if (!dx || !dy || dx.split !== 'calibration') continue;
  const sx = spanOf(dx, r.a.text);
  const sy = spanOf(dy, r.b.text);
  if (!sx || !sy) {
    console.log(`\n## ${r.id}: sentence not found`);
    continue;
  }
  const aligned = alignedBetween(run, x, y);
  const hits = aligned.filter((p) => overlaps(dx, p.here, sx) && overlaps(dy, p.there, sy));
  const shown = hits.flatMap((h) => h.c.differences);
  const oracle = differencesIfAligned(dx, sx, dy, sy);
  const right = (ds: Difference[]) => ds.some((d) => d.kind === r.kind && rightValues(d, r.here, r.there));
  const trap = TRAP.test(r.note);
  const status = trap
    ? `trap${shown.some((d) => d.kind === 'number' || d.kind === 'date') ? ' FLAGGED' : ''}`
    : right(shown)
      ? 'RIGHT'
      : hits.length > 0
        ? 'aligned, not right'
        : 'not aligned';
  console.log(`\n## ${r.id} (${dx.lang}-${dy.lang}, ${r.kind} ${r.here} / ${r.there}): ${status}`);
  const claimsAt = (d: typeof dx, s: NonNullable<typeof sx>) =>
    d.claims.filter((c) => c.start < s.end && c.end > s.start);
  for (const c of claimsAt(dx, sx)) console.log(`A${c.index}: ${c.text}`);
  for (const c of claimsAt(dy, sy)) console.log(`B${c.index}: ${c.text}`);
  const partnersOf = (side: 'here' | 'there', indices: number[]) =>
    aligned
      .filter((p) => indices.includes(p[side]))
      .map((p) => `A${p.here}~B${p.there} ${p.c.verdict} ${p.c.score.toFixed(2)}`)
      .join(', ') || 'none';
  console.log(
    `A aligned: ${partnersOf(
      'here',
      claimsAt(dx, sx).map((c) => c.index),
    )}`,
  );
  console.log(
    `B aligned: ${partnersOf(
      'there',
      claimsAt(dy, sy).map((c) => c.index),
    )}`,
  );
  console.log(`shown: ${show(shown)}`);
  console.log(`if aligned: ${show(oracle)}${right(oracle) ? ' (right)' : ''}`);
}

// Differences shown on gold same-claim pairs that the annotation does not call a conflict of that kind.
const gold = JSON.parse(readFileSync(join(corpusDir('corpus-dev2'), 'claims-gold.json'), 'utf8')) as {
  a: { file: string; text: string };
  b: { file: string; text: string };
  same: boolean;
  conflict: string | null;
}[];
console.log('\n# Differences on gold same-claim pairs that are not the annotated conflict');
for (const g of gold) {
  const x = `corpus-dev2/${g.a.file}`;
  const y = `corpus-dev2/${g.b.file}`;
  const dx = run.byId.get(x);
  const dy = run.byId.get(y);
  if (!g.same || !dx || !dy || dx.split !== 'calibration') continue;
  const sx = spanOf(dx, g.a.text);
  const sy = spanOf(dy, g.b.text);
  if (!sx || !sy) continue;
  const hits = alignedBetween(run, x, y).filter((p) => overlaps(dx, p.here, sx) && overlaps(dy, p.there, sy));
  const wrong = hits.flatMap((h) => h.c.differences).filter((d) => d.kind !== g.conflict);
  if (wrong.length === 0) continue;
  console.log(
    `\n${g.a.file} / ${g.b.file} (conflict ${g.conflict})\nA: ${g.a.text}\nB: ${g.b.text}\n-> ${show(wrong)}`,
  );
}
