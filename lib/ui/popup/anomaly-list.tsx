import type { Comparison } from '../../matching/comparison';
import { anomalyDetail, anomalyKey } from '../../report/anomaly-words';
import { anomalyGroups } from '../../report/report';
import { formatCount, type Translate } from '../../report/translate';

/** "Check this article": per kind, how many there are, the first few worded, and how many more. */
export function AnomalyList({ comparison, t, locale }: { comparison: Comparison; t: Translate; locale: string }) {
  const groups = anomalyGroups(comparison);
  if (groups.length === 0) return null;
  return (
    <section class="anomalies" aria-labelledby="anomalies-title" data-testid="anomalies">
      <h3 id="anomalies-title">{t('popupAnomalies')}</h3>
      {groups.map(({ kind, count, listed, more }) => (
        <div key={kind} class="anomaly-kind" data-testid="anomaly-kind" data-kind={kind} data-count={count}>
          <p class="anomaly-count">{t(`anomalyCount_${anomalyKey(kind)}`, formatCount(count, locale))}</p>
          <ul>
            {listed.map((a) => (
              <li key={`${a.claim}-${a.text}`} data-kind={a.kind}>
                <span class="badge badge-warn">{t(`anomaly_${anomalyKey(a.kind)}`)}</span> “{a.text}” —{' '}
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
      ))}
    </section>
  );
}
