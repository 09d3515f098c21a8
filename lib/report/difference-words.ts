import type { Difference, DifferenceValue } from '../matching/comparison';
import { figureValueText, roleLabel } from './figure-words';
import { formatDate, type Translate } from './translate';

/** `2024-03-30T06:00` as a date with its time in the UI locale; a date alone as a date. */
export function formatDateTime(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return formatDate(iso, locale) ?? iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** What one side of a difference says: `more than 27 dead, as of Mar 30, 06:00`, `Bloomberg → sources`, a date. */
export function differenceValueText(v: DifferenceValue, t: Translate, locale: string): string {
  if (v.figure) {
    const f = v.figure;
    const number = figureValueText(f, t, locale);
    const counted = f.count === 'new' ? t('figureNew', number) : number;
    const role = roleLabel(f.role, t);
    const asOf = f.asOf ? `, ${t('figureAsOf', formatDateTime(f.asOf, locale))}` : '';
    return `${counted}${role ? ` ${role}` : ''}${asOf}`;
  }
  if (v.date) return formatDate(v.date, locale) ?? v.date;
  if (v.sources) return v.sources.join(' → ');
  return (v.names ?? []).join(', ');
}

/**
 * Both sides of a difference in words, each with its article's publication date when the two differ (an
 * updated toll: the later figure shows why).
 */
export function differenceDetail(d: Difference, t: Translate, locale: string): { here: string; there: string } {
  const dated = d.published.here !== d.published.there;
  const side = (which: 'here' | 'there'): string => {
    const value = differenceValueText(d.values[which], t, locale);
    const published = d.published[which];
    return dated && published ? `${value} (${t('differencePublished', formatDateTime(published, locale))})` : value;
  };
  return { here: side('here'), there: side('there') };
}
