import { describe, expect, it } from 'vitest';
import { type StoryEvidence, storyScore } from '../../../lib/matching/same-story';
import {
  STORY_CLAIM_DOCUMENT_SUPPORT,
  STORY_CLAIM_FLOOR,
  STORY_CLAIM_WEIGHT,
  STORY_CROSS_LANGUAGE_DOCUMENT_WEIGHT,
  STORY_CROSS_SCRIPT_DOCUMENT_WEIGHT,
  STORY_DOCUMENT_WEIGHT,
  STORY_TOP_CLAIMS,
} from '../../../lib/matching/thresholds';

const evidence = (partial: Partial<StoryEvidence>): StoryEvidence => ({
  sameClaims: 0,
  strength: 0,
  coverage: 0,
  relatedClaims: 0,
  relatedStrength: 0,
  bestScores: [],
  sameScores: [],
  sharedEntities: 0,
  sharedFigures: 0,
  documentSimilarity: 0,
  crossScript: false,
  crossLanguage: false,
  daysApart: 0,
  ...partial,
});

describe('storyScore', () => {
  it('counts the best same-fact claim pairs above the floor, and only the best few', () => {
    // A cosine high enough for the claim pairs to count in full.
    const close = { documentSimilarity: STORY_CLAIM_DOCUMENT_SUPPORT / STORY_DOCUMENT_WEIGHT };
    const base = storyScore(evidence(close));
    const one = storyScore(evidence({ ...close, sameScores: [0.5] })) - base;
    expect(one).toBeCloseTo(STORY_CLAIM_WEIGHT * (0.5 - STORY_CLAIM_FLOOR));
    const many = storyScore(evidence({ ...close, sameScores: Array(STORY_TOP_CLAIMS + 5).fill(0.5) })) - base;
    expect(many).toBeCloseTo(STORY_TOP_CLAIMS * one);
  });

  it('scales the claim pairs down when the documents are otherwise unrelated (one shared quote)', () => {
    const full = STORY_CLAIM_DOCUMENT_SUPPORT / STORY_DOCUMENT_WEIGHT;
    const claimPart = (documentSimilarity: number) =>
      storyScore(evidence({ documentSimilarity, sameScores: [1] })) - storyScore(evidence({ documentSimilarity }));
    expect(claimPart(full / 4)).toBeCloseTo(claimPart(full) / 4);
    expect(claimPart(2 * full)).toBeCloseTo(claimPart(full));
    expect(claimPart(0)).toBe(0);
  });

  it('ignores topical (related) pairs: only same-fact pairs vouch for the story', () => {
    expect(storyScore(evidence({ bestScores: [0.9, 0.8] }))).toBe(0);
  });

  it('weighs the same document cosine more between languages, and most between scripts', () => {
    const score = (e: Partial<StoryEvidence>) => storyScore(evidence({ documentSimilarity: 0.1, ...e }));
    expect(score({})).toBeCloseTo(0.1 * STORY_DOCUMENT_WEIGHT);
    expect(score({ crossLanguage: true })).toBeCloseTo(0.1 * STORY_CROSS_LANGUAGE_DOCUMENT_WEIGHT);
    expect(score({ crossLanguage: true, crossScript: true })).toBeCloseTo(0.1 * STORY_CROSS_SCRIPT_DOCUMENT_WEIGHT);
    expect(STORY_DOCUMENT_WEIGHT).toBeLessThan(STORY_CROSS_LANGUAGE_DOCUMENT_WEIGHT);
    expect(STORY_CROSS_LANGUAGE_DOCUMENT_WEIGHT).toBeLessThan(STORY_CROSS_SCRIPT_DOCUMENT_WEIGHT);
  });

  it('halves the score outside the news window and when a date is unknown', () => {
    const inWindow = storyScore(evidence({ documentSimilarity: 0.2 }));
    expect(storyScore(evidence({ documentSimilarity: 0.2, daysApart: 10 }))).toBeCloseTo(inWindow / 2);
    expect(storyScore(evidence({ documentSimilarity: 0.2, daysApart: null }))).toBeCloseTo(inWindow / 2);
  });
});
