/**
 * Why corpus-dev2's gold claim pairs of the calibration half are or are not aligned: for each pair, the
 * claims holding the two sentences, the pair's score and evidence as the aligner sees them, and the keys
 * they share. A development aid (`npx tsx test/eval/explain-claim-gold.ts`); it reads only the calibration
 * half, so what it shows can be fitted on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignClaims } from '../../lib/matching/align-claims';
import { scoreClaimPairs } from '../../lib/matching/claim-pair-scores';
import { findDifferences } from '../../lib/matching/differences';
import { matchKeys } from '../../lib/matching/match-terms';
import { MemoryCorpus } from '../../lib/matching/memory-corpus';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { corpusDir } from '../support/corpora';
import { loadEvaluation } from './eval-documents';

interface Side {
  file: string;
  text: string;
}
const gold = JSON.parse(readFileSync(join(corpusDir('corpus-dev2'), 'claims-gold.json'), 'utf8')) as {
  a: Side;
  b: Side;
  same: boolean;
  conflict: string | null;
}[];
const { documents } = loadEvaluation();
const byFile = new Map(documents.filter((d) => d.corpus === 'corpus-dev2').map((d) => [d.file, d]));
const library = new MemoryCorpus(loadLexiconFromDisk().background);
for (const d of documents) library.add(d.id, d.article, d.claims);
const weights = library.index;
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const claimAt = (file: string, text: string) => {
  const d = byFile.get(file);
  if (!d) return undefined;
  const at = flat(d.article.text).indexOf(flat(text).trim());
  return d.claims.find((c) => c.start <= at + 5 && c.end > at);
};
for (const g of gold) {
  const da = byFile.get(g.a.file);
  const db = byFile.get(g.b.file);
  if (!da || !db || da.split !== 'calibration' || !g.same) continue;
  const ca = claimAt(g.a.file, g.a.text);
  const cb = claimAt(g.b.file, g.b.text);
  if (!ca || !cb) {
    console.log(`\n## ${g.a.file} / ${g.b.file}: sentence not found as a claim (${!!ca}, ${!!cb})`);
    continue;
  }
  const pairs = scoreClaimPairs(da.claims, db.claims, weights);
  const p = pairs.find((x) => x.here === ca.index && x.there === cb.index);
  const kb = new Set(matchKeys(cb).keys);
  const shared = matchKeys(ca).keys.filter((k) => kb.has(k));
  console.log(`\n## ${da.lang}-${db.lang} ${g.a.file} / ${g.b.file} conflict=${g.conflict}`);
  console.log(`A: ${ca.text}\nB: ${cb.text}`);
  console.log(
    p
      ? `score ${p.score.toFixed(3)} units ${p.units} names ${p.names} persons ${p.persons} figure ${p.figure}`
      : 'no scored pair',
  );
  console.log(`shared: ${shared.join(' ')}`);
  const diffs = findDifferences(
    { claim: ca, outlet: da.article.outlet, published: da.article.published },
    { claim: cb, outlet: db.article.outlet, published: db.article.published },
  );
  console.log(
    `differences: ${diffs.map((d) => `${d.kind} ${JSON.stringify(d.here)} vs ${JSON.stringify(d.there)}`).join('; ') || 'none'}`,
  );
  const aligned = alignClaims(da.claims, db.claims, weights);
  const mine = aligned.filter((x) => x.hereIndex === ca.index || x.thereIndex === cb.index);
  const show = (i: number, j: number) => `${i === ca.index ? 'A' : `a${i}`}~${j === cb.index ? 'B' : `b${j}`}`;
  console.log(
    `aligned: ${mine.map((x) => `${show(x.hereIndex, x.thereIndex)} ${x.same ? 'same' : 'related'} ${x.score.toFixed(2)}`).join(', ') || 'none'}`,
  );
  for (const x of mine.filter((x) => x.same && !(x.hereIndex === ca.index && x.thereIndex === cb.index))) {
    console.log(
      `   ${show(x.hereIndex, x.thereIndex)}: ${(x.hereIndex === ca.index ? db.claims[x.thereIndex] : da.claims[x.hereIndex])?.text.slice(0, 140)}`,
    );
  }
  if (process.argv.includes('--figures')) {
    const f = (c: typeof ca) =>
      c.figures
        .map(
          (x) =>
            `${x.value}${x.qualifier === 'exact' ? '' : x.qualifier} ${x.noun}${x.role ? `/${x.role}` : ''}${x.scope ? ` in ${x.scope}` : ''}${x.count ? ` ${x.count}` : ''}`,
        )
        .join(', ');
    console.log(`A figures: ${f(ca)}\nB figures: ${f(cb)}`);
  }
  if (process.argv.includes('--keys')) {
    console.log(`A keys: ${matchKeys(ca).keys.join(' ')}`);
    console.log(`B keys: ${[...kb].join(' ')}`);
  }
}
