import { describe, expect, it } from 'vitest';
import { extractDates, referenceDate } from '../../../lib/claims/dates';

const ref = referenceDate('2026-01-06');
const dates = (text: string, lang: string) => extractDates(text, { start: 0, end: text.length }, lang, ref);
/** Each date's text and whether it is when something was said. */
const reporting = (text: string, lang: string) => dates(text, lang).map((d) => [d.text, d.reporting ?? false]);

describe('extractDates', () => {
  it('resolves day and month against the publication year', () => {
    const [d] = dates('Консультации прошли 3 января в Киеве.', 'ru');
    expect(d).toMatchObject({ value: '2026-01-03', text: '3 января', relative: false });
  });

  it('keeps month precision and the part of the month', () => {
    const [d] = dates('В конце декабря 2026 года президент анонсировал встречу.', 'ru');
    expect(d).toMatchObject({ value: '2026-12', text: 'В конце декабря 2026 года', part: 'end' });
  });

  it('resolves relative mentions and marks them relative', () => {
    expect(dates('В Париже сегодня пройдет встреча.', 'ru')[0]).toMatchObject({ value: '2026-01-06', relative: true });
    expect(dates('Союзники зустрічаються у вівторок.', 'uk')[0]).toMatchObject({ value: '2026-01-06', relative: true });
    expect(dates('Накануне саммита дипломаты сообщили.', 'ru')[0]).toMatchObject({
      value: '2026-01-05',
      relative: true,
    });
  });

  it('puts a weekday in the week before or after when a word says so, in three languages', () => {
    // Published on Tuesday 6 January 2026.
    expect(dates('Землетрус стався минулої пʼятниці.', 'uk')[0]?.value).toBe('2026-01-02');
    expect(dates("Землетрус стався минулої п'ятниці.", 'uk')[0]?.value).toBe('2026-01-02');
    expect(dates('Землетрясение произошло в прошлую пятницу.', 'ru')[0]?.value).toBe('2026-01-02');
    expect(dates('The quake hit last Friday.', 'en')[0]?.value).toBe('2026-01-02');
    expect(dates('Зустріч відбудеться наступного вівторка.', 'uk')[0]?.value).toBe('2026-01-13');
    // Without such a word the parser's nearest day stands.
    expect(dates("Зустріч відбудеться у п'ятницю.", 'uk')[0]?.value).toBe('2026-01-09');
  });

  it('marks when something was said or counted, not when it happened: before a verb, in a dateline, as of', () => {
    expect(reporting('Rescue workers at the scene Monday said 70 were able to escape.', 'en')).toEqual([
      ['Monday', true],
    ]);
    expect(reporting('Bangkok, Jan 5 (AP) The death toll from the earthquake has jumped to nearly 700.', 'en')).toEqual(
      [['Jan 5', true]],
    );
    expect(reporting('As of January 4, at least 44 people were killed.', 'en')).toEqual([['January 4', true]]);
    expect(reporting('По состоянию на 06:00 4 января пострадали 695 человек.', 'ru')).toEqual([['4 января', true]]);
    // The day of the event itself stays an event date.
    expect(reporting('The earthquake hit on January 2, officials said.', 'en')).toEqual([['January 2', false]]);
  });

  it('marks a date in a trailing reporting clause as when it was said, but not one a sentence-initial verb reports', () => {
    expect(
      reporting(
        'Число погибших увеличилось до 144, сообщил Интерфакс со ссылкой на ГУ МЧС по области в субботу.',
        'ru',
      ),
    ).toEqual([['в субботу', true]]);
    expect(reporting('Missiles hit Kyiv, officials said in a statement on Monday.', 'en')).toEqual([
      ['on Monday', true],
    ]);
    expect(reporting('Officials said Russian missiles hit Kyiv on Monday.', 'en')).toEqual([['on Monday', false]]);
  });

  it('marks a date inside a relative clause as background: it dates what the clause describes', () => {
    const background = (text: string, lang: string) => dates(text, lang).map((d) => [d.text, d.background ?? false]);
    expect(background('Число жертв теракта, який стався 2 січня, зросло до 70.', 'uk')).toEqual([['2 січня', true]]);
    expect(background('Число жертв землетрясения, которое произошло 2 января, выросло.', 'ru')).toEqual([
      ['2 января', true],
    ]);
    expect(background('The toll from the quake, which struck on January 2, rose to 1,700.', 'en')).toEqual([
      ['January 2', true],
    ]);
    // Past the clause's closing comma the date is the claim's own.
    expect(background('Теракт, который потряс страну, произошел 2 января.', 'ru')).toEqual([['2 января', false]]);
  });

  it('reads a day after a time of day (Утром, 8 июля) as a date, never as a count', () => {
    expect(dates('Утром, 4 января, оккупанты нанесли удар.', 'ru').map((d) => d.value)).toEqual(['2026-01-04']);
    expect(dates('Вечером 5 января начался концерт.', 'ru').map((d) => d.value)).toEqual(['2026-01-05']);
  });

  it('reads a weekday after a part of the day, and marks a daytime one, in three languages', () => {
    // The weekday (0 = Sunday) and whether a daytime is said; which week is the parser's guess (see above).
    const read = (text: string, lang: string) =>
      dates(text, lang).map((d) => `${new Date(d.value).getUTCDay()}${d.daytime ? ' daytime' : ''}`);
    expect(read('Обыски прошли утром в четверг.', 'ru')).toEqual(['4 daytime']);
    expect(read('Обшуки відбулися вранці у четвер.', 'uk')).toEqual(['4 daytime']);
    expect(read('Investigators searched the flat on Thursday morning.', 'en')).toEqual(['4 daytime']);
    expect(read('Концерт начался вечером в четверг.', 'ru')).toEqual(['4']);
    expect(read('The fight was on Saturday night.', 'en')).toEqual(['6']);
  });

  it('reads a bare year and English dates', () => {
    expect(dates('Это произошло в 2022 году.', 'ru').map((d) => d.value)).toEqual(['2022']);
    expect(dates('Talks in Paris on Tuesday, January 6.', 'en')[0]?.value).toBe('2026-01-06');
  });

  it('ignores clock times and leaves relative dates unresolved without a publication day', () => {
    expect(dates('Самолет пропал в 15 часов.', 'ru')).toEqual([]);
    expect(extractDates('Встреча пройдет сегодня.', { start: 0, end: 24 }, 'ru', null)).toEqual([]);
  });
});
