import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/claims/claim';
import { figuresCompatible, rivalQuantity, sameFate, sameQuantity } from '../../../lib/matching/figure-compatibility';
import { figure } from './make-claim';

describe('figure compatibility', () => {
  it('treats "более 27" and "понад 27" as the same figure', () => {
    expect(figuresCompatible(figure(27, 'лидер', 'более 27', 'more'), figure(27, 'лидер', 'понад 27', 'more'))).toBe(
      true,
    );
  });

  it('flags lower bounds whose ranges do not meet (понад 40 vs более 27) as incompatible', () => {
    expect(figuresCompatible(figure(40, 'лидер', 'понад 40', 'more'), figure(27, 'лидер', 'более 27', 'more'))).toBe(
      false,
    );
  });

  it('takes lower bounds whose ranges meet (более чем 700 vs більше 730) as compatible', () => {
    expect(
      figuresCompatible(
        figure(700, 'раненый', 'более чем 700', 'more'),
        figure(730, 'поранений', 'більше 730', 'more'),
      ),
    ).toBe(true);
  });

  it('accepts rounding under "more than" and "about"', () => {
    expect(figuresCompatible(figure(40, 'самолет', 'more than 40', 'more'), figure(41, 'самолет', '41'))).toBe(true);
    expect(figuresCompatible(figure(130, 'km', 'about 130 km', 'about'), figure(125, 'km', '125 km'))).toBe(true);
    expect(
      figuresCompatible(
        figure(2_000_000, 'человек', 'nearly two million', 'almost'),
        figure(1_900_000, 'человек', '1,9 мільйона', 'about'),
      ),
    ).toBe(true);
  });

  it('compares exact values at the shorter precision', () => {
    expect(figuresCompatible(figure(71.63, '%', '71,63%'), figure(71.6, '%', '71.6%'))).toBe(true);
    expect(figuresCompatible(figure(8.8, 'magnitude', '8.8'), figure(8.7, 'magnitude', '8,7'))).toBe(false);
  });

  it('only compares figures that count the same noun', () => {
    expect(sameQuantity(figure(27, 'лидер', '27 leaders'), figure(35, 'делегац', '35 delegations'))).toBe(false);
    expect(
      sameQuantity(figure(27, 'лидер', '27 leaders'), figure(30, 'государств', 'more than 30 states', 'more')),
    ).toBe(false);
    expect(sameQuantity(figure(6, '', 'шесть'), figure(6, '', 'six'))).toBe(false);
  });

  it('does not take counts of one noun a factor of 4 apart for rival reports', () => {
    expect(rivalQuantity(figure(125, 'km', '125 km'), figure(17, 'km', '17 км'))).toBe(false);
    expect(rivalQuantity(figure(2e9, 'usd', '$2 billion'), figure(7e9, 'usd', '$7 billion'))).toBe(true);
  });

  it('compares counts of people only when both say what happened to them, and the same thing', () => {
    const people = (value: number, role?: string): Figure => ({
      ...figure(value, '@person', `${value}`),
      ...(role ? { role } : {}),
    });
    expect(sameQuantity(people(144, 'dead'), people(2719, 'dead'))).toBe(true);
    expect(rivalQuantity(people(144, 'dead'), people(2719, 'dead'))).toBe(true);
    expect(sameQuantity(people(34, 'dead'), people(119, 'injured'))).toBe(false);
    expect(sameQuantity(people(74, 'aboard'), people(2, 'survivors'))).toBe(false);
    expect(sameQuantity(people(74), people(9, 'aboard'))).toBe(false);
    expect(sameQuantity({ ...people(18, 'dead'), count: 'new' }, { ...people(133, 'dead'), count: 'total' })).toBe(
      false,
    );
    expect(sameQuantity({ ...people(20, 'dead'), scope: 'kyiv' }, { ...people(31, 'dead'), scope: 'ukraine' })).toBe(
      false,
    );
  });

  it('never compares a percentage with a count of votes', () => {
    const share = { ...figure(50.46, '%', '50,46%'), role: 'yes' };
    const votes = { ...figure(749_719, '@voter', '749 719'), role: 'yes' };
    expect(sameQuantity(share, votes)).toBe(false);
  });

  it('does not compare distances from different points', () => {
    const a = { ...figure(12, 'km', '12 км'), reference: 'sgng' };
    const b = { ...figure(17, 'km', '17 км'), reference: 'mndl' };
    const c = { ...figure(125, 'km', '125 km'), reference: 'ptrpvlvskmcsk' };
    const d = { ...figure(150, 'km', '150 км'), reference: 'ptrpvlvskmctsk' };
    expect(sameQuantity(a, b)).toBe(false);
    expect(sameQuantity(c, d)).toBe(true);
  });

  it('lets overlapping ranges agree and tells scorecards apart whichever way they are written', () => {
    const range = { ...figure(55, '%', '55 to 57'), high: 57 };
    expect(figuresCompatible(range, figure(56, '%', '56%'))).toBe(true);
    expect(figuresCompatible(range, figure(58.09, '%', '58,09%'))).toBe(false);
    expect(figuresCompatible(range, { ...figure(57, '%', '57-59'), high: 59 })).toBe(true);
    const card = (x: number, y: number): Figure => ({ ...figure(x, 'score', `${x}-${y}`), versus: y });
    expect(figuresCompatible(card(113, 114), card(114, 113))).toBe(true);
    expect(figuresCompatible(card(114, 112), card(114, 113))).toBe(false);
  });
});

describe('sameFate (evidence that two claims report one toll)', () => {
  const dead = (value: number, noun: string, text: string): Figure => ({ ...figure(value, noun, text), role: 'dead' });
  it('meets the dead counted as adults and as hospital workers, though they are no rival counts', () => {
    const adults = dead(2, '@adult', 'двоє дорослих');
    const workers = dead(2, '@worker', 'two killed hospital workers');
    expect(sameFate(adults, workers)).toBe(true);
    expect(sameQuantity(adults, workers)).toBe(false);
  });

  it('meets the bodies found and the dead (`2 719 тел` / `2 719 загиблих`), which are still no one quantity to compare', () => {
    const bodies: Figure = { ...figure(2719, '@bodi', '2 719 тел'), role: 'bodies' };
    const toll = dead(2719, '@person', '2 719 загиблих');
    expect(sameFate(bodies, toll)).toBe(true);
    expect(sameQuantity(bodies, toll)).toBe(false);
    expect(sameFate(bodies, { ...toll, role: 'injured' })).toBe(false);
  });

  it('never meets the dead and the injured, two places, a new count and a total, or a unit', () => {
    const workers = dead(2, '@worker', 'two killed workers');
    expect(sameFate(workers, { ...figure(16, '@person', '16 wounded'), role: 'injured' })).toBe(false);
    expect(sameFate({ ...workers, scope: 'bangkok' }, { ...dead(10, '@person', '10'), scope: 'mandalay' })).toBe(false);
    expect(sameFate({ ...workers, count: 'new' }, dead(10, '@person', '10'))).toBe(false);
    expect(sameFate(workers, dead(40, '%', '40%'))).toBe(false);
  });
});
