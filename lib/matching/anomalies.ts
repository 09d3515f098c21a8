import type { Claim, ClaimDate } from '../claims/claim';
import type { Article } from '../extraction/article';
import { claimSimilarity, type TermWeights, weighClaim } from './claim-similarity';
import type { Anomaly } from './comparison';
import { figuresCompatible, rivalQuantity } from './figure-compatibility';
import { isStatement } from './statement';
import { SELF_SAME_CLAIM } from './thresholds';

/**
 * A dated event this far past publication is more likely a slip (`в конце декабря 2026 года` in a
 * text of 2026-01-06) than an announcement: a month covers the meetings and votes news announces.
 */
const FUTURE_MARGIN_DAYS = 31;
const DAY = 86_400_000;
/** How far a weekday word may stand from the date it names (`во вторник, 6 января`). */
const WEEKDAY_REACH = 24;

// Weekday words by JS day number (0 = Sunday), matched on lower-cased text.
const WEEKDAYS: readonly RegExp[] = [
  /(?<!\p{L})(воскресень|неділ|sunday)/u,
  /(?<!\p{L})(понедельник|понеділ|monday)/u,
  /(?<!\p{L})(вторник|вівтор|tuesday)/u,
  /(?<!\p{L})(сред[аушы](?!\p{L})|середа|середу|wednesday)/u,
  /(?<!\p{L})(четверг|четвер|thursday)/u,
  /(?<!\p{L})(пятниц|п'ятниц|п’ятниц|friday)/u,
  /(?<!\p{L})(суббот|субот|saturday)/u,
];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Earliest day a date value can mean, honouring `в конце`/`в середине` (`2026-12` + end → 21 Dec). */
function earliestDay(date: ClaimDate): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.value);
  if (!m) return null;
  const dayOfMonth = m[3] ? Number(m[3]) : date.part === 'end' ? 21 : date.part === 'mid' ? 11 : 1;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, dayOfMonth);
}

function futureDates(claim: Claim, published: number): Anomaly[] {
  const out: Anomaly[] = [];
  for (const date of claim.dates) {
    // Relative dates are resolved from the publication day itself, and a bare year is often a plan.
    if (date.relative) continue;
    const earliest = earliestDay(date);
    if (earliest === null || earliest - published <= FUTURE_MARGIN_DAYS * DAY) continue;
    const days = Math.round((earliest - published) / DAY);
    out.push({
      kind: 'future-date',
      text: date.text.trim(),
      detail: `${date.value} is ${days} days after the article's publication date (${new Date(published).toISOString().slice(0, 10)})`,
      claim: claim.index,
    });
  }
  return out;
}

function weekdayMismatches(claim: Claim, text: string): Anomaly[] {
  const out: Anomaly[] = [];
  for (const date of claim.dates) {
    if (date.relative || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) continue;
    const from = Math.max(claim.start, date.start - WEEKDAY_REACH);
    const to = Math.min(claim.end, date.end + WEEKDAY_REACH);
    const near = text.slice(from, to).toLowerCase();
    const actual = new Date(`${date.value}T12:00:00Z`).getUTCDay();
    const named = WEEKDAYS.findIndex((re) => re.test(near));
    if (named < 0 || named === actual || WEEKDAYS[actual]?.test(near)) continue;
    out.push({
      kind: 'weekday',
      text: text.slice(from, to).trim(),
      detail: `${date.value} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[named]}`,
      claim: claim.index,
    });
  }
  return out;
}

/** Two statements of one article that say the same thing with different counts of the same noun. */
function selfContradictions(claims: readonly Claim[], weights: TermWeights): Anomaly[] {
  const out: Anomaly[] = [];
  const counted = claims.filter((c) => isStatement(c) && c.figures.some((f) => f.noun && !f.ordinal));
  const weighted = counted.map((c) => weighClaim(c, weights));
  for (let i = 0; i < weighted.length; i++) {
    for (let j = i + 1; j < weighted.length; j++) {
      const a = weighted[i] as (typeof weighted)[number];
      const b = weighted[j] as (typeof weighted)[number];
      if (a.claim.sentence === b.claim.sentence || claimSimilarity(a, b) < SELF_SAME_CLAIM) continue;
      for (const f of a.claim.figures) {
        // Percentages in one article measure many different shares; only counts can contradict.
        if (f.noun === '%') continue;
        const same = b.claim.figures.filter((g) => rivalQuantity(f, g));
        if (same.length === 0 || same.some((g) => figuresCompatible(f, g))) continue;
        const g = same[0] as (typeof same)[number];
        out.push({
          kind: 'self-contradiction',
          text: `${f.text} / ${g.text}`,
          detail: `the article gives ${f.value} and ${g.value} for the same count`,
          claim: a.claim.index,
        });
      }
    }
  }
  return out;
}

/** Slips inside one article: dates past its own publication, weekdays that do not fit, counts that disagree. */
export function findAnomalies(article: Article, claims: readonly Claim[], weights: TermWeights): Anomaly[] {
  const published = article.published ? Date.parse(article.published.slice(0, 10)) : Number.NaN;
  const out: Anomaly[] = [];
  for (const claim of claims) {
    if (!Number.isNaN(published)) out.push(...futureDates(claim, published));
    out.push(...weekdayMismatches(claim, article.text));
  }
  out.push(...selfContradictions(claims, weights));
  return out;
}
