import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignedClaim, Comparison, Difference, DifferenceKind } from '../../lib/matching/comparison';
import { findDifferences } from '../../lib/matching/differences';
import { corpusAvailable, corpusDir } from '../support/corpora';
import { type EvalDocument, kindOf, type Split } from './eval-documents';
import type { EvaluationRun } from './run-evaluation';

/** One figure of the report; `--json` prints exactly these objects, one per line. */
export interface MetricRow {
  metric: string;
  value: number;
  /** `seeds`, `corpus-dev`, `corpus-dev2`, or `real` (both real corpora together). */
  corpus: string;
  split: Split | 'all';
  /** Language pair (`ru-en`) or `all`. */
  pair: string;
}

const LANG_ORDER = ['ru', 'uk', 'en'];
export const LANGUAGE_PAIRS = ['ru-ru', 'ru-uk', 'ru-en', 'uk-uk', 'uk-en', 'en-en'];
export const languagePair = (a: string, b: string): string =>
  [a, b].sort((x, y) => LANG_ORDER.indexOf(x) - LANG_ORDER.indexOf(y)).join('-');

/** Counts under every grouping a document pair belongs to: its corpus and `real`, its split and `all`, its pair and `all`. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(name: string, corpus: string, split: string, pair: string, by = 1): void {
    const corpora = corpus === 'seeds' ? [corpus] : [corpus, 'real'];
    const splits = split === 'seeds' ? [split] : [split, 'all'];
    for (const c of corpora) {
      for (const s of splits) {
        for (const p of pair === 'all' ? ['all'] : [pair, 'all']) {
          const key = [name, c, s, p].join('\u0000');
          this.counts.set(key, (this.counts.get(key) ?? 0) + by);
        }
      }
    }
  }
  get(name: string, corpus: string, split: string, pair: string): number {
    return this.counts.get([name, corpus, split, pair].join('\u0000')) ?? 0;
  }
  groups(name: string): [string, string, string][] {
    const out: [string, string, string][] = [];
    for (const key of this.counts.keys()) {
      const [n, c, s, p] = key.split('\u0000') as [string, string, string, string];
      if (n === name) out.push([c, s, p]);
    }
    return out;
  }
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);

function rows(tally: Tally, name: string, hit: string, all: string): MetricRow[] {
  return tally.groups(all).map(([corpus, split, pair]) => ({
    metric: name,
    value: ratio(tally.get(hit, corpus, split, pair), tally.get(all, corpus, split, pair)),
    corpus,
    split: split as Split | 'all',
    pair,
  }));
}

function counts(tally: Tally, name: string, metric = name): MetricRow[] {
  return tally.groups(name).map(([corpus, split, pair]) => ({
    metric,
    value: tally.get(name, corpus, split, pair),
    corpus,
    split: split as Split | 'all',
    pair,
  }));
}

const found = (run: EvaluationRun, a: string): Set<string> =>
  new Set(run.comparisons.get(a)?.stories.map((s) => s.id) ?? []);

/**
 * Same story, directed: each document against the library of all others. A pair counts in the query
 * document's corpus and split; recall over the pairs of one event, precision over all pairs reported.
 * Hard negatives: pairs of a negative and the event it looks like; same kind: other events of one kind.
 */
export function sameStoryMetrics(run: EvaluationRun): MetricRow[] {
  const t = new Tally();
  for (const a of run.documents) {
    const got = found(run, a.id);
    for (const b of run.documents) {
      if (a.id === b.id || a.article.contentHash === b.article.contentHash) continue;
      const pair = languagePair(a.lang, b.lang);
      const same = a.event === b.event;
      const matched = got.has(b.id);
      if (same) {
        t.add('positive', a.corpus, a.split, pair);
        if (matched) t.add('true', a.corpus, a.split, pair);
      }
      if (matched) t.add('reported', a.corpus, a.split, pair);
      if (matched && !same) t.add('false', a.corpus, a.split, pair);
      const negative = a.negativeOf === b.event || b.negativeOf === a.event;
      if (negative) {
        t.add('negative_pairs', a.corpus, a.split, 'all');
        if (matched) t.add('negative_matched', a.corpus, a.split, 'all');
      }
      const kind = kindOf(a.event);
      if (!same && !negative && kind !== undefined && kind === kindOf(b.event)) {
        t.add('kind_pairs', a.corpus, a.split, 'all');
        if (matched) t.add('kind_matched', a.corpus, a.split, 'all');
      }
    }
  }
  return [
    ...rows(t, 'same_story_recall', 'true', 'positive'),
    ...counts(t, 'positive', 'same_story_pairs'),
    ...rows(t, 'same_story_precision', 'true', 'reported'),
    ...counts(t, 'false', 'other_event_matched'),
    ...counts(t, 'negative_matched', 'hard_negatives_matched'),
    ...counts(t, 'negative_pairs', 'hard_negative_pairs'),
    ...counts(t, 'kind_matched', 'same_kind_other_event_matched'),
    ...counts(t, 'kind_pairs', 'same_kind_other_event_pairs'),
  ];
}

const flat = (s: string): string => s.replace(/\s+/g, ' ');

interface Span {
  start: number;
  end: number;
}

/** Where an exact stretch of a corpus file sits in the document's article text. */
export function spanOf(doc: EvalDocument, text: string): Span | null {
  const at = flat(doc.article.text).indexOf(flat(text).trim());
  return at < 0 ? null : { start: at, end: at + flat(text).trim().length };
}

export const overlaps = (doc: EvalDocument, claimIndex: number, span: Span): boolean => {
  const c = doc.claims[claimIndex];
  return c !== undefined && c.start < span.end && c.end > span.start;
};

/** Same-fact claim pairs the reader is shown between two documents, from either document's comparison. */
export function alignedBetween(
  run: EvaluationRun,
  a: string,
  b: string,
): { here: number; there: number; c: AlignedClaim }[] {
  const out: { here: number; there: number; c: AlignedClaim }[] = [];
  for (const c of run.comparisons.get(a)?.stories.find((s) => s.id === b)?.claims ?? []) {
    if (c.verdict !== 'related') out.push({ here: c.hereIndex, there: c.thereIndex, c });
  }
  for (const c of run.comparisons.get(b)?.stories.find((s) => s.id === a)?.claims ?? []) {
    if (c.verdict !== 'related') out.push({ here: c.thereIndex, there: c.hereIndex, c });
  }
  return out;
}

interface GoldSide {
  file: string;
  text: string;
}
interface GoldPair {
  a: GoldSide;
  b: GoldSide;
  same: boolean;
  conflict: DifferenceKind | null;
}
export interface ConflictRecord {
  id: string;
  kind: DifferenceKind;
  a: GoldSide;
  b: GoldSide;
  here: string;
  there: string;
  note: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/**
 * Claim pairs of corpus-dev2's claims-gold.json as the reader sees them (aligned same-fact claims of two
 * documents matched as one story, from either side). Recall over the `same: true` pairs; precision over
 * the aligned pairs both of whose claims hold an annotated sentence of that document pair: right when
 * the annotation links them as the same claim. Also the share of differences shown on gold same-claim
 * pairs that the annotation calls a conflict of that kind.
 */
export function claimGoldMetrics(run: EvaluationRun): MetricRow[] {
  if (!corpusAvailable('corpus-dev2')) return [];
  const gold = readJson<GoldPair[]>(join(corpusDir('corpus-dev2'), 'claims-gold.json'));
  const t = new Tally();
  const id = (file: string): string => `corpus-dev2/${file}`;
  const byDocs = new Map<string, GoldPair[]>();
  for (const g of gold) {
    const key = [id(g.a.file), id(g.b.file)].sort().join('|');
    byDocs.set(key, [...(byDocs.get(key) ?? []), g]);
  }
  for (const [key, records] of byDocs) {
    const [x, y] = key.split('|') as [string, string];
    const dx = run.byId.get(x);
    const dy = run.byId.get(y);
    if (!dx || !dy) continue;
    const pair = languagePair(dx.lang, dy.lang);
    const split = dx.split;
    const aligned = alignedBetween(run, x, y);
    const sides = records.map((g) => {
      const [gx, gy] = id(g.a.file) === x ? [g.a, g.b] : [g.b, g.a];
      return { g, sx: spanOf(dx, gx.text), sy: spanOf(dy, gy.text) };
    });
    for (const { g, sx, sy } of sides) {
      if (!g.same || !sx || !sy) continue;
      t.add('gold', 'corpus-dev2', split, pair);
      const hits = aligned.filter((p) => overlaps(dx, p.here, sx) && overlaps(dy, p.there, sy));
      if (hits.length > 0) t.add('gold_found', 'corpus-dev2', split, pair);
      const shown = new Map<string, Difference>();
      for (const h of hits) for (const d of h.c.differences) shown.set(`${d.kind}|${d.here}|${d.there}`, d);
      for (const d of shown.values()) {
        t.add('differences', 'corpus-dev2', split, 'all');
        if (d.kind === g.conflict) t.add('differences_real', 'corpus-dev2', split, 'all');
      }
      const oracle = new Map<string, Difference>();
      for (const d of differencesIfAligned(dx, sx, dy, sy)) oracle.set(`${d.kind}|${d.here}|${d.there}`, d);
      for (const d of oracle.values()) {
        t.add('differences_if_aligned', 'corpus-dev2', split, 'all');
        if (d.kind === g.conflict) t.add('differences_real_if_aligned', 'corpus-dev2', split, 'all');
      }
    }
    const judged = new Set<string>();
    for (const p of aligned) {
      const onX = sides.filter((s) => s.sx && overlaps(dx, p.here, s.sx));
      const onY = sides.filter((s) => s.sy && overlaps(dy, p.there, s.sy));
      if (onX.length === 0 || onY.length === 0) continue;
      const k = `${p.here}|${p.there}`;
      if (judged.has(k)) continue;
      judged.add(k);
      t.add('aligned', 'corpus-dev2', split, pair);
      if (onX.some((s) => s.g.same && onY.includes(s))) t.add('aligned_right', 'corpus-dev2', split, pair);
    }
  }
  return [
    ...rows(t, 'claim_pair_recall', 'gold_found', 'gold'),
    ...counts(t, 'gold', 'claim_pair_gold'),
    ...rows(t, 'claim_pair_precision', 'aligned_right', 'aligned'),
    ...rows(t, 'differences_real_share', 'differences_real', 'differences'),
    ...counts(t, 'differences', 'differences_on_gold_pairs'),
    ...rows(t, 'differences_real_share_if_aligned', 'differences_real_if_aligned', 'differences_if_aligned'),
    ...counts(t, 'differences_if_aligned', 'differences_on_gold_pairs_if_aligned'),
  ];
}

/** Numbers written in a phrase (`1,644`, `49,88%`, `114-112`), normalised for comparison. */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d\s\u00A0,.]*\d|\d/g)) {
    const raw = m[0].replace(/[\s\u00A0]/g, '');
    out.add(raw.replace(/[,.](?=\d{3}(\D|$))/g, '').replace(',', '.'));
  }
  return out;
}

export const TRAP = /TRAP, compatible/;

/** Numbers a difference shows on one side: written in its phrase, or its figure's value (`six people` → 6). */
function shownNumbers(d: Difference, side: 'here' | 'there'): Set<string> {
  const out = numbersIn(side === 'here' ? d.here : d.there);
  const f = d.values[side].figure;
  for (const v of [f?.value, f?.high, f?.versus]) if (v !== undefined) out.add(String(v));
  return out;
}

/**
 * Differences the engine finds between the claims holding two annotated sentences, as if the aligner had
 * paired them: what the figure, date and attribution readers get right whatever the alignment.
 */
export function differencesIfAligned(dx: EvalDocument, sx: Span, dy: EvalDocument, sy: Span): Difference[] {
  const at = (d: EvalDocument, s: Span) => d.claims.filter((c) => c.start < s.end && c.end > s.start);
  const out: Difference[] = [];
  for (const a of at(dx, sx)) {
    for (const b of at(dy, sy)) {
      out.push(
        ...findDifferences(
          { claim: a, outlet: dx.article.outlet, published: dx.article.published },
          { claim: b, outlet: dy.article.outlet, published: dy.article.published },
        ),
      );
    }
  }
  return out;
}

/** The span of the first claim of a document holding a phrase, for corpus-dev's phrase-level conflicts. */
function phraseSpan(doc: EvalDocument, phrase: string): Span | null {
  const c = doc.claims.find((x) => x.text.includes(phrase));
  return c ? { start: c.start, end: c.end } : null;
}

/**
 * Whether a shown difference carries both values of a gold conflict, each on its own side. An
 * attribution conflict's values are its sources, which its annotation may give with the figures each
 * credits (`70 dead per SHOT`, `more than 60 dead per СК РФ`): the sources shown, one in each, are right.
 */
export function rightValues(d: Difference, here: string, there: string): boolean {
  if (d.kind === 'attribution' && namesBoth(d, here, there)) return true;
  const h = numbersIn(here);
  const th = numbersIn(there);
  const onlyHere = [...h].filter((n) => !th.has(n));
  const onlyThere = [...th].filter((n) => !h.has(n));
  if (onlyHere.length === 0 || onlyThere.length === 0) return true;
  const dx = shownNumbers(d, 'here');
  const dy = shownNumbers(d, 'there');
  const side = (nums: string[], got: Set<string>): boolean => nums.some((n) => got.has(n));
  return (side(onlyHere, dx) && side(onlyThere, dy)) || (side(onlyHere, dy) && side(onlyThere, dx));
}

/** Whether an attribution difference names a source written in each of two sentences, one per side. */
function namesBoth(d: Difference, a: string, b: string): boolean {
  const fa = flat(a);
  const fb = flat(b);
  const holds = (text: string, phrase: string) => phrase.trim().length > 0 && text.includes(flat(phrase).trim());
  return (holds(fa, d.here) && holds(fb, d.there)) || (holds(fa, d.there) && holds(fb, d.here));
}

/**
 * Conflicts of corpus-dev2's conflicts.json: a real one (not a "TRAP, compatible") is flagged right when
 * the two annotated sentences are aligned and a difference of its kind shows both values; a trap is
 * flagged (wrongly) when a number or date difference is shown on it. corpus-dev's conflicts (from its
 * README, test/eval/corpus-dev-conflicts.json) are flagged right when a difference of the kind holds
 * both phrases.
 */
export function conflictMetrics(run: EvaluationRun): MetricRow[] {
  const t = new Tally();
  if (corpusAvailable('corpus-dev2')) {
    const records = readJson<ConflictRecord[]>(join(corpusDir('corpus-dev2'), 'conflicts.json'));
    for (const r of records) {
      const x = `corpus-dev2/${r.a.file}`;
      const y = `corpus-dev2/${r.b.file}`;
      const dx = run.byId.get(x);
      const dy = run.byId.get(y);
      if (!dx || !dy) continue;
      const sx = spanOf(dx, r.a.text);
      const sy = spanOf(dy, r.b.text);
      const pair = languagePair(dx.lang, dy.lang);
      const aligned = sx && sy ? alignedBetween(run, x, y) : [];
      const hits = aligned.filter((p) => sx && sy && overlaps(dx, p.here, sx) && overlaps(dy, p.there, sy));
      // A source is often named in the sentence after the figure it is credited to (`2 719 тел.` / `Об этом
      // сообщило ЦТ Китая…`): an attribution difference naming a source from each annotated sentence shows the
      // annotated conflict on whichever claims carry it.
      const carried = aligned.flatMap((p) =>
        p.c.differences.filter((d) => d.kind === 'attribution' && namesBoth(d, r.a.text, r.b.text)),
      );
      const differences = [...hits.flatMap((h) => h.c.differences), ...carried];
      const oracle = sx && sy ? differencesIfAligned(dx, sx, dy, sy) : [];
      if (TRAP.test(r.note)) {
        t.add('traps', 'corpus-dev2', dx.split, pair);
        const wrong = (ds: Difference[]) => ds.some((d) => d.kind === 'number' || d.kind === 'date');
        if (wrong(differences)) t.add('traps_flagged', 'corpus-dev2', dx.split, pair);
        if (wrong(oracle)) t.add('traps_flagged_if_aligned', 'corpus-dev2', dx.split, pair);
        continue;
      }
      t.add('conflicts', 'corpus-dev2', dx.split, pair);
      if (hits.length > 0 || carried.length > 0) t.add('conflicts_aligned', 'corpus-dev2', dx.split, pair);
      if (differences.length > 0) t.add('conflicts_flagged', 'corpus-dev2', dx.split, pair);
      const right = (ds: Difference[]) => ds.some((d) => d.kind === r.kind && rightValues(d, r.here, r.there));
      if (right(differences)) t.add('conflicts_right', 'corpus-dev2', dx.split, pair);
      if (right(oracle)) t.add('conflicts_right_if_aligned', 'corpus-dev2', dx.split, pair);
    }
  }
  if (corpusAvailable('corpus-dev')) {
    const { conflicts } = readJson<{
      conflicts: { a: string; b: string; kind: DifferenceKind; here: string; there: string }[];
    }>(join(import.meta.dirname, 'corpus-dev-conflicts.json'));
    const byPrefix = (p: string): EvalDocument | undefined =>
      run.documents.find((d) => d.corpus === 'corpus-dev' && d.file.startsWith(`${p}_`));
    for (const c of conflicts) {
      const dx = byPrefix(c.a);
      const dy = byPrefix(c.b);
      if (!dx || !dy) continue;
      const pair = languagePair(dx.lang, dy.lang);
      t.add('conflicts', 'corpus-dev', dx.split, pair);
      const holds = (d: Difference): boolean =>
        d.kind === c.kind &&
        [d.here, d.there].some((s) => s.includes(c.here)) &&
        [d.here, d.there].some((s) => s.includes(c.there));
      const aligned = alignedBetween(run, dx.id, dy.id).filter(
        (p) =>
          ((dx.claims[p.here]?.text.includes(c.here) ?? false) &&
            (dy.claims[p.there]?.text.includes(c.there) ?? false)) ||
          ((dx.claims[p.here]?.text.includes(c.there) ?? false) &&
            (dy.claims[p.there]?.text.includes(c.here) ?? false)),
      );
      if (aligned.length > 0) t.add('conflicts_aligned', 'corpus-dev', dx.split, pair);
      if (alignedBetween(run, dx.id, dy.id).some((p) => p.c.differences.some(holds))) {
        t.add('conflicts_right', 'corpus-dev', dx.split, pair);
      }
      const sx = phraseSpan(dx, c.here) ?? phraseSpan(dx, c.there);
      const sy = phraseSpan(dy, c.there) ?? phraseSpan(dy, c.here);
      if (sx && sy && differencesIfAligned(dx, sx, dy, sy).some(holds)) {
        t.add('conflicts_right_if_aligned', 'corpus-dev', dx.split, pair);
      }
    }
  }
  return [
    ...rows(t, 'conflicts_flagged_right', 'conflicts_right', 'conflicts'),
    ...counts(t, 'conflicts', 'conflicts_annotated'),
    ...counts(t, 'conflicts_right', 'conflicts_right_count'),
    ...counts(t, 'conflicts_aligned', 'conflicts_aligned'),
    ...rows(t, 'conflicts_flagged_right_if_aligned', 'conflicts_right_if_aligned', 'conflicts'),
    ...counts(t, 'traps_flagged', 'traps_flagged'),
    ...counts(t, 'traps_flagged_if_aligned', 'traps_flagged_if_aligned'),
    ...counts(t, 'traps', 'traps_annotated'),
  ];
}

/** All metrics of one run. */
export function evaluationMetrics(run: EvaluationRun): MetricRow[] {
  return [...sameStoryMetrics(run), ...claimGoldMetrics(run), ...conflictMetrics(run)];
}

export type { Comparison };
