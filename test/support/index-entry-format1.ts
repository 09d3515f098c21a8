import type { IndexEntry } from '../../lib/matching/index-entry';

/** An index entry as Parallax stored it before its fields were named (format 1: one-letter fields, `v: 1`). */
export const asFormat1 = (e: IndexEntry) => ({
  v: 1,
  t: e.terms,
  c: e.claimCounts,
  k: e.postedCount,
  p: e.publishedDay,
  h: e.contentHash,
});
