import { describe, expect, it } from 'vitest';
import { OUTLET_FEEDS } from '../../../lib/protocol/outlet-feeds';
import { originPattern } from '../../../lib/protocol/web-url';

describe('built-in outlet feeds', () => {
  it('lists outlets in Russian, Ukrainian and English, each with an https feed, its source, and the origins it needs', () => {
    expect(new Set(OUTLET_FEEDS.map((o) => o.lang))).toEqual(new Set(['ru', 'uk', 'en']));
    for (const outlet of OUTLET_FEEDS) {
      expect(outlet.name.length, outlet.feedUrl).toBeGreaterThan(2);
      expect(new URL(outlet.feedUrl).protocol).toBe('https:');
      expect(new URL(outlet.source).protocol).toBe('https:');
      // Asking for these must cover the feed itself.
      expect(outlet.origins).toContain(originPattern(outlet.feedUrl));
      for (const origin of outlet.origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    }
    expect(new Set(OUTLET_FEEDS.map((o) => o.feedUrl)).size).toBe(OUTLET_FEEDS.length);
  });
});
