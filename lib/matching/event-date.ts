import type { Claim } from '../claims/claim';
import { DAY_MS } from '../text/day-ms';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { leadClaims, maxLeadDaysBefore, maxLeadDaysAfter } = MATCHER_TUNABLES.sameStory;

/**
 * The days a document reports on: the first date of its headline and lead (its first leadClaims
 * claims), resolved against the publication day (`сегодня, 12 марта`, `on Sunday`), else the publication
 * day itself. A report weeks later that leads with the event's date (`Ограбление Лувра в октябре`) is
 * still about that event; one that leads with a new day (`сегодня, 31 січня` after a crash on the 24th)
 * reports something else that happened then.
 */
export interface EventDays {
  /** First and last day (epoch days) the date covers: one day, or a whole month (`в октябре`). */
  first: number;
  last: number;
}

const dayOf = (iso: string): number | null => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
};

function daysOf(value: string): EventDays | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = dayOf(value);
    return d === null ? null : { first: d, last: d };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const first = dayOf(`${value}-01`);
    const next = new Date(Date.UTC(Number(month[1]), Number(month[2]), 1)).getTime() / DAY_MS;
    return first === null ? null : { first, last: next - 1 };
  }
  return null;
}

// Claims do not change once analysed, and every comparison asks again for the candidates' event days.
const cache = new WeakMap<readonly Claim[], EventDays | null>();

export function eventDays(claims: readonly Claim[], published: string | null): EventDays | null {
  if (cache.has(claims)) return cache.get(claims) ?? null;
  const pub = published ? dayOf(published.slice(0, 10)) : null;
  let found: EventDays | null = null;
  for (const claim of claims.slice(0, leadClaims)) {
    for (const date of claim.dates) {
      const days = daysOf(date.value);
      if (!days) continue;
      if (pub !== null && (days.last < pub - maxLeadDaysBefore || days.first > pub + maxLeadDaysAfter)) continue;
      found = days;
      break;
    }
    if (found) break;
  }
  if (!found && pub !== null) found = { first: pub, last: pub };
  cache.set(claims, found);
  return found;
}

/** Days between the spans two documents report on (0 when they overlap), null when either is unknown. */
export function eventGap(a: EventDays | null, b: EventDays | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, a.first - b.last, b.first - a.last);
}
