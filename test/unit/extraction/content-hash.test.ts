import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../lib/extraction/content-hash';

describe('contentHash', () => {
  it('is 64-bit FNV-1a: matches the published test vectors', () => {
    expect(contentHash('')).toBe('cbf29ce484222325');
    expect(contentHash('a')).toBe('af63dc4c8601ec8c');
    expect(contentHash('foobar')).toBe('85944171f73967e8');
  });

  it('ignores case, spacing and Unicode composition', () => {
    const composed = 'Її позиція\nзмінилася';
    const decomposed = 'ЇЇ   позиція змінилася'.normalize('NFD');
    expect(contentHash(decomposed)).toBe(contentHash(composed));
  });

  it('changes when a figure in the text changes', () => {
    expect(contentHash('понад 27 лідерів')).not.toBe(contentHash('понад 28 лідерів'));
  });
});
