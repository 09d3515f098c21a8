import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { findAnomalies } from '../../../lib/matching/anomalies';
import { figure, makeClaim } from './make-claim';

const flat = { idf: () => 1 };
function articleWith(text: string, published = '2026-01-06'): Article {
  return {
    title: '',
    byline: null,
    outlet: 'Test',
    url: null,
    canonicalUrl: null,
    published,
    lang: 'ru',
    text,
    excerpt: null,
    contentHash: '0000000000000000',
  };
}
const dated = (text: string, value: string, dateText: string, part?: 'end'): Claim => {
  const start = text.indexOf(dateText);
  return makeClaim({
    text,
    terms: ['макрон', 'анонсирова', 'встреч'],
    dates: [{ value, text: dateText, start, end: start + dateText.length, relative: false, ...(part ? { part } : {}) }],
  });
};

describe('findAnomalies', () => {
  it('reports a date months after the publication date', () => {
    const text = 'В конце декабря 2026 года Макрон анонсировал встречу.';
    const claim = dated(text, '2026-12', 'В конце декабря 2026 года', 'end');
    const [anomaly] = findAnomalies(articleWith(text), [claim], flat);
    expect(anomaly).toMatchObject({ kind: 'future-date', text: 'В конце декабря 2026 года', claim: 0 });
  });

  it('accepts an announced date within the next month', () => {
    const text = 'Встреча пройдет 15 января в Париже.';
    expect(findAnomalies(articleWith(text), [dated(text, '2026-01-15', '15 января')], flat)).toEqual([]);
  });

  it('reports a weekday that does not fit its date', () => {
    const text = 'Переговоры в Париже во вторник, 7 января, будут сосредоточены на гарантиях.';
    const [anomaly] = findAnomalies(articleWith(text), [dated(text, '2026-01-07', '7 января')], flat);
    expect(anomaly?.kind).toBe('weekday');
    expect(anomaly?.detail).toContain('Wednesday');
  });

  it('accepts a weekday that fits its date', () => {
    const text = 'Переговоры в Париже во вторник, 6 января, будут сосредоточены на гарантиях.';
    expect(findAnomalies(articleWith(text), [dated(text, '2026-01-06', '6 января')], flat)).toEqual([]);
  });

  it('reports one article giving two counts for the same thing', () => {
    const terms = ['борт', 'самолет', 'пассажир', 'екипаж', 'находил'];
    const a = makeClaim({
      index: 0,
      sentence: 0,
      text: 'На борту самолета находились 43 пассажира',
      terms,
      figures: [figure(43, 'пассажир', '43 пассажира')],
    });
    const b = makeClaim({
      index: 1,
      sentence: 1,
      text: 'На борту самолета находились 40 пассажиров',
      terms,
      figures: [figure(40, 'пассажир', '40 пассажиров')],
    });
    const [anomaly] = findAnomalies(articleWith(`${a.text}. ${b.text}.`, '2025-07-24'), [a, b], flat);
    expect(anomaly).toMatchObject({ kind: 'self-contradiction', text: '43 пассажира / 40 пассажиров' });
  });
});
