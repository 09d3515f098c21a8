import type { Difference } from '../../matching/comparison';
import { differenceDetail } from '../../report/difference-words';
import type { Translate } from '../../report/translate';

/**
 * The differences of one aligned claim: kind, the phrase here against the phrase there, then what each
 * side says in the reader's language (values, roles, as-of times, sources) with its publication date.
 */
export function DifferenceList({
  differences,
  t,
  locale,
}: {
  differences: Difference[];
  t: Translate;
  locale: string;
}) {
  if (differences.length === 0) return null;
  return (
    <ul class="differences">
      {differences.map((d) => {
        const detail = differenceDetail(d, t, locale);
        return (
          <li key={`${d.kind}-${d.here}-${d.there}`} data-testid="difference" data-kind={d.kind}>
            <span class="badge badge-differ">{t(`difference_${d.kind}`)}</span>{' '}
            <mark class="diff diff-here">{d.here}</mark> {t('popupHereVsThere')}{' '}
            <mark class="diff diff-there">{d.there}</mark>
            <div class="difference-detail muted" data-testid="difference-detail">
              {t('differenceDetail', [detail.here, detail.there])}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
