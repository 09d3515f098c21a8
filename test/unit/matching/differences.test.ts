import { describe, expect, it } from 'vitest';
import type { Attribution, Figure } from '../../../lib/claims/claim';
import { findDifferences, nameVariants } from '../../../lib/matching/differences';
import { figure, makeClaim } from './make-claim';

const reuters: Attribution = {
  chain: ['Reuters'],
  source: 'reuters',
  text: 'сообщает Reuters',
  inherited: false,
  start: 0,
  end: 10,
  links: [{ text: 'Reuters', key: 'reuters', kind: 'media' }],
};
const viaRbc: Attribution = {
  chain: ['РБК-Украина', 'Reuters'],
  source: 'reuters',
  text: 'сообщает РБК-Украина со ссылкой на Reuters',
  inherited: false,
  start: 0,
  end: 10,
  links: [
    { text: 'РБК-Украина', key: 'rbc-ukraine', kind: 'media' },
    { text: 'Reuters', key: 'reuters', kind: 'media' },
  ],
};
const bloomberg: Attribution = {
  chain: ['Bloomberg'],
  source: 'bloomberg',
  text: 'пишет Bloomberg',
  inherited: false,
  start: 0,
  end: 10,
  links: [{ text: 'Bloomberg', key: 'bloomberg', kind: 'media' }],
};
const side = (claim: ReturnType<typeof makeClaim>, outlet = 'Some outlet', published: string | null = null) => ({
  claim,
  outlet,
  published,
});

describe('findDifferences', () => {
  it('flags 40 vs 27 leaders as a number difference with both phrases, their spans, values and dates', () => {
    const here = makeClaim({
      text: 'приєднаються понад 40 лідерів',
      figures: [figure(40, 'лидер', 'понад 40 лідерів', 'more', 13)],
    });
    const there = makeClaim({
      text: 'присоединятся более 27 мировых лидеров',
      figures: [figure(27, 'лидер', 'более 27 мировых лидеров', 'more', 14)],
    });
    const [difference, ...rest] = findDifferences(side(here, 'УНН', '2026-01-07'), side(there, 'РБК', '2026-01-06'));
    expect(rest).toEqual([]);
    expect(difference).toEqual({
      kind: 'number',
      here: 'понад 40 лідерів',
      there: 'более 27 мировых лидеров',
      spans: { here: { start: 13, end: 29 }, there: { start: 14, end: 38 } },
      values: {
        here: { figure: { value: 40, qualifier: 'more', noun: 'лидер' } },
        there: { figure: { value: 27, qualifier: 'more', noun: 'лидер' } },
      },
      published: { here: '2026-01-07', there: '2026-01-06' },
    });
    const { spans } = difference as NonNullable<typeof difference>;
    expect(here.text.slice(spans.here?.start, spans.here?.end)).toBe('понад 40 лідерів');
    expect(there.text.slice(spans.there?.start, spans.there?.end)).toBe('более 27 мировых лидеров');
  });

  it('never compares the dead with the injured, survivors with those on board, or percentages with vote counts', () => {
    const dead = { ...figure(34, '@person', '34 погибших'), role: 'dead' };
    const injured = { ...figure(119, '@person', '119 injured'), role: 'injured' };
    const survivors = { ...figure(2, '@crew', 'two crew members survived'), role: 'survivors' };
    const aboard = { ...figure(5, '@crew', '5 crew members on board'), role: 'aboard' };
    const percent = { ...figure(50.46, '%', '50,46%'), role: 'yes' };
    const votes = { ...figure(749_719, '@voter', '749 719 избирателей'), role: 'yes' };
    const pairs = [
      [dead, injured],
      [survivors, aboard],
      [percent, votes],
    ];
    for (const [x, y] of pairs) {
      const a = makeClaim({ text: 'x', figures: [x as Figure] });
      const b = makeClaim({ text: 'y', figures: [y as Figure] });
      expect(findDifferences(side(a), side(b))).toEqual([]);
    }
  });

  it('shows an updated toll as a number difference, with each side’s publication date and as-of time', () => {
    const early = makeClaim({
      text: 'погибли 60 человек',
      figures: [{ ...figure(60, '@person', '60 человек', 'more', 8), role: 'dead' }],
    });
    const late = makeClaim({
      text: 'toll rose to 133',
      figures: [
        { ...figure(133, '@person', '133', 'exact', 13), role: 'dead', count: 'total', asOf: '2024-03-24T09:00' },
      ],
    });
    const [d] = findDifferences(side(early, 'URA', '2024-03-23'), side(late, 'RTVI', '2024-03-24'));
    expect(d?.kind).toBe('number');
    expect(d?.values.there.figure).toMatchObject({
      value: 133,
      role: 'dead',
      count: 'total',
      asOf: '2024-03-24T09:00',
    });
    expect(d?.published).toEqual({ here: '2024-03-23', there: '2024-03-24' });
  });

  it('never compares an increment with a total (`18 more bodies` vs `133`)', () => {
    const more = makeClaim({
      text: 'x',
      figures: [{ ...figure(18, '@person', '18 more'), role: 'dead', count: 'new' }],
    });
    const total = makeClaim({
      text: 'y',
      figures: [{ ...figure(133, '@person', '133'), role: 'dead', count: 'total' }],
    });
    expect(findDifferences(side(more), side(total))).toEqual([]);
  });

  it('does not flag ranges that overlap, and flags a value outside the range', () => {
    const range = makeClaim({ text: 'x', figures: [{ ...figure(55, '%', '55 to 57 percent'), high: 57, role: 'no' }] });
    const inside = makeClaim({ text: 'y', figures: [{ ...figure(56, '%', '56%'), role: 'no' }] });
    const outside = makeClaim({ text: 'z', figures: [{ ...figure(58.09, '%', '58,09%'), role: 'no' }] });
    expect(findDifferences(side(range), side(inside))).toEqual([]);
    expect(findDifferences(side(range), side(outside)).map((d) => [d.here, d.there])).toEqual([
      ['55 to 57 percent', '58,09%'],
    ]);
  });

  it('pairs the closest values of one quantity (20 in Kyiv against 22, not the national 31)', () => {
    const dead = (value: number, text: string, scope?: string): Figure => ({
      ...figure(value, '@person', text),
      role: 'dead',
      ...(scope ? { scope } : {}),
    });
    const here = makeClaim({
      text: 'x',
      figures: [dead(31, '31 погибшем'), dead(20, '20 человек', 'kyiv'), dead(11, '11', 'dnpr')],
    });
    const there = makeClaim({ text: 'y', figures: [dead(11, '11', 'dnpr'), dead(22, '22', 'kyiv')] });
    expect(findDifferences(side(here), side(there)).map((d) => [d.here, d.there])).toEqual([['20 человек', '22']]);
  });

  it('compares scorecards as a multiset: only the card one outlet prints and the other does not is flagged', () => {
    const card = (x: number, y: number): Figure => ({ ...figure(x, 'score', `${x}-${y}`), versus: y });
    const here = makeClaim({ text: 'x', figures: [card(115, 112), card(114, 112), card(113, 114)] });
    const there = makeClaim({ text: 'y', figures: [card(115, 112), card(114, 113), card(114, 113)] });
    const same = makeClaim({ text: 'z', figures: [card(115, 112), card(114, 113), card(113, 114)] });
    expect(findDifferences(side(here), side(there)).map((d) => [d.here, d.there])).toEqual([['114-112', '114-113']]);
    expect(findDifferences(side(same), side(there))).toEqual([]);
  });

  it('does not flag 27 leaders against 35 delegations or more than 30 states', () => {
    const here = makeClaim({ text: 'x', figures: [figure(27, 'лидер', '27 leaders')] });
    const there = makeClaim({
      text: 'y',
      figures: [figure(35, 'делегац', '35 делегациям'), figure(30, 'государств', 'более 30 государств', 'more')],
    });
    expect(findDifferences(side(here), side(there))).toEqual([]);
  });

  it('settles a figure with its compatible partner before pairing the rest (15 and 50 years vs 15 years)', () => {
    const here = makeClaim({ text: 'x', figures: [figure(15, 'year', '15 лет'), figure(50, 'year', '50 годах')] });
    const there = makeClaim({ text: 'y', figures: [figure(15, 'year', '15 years')] });
    expect(findDifferences(side(here), side(there))).toEqual([]);
  });

  it('flags the same claim credited to Bloomberg and to Reuters as an attribution difference', () => {
    const here = makeClaim({ text: 'x', attributions: [bloomberg] });
    const there = makeClaim({ text: 'y', attributions: [reuters] });
    const [difference] = findDifferences(side(here), side(there));
    expect(difference).toMatchObject({ kind: 'attribution', here: 'Bloomberg', there: 'Reuters' });
  });

  it('reads a chain ending in the same agency as corroboration, not conflict', () => {
    const here = makeClaim({ text: 'x', attributions: [viaRbc] });
    const there = makeClaim({ text: 'y', attributions: [reuters] });
    expect(findDifferences(side(here, 'РБК-Украина'), side(there))).toEqual([]);
  });

  it('reads a body named longer on one side as the same body, and another body of the same kind as another source', () => {
    const body = (text: string, key: string): Attribution => ({
      chain: [text],
      source: key,
      text: `${text} сообщил`,
      inherited: false,
      start: 0,
      end: 10,
      links: [{ text, key, kind: 'org' }],
    });
    const committee = makeClaim({ text: 'x', attributions: [body('Следственный комитет', 'следствен комитет')] });
    const longer = makeClaim({
      text: 'y',
      attributions: [body('Следственный комитет страны-агрессора', 'следствен комитет страни-агрессор')],
    });
    const ministry = makeClaim({ text: 'z', attributions: [body('Министерство обороны', 'министерств оборон')] });
    const anyCommittee = makeClaim({ text: 'w', attributions: [body('комитет', 'комитет')] });
    expect(findDifferences(side(committee), side(longer))).toEqual([]);
    expect(findDifferences(side(committee), side(ministry))).toMatchObject([{ kind: 'attribution' }]);
    // One word is not a body's name: `комитет` alone is not the Investigative Committee.
    expect(findDifferences(side(anyCommittee), side(longer))).toMatchObject([{ kind: 'attribution' }]);
  });

  it('accepts a weekday without a calendar day guessed a week apart, but not another weekday', () => {
    const friday = (value: string) => ({ value, text: 'в пятницу', start: 0, end: 9, relative: true, weekday: true });
    const day = (value: string, text: string) => ({ value, text, start: 0, end: text.length, relative: false });
    const thisWeek = makeClaim({ text: 'x', dates: [friday('2025-04-04')] });
    const lastWeek = makeClaim({ text: 'y', dates: [friday('2025-03-28')] });
    const sunday = makeClaim({ text: 'z', dates: [day('2025-03-30', '30 марта')] });
    expect(findDifferences(side(thisWeek), side(lastWeek))).toEqual([]);
    expect(
      findDifferences(side(thisWeek), side(makeClaim({ text: 'w', dates: [day('2025-03-28', '28 марта')] }))),
    ).toEqual([]);
    expect(findDifferences(side(lastWeek), side(sunday))).toMatchObject([{ kind: 'date' }]);
  });

  it('accepts a weekday a day off (another time zone, a night event), unless a side says the daytime', () => {
    const weekday = (value: string, text: string, daytime = false) => ({
      value,
      text,
      start: 0,
      end: text.length,
      relative: true,
      weekday: true,
      ...(daytime ? { daytime } : {}),
    });
    const sunday = makeClaim({ text: 'x', dates: [weekday('2024-05-19', 'on Sunday')] });
    const saturday = makeClaim({
      text: 'y',
      dates: [{ value: '2024-05-18', text: 'Saturday (18 May)', start: 0, end: 17, relative: false }],
    });
    expect(findDifferences(side(sunday), side(saturday))).toEqual([]);
    const thursdayMorning = makeClaim({ text: 'z', dates: [weekday('2025-11-27', 'Thursday', true)] });
    const friday = makeClaim({ text: 'w', dates: [weekday('2025-11-28', 'Friday')] });
    expect(findDifferences(side(thursdayMorning), side(friday))).toMatchObject([{ kind: 'date' }]);
  });

  it('flags dates that resolve differently as a date difference, and accepts them at a shared precision', () => {
    const day = (value: string, text: string, relative = false) => ({
      value,
      text,
      start: 0,
      end: text.length,
      relative,
    });
    const today = makeClaim({ text: 'x', dates: [day('2026-01-06', 'сегодня', true)] });
    const eighth = makeClaim({ text: 'y', dates: [day('2026-01-08', '8 января')] });
    const january = makeClaim({ text: 'z', dates: [day('2026-01', 'в январе')] });
    expect(findDifferences(side(today), side(eighth))).toMatchObject([
      { kind: 'date', here: 'сегодня', there: '8 января' },
    ]);
    expect(findDifferences(side(january), side(eighth))).toEqual([]);
  });

  it('never compares the day a relative clause gives (what it describes) or the day something was said', () => {
    const day = (value: string, text: string, extra: object = {}) => ({
      value,
      text,
      start: 0,
      end: text.length,
      relative: false,
      ...extra,
    });
    const attack = makeClaim({ text: 'x', dates: [day('2024-03-22', '22 березня', { background: true })] });
    const said = makeClaim({ text: 'y', dates: [day('2024-03-23', 'в субботу', { reporting: true })] });
    const event = makeClaim({ text: 'z', dates: [day('2024-03-23', '23 марта')] });
    expect(findDifferences(side(attack), side(said))).toEqual([]);
    expect(findDifferences(side(attack), side(event))).toEqual([]);
    const eventThere = makeClaim({ text: 'w', dates: [day('2024-03-22', '22 березня')] });
    expect(findDifferences(side(eventThere), side(event))).toMatchObject([{ kind: 'date' }]);
  });

  it('never reports the coalition names (желающих / решительных / охочих) as a difference', () => {
    const entity = (text: string, key: string) => ({ key, text, kind: 'org' as const, start: 0, end: text.length });
    const here = makeClaim({ text: 'Коалиции желающих', entities: [entity('Коалиции желающих', 'коалиц жела')] });
    const there = makeClaim({ text: 'коаліції охочих', entities: [entity('коаліції охочих', 'коалиц охотн')] });
    expect(findDifferences(side(here), side(there))).toEqual([]);
    expect(nameVariants(here, there)).toEqual([]);
  });
});

describe('name differences', () => {
  const person = (text: string, key: string, start: number, title: string[]) => ({
    key,
    text,
    kind: 'person' as const,
    start,
    end: start + text.length,
    title,
  });
  const place = (text: string, key: string, claim: string) => {
    const start = claim.indexOf(text);
    return { key, text, kind: 'place' as const, start, end: start + text.length };
  };

  it('flags two outlets naming different people with one title, and never one person under two spellings', () => {
    const ru = 'примет генеральный секретарь НАТО Марк Рютте';
    const en = 'NATO Secretary General Jens Stoltenberg will attend';
    const here = makeClaim({ text: ru, entities: [person('Марк Рютте', 'rt', 34, ['@general', 'secretari', 'nato'])] });
    const there = makeClaim({
      text: en,
      lang: 'en',
      entities: [person('Jens Stoltenberg', 'stltnbrg', 23, ['nato', 'secretari', '@general'])],
    });
    const [d] = findDifferences(side(here), side(there));
    expect(d).toMatchObject({ kind: 'name', here: 'Марк Рютте', there: 'Jens Stoltenberg' });
    expect(d?.values).toEqual({ here: { names: ['Марк Рютте'] }, there: { names: ['Jens Stoltenberg'] } });
    expect(ru.slice(d?.spans.here?.start, d?.spans.here?.end)).toBe('Марк Рютте');
    const sameman = makeClaim({
      text: en,
      lang: 'en',
      entities: [person('Mark Rutte', 'rt', 23, ['nato', 'secretari'])],
    });
    expect(findDifferences(side(here), side(sameman))).toEqual([]);
  });

  it('flags a coalition of "EU countries and Canada" against "more than 30 states including the US", not two partial lists', () => {
    const a = 'коалиции желающих, в которую входят страны ЕС и Канада.';
    const b = 'В коалицию входят более 30 государств, в том числе партнеры из Европы и США, которые обсуждают план.';
    const d = 'В коалицию входят, в том числе, США и Канада.';
    const eu = makeClaim({ text: a, entities: [place('ЕС', 'eu', a), place('Канада', 'canada', a)] });
    const forty = makeClaim({ text: b, entities: [place('Европы', 'europe', b), place('США', 'usa', b)] });
    const [diff, ...rest] = findDifferences(side(eu), side(forty));
    expect(rest).toEqual([]);
    expect(diff).toMatchObject({ kind: 'name', here: 'страны ЕС и Канада' });
    expect(diff?.there).toContain('США');
    expect(diff?.values.there.names).toContain('США');
    const partial = makeClaim({ text: d, entities: [place('США', 'usa', d), place('Канада', 'canada', d)] });
    expect(findDifferences(side(forty), side(partial))).toEqual([]);
  });
});

describe('nameVariants', () => {
  it('reports Уиткофф / Віткофф as a spelling variant, and case forms as nothing', () => {
    const person = (text: string) => ({ key: 'vtkv', text, kind: 'person' as const, start: 0, end: text.length });
    const ru = makeClaim({ text: 'x', entities: [person('Стив Уиткофф')] });
    const uk = makeClaim({ text: 'y', entities: [person('Стів Віткофф')] });
    const ruCase = makeClaim({ text: 'z', entities: [person('Стивом Уиткоффом')] });
    expect(nameVariants(ru, uk)).toEqual([{ here: 'Уиткофф', there: 'Віткофф' }]);
    expect(nameVariants(ru, ruCase)).toEqual([]);
  });
});
