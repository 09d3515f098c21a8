import { describe, expect, it } from 'vitest';
import { foldCyrillic, normaliseWord } from '../../../lib/text/normalise';

describe('normaliseWord', () => {
  it('lower-cases, turns ё into е and unifies apostrophes', () => {
    expect(normaliseWord('Ещё')).toBe('еще');
    expect(normaliseWord('Зобов’язання')).toBe("зобов'язання");
    expect(normaliseWord('пʼять')).toBe("п'ять");
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normaliseWord('е\u0308ж')).toBe('еж');
  });
});

describe('foldCyrillic', () => {
  it('makes Russian and Ukrainian spellings of one stem equal', () => {
    expect(foldCyrillic('лідер')).toBe(foldCyrillic('лидер'));
    expect(foldCyrillic('зеленськ')).toBe(foldCyrillic('зеленск'));
    expect(foldCyrillic('європ')).toBe(foldCyrillic('европ'));
  });

  it('keeps different roots apart', () => {
    expect(foldCyrillic('безпек')).not.toBe(foldCyrillic('безопасн'));
  });
});
