import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../lib/claims/claim';
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
const side = (claim: ReturnType<typeof makeClaim>, outlet = 'Some outlet') => ({ claim, outlet });

describe('findDifferences', () => {
  it('flags 30 vs 27 leaders as a number difference with both phrases', () => {
    const here = makeClaim({
      text: 'приєднаються понад 30 лідерів',
      figures: [figure(30, 'лидер', 'понад 30 лідерів', 'more')],
    });
    const there = makeClaim({
      text: 'присоединятся более 27 мировых лидеров',
      figures: [figure(27, 'лидер', 'более 27 мировых лидеров', 'more')],
    });
    expect(findDifferences(side(here), side(there))).toEqual([
      { kind: 'number', here: 'понад 30 лідерів', there: 'более 27 мировых лидеров', detail: 'more 30 vs more 27' },
    ]);
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

  it('flags dates that resolve differently and accepts them at a shared precision', () => {
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

  it('never reports the coalition names (желающих / решительных / охочих) as a difference', () => {
    const entity = (text: string, key: string) => ({ key, text, kind: 'org' as const, start: 0, end: text.length });
    const here = makeClaim({ text: 'Коалиции желающих', entities: [entity('Коалиции желающих', 'коалиц жела')] });
    const there = makeClaim({ text: 'коаліції охочих', entities: [entity('коаліції охочих', 'коалиц охотн')] });
    expect(findDifferences(side(here), side(there))).toEqual([]);
    expect(nameVariants(here, there)).toEqual([]);
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
