import type { ClaimDate } from '../claims/claim';

/** Dates agree when they are equal at the precision both give (`2026-01` and `2026-01-06` agree). */
export function datesCompatible(a: ClaimDate, b: ClaimDate): boolean {
  const length = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, length) === b.value.slice(0, length);
}

/** Days between two ISO dates (YYYY-MM-DD or longer), or null when either is missing. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / 86_400_000;
}
