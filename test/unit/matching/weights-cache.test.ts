import { describe, expect, it } from 'vitest';
import { weightsCache } from '../../../lib/matching/weights-cache';

describe('weightsCache', () => {
  const key = {};

  it('computes a value once while the weights keep their version', () => {
    const cache = weightsCache<object, number>();
    const weights = { idf: () => 1, version: 1 };
    let made = 0;
    const make = () => ++made;
    expect(cache(key, weights, make)).toBe(1);
    expect(cache(key, weights, make)).toBe(1);
    expect(made).toBe(1);
  });

  it('computes again when the version or the weights change', () => {
    const cache = weightsCache<object, number>();
    const weights = { idf: () => 1, version: 1 };
    let made = 0;
    const make = () => ++made;
    cache(key, weights, make);
    weights.version = 2;
    expect(cache(key, weights, make)).toBe(2);
    expect(cache(key, { idf: () => 2, version: 2 }, make)).toBe(3);
  });

  it('never caches for weights without a version', () => {
    const cache = weightsCache<object, number>();
    let made = 0;
    const make = () => ++made;
    cache(key, { idf: () => 1 }, make);
    expect(cache(key, { idf: () => 1 }, make)).toBe(2);
  });
});
