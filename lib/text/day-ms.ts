/** Milliseconds in a day: dates are compared as UTC days (publication days, event days, feed ages). */
export const DAY_MS = 86_400_000;
