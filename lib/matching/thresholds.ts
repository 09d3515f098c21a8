/**
 * Thresholds of the matcher that are not fitted by `npm run calibrate`: chosen by hand on the seeds'
 * gold facts and the judged corpus-dev pairs (test/fixtures/matching), as their comments say.
 */

/** Claim pairs at or above this (and not the same fact) are on the same topic (verdict related). */
export const RELATED_CLAIM = 0.18;
/**
 * Two statements of one article with figures of one noun contradict each other when their plain
 * similarity (claimSimilarity, without the pair weights above) reaches this.
 */
export const SELF_SAME_CLAIM = 0.4;

// When two claims state one fact: align-config.ts; whether two documents report one story:
// story-config.ts; both fitted by `npm run calibrate`.
