import { useState } from 'preact/hooks';
import type { FigureRow, FigureValue } from '../../matching/figure-rows';
import { figureValueText, rowCounted, valueOutlets } from '../../report/figure-words';
import { formatDate, type Translate } from '../../report/translate';
import { FigureTimelineView } from './figure-timeline-view';

export interface FiguresAtAGlanceProps {
  rows: FigureRow[];
  t: Translate;
  locale: string;
  /** A value was opened (mark this page's sentences of its quantity) or closed (`value` null: remove the marks). */
  onShow(row: number, value: number | null): void;
}

interface Opened {
  row: number;
  value: number;
}

/**
 * One row per quantity this page and other outlets report: each value with the outlets that give it,
 * this page's marked, and whether they disagree. A value opens the sentences behind it.
 */
export function FiguresAtAGlance({ rows, t, locale, onShow }: FiguresAtAGlanceProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  if (rows.length === 0) return null;
  const toggle = (row: number, value: number): void => {
    const closing = opened?.row === row && opened.value === value;
    setOpened(closing ? null : { row, value });
    onShow(row, closing ? null : value);
  };
  return (
    <section class="figures" aria-labelledby="figures-title" data-testid="figures">
      <h3 id="figures-title">{t('figuresTitle')}</h3>
      <ul class="figure-rows">
        {rows.map((row, r) => (
          <li
            key={`${row.key}-${r}`}
            class={`figure-row ${row.conflict ? 'figure-row-conflict' : 'figure-row-agree'}`}
            data-testid="figure-row"
            data-key={row.key}
            data-conflict={row.conflict}
          >
            <div class="figure-head">
              <span class="figure-counted" data-testid="figure-counted">
                {rowCounted(row, t)}
              </span>{' '}
              <span class={`badge ${row.conflict ? 'badge-differ' : 'badge-agree'}`}>
                {row.conflict ? t('figuresDiffer') : t('figuresAgree')}
              </span>
            </div>
            <ul class="figure-values">
              {row.values.map((value, v) => {
                const open = opened?.row === r && opened.value === v;
                return (
                  <li key={`${value.qualifier}-${value.value}-${value.high ?? ''}-${value.versus ?? ''}`}>
                    <button
                      type="button"
                      class={`figure-value${value.here ? ' figure-value-here' : ''}`}
                      data-testid="figure-value"
                      data-here={value.here}
                      data-value={value.value}
                      aria-expanded={open}
                      aria-controls={open ? `figure-${r}-sources` : undefined}
                      onClick={() => toggle(r, v)}
                    >
                      <strong class="figure-number">{figureValueText(value, t, locale)}</strong>
                      {' — '}
                      <span class="figure-outlets" data-testid="figure-outlets">
                        {valueOutlets(value, t('figuresThisPage')).join(', ')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {opened?.row === r && row.values[opened.value] && (
              <FigureSources
                id={`figure-${r}-sources`}
                value={row.values[opened.value] as FigureValue}
                t={t}
                locale={locale}
              />
            )}
            <FigureTimelineView row={row} id={`figure-${r}-timeline`} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sentences behind one value, the figure highlighted in each; built from text nodes only. */
function FigureSources({ id, value, t, locale }: { id: string; value: FigureValue; t: Translate; locale: string }) {
  return (
    <ul
      class="figure-sources"
      id={id}
      data-testid="figure-sources"
      aria-label={t('figuresSentences', figureValueText(value, t, locale))}
    >
      {value.mentions.map((m) => {
        const { text, start, end } = m.claim;
        return (
          <li key={`${m.documentId ?? 'here'}-${m.claim.index}-${start}`} data-testid="figure-source">
            <span class="echo-outlet">{m.documentId === null ? t('figuresThisPage') : m.outlet}</span>
            <span class="muted"> · {formatDate(m.published, locale) ?? t('popupNoDate')}</span>:{' '}
            <span class="figure-sentence">
              {text.slice(0, start)}
              <mark class={`diff ${m.documentId === null ? 'diff-here' : 'diff-there'}`}>{text.slice(start, end)}</mark>
              {text.slice(end)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
