import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { findAnomalies } from '../../../lib/matching/anomalies';
import type { Anomaly } from '../../../lib/matching/comparison';
import { MATCHER_TUNABLES } from '../../../lib/matching/tunables';
import { anomalyDetail } from '../../../lib/report/anomaly-words';
import { englishT } from '../../../lib/report/english';
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
  it('reports a date months after the publication date as a future-date anomaly', () => {
    const text = 'В конце декабря 2026 года Макрон анонсировал встречу.';
    const claim = dated(text, '2026-12', 'В конце декабря 2026 года', 'end');
    const [anomaly] = findAnomalies(articleWith(text), [claim], flat).anomalies;
    expect(anomaly).toMatchObject({
      kind: 'future-date',
      text: 'В конце декабря 2026 года',
      claim: 0,
      date: '2026-12',
      published: '2026-01-06',
      days: 349,
    });
  });

  it('accepts an announced date within the next month', () => {
    const text = 'Встреча пройдет 15 января в Париже.';
    expect(findAnomalies(articleWith(text), [dated(text, '2026-01-15', '15 января')], flat).anomalies).toEqual([]);
  });

  it('reports a weekday that does not fit its date as a weekday anomaly', () => {
    const text = 'Переговоры в Париже во вторник, 7 января, будут сосредоточены на гарантиях.';
    const [anomaly] = findAnomalies(articleWith(text), [dated(text, '2026-01-07', '7 января')], flat).anomalies;
    expect(anomaly?.kind).toBe('weekday');
    expect(anomaly).toMatchObject({ date: '2026-01-07', weekday: 3, named: 2 });
    expect(anomalyDetail(anomaly as Anomaly, englishT, 'en')).toBe('Jan 7, 2026 is a Wednesday, not a Tuesday');
  });

  it('accepts a weekday that fits its date', () => {
    const text = 'Переговоры в Париже во вторник, 6 января, будут сосредоточены на гарантиях.';
    expect(findAnomalies(articleWith(text), [dated(text, '2026-01-06', '6 января')], flat).anomalies).toEqual([]);
  });

  it('reports one article giving two counts for the same thing as a self-contradiction anomaly', () => {
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
    const [anomaly] = findAnomalies(articleWith(`${a.text}. ${b.text}.`, '2025-07-24'), [a, b], flat).anomalies;
    expect(anomaly).toMatchObject({
      kind: 'self-contradiction',
      text: '43 пассажира / 40 пассажиров',
      values: [43, 40],
    });
  });

  it('summarises thousands of contradicting counts as a count and the first few, without overflowing the stack', () => {
    // 3,000 sentences that all say the same thing with different casualty counts: every pair contradicts.
    const terms = ['обстрел', 'погиб', 'город', 'район', 'власт'];
    const claims: Claim[] = [];
    const sentences: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const count = 10 + (i % 40);
      const text = `При обстреле города погибли ${count} человек`;
      sentences.push(text);
      claims.push(
        makeClaim({ index: i, sentence: i, text, terms, figures: [figure(count, 'человек', `${count} человек`)] }),
      );
    }
    const report = findAnomalies(articleWith(sentences.join('. ')), claims, flat);
    expect(report.anomalies.length).toBe(MATCHER_TUNABLES.anomalies.limits.listedPerKind);
    expect(report.anomalies.every((a) => a.kind === 'self-contradiction')).toBe(true);
    // Each distinct disagreement (10 vs 11 people, …) is counted once, however often it repeats.
    expect(report.counts['self-contradiction']).toBeGreaterThan(MATCHER_TUNABLES.anomalies.limits.listedPerKind);
    expect(report.counts['self-contradiction']).toBeLessThanOrEqual((40 * 39) / 2);
    expect(report.counts).toMatchObject({ 'future-date': 0, weekday: 0 });
  });

  it('compares each counted claim with a bounded number of others, not every pair', () => {
    // Claim similarity reads each side's language once: counting those reads counts comparisons.
    let languageReads = 0;
    const claims: Claim[] = [];
    for (let i = 0; i < 5000; i++) {
      const claim = makeClaim({
        index: i,
        sentence: i,
        text: `Сбиты ${i + 1} беспилотников`,
        terms: ['сбит', 'беспилотник', `t${i}`],
        figures: [figure(i + 1, 'беспилотник', `${i + 1} беспилотников`)],
      });
      Object.defineProperty(claim, 'lang', {
        get: () => {
          languageReads++;
          return 'ru';
        },
      });
      claims.push(claim);
    }
    const report = findAnomalies(articleWith(claims.map((c) => c.text).join('. ')), claims, flat);
    // Every pair would be 12.5 million comparisons; the budget keeps it to a fixed number.
    expect(languageReads).toBeGreaterThan(0);
    expect(languageReads / 2).toBeLessThanOrEqual(MATCHER_TUNABLES.anomalies.limits.comparisons);
    expect(report.anomalies.length).toBeLessThanOrEqual(MATCHER_TUNABLES.anomalies.limits.listedPerKind);
  });
});
