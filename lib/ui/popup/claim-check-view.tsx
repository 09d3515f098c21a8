import type { ClaimCheck } from '../../protocol/claim-check';
import { formatDate, type Translate } from '../../report/translate';
import { DifferenceList } from './difference-list';
import { differenceMarks, MarkedText } from './marked-text';

/** The answer to "Compare this claim": the selected sentence and each outlet's version of it. */
export function ClaimCheckView({ check, t, locale }: { check: ClaimCheck; t: Translate; locale: string }) {
  return (
    <section class="claim-check" aria-labelledby="claim-check-title" data-testid="claim-check">
      <h3 id="claim-check-title">{t('popupClaimCheck')}</h3>
      <p class="claim-here" data-testid="claim-check-context">
        <MarkedText
          text={check.context}
          marks={check.matches.flatMap((m) => differenceMarks(m.aligned.differences, 'here'))}
          tone="here"
        />
      </p>
      {check.matches.length === 0 ? (
        <p class="state-title" data-testid="claim-check-none">
          {t('claimNoMatch')}
        </p>
      ) : (
        <ul class="echoes">
          {check.matches.map((m) => (
            <li
              key={`${m.storyId}-${m.aligned.thereIndex}`}
              class={`echo echo-${m.aligned.verdict}`}
              data-testid="claim-check-match"
            >
              <span class="echo-outlet">{m.outlet}</span>
              <span class="muted"> · {formatDate(m.published, locale) ?? t('popupNoDate')}</span>{' '}
              <span class={`badge ${m.aligned.verdict === 'differs' ? 'badge-differ' : 'badge-agree'}`}>
                {m.aligned.verdict === 'differs' ? t('popupDiffers') : t('popupAgrees')}
              </span>
              <div class="echo-text">
                <MarkedText
                  text={m.aligned.there}
                  marks={differenceMarks(m.aligned.differences, 'there')}
                  tone="there"
                />
              </div>
              <DifferenceList differences={m.aligned.differences} t={t} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
