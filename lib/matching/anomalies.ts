import type { Claim, ClaimDate, Figure } from '../claims/claim';
import type { Article } from '../extraction/article';
import { LANGUAGE_PACKS } from '../languages';
import { alternation } from '../languages/word-patterns';
import { DAY_MS } from '../text/day-ms';
import { claimSimilarity, type TermWeights, type WeightedClaim, weighClaim } from './claim-similarity';
import type { Anomaly, AnomalyCounts } from './comparison';
import { figuresCompatible, rivalQuantity } from './figure-compatibility';
import { isStatement } from './statement';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { futureMarginDays, weekdayReach, selfSameClaim, limits } = MATCHER_TUNABLES.anomalies;

// Weekday words by JS day number (0 = Sunday), matched on lower-cased text: every language pack's
// (lib/languages/<code>/dates.json; a stem ends in `*`).
const WEEKDAYS: readonly RegExp[] = Array.from(
  { length: 7 },
  (_, day) =>
    new RegExp(
      String.raw`(?<!\p{L})${alternation(LANGUAGE_PACKS.flatMap((p) => p.dates.weekdays[day] ?? []))}(?!\p{L})`,
      'u',
    ),
);

/** The anomalies of one article: the first few of each kind, and how many of each there are. */
export interface AnomalyReport {
  anomalies: Anomaly[];
  counts: AnomalyCounts;
}

/** What every anomaly producer reads: the article, its claims and their term weights. */
export interface AnomalyInput {
  article: Article;
  claims: readonly Claim[];
  weights: TermWeights;
  /** The article's publication day as a UTC time, NaN when the page gives none. */
  published: number;
}

/** Finds the anomalies of one kind in an article and adds them to the list. */
export type AnomalyProducer = (input: AnomalyInput, out: AnomalyList) => void;

/** Counts every anomaly, keeps the first `listedPerKind` of each kind, and counts a repeated finding once. */
class AnomalyList {
  readonly counts = Object.fromEntries(ANOMALY_KINDS.map((kind) => [kind, 0])) as AnomalyCounts;
  readonly listed: Anomaly[] = [];
  private readonly seen = new Set<string>();

  add(anomaly: Anomaly, key: string): void {
    const kindKey = `${anomaly.kind}\u0000${key}`;
    if (this.seen.has(kindKey)) return;
    this.seen.add(kindKey);
    this.counts[anomaly.kind] += 1;
    if (this.counts[anomaly.kind] <= limits.listedPerKind) this.listed.push(anomaly);
  }
}

/** Earliest day a date value can mean, honouring `в конце`/`в середине` (`2026-12` + end → 21 Dec). */
function earliestDay(date: ClaimDate): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.value);
  if (!m) return null;
  const dayOfMonth = m[3] ? Number(m[3]) : date.part === 'end' ? 21 : date.part === 'mid' ? 11 : 1;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, dayOfMonth);
}

/** `future-date`: a dated event well past the article's own publication. */
function futureDates({ claims, published }: AnomalyInput, out: AnomalyList): void {
  if (Number.isNaN(published)) return;
  for (const claim of claims) futureDatesIn(claim, published, out);
}

function futureDatesIn(claim: Claim, published: number, out: AnomalyList): void {
  for (const date of claim.dates) {
    // Relative dates are resolved from the publication day itself, and a bare year is often a plan.
    if (date.relative) continue;
    const earliest = earliestDay(date);
    if (earliest === null || earliest - published <= futureMarginDays * DAY_MS) continue;
    const days = Math.round((earliest - published) / DAY_MS);
    const publishedDay = new Date(published).toISOString().slice(0, 10);
    out.add(
      {
        kind: 'future-date',
        text: date.text.trim(),
        claim: claim.index,
        date: date.value,
        published: publishedDay,
        days,
      },
      `${claim.index}:${date.start}`,
    );
  }
}

/** `weekday`: a weekday named next to a date it does not fit. */
function weekdayMismatches({ article, claims }: AnomalyInput, out: AnomalyList): void {
  for (const claim of claims) weekdayMismatchesIn(claim, article.text, out);
}

function weekdayMismatchesIn(claim: Claim, text: string, out: AnomalyList): void {
  for (const date of claim.dates) {
    if (date.relative || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) continue;
    const from = Math.max(claim.start, date.start - weekdayReach);
    const to = Math.min(claim.end, date.end + weekdayReach);
    const near = text.slice(from, to).toLowerCase();
    const actual = new Date(`${date.value}T12:00:00Z`).getUTCDay();
    const named = WEEKDAYS.findIndex((re) => re.test(near));
    if (named < 0 || named === actual || WEEKDAYS[actual]?.test(near)) continue;
    out.add(
      {
        kind: 'weekday',
        text: text.slice(from, to).trim(),
        claim: claim.index,
        date: date.value,
        weekday: actual,
        named,
      },
      `${claim.index}:${date.start}`,
    );
  }
}

/** Counts that can contradict another claim's: a counted noun, not an ordinal, not a percentage. */
function countFigures(claim: Claim): Figure[] {
  // Percentages in one article measure many different shares; only counts can contradict.
  return claim.figures.filter((f) => f.noun && f.noun !== '%' && !f.ordinal);
}

function contradictions(a: WeightedClaim, b: WeightedClaim, out: AnomalyList): void {
  for (const f of countFigures(a.claim)) {
    const same = b.claim.figures.filter((g) => rivalQuantity(f, g));
    if (same.length === 0 || same.some((g) => figuresCompatible(f, g))) continue;
    const g = same[0] as Figure;
    // One disagreement (27 vs 30 leaders) repeated across sentences is one finding.
    const low = Math.min(f.value, g.value);
    const high = Math.max(f.value, g.value);
    out.add(
      {
        kind: 'self-contradiction',
        text: `${f.text} / ${g.text}`,
        claim: a.claim.index,
        values: [f.value, g.value],
      },
      `${f.noun}:${low}:${high}`,
    );
  }
}

/**
 * `self-contradiction`: two statements of one article that say the same thing with different counts of
 * the same noun. Only claims counting the same noun can contradict each other, so each claim is compared
 * with the last few earlier claims counting its nouns, within a fixed budget: linear in the article,
 * never all pairs.
 */
function selfContradictions({ claims, weights }: AnomalyInput, out: AnomalyList): void {
  const byNoun = new Map<string, WeightedClaim[]>();
  let examined = 0;
  let budget = limits.comparisons;
  for (const claim of claims) {
    if (examined >= limits.countedClaims || budget <= 0) return;
    if (!isStatement(claim)) continue;
    const nouns = [...new Set(countFigures(claim).map((f) => f.noun))];
    if (nouns.length === 0) continue;
    examined++;
    const b = weighClaim(claim, weights);
    const compared = new Set<WeightedClaim>();
    for (const noun of nouns) {
      const earlier = byNoun.get(noun) ?? [];
      for (let i = earlier.length - 1; i >= 0 && budget > 0; i--) {
        const a = earlier[i] as WeightedClaim;
        if (compared.has(a) || a.claim.sentence === claim.sentence) continue;
        compared.add(a);
        budget--;
        if (claimSimilarity(a, b) < selfSameClaim) continue;
        contradictions(a, b, out);
      }
      earlier.push(b);
      if (earlier.length > limits.nounWindow) earlier.shift();
      byNoun.set(noun, earlier);
    }
  }
}

/**
 * Every kind of anomaly the engine reports, declared here once with the function that finds it.
 * `AnomalyKind` is read from these keys, and test/unit/architecture/kinds.test.ts checks that each kind
 * has its labels in the en/ru/uk locale files and a unit test that produces it.
 */
export const ANOMALY_PRODUCERS = {
  'future-date': futureDates,
  weekday: weekdayMismatches,
  'self-contradiction': selfContradictions,
} as const satisfies Record<string, AnomalyProducer>;

export type AnomalyKind = keyof typeof ANOMALY_PRODUCERS;

/** The anomaly kinds in the order the popup, the CLI and the exports list them. */
export const ANOMALY_KINDS = Object.keys(ANOMALY_PRODUCERS) as AnomalyKind[];

/**
 * Slips inside one article: dates past its own publication, weekdays that do not fit, counts that
 * disagree. Returns the first few of each kind, in article order, and the count of each, never a list
 * as long as the text.
 */
export function findAnomalies(article: Article, claims: readonly Claim[], weights: TermWeights): AnomalyReport {
  const published = article.published ? Date.parse(article.published.slice(0, 10)) : Number.NaN;
  const input: AnomalyInput = { article, claims, weights, published };
  const out = new AnomalyList();
  for (const kind of ANOMALY_KINDS) ANOMALY_PRODUCERS[kind](input, out);
  // Stable: within one claim, kinds keep the registry's order.
  const anomalies = [...out.listed].sort((a, b) => a.claim - b.claim);
  return { anomalies, counts: out.counts };
}
