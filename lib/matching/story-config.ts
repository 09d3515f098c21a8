import calibrated from './story-calibration.json';

/**
 * The same-story decision's tunables (see storyScore in same-story.ts). The numbers come from
 * `npm run calibrate` (test/eval/calibrate.ts), fitted on the calibration half of the real corpora
 * only and written to story-calibration.json with the figures they gave there; the validation half is
 * what `npm run eval` and the README report. The code reads it through tunables.ts (`sameStory.fitted`),
 * beside the numbers chosen by hand.
 */
export interface StoryConfig {
  /** Weight of the documents' tf-idf cosine, by how far apart their languages are: fewer words meet across them. */
  documentWeight: { sameLanguage: number; crossLanguage: number; crossScript: number };
  /** Weight of each of the best `topClaims` same-fact claim pairs, above `claimFloor`. */
  claimWeight: number;
  claimFloor: number;
  topClaims: number;
  /** Same-fact pairs count in full only once the weighted cosine reaches this (one shared quote is no story). */
  claimDocumentSupport: number;
  /** Weight of each figure both documents give for the same quantity in aligned claims. */
  figureWeight: number;
  /** Score at or above which two documents report the same story. */
  threshold: number;
  /** Reports of one event: days between the days they report on (see event-date.ts) within which the score counts in full. */
  windowDays: number;
  /** Beyond the window the score falls by e every `decayDays`… */
  decayDays: number;
  /** …and beyond this many days apart two reports are never one story. */
  maxGapDays: number;
  /** Factor when a document gives no date at all. */
  undatedFactor: number;
  /** A library of fewer than `size` documents needs `factor` times the threshold (see storyThreshold). */
  smallLibrary: { size: number; factor: number };
}

export const STORY_CONFIG: StoryConfig = calibrated.config;
