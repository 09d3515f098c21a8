import type { Anomaly } from '../matching/comparison';
import { formatCount, formatDate, type Translate } from './translate';

/** The label keys of an anomaly kind end in its name with underscores (`anomaly_future_date`). */
export const anomalyKey = (kind: Anomaly['kind']): string => kind.replace(/-/g, '_');

/** A weekday's name in the locale, from its JS day number (0 = Sunday). */
function weekdayName(day: number, locale: string): string {
  // 2023-01-01 was a Sunday (day 0).
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** The engine's finding in words, from its data: `December 2026 is 349 days after the article was published (Jan 6, 2026)`. */
export function anomalyDetail(a: Anomaly, t: Translate, locale: string): string {
  switch (a.kind) {
    case 'future-date':
      return t('anomalyDetail_future_date', [
        formatDate(a.date, locale) ?? a.date,
        formatCount(a.days, locale),
        formatDate(a.published, locale) ?? a.published,
      ]);
    case 'weekday':
      return t('anomalyDetail_weekday', [
        formatDate(a.date, locale) ?? a.date,
        weekdayName(a.weekday, locale),
        weekdayName(a.named, locale),
      ]);
    case 'self-contradiction':
      return t('anomalyDetail_self_contradiction', [
        formatCount(a.values[0], locale),
        formatCount(a.values[1], locale),
      ]);
  }
}
