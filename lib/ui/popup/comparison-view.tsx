import { type ClaimRow, claimRows } from '../../matching/claim-rows';
import type { Comparison } from '../../matching/comparison';
import type { DocumentLink } from '../../protocol/messages';
import { formatDate, type Translate } from '../../report/translate';
import { countMessage, languageName } from '../i18n';
import { AnomalyList } from './anomaly-list';
import { storySummaries } from './claim-rows';
import { DifferenceList } from './difference-list';
import { differenceMarks, MarkedText } from './marked-text';

export interface ComparisonViewProps {
  comparison: Comparison;
  documents: Record<string, DocumentLink>;
  onlyDifferences: boolean;
  t: Translate;
  locale: string;
  onOpen(id: string, url: string | null): void;
}

/** Where a compared article came from: a followed feed (which one), kept while reading, saved, or bundled. */
function StoryProvenance({ link, t }: { link: DocumentLink | undefined; t: Translate }) {
  if (!link) return null;
  const label =
    link.source === 'followed'
      ? link.feed
        ? t('provenanceFollowedFrom', link.feed)
        : t('provenanceFollowed')
      : t(`provenance_${link.source}`);
  return (
    <div
      class={`story-provenance muted provenance-${link.source}`}
      data-testid="story-provenance"
      data-source={link.source}
    >
      {label}
    </div>
  );
}

export function ComparisonView({ comparison, documents, onlyDifferences, t, locale, onOpen }: ComparisonViewProps) {
  const stories = storySummaries(comparison);
  const rows = claimRows(comparison).filter((r) => !onlyDifferences || r.differs);
  return (
    <>
      <AnomalyList comparison={comparison} t={t} locale={locale} />
      <section aria-labelledby="stories-title" data-testid="stories">
        <h3 id="stories-title">{countMessage(t, locale, 'popupSameStory', stories.length)}</h3>
        <ul class="stories">
          {stories.map(({ story, shared, differing }) => (
            <li key={story.id} class="story" data-testid="story" data-id={story.id}>
              <div class="story-head">
                <strong class="story-outlet">{story.outlet}</strong>
                <span class="muted">
                  {' '}
                  · {formatDate(story.published, locale) ?? t('popupNoDate')} · {languageName(story.lang, locale)}
                </span>
              </div>
              <div class="story-title">{story.title}</div>
              <StoryProvenance link={documents[story.id]} t={t} />
              <div class="story-counts muted">
                <span data-testid="story-shared">{countMessage(t, locale, 'popupSharedClaims', shared)}</span>
                {differing > 0 && (
                  <span class="differ-count" data-testid="story-differing">
                    {' '}
                    · {countMessage(t, locale, 'popupDifferingClaims', differing)}
                  </span>
                )}{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => onOpen(story.id, documents[story.id]?.url ?? null)}
                  aria-label={t('popupOpenDocument', story.outlet)}
                >
                  {t('popupOpen')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="claims-title" data-testid="claims">
        <h3 id="claims-title">{onlyDifferences ? t('popupClaimsDiffering') : t('popupClaims')}</h3>
        {rows.length === 0 && (
          <p class="muted">{onlyDifferences ? t('popupNoDifferences') : t('popupNoSharedClaims')}</p>
        )}
        <ol class="claims">
          {rows.map((row) => (
            <ClaimItem key={row.index} row={row} t={t} locale={locale} />
          ))}
        </ol>
      </section>
      {!onlyDifferences && comparison.onlyHere.length > 0 && (
        <section aria-labelledby="only-here-title" data-testid="only-here">
          <h3 id="only-here-title">{countMessage(t, locale, 'popupOnlyHere', comparison.onlyHere.length)}</h3>
          <ul class="only-here">
            {comparison.onlyHere.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ClaimItem({ row, t, locale }: { row: ClaimRow; t: Translate; locale: string }) {
  const hereMarks = row.echoes.flatMap((e) => differenceMarks(e.aligned.differences, 'here'));
  return (
    <li class={`claim ${row.differs ? 'claim-differs' : 'claim-agrees'}`} data-testid="claim" data-index={row.index}>
      <p class="claim-here">
        <span class={`badge ${row.differs ? 'badge-differ' : 'badge-agree'}`}>
          {row.differs ? t('popupDiffers') : t('popupAgrees')}
        </span>{' '}
        <MarkedText text={row.text} marks={hereMarks} tone="here" />
      </p>
      <ul class="echoes">
        {row.echoes.map((echo) => (
          <li
            key={`${echo.storyId}-${echo.aligned.thereIndex}`}
            class={`echo echo-${echo.aligned.verdict}`}
            data-testid="echo"
          >
            <span class="echo-outlet">{echo.outlet}</span>
            {echo.aligned.sources.there.length > 0 && (
              <span class="muted" data-testid="echo-source">
                {' '}
                ({echo.aligned.sources.there.join(' → ')})
              </span>
            )}
            :{' '}
            <span class="echo-text">
              <MarkedText
                text={echo.aligned.there}
                marks={differenceMarks(echo.aligned.differences, 'there')}
                tone="there"
              />
            </span>
            <DifferenceList differences={echo.aligned.differences} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </li>
  );
}
