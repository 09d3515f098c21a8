import { describe, expect, it } from 'vitest';
import { skeleton } from '../../../lib/text/transliterate';

describe('skeleton', () => {
  it('gives Cyrillic and Latin spellings of a surname one skeleton', () => {
    const witkoff = ['виткофф', 'уиткофф', 'віткофф', 'witkoff'].map(skeleton);
    expect(new Set(witkoff).size).toBe(1);
    const kushner = ['кушнер', 'kushner'].map(skeleton);
    expect(new Set(kushner).size).toBe(1);
    expect(skeleton('зеленск')).toBe(skeleton('zelensky'));
    expect(skeleton('джаред')).toBe(skeleton('jared'));
  });

  it('reads the English `dh` of Arabic names as one д (Riyadh / Ріяд, Dhaka / Дакка)', () => {
    expect(skeleton('riyadh')).toBe(skeleton('ріяд'));
    expect(skeleton('dhaka')).toBe(skeleton('дакка'));
  });

  it('gives short first-name variants the same three-class start', () => {
    const starts = ['стив', 'стивен', 'стів', 'steve'].map((w) => skeleton(w).slice(0, 3));
    expect(new Set(starts).size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(skeleton('кушнер')).not.toBe(skeleton('виткофф'));
    expect(skeleton('макрон')).not.toBe(skeleton('трамп'));
  });
});
