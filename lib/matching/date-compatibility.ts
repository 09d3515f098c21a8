import type { ClaimDate } from '../claims/claim';
import { DAY_MS } from '../text/day-ms';

const WEEK_DAYS = 7;

/**
 * Dates agree when they are equal at the precision both give (`2026-01` and `2026-01-06` agree). A weekday
 * without a calendar day (`в пятницу`) agrees with any day of that weekday within a week of the parser's
 * guess: whether it meant the Friday before publication or after is the tense's, which the parser does
 * not read; and with the day before or after it, unless either side names the daytime (see below).
 */
export function datesCompatible(a: ClaimDate, b: ClaimDate): boolean {
  const length = Math.min(a.value.length, b.value.length);
  if (a.value.slice(0, length) === b.value.slice(0, length)) return true;
  if (length < 10 || !(a.weekday || b.weekday)) return false;
  const days = daysBetween(a.value, b.value);
  // A weekday is the day where the outlet is: an evening or night event (a fight on Saturday night in
  // Riyadh) is already the next day in another time zone, so a day apart agrees unless a side says the
  // day's daytime (`Thursday morning` against `early Friday` cannot both be right).
  if (days === 1) return !a.daytime && !b.daytime;
  return days === WEEK_DAYS;
}

/** Days between two ISO dates (YYYY-MM-DD or longer), or null when either is missing. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / DAY_MS;
}
