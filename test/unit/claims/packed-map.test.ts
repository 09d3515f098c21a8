import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedMap } from '../../../lib/claims/packed-map';

const same = (value: string): string => value;

describe('PackedMap', () => {
  it('finds every key of sorted entries and nothing else, with values decoded on the way out', () => {
    const map = PackedMap.from('аб:1|абв:2|б:3|бб:4', (v) => Number(v) * 10);
    expect(map).toBeInstanceOf(PackedMap);
    expect(map.get('аб')).toBe(10);
    expect(map.get('абв')).toBe(20);
    expect(map.get('бб')).toBe(40);
    expect(map.get('а')).toBeUndefined();
    expect(map.get('абвг')).toBeUndefined();
    expect(map.has('б')).toBe(true);
    expect(map.size).toBe(4);
    expect([...map]).toEqual([
      ['аб', 10],
      ['абв', 20],
      ['б', 30],
      ['бб', 40],
    ]);
    expect([...map.keys()]).toEqual(['аб', 'абв', 'б', 'бб']);
  });

  it('skips entries without a key or a colon, as the lexicon reader always did', () => {
    const map = PackedMap.from(':x|a:1|junk|b:2|', same);
    expect([...map.entries()]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(PackedMap.from('', same).size).toBe(0);
  });

  it('answers like a plain map for entries out of order, a later repeat winning', () => {
    const map = PackedMap.from('b:1|a:2|b:3', same);
    expect(map.get('a')).toBe('2');
    expect(map.get('b')).toBe('3');
    expect(map.size).toBe(2);
    expect([...map.keys()].sort()).toEqual(['a', 'b']);
  });

  it('answers like a Map built from the same entries, whatever the keys', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'я', 'ї', '-', "'"), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 30 }), fc.array(key, { maxLength: 10 }), (keys, probes) => {
        const sorted = [...keys].sort();
        const packed = sorted.map((k, i) => `${k}:${i}`).join('|');
        const map = PackedMap.from(packed, same);
        const reference = new Map(sorted.map((k, i) => [k, String(i)]));
        for (const probe of [...keys, ...probes]) expect(map.get(probe)).toBe(reference.get(probe));
        expect([...map]).toEqual([...reference]);
      }),
    );
  });
});
