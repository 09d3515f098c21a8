import type { Difference } from '../../matching/comparison';
import type { Translate } from '../i18n';

/** The differences of one aligned claim: kind, then the phrase here against the phrase there. */
export function DifferenceList({ differences, t }: { differences: Difference[]; t: Translate }) {
  if (differences.length === 0) return null;
  return (
    <ul class="differences">
      {differences.map((d) => (
        <li key={`${d.kind}-${d.here}-${d.there}`} data-testid="difference" data-kind={d.kind}>
          <span class="badge badge-differ">{t(`difference_${d.kind}`)}</span>{' '}
          <mark class="diff diff-here">{d.here}</mark> {t('popupHereVsThere')}{' '}
          <mark class="diff diff-there">{d.there}</mark>
        </li>
      ))}
    </ul>
  );
}
