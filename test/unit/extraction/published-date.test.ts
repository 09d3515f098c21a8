import { describe, expect, it } from 'vitest';
import { datelineAfterHeadline, normaliseDate } from '../../../lib/extraction/published-date';

describe('normaliseDate', () => {
  it('keeps the local date and offset of ISO-like timestamps', () => {
    expect(normaliseDate('2026-01-06T23:30:00+0200')).toBe('2026-01-06T23:30:00+02:00');
    expect(normaliseDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000000');
    expect(normaliseDate('2018-04-05T06:00')).toBe('2018-04-05T06:00:00');
    expect(normaliseDate(' 2024-06-25 ')).toBe('2024-06-25');
  });

  it('reads zone-less US dates as written, whatever the machine’s time zone', () => {
    expect(normaliseDate('05/29/2007 09:49:00')).toBe('2007-05-29T09:49:00');
  });

  it('rejects values that are not dates', () => {
    expect(normaliseDate('2026-13-45')).toBeNull();
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
  });
});

describe('datelineAfterHeadline', () => {
  it('reads full dates in Russian, Ukrainian and English datelines', () => {
    expect(datelineAfterHeadline('Иван Петров, 6 января 2026, 09:15', 'ru')).toBe('2026-01-06');
    expect(datelineAfterHeadline('Олена Коваль 6 січня 2026 року', 'uk')).toBe('2026-01-06');
    expect(datelineAfterHeadline('By Jane Doe • Nov 11, 2020', 'en')).toBe('2020-11-11');
  });

  it('ignores relative and year-less dates, and dates marked as updates', () => {
    expect(datelineAfterHeadline('Вчера, 09:15', 'ru')).toBeNull();
    expect(datelineAfterHeadline('6 января, 09:15', 'ru')).toBeNull();
    expect(datelineAfterHeadline('Last updated September 14, 2016', 'en')).toBeNull();
  });

  it('only looks at the start of the text, where datelines are', () => {
    expect(datelineAfterHeadline(`${'Текст статьи. '.repeat(30)} 6 января 2026`, 'ru')).toBeNull();
  });
});
