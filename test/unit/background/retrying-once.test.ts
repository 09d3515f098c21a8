import { describe, expect, it } from 'vitest';
import { retryingOnce } from '../../../lib/background/retrying-once';

describe('retryingOnce', () => {
  it('runs the work once for concurrent and later callers', async () => {
    let runs = 0;
    const shared = retryingOnce(async () => ++runs);
    expect(await Promise.all([shared.get(), shared.get()])).toEqual([1, 1]);
    expect(await shared.get()).toBe(1);
    expect(runs).toBe(1);
  });

  it('tries again after a failure instead of keeping it', async () => {
    let runs = 0;
    const shared = retryingOnce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('blocked upgrade');
      return 'open';
    });
    await expect(shared.get()).rejects.toThrow('blocked upgrade');
    expect(await shared.get()).toBe('open');
    expect(runs).toBe(2);
  });

  it('runs the work again after reset', async () => {
    let runs = 0;
    const shared = retryingOnce(async () => ++runs);
    await shared.get();
    shared.reset();
    expect(await shared.get()).toBe(2);
  });
});
