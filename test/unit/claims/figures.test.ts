import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import type { Figure } from '../../../lib/claims/claim';
import { sameQuantity } from '../../../lib/matching/figure-compatibility';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { textArticle } from '../../support/text-article';

const lexicon = loadLexiconFromDisk();
const figures = (text: string, lang: string): Figure[] =>
  analyze(textArticle(text, lang), lexicon).flatMap((c) => c.figures);
const brief = (f: Figure): string => `${f.qualifier} ${f.value} ${f.noun}`;

describe('figures', () => {
  it('reads digits with qualifier and the counted noun past adjectives', () => {
    const [f] = figures('Присоединятся более 27 мировых лидеров.', 'ru');
    expect(f && `${f.qualifier} ${f.value}`).toBe('more 27');
    expect(f?.senses ?? [f?.noun]).toContain('@leader');
    expect(f?.text).toBe('более 27 мировых лидеров');
  });

  it('gives ru, uk and en counts of one noun the same key', () => {
    const keys = [
      figures('Приедут 27 лидеров.', 'ru'),
      figures('Приїдуть 30 лідерів.', 'uk'),
      figures('Some 27 leaders will come.', 'en'),
    ].map((fs) => fs[0] as Figure);
    expect(keys.every((f) => f !== undefined)).toBe(true);
    expect(sameQuantity(keys[0] as Figure, keys[1] as Figure)).toBe(true);
    expect(sameQuantity(keys[0] as Figure, keys[2] as Figure)).toBe(true);
    expect(sameQuantity(keys[1] as Figure, keys[2] as Figure)).toBe(true);
  });

  it('reads number words, durations and approximations', () => {
    expect(figures('Война длится уже почти четыре года.', 'ru').map(brief)).toEqual(['almost 4 year']);
    expect(figures("Переговори тривають п'ятнадцять років.", 'uk').map(brief)).toEqual(['exact 15 year']);
    expect(figures('Nearly two million people were told to leave.', 'en').map((f) => f.value)).toEqual([2_000_000]);
  });

  it('reads scales, currencies and percentages', () => {
    expect(figures('The damage is over $2 billion.', 'en').map(brief)).toEqual(['more 2000000000 usd']);
    expect(figures('Эвакуировали около 1,9 млн человек.', 'ru').map((f) => f.value)).toEqual([1_900_000]);
    expect(figures('It hit 34% of the bombers.', 'en').map(brief)).toEqual(['exact 34 %']);
    expect(figures('A strong 8.8-magnitude earthquake hit.', 'en').map(brief)).toEqual(['exact 8.8 magnitude']);
  });

  it('reads a number written in two scales as one (`1 млн 560 тис.`), not as a million and a separate 560,000', () => {
    expect(figures('Явка перевищила понад 1 млн 560 тис. голосів.', 'uk').map(brief)).toEqual(['more 1560000 @voic']);
    expect(figures('Бюджет составил 2 млрд 300 млн рублей.', 'ru').map(brief)).toEqual(['exact 2300000000 rub']);
    expect(figures('The fund holds 2 billion 300 million dollars.', 'en').map(brief)).toEqual(['exact 2300000000 usd']);
    // Two counts side by side stay two.
    expect(figures('Погибли 2 тыс. человек, 300 ранены.', 'ru').map((f) => f.value)).toEqual([2000, 300]);
  });

  it('reads English thousands separators and Russian decimal commas', () => {
    expect(figures('It had 1,998 diamonds.', 'en')[0]?.value).toBe(1998);
    expect(figures('Глубина составила 19,3 км.', 'ru')[0]?.value).toBe(19.3);
  });

  it('does not read model numbers, times, dates or years as figures', () => {
    expect(figures('Самолет Ан-24 упал в 07:05 по Москве.', 'ru')).toEqual([]);
    expect(figures('Встреча прошла 3 января 2026 года.', 'ru')).toEqual([]);
    expect(figures('Один из них назвал это ошибкой.', 'ru')).toEqual([]);
  });

  it('does not read number words inside a quoted name as counts', () => {
    expect(figures('Саммит "Группы семи" прошел в Риме.', 'ru')).toEqual([]);
  });
});
