import { describe, expect, it } from 'vitest';
import { figuresCompatible, rivalQuantity, sameQuantity } from '../../../lib/matching/figure-compatibility';
import { figure } from './make-claim';

describe('figure compatibility', () => {
  it('treats "более 27" and "понад 27" as the same figure', () => {
    expect(figuresCompatible(figure(27, 'лидер', 'более 27', 'more'), figure(27, 'лидер', 'понад 27', 'more'))).toBe(
      true,
    );
  });

  it('flags two different lower bounds (понад 30 vs более 27) as incompatible', () => {
    expect(figuresCompatible(figure(30, 'лидер', 'понад 30', 'more'), figure(27, 'лидер', 'более 27', 'more'))).toBe(
      false,
    );
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
});
