import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import type { Figure } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { sameQuantity } from '../../../lib/matching/figure-compatibility';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { textArticle } from '../../support/text-article';

const lexicon = loadLexiconFromDisk();
const article = (text: string, lang: string, published = '2024-07-08'): Article => textArticle(text, lang, published);
const figures = (text: string, lang: string, published?: string): Figure[] =>
  analyze(article(text, lang, published), lexicon).flatMap((c) => c.figures);
const one = (text: string, lang: string): Figure => {
  const [f, ...rest] = figures(text, lang);
  if (!f || rest.length > 0) throw new Error(`expected one figure in “${text}”, got ${JSON.stringify([f, ...rest])}`);
  return f;
};
/** `qualifier value[–high] noun`: what a figure reads as, in one string. */
const brief = (f: Figure): string =>
  `${f.qualifier} ${f.value}${f.high !== undefined ? `–${f.high}` : ''}${f.versus !== undefined ? `:${f.versus}` : ''} ${f.noun}`;

describe('the quantity reader: qualifiers', () => {
  it.each([
    ['ru', 'К ним присоединятся более 27 мировых лидеров.', 'more 27'],
    ['ru', 'Известно о как минимум десяти погибших.', 'more 10'],
    ['ru', 'Эпицентр находился примерно в 17 километрах от города.', 'about 17'],
    ['ru', 'Война длится уже почти четыре года.', 'almost 4'],
    ['ru', 'Задержаны не менее 11 человек.', 'more 11'],
    ['uk', 'Приєднаються понад 30 лідерів.', 'more 30'],
    ['uk', 'Евакуювали близько 1,9 мільйона людей.', 'about 1900000'],
    ['uk', 'Явка перевищила 51,4%.', 'more 51.4'],
    ['uk', 'Зникли майже 300 людей.', 'almost 300'],
    ['en', 'At least 65 prisoners were killed.', 'more 65'],
    ['en', 'Russia fired more than 40 missiles.', 'more 40'],
    ['en', 'Up to 50 drones were launched.', 'upto 50'],
    ['en', 'Fewer than 10 people were hurt.', 'less 10'],
    ['en', 'It has been nearly 25 years.', 'almost 25'],
  ])('%s: %s', (lang, text, expected) => {
    const f = one(text, lang);
    expect(`${f.qualifier} ${f.value}`).toBe(expected);
  });

  it('reads "до" and "up to" after a verb of growth as the new total, not an upper bound', () => {
    expect(one('Кількість загиблих зросла до 2 719 осіб.', 'uk')).toMatchObject({
      qualifier: 'exact',
      value: 2719,
      count: 'total',
      role: 'dead',
    });
    expect(figures('Rescuers found 18 more bodies, bringing the toll up to 133.', 'en').map(brief)).toEqual([
      'exact 18 @bodi',
      'exact 133 @person',
    ]);
    expect(one('Ракети летіли до 40 хвилин.', 'uk').qualifier).toBe('upto');
  });
});

describe('the quantity reader: ranges and scorecards', () => {
  it.each([
    ['en', 'Partial results had shown between 55 to 57 percent against.', 'exact 55–57 %'],
    ['en', 'Between 40 and 50 drones were shot down.', 'exact 40–50 @drone'],
    ['ru', 'Самолет упал в 5-6 километрах от села.', 'exact 5–6 km'],
    ['ru', 'Погибли от 19 до 22 человек.', 'exact 19–22 @person'],
    ['uk', 'Загинули від 19 до 22 людей.', 'exact 19–22 @person'],
    ['en', 'Turnout was 55–57%.', 'exact 55–57 %'],
  ])('%s: %s', (lang, text, expected) => {
    expect(brief(one(text, lang))).toBe(expected);
  });

  it('reads boxing scorecards in any notation, and never a clock time, as a scorecard', () => {
    expect(figures('Усик переміг роздільним рішенням суддів – 115-112, 114-113 та 113-114.', 'uk').map(brief)).toEqual([
      'exact 115:112 score',
      'exact 114:113 score',
      'exact 113:114 score',
    ]);
    expect(figures('Scores were 115-112, 114-113 Usyk, 114-113 Fury.', 'en').map(brief)).toEqual([
      'exact 115:112 score',
      'exact 114:113 score',
      'exact 114:113 score',
    ]);
    expect(figures('Судьи: 114:113 в пользу Усика.', 'ru').map(brief)).toEqual(['exact 114:113 score']);
    expect(figures('Бой начался в 01:40 по Киеву.', 'ru')).toEqual([]);
  });
});

describe('the quantity reader: separators, number words, percentages, money', () => {
  it.each([
    ['ru', 'Пострадали 1 000 человек.', 1000],
    ['en', 'Some 1,000 people were evacuated.', 1000],
    ['ru', 'Эвакуировали 1.5 млн человек.', 1_500_000],
    ['ru', 'Эвакуировали 1,5 млн человек.', 1_500_000],
    ['uk', 'Загинули 2 719 осіб.', 2719],
    ['ru', 'За проголосовали 749 719 избирателей.', 749_719],
    ['en', 'It had 1,998 diamonds.', 1998],
  ])('%s: %s → %d', (lang, text, value) => {
    expect(one(text, lang).value).toBe(value);
  });

  it.each([
    ['ru', 'Бой продолжался двадцать пять минут.', 25, 'minute'],
    ['uk', "Загинули п'ятеро людей.", 5, '@person'],
    ['uk', 'Серед загиблих троє дітей.', 3, '@child'],
    ['uk', 'Десятеро постраждалих.', 10, '@person'],
    ['en', 'Nine people were on board.', 9, '@person'],
    ['en', 'Two hundred soldiers took part.', 200, '@soldier'],
  ])('number words, %s: %s', (lang, text, value, noun) => {
    const f = one(text, lang);
    expect([f.value, f.noun]).toEqual([value, noun]);
  });

  it.each([
    ['uk', 'Вступ підтримали 50,46% громадян.', 50.46],
    ['ru', 'Навроцкий набрал 50,89 процента голосов.', 50.89],
    ['en', 'Stoianoglo had 26.32 percent of the vote.', 26.32],
    ['en', 'A majority of 50.17% voted yes.', 50.17],
  ])('percentages, %s: %s', (lang, text, value) => {
    expect(one(text, lang)).toMatchObject({ value, noun: '%' });
  });

  it.each([
    ['en', 'The damage is estimated at $7 billion.', 7e9, 'usd'],
    ['en', 'The jewels are worth €88m.', 88e6, 'eur'],
    ['ru', 'Ущерб оценили в 20 млн долларов.', 20e6, 'usd'],
    ['ru', 'Штраф составил 100 тыс. рублей.', 100e3, 'rub'],
    ['uk', 'Виділили 5 млн гривень.', 5e6, 'uah'],
  ])('money, %s: %s', (lang, text, value, noun) => {
    expect(one(text, lang)).toMatchObject({ value, noun });
  });
});

describe('the quantity reader: what is counted', () => {
  const roles = (text: string, lang: string): string[] => figures(text, lang).map((f) => `${f.value} ${f.role}`);

  it('tells the dead, the injured and the missing apart in one sentence, in three languages', () => {
    expect(
      roles('Число погибших составило 1644 человека, 3408 получили ранения, еще 139 человек пропали без вести.', 'ru'),
    ).toEqual(['1644 dead', '3408 injured', '139 missing']);
    expect(
      roles('The earthquake killed six people and injured 22 at three construction sites.', 'en').slice(0, 2),
    ).toEqual(['6 dead', '22 injured']);
    expect(roles('Внаслідок удару загинули 27 людей, ще 117 поранені.', 'uk')).toEqual(['27 dead', '117 injured']);
  });

  it('leaves a role word past a break to the count it labels, not the count before it', () => {
    expect(roles('За реформу выступили 52,3% участников опроса, против — 41,2%.', 'ru')).toEqual([
      '52.3 undefined',
      '41.2 no',
    ]);
    expect(roles('Реформу схвалили 61,5% депутатів, проти – 30,5%.', 'uk')).toEqual(['61.5 undefined', '30.5 no']);
    // Nearer to the count before it, the role word is still that one's.
    expect(roles('Погибли 12 человек, ранены — 30.', 'ru')).toEqual(['12 dead', '30 injured']);
  });

  it('reads people the same across languages, so only the role tells two counts apart', () => {
    const ru = one('На борту находились 74 человека.', 'ru');
    const en = one('Nine people were on board.', 'en');
    const uk = one('На борту перебували 74 особи.', 'uk');
    expect([ru.role, en.role, uk.role]).toEqual(['aboard', 'aboard', 'aboard']);
    expect(sameQuantity(ru, en)).toBe(true);
    expect(sameQuantity(ru, uk)).toBe(true);
    const dead = one('Погибли 74 человека.', 'ru');
    expect(sameQuantity(ru, dead)).toBe(false);
  });

  it('tells missiles and drones launched from those shot down, in three languages, and never a price as launched', () => {
    const en = one('Russia fired more than 40 missiles.', 'en');
    const uk = one('Росіяни випустили 38 ракет різних типів.', 'uk');
    const ru = one('Ночью армия применила 40 ракет.', 'ru');
    expect([en.role, uk.role, ru.role]).toEqual(['launched', 'launched', 'launched']);
    expect(sameQuantity(en, uk)).toBe(true);
    expect(sameQuantity(en, ru)).toBe(true);
    const [launched, downed] = figures('Russia launched 158 drones, and air defence downed 114 drones.', 'en');
    expect([launched?.role, downed?.role]).toEqual(['launched', 'shot-down']);
    expect(sameQuantity(launched as Figure, downed as Figure)).toBe(false);
    expect(one('Силы ПВО сбили 35 дронов.', 'ru').role).toBe('shot-down');
    expect(one('The PS4 Pro launched at $400 last year.', 'en').role).toBeUndefined();
  });

  it('reads a count that includes the dead ("пострадали 695, из них 144 погибли") as casualties, not injured', () => {
    const [all, dead] = figures('В результате теракта пострадали 695 человек, из них 144 погибли.', 'ru');
    expect(all).toMatchObject({ value: 695, role: 'casualties' });
    expect(dead).toMatchObject({ value: 144, role: 'dead' });
    const injured = one('The injuries amount to 551.', 'en');
    expect(injured.role).toBe('injured');
    expect(sameQuantity(all as Figure, injured)).toBe(false);
  });

  it('reads the parts of a count ("29 deaths, including four children") with the role of the whole', () => {
    const [deaths, children] = figures('The strikes resulted in 29 deaths, including four children.', 'en');
    expect(deaths).toMatchObject({ value: 29, role: 'dead', noun: '@person' });
    expect(children).toMatchObject({ value: 4, role: 'dead', noun: '@child' });
    expect(one('Станом на зараз загинуло 27 людей.', 'uk').role).toBe('dead');
  });

  it('reads increments and running totals', () => {
    expect(one('Ещё 139 человек пропали без вести.', 'ru').count).toBe('new');
    expect(one('Another 3,400 have been injured.', 'en').count).toBe('new');
    expect(one('The death toll has risen to 137.', 'en')).toMatchObject({ count: 'total', role: 'dead' });
    expect(one('Число погибших достигло 143.', 'ru')).toMatchObject({ count: 'total', role: 'dead' });
  });

  it('reads a running total by its subject, whatever role words follow the count', () => {
    expect(
      one('The death toll in the region has risen to more than 800 as rescuers found more bodies.', 'en'),
    ).toMatchObject({ count: 'total', role: 'dead', value: 800, qualifier: 'more' });
  });

  it('reads "another"/"ещё" after a count of people with another fate as one more group of a list, not an increment', () => {
    const [dead, injured] = figures('Officials said 412 people died and another 1,130 were injured.', 'en');
    expect(dead).toMatchObject({ value: 412, role: 'dead' });
    expect(injured).toMatchObject({ value: 1130, role: 'injured' });
    expect(injured?.count).toBeUndefined();
    const listed = figures('Погибли 87 человек, 240 получили ранения, ещё 31 человек пропали без вести.', 'ru');
    expect(listed[2]).toMatchObject({ value: 31, role: 'missing' });
    expect(listed[2]?.count).toBeUndefined();
    expect(one('Ещё 139 человек пропали без вести.', 'ru').count).toBe('new');
  });

  it('reads the fate written between the number and the noun, keeping the noun counted', () => {
    expect(one('Two killed hospital workers were named on Monday.', 'en')).toMatchObject({
      value: 2,
      role: 'dead',
      noun: '@worker',
    });
    const ru = one('Среди них трое раненых военных.', 'ru');
    expect(ru).toMatchObject({ value: 3, role: 'injured' });
    // Two dead hospital workers are not the day's toll of 27 dead.
    expect(sameQuantity(one('Погибли 27 человек.', 'ru'), one('Two killed hospital workers.', 'en'))).toBe(false);
  });

  it('reads the fate said after a subset set off by commas ("196 more, including 10 children, were wounded")', () => {
    const [dead, wounded, children] = figures(
      'At least 44 people were killed and 196 more, including 10 children, were wounded in different regions.',
      'en',
    );
    expect(dead).toMatchObject({ value: 44, role: 'dead' });
    expect(wounded).toMatchObject({ value: 196, role: 'injured' });
    // A second group of a list, not 196 more dead.
    expect(wounded?.count).toBeUndefined();
    expect(children).toMatchObject({ value: 10, role: 'injured' });
  });

  it('never gives a length, a time or a magnitude a fate, and passes the fate on to the toll after it', () => {
    const [magnitude, toll] = figures(
      'The death toll from a powerful 7.7 magnitude earthquake in Myanmar has jumped to nearly 700.',
      'en',
    );
    expect(magnitude).toMatchObject({ value: 7.7, noun: 'magnitude' });
    expect(magnitude?.role).toBeUndefined();
    expect(toll).toMatchObject({ value: 700, role: 'dead', count: 'total' });
    expect(one('Обломки самолёта обнаружили в 15 км от пропавшего борта.', 'ru').role).toBeUndefined();
  });

  it('reads the missing under every word for them, and a verb after a count as no noun', () => {
    expect(one('But 150 are still unaccounted for.', 'en')).toMatchObject({ role: 'missing', noun: '@person' });
    const [, , missing] = figures(
      'Погибли 694 человека, пострадали 1 670 человек, 68 числятся пропавшими без вести.',
      'ru',
    );
    expect(missing).toMatchObject({ value: 68, role: 'missing', noun: '@person' });
  });

  it('never counts a past-tense verb after a number, whatever the verb translates to', () => {
    // `произошли` and `стався` mean `happened`: a noun reader that took them would compare 6,4 with 7,7.
    const [, second] = figures('Землетрясения магнитудой 7,7 и 6,4 произошли в пятницу.', 'ru');
    expect(second?.noun).toBe('');
    expect(one('Землетрус магнітудою 7,7 стався минулої пʼятниці.', 'uk').noun).toBe('magnitude');
    expect(one('Пожары 5 случились за ночь.', 'ru').noun).toBe('');
    expect(figures('Вибухи 12 пролунали вночі, ще 3 сталися вдень.', 'uk').map((f) => f.noun)).toEqual(['', '']);
  });

  it('gives a count joined by "and" to a scoped one its place, and every count of a clause the place opening it', () => {
    const joined = figures('Станом на 17.00 8 липня, по Україні вже 150 поранених та 33 загиблих.', 'uk').filter(
      (f) => f.role !== undefined,
    );
    expect(joined.map((f) => [f.value, f.scope])).toEqual([
      [150, 'ukraine'],
      [33, 'ukraine'],
    ]);
    const opened = figures('У Києві наразі відомо про 8 загиблих та щонайменше 25 постраждалих.', 'uk');
    expect(opened.map((f) => f.scope)).toEqual(['kyiv', 'kyiv']);
    // A body's name opening the clause is no place.
    expect(one('У Слідчому комітеті повідомили, що загинуло понад 60 осіб.', 'uk').scope).toBeUndefined();
    // People aboard a plane are not counted in the place it crashed.
    expect(one('На Дальнем Востоке разбился самолет, на борту находились 49 человек.', 'ru').scope).toBeUndefined();
  });

  it('keeps the place of one item of a list of counts from the next item', () => {
    const [, kyiv] = figures('Поранених – 68 – на Дніпропетровщині, 82 – у столиці.', 'uk');
    expect(kyiv?.scope).toBeUndefined();
    // Without a count before it, a place before a comma still scopes the count.
    expect(one('The missile hit a hospital in Kyiv, killing four more.', 'en').scope).toBe('kyiv');
  });

  it('reads no figure in a number that names something: a law article, a flight, a quoted channel', () => {
    expect(figures('A criminal case was opened under Article 263 of the Criminal Code.', 'en')).toEqual([]);
    expect(figures('Возбуждено дело по ч. 3 ст. 263 УК РФ.', 'ru').map((f) => f.value)).toEqual([]);
    expect(figures('Літак виконував рейс 2311 до Тинди.', 'uk')).toEqual([]);
    expect(figures('По данным «112», количество жертв достигло 150.', 'ru').map((f) => f.value)).toEqual([150]);
    expect(figures('Про це пише 24 Канал із посиланням на NYT.', 'uk')).toEqual([]);
  });

  it('reads a time written with a dot ("17.00", "12.50") as no figure, and a price written so as one', () => {
    const read = (text: string, lang: string) => figures(text, lang).map((f) => `${f.value} ${f.role ?? f.noun}`);
    expect(read('Станом на 17.00 8 липня загинули 22 людини.', 'uk')).toEqual(['22 dead']);
    expect(read('Толчки начались в 12.50 по местному времени.', 'ru')).toEqual([]);
    expect(read('The shares fell to 12.50 dollars.', 'en')).toEqual(['12.5 usd']);
  });

  it('reads the time a count holds as of, in three languages', () => {
    expect(one('По состоянию на 06:00 30 марта пострадали 695 человек.', 'ru').asOf).toBe('2024-03-30T06:00');
    expect(one('Станом на 17:00 8 липня загинули 22 людини.', 'uk').asOf).toBe('2024-07-08T17:00');
    expect(one('As of 17:00 on 8 July, 22 people were killed.', 'en').asOf).toBe('2024-07-08T17:00');
  });

  it('reads the place a count is limited to and the point a distance is measured from', () => {
    expect(one('20 человек погибли в Киеве.', 'ru').scope).toBe(one('У Києві загинули 22 людини.', 'uk').scope);
    const sagaing = one('Епіцентр розташовувався за 12 км від міста Сагайнг.', 'uk');
    const mandalay = one('Эпицентр находился примерно в 17 километрах от Мандалая.', 'ru');
    expect(sagaing.reference).toBeDefined();
    expect(sameQuantity(sagaing, mandalay)).toBe(false);
  });

  it('reads the place past a place noun and the words before it ("in the eastern town of Pokrovsk")', () => {
    const town = one('Three people were killed in the eastern town of Pokrovsk.', 'en');
    expect(town.scope).toBe(one('Троє людей загинули у Покровську.', 'uk').scope);
    expect(town.scope).toBeDefined();
    expect(one('В селе Яблоново погибли 5 человек.', 'ru').scope).toBeDefined();
    // No place noun: the words after the preposition are no place.
    expect(one('Three people were killed in the early hours.', 'en').scope).toBeUndefined();
  });

  it('never takes a place a count is compared with for its place ("больше, чем в Норд-Ост")', () => {
    expect(one('Жертв уже больше, чем в Норд-Осте: 143 человека погибли.', 'ru').scope).toBeUndefined();
    expect(one('More people died than in Kyiv: 40 were killed.', 'en').scope).toBeUndefined();
    expect(one('Загинуло більше людей, ніж у Києві: 40 осіб.', 'uk').scope).toBeUndefined();
    expect(one('В Киеве погибли 40 человек.', 'ru').scope).toBe('kyiv');
  });

  it('reads "Тут"/"Там" opening a clause as the place the sentence before named, and nothing without one', () => {
    const [here] = figures('Ранее сообщалось о погибших в Бангкоке. Тут число погибших достигло 10 человек.', 'ru');
    expect(here?.scope).toBe(one('В Бангкоке погибли 10 человек.', 'ru').scope);
    expect(here?.scope).toBeDefined();
    const [there] = figures('Ракета влучила у Покровськ. Там загинули троє людей.', 'uk');
    expect(there?.scope).toBe(one('Троє людей загинули у Покровську.', 'uk').scope);
    expect(figures('Вчера был обстрел. Тут число погибших достигло 10 человек.', 'ru')[0]?.scope).toBeUndefined();
  });

  it('reads the vote a share belongs to: "так"/"за"/yes against "ні"/"против"/no', () => {
    const [yes, no] = figures('Проголосували "так" 49,88% громадян, а 50,12% проголосували "ні".', 'uk');
    expect([yes?.role, no?.role]).toEqual(['yes', 'no']);
    expect(one('A majority of 50.17% voted “yes”.', 'en').role).toBe('yes');
    const [against, infavour] = figures('Голоса разделились: 58,09% «против» и 41,3% «за».', 'ru');
    expect([against?.role, infavour?.role]).toEqual(['no', 'yes']);
  });
});
