import { ANOMALY_KINDS } from '../../matching/anomalies';
import type { Anomaly, AnomalyCounts, AnomalyKind, Comparison } from '../../matching/comparison';
import { formatCount } from '../format';
import { formatDate, type Translate } from '../i18n';

const KINDS = ANOMALY_KINDS;
const key = (kind: AnomalyKind): string => kind.replace(/-/g, '_');

function weekdayName(day: number, locale: string): string {
  // 2023-01-01 was a Sunday (day 0).
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** The engine's finding in the reader's language, from its data (the English `detail` is for the CLI). */
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

/** Counts from an older comparison without `anomalyCounts` are the listed items themselves. */
function countsOf(comparison: Comparison): AnomalyCounts {
  if (comparison.anomalyCounts) return comparison.anomalyCounts;
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as AnomalyCounts;
  for (const a of comparison.anomalies) counts[a.kind] += 1;
  return counts;
}

/** "Check this article": per kind, how many there are, the first few worded, and how many more. */
export function AnomalyList({ comparison, t, locale }: { comparison: Comparison; t: Translate; locale: string }) {
  const counts = countsOf(comparison);
  if (KINDS.every((kind) => counts[kind] === 0)) return null;
  return (
    <section class="anomalies" aria-labelledby="anomalies-title" data-testid="anomalies">
      <h3 id="anomalies-title">{t('popupAnomalies')}</h3>
      {KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
        const listed = comparison.anomalies.filter((a) => a.kind === kind);
        const more = counts[kind] - listed.length;
        return (
          <div key={kind} class="anomaly-kind" data-testid="anomaly-kind" data-kind={kind} data-count={counts[kind]}>
            <p class="anomaly-count">{t(`anomalyCount_${key(kind)}`, formatCount(counts[kind], locale))}</p>
            <ul>
              {listed.map((a) => (
                <li key={`${a.claim}-${a.text}`} data-kind={a.kind}>
                  <span class="badge badge-warn">{t(`anomaly_${key(a.kind)}`)}</span> “{a.text}” —{' '}
                  {anomalyDetail(a, t, locale)}
                </li>
              ))}
            </ul>
            {more > 0 && (
              <p class="muted anomaly-more" data-testid="anomaly-more">
                {t('anomalyMore', formatCount(more, locale))}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
