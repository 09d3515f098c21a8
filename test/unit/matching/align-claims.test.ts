import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../../../lib/claims/claim';
import { alignClaims } from '../../../lib/matching/align-claims';
import { figure, makeClaim } from './make-claim';

const flat = { idf: () => 1 };
const entity = (text: string, within: string, kind: Entity['kind'], key: string): Entity => {
  const start = within.indexOf(text);
  return { key, text, kind, start, end: start + text.length };
};
/** Claims whose terms are the given words (short stems, so no prefix keys), numbered in order. */
const claims = (lang: string, ...sentences: string[][]): Claim[] =>
  sentences.map((terms, index) => makeClaim({ index, lang, text: terms.join(' '), terms }));
const same = (here: Claim[], there: Claim[]): string[] =>
  alignClaims(here, there, flat)
    .filter((p) => p.same)
    .map((p) => `${p.hereIndex}-${p.thereIndex}`);

describe('alignClaims', () => {
  it('pairs the next part of a sentence another outlet split in two with the long sentence, and no other claim', () => {
    const long = 'a1 a2 a3 a4 a5 b1 b2 b3 x1 x2 x3 x4 x5 x6 x7 x8 x9 y1 y2 y3 y4 y5 y6 y7 y8 y9 z1 z2 z3 z4';
    const there = claims('ru', long.split(' '), ['q1', 'q2', 'q3']);
    const here = claims(
      'ru',
      ['a1', 'a2', 'a3', 'a4', 'a5', 'c0'],
      // Three words of the long sentence among ten: a topic's score, but right after its first part.
      ['b1', 'b2', 'b3', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'],
      ['k1', 'k2', 'k3'],
      // As much in common, but not next to a part: only related.
      ['x1', 'x2', 'x3', 'c8', 'c9', 'd1', 'd2', 'd3', 'd4', 'd5'],
    );
    expect(same(here, there)).toEqual(['0-0', '1-0']);
    expect(alignClaims(here, there, flat).find((p) => p.hereIndex === 3)).toMatchObject({ thereIndex: 0, same: false });
  });

  it('pairs headline with headline and lead with lead, though each lead restates the other headline', () => {
    const words = (index: number, text: string, heading = false): Claim =>
      makeClaim({ index, lang: 'ru', text, terms: text.split(' '), heading });
    const here = [words(0, 'h1 h2 h3 h4 h5 g1 g2 g3', true), words(1, 'h1 h2 h3 x1 x2 a1 a2 a3')];
    const there = [words(0, 'h1 h2 h3 h4 h5 x1 x2', true), words(1, 'g1 g2 g3 a1 a2 a3 b1 b2 b3 b4 b5')];
    // Each lead scores with the other headline as high as the headlines do, and above the other lead: taken
    // best first, the headlines would take both leads and leave the leads no pair of their own.
    expect(same(here, there)).toEqual(['0-0', '1-1']);
  });

  it('aligns claims sharing enough content words as the same fact', () => {
    const here = claims('ru', ['воен', 'чиновник', 'штаб', 'париж']);
    const there = claims('ru', ['воен', 'чиновник', 'штаб', 'бумаг']);
    expect(same(here, there)).toEqual(['0-0']);
  });

  it('keeps a pair sharing only a person, a title and a country as related (27 leaders vs the Congress)', () => {
    const a = 'К президенту Украины Владимиру Зеленскому присоединятся лидеры';
    const b = 'Президент Украины Владимир Зеленский заявил о конгрессе';
    const zelensky = (text: string, name: string, country: string) => [
      entity(country, text, 'place', 'ukraine'),
      entity(name, text, 'person', 'slnsk'),
    ];
    const here = [
      makeClaim({
        text: a,
        terms: ['президент', 'украин', '~krn', 'владимир', '~vld', 'зеленск', '~sln', 'присоедин', 'лидер'],
        entities: zelensky(a, 'Владимиру Зеленскому', 'Украины'),
      }),
    ];
    const there = [
      makeClaim({
        text: b,
        terms: ['президент', 'украин', '~krn', 'владимир', '~vld', 'зеленск', '~sln', 'заяв', 'конгресс'],
        entities: zelensky(b, 'Владимир Зеленский', 'Украины'),
      }),
    ];
    const [pair] = alignClaims(here, there, flat);
    expect(pair?.same).toBe(false);
    expect(pair?.score).toBeGreaterThan(0.3);
  });

  it('aligns a figure of the same noun with a conflicting value, so the difference can be shown', () => {
    const here = [
      makeClaim({
        text: 'У столиці Франції приєднаються понад 27 лідерів',
        terms: ['столиц', 'франц', '~vrn', 'присоедин', 'лидер'],
        figures: [figure(27, 'лидер', 'понад 27 лідерів', 'more')],
      }),
    ];
    const there = [
      makeClaim({
        text: 'Во французской столице будут более 30 мировых лидеров',
        terms: ['французск', 'столиц', 'миров', 'лидер'],
        figures: [figure(30, 'лидер', 'более 30 мировых лидеров', 'more')],
      }),
    ];
    expect(same(here, there)).toEqual(['0-0']);
  });

  it('takes two people named together as the claim (Witkoff and Kushner represent the US)', () => {
    const a = 'Прибудут переговорщики Стив Уиткофф и Джаред Кушнер';
    const b = 'США представят Джаред Кушнер и Стив Уиткофф';
    const people = (text: string) => [
      entity('Стив Уиткофф', text, 'person', 'vtkv'),
      entity('Джаред Кушнер', text, 'person', 'kxnr'),
    ];
    const names = ['стив', '~stv', 'уиткофф', '~vtk', 'джаред', '~jrd', 'кушнер', '~kxn'];
    const here = [makeClaim({ text: a, terms: ['прибуд', 'переговорщик', ...names], entities: people(a) })];
    const there = [makeClaim({ text: b, terms: ['сша', '~sx', 'представ', ...names], entities: people(b) })];
    expect(same(here, there)).toEqual(['0-0']);
  });

  it('asks less of a pair in two languages, where words the bridge lacks lower the score', () => {
    const words = ['мир', 'шаг', 'план'];
    const ru = claims('ru', [...words, 'а1', 'а2', 'а3', 'а4', 'а5', 'а6', 'а7', 'а8']);
    const ruToo = claims('ru', [...words, 'б1', 'б2', 'б3', 'б4', 'б5', 'б6', 'б7', 'б8']);
    const uk = claims(
      'uk',
      [...words, 'б1', 'б2', 'б3', 'б4', 'б5', 'б6', 'б7', 'б8'].map((w) => (w.startsWith('б') ? `в${w}` : w)),
    );
    // 3 of 11 words shared: 0.27, under the same-language threshold and over the cross-language one.
    expect(same(ru, ruToo)).toEqual([]);
    expect(same(ru, uk)).toEqual(['0-0']);
  });

  it('lets one long claim take the claims another outlet split it into, but never two claims share two', () => {
    const here = claims('ru', ['лидер', 'столиц', 'присоедин', 'позиц', 'единств', 'усил']);
    const there = claims('ru', ['лидер', 'столиц', 'присоедин', 'миров'], ['позиц', 'единств', 'усил', 'широк']);
    expect(same(here, there).sort()).toEqual(['0-0', '0-1']);

    const twoHere = claims(
      'ru',
      ['лидер', 'столиц', 'присоедин', 'миров', 'позиц'],
      ['позиц', 'единств', 'усил', 'широк', 'миров'],
    );
    const twoThere = claims(
      'ru',
      ['лидер', 'столиц', 'присоедин', 'миров', 'единств'],
      ['позиц', 'единств', 'усил', 'широк', 'столиц'],
    );
    expect(same(twoHere, twoThere).sort()).toEqual(['0-0', '1-1']);
  });

  it('keeps the best topical neighbour of a claim with no same-fact partner as related', () => {
    const here = claims('ru', ['гарант', 'безопасн', 'обсужда', 'войск']);
    const there = claims('ru', ['гарант', 'безопасн', 'коалиц', 'вход'], ['гарант', 'пакет', 'широк', 'нападен']);
    const pairs = alignClaims(here, there, flat);
    expect(pairs).toEqual([expect.objectContaining({ hereIndex: 0, thereIndex: 0, same: false })]);
  });

  it('pairs a claim that has a partner with another that has one when both give the same distinctive value', () => {
    const dead = (value: number, text: string) => ({ ...figure(value, '@person', text), role: 'dead' });
    const injured = (value: number, text: string) => ({ ...figure(value, '@person', text), role: 'injured' });
    const here = [
      makeClaim({
        index: 0,
        lang: 'en',
        text: 'The death toll in Myanmar surged to 1,644, the military government announced.',
        terms: ['@death', '@toll', '@myanmar', '@surg', '@militari', '@govern', '@announc'],
        figures: [dead(1644, '1,644')],
      }),
      makeClaim({
        index: 1,
        lang: 'en',
        text: 'Television reported 694 people found dead and 1,670 injured.',
        terms: ['@televis', '@report', '@peopl', '@found', '@dead', '@injur'],
        figures: [dead(694, '694 people'), injured(1670, '1,670 injured')],
      }),
    ];
    const there = (value: number): Claim[] => [
      makeClaim({
        index: 0,
        lang: 'ru',
        text: 'Число жертв в Мьянме выросло до 1644, объявило военное правительство.',
        terms: ['@death', '@toll', '@myanmar', '@surg', '@militari', '@govern', '@announc', '@number'],
        figures: [dead(1644, '1644')],
      }),
      makeClaim({
        index: 1,
        lang: 'ru',
        text: `Число погибших составило ${value}, 3408 получили ранения.`,
        terms: ['@number', '@perish', '@make', '@get', '@injur', '@hour'],
        figures: [dead(value, String(value)), injured(3408, '3408')],
      }),
    ];
    expect(same(here, there(1644))).toEqual(['0-0', '0-1', '1-1']);
    expect(same(here, there(2719))).toEqual(['0-0', '1-1']);
  });

  it('pairs two claims that have partners when both give one count of one fate in the same words of quantity', () => {
    const fired = (value: number, text: string) => ({
      ...figure(value, '@missil', text, 'more'),
      role: 'launched',
    });
    const here = [
      makeClaim({
        index: 0,
        lang: 'en',
        text: 'Zelenskiy said Russia fired more than 40 missiles, damaging residential buildings and infrastructure.',
        terms: ['@missil', '@fire', '@damag', '@residenti', '@build', '@infrastructur'],
        figures: [fired(40, 'more than 40 missiles')],
      }),
      makeClaim({
        index: 1,
        lang: 'en',
        text: 'Rescuers work at the hospital damaged during a massive missile attack on July 8.',
        terms: ['@rescuer', '@hospit', '@massiv', '@attack', '@juli'],
      }),
    ];
    const there = (value: number): Claim[] => [
      makeClaim({
        index: 0,
        lang: 'uk',
        text: `8 липня росіяни здійснили масовану ракетну атаку, застосувавши понад ${value} ракет.`,
        terms: ['@missil', '@massiv', '@attack', '@juli', '@hospit', '@rocket'],
        figures: [fired(value, `понад ${value} ракет`)],
      }),
      makeClaim({
        index: 1,
        lang: 'uk',
        text: 'Пошкоджені житлові будинки та інфраструктура, повідомив Зеленський.',
        terms: ['@damag', '@residenti', '@build', '@infrastructur', '@report'],
      }),
    ];
    expect(same(here, there(40)).sort()).toEqual(['0-0', '0-1', '1-0']);
    expect(same(here, there(30)).sort()).toEqual(['0-1', '1-0']);
  });
});
