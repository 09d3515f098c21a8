import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import { type StoryEvidence, storyEvidence, storyScore, timeFactor } from '../../../lib/matching/same-story';
import { STORY_CONFIG, type StoryConfig } from '../../../lib/matching/story-config';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { textArticle } from '../../support/text-article';

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
  updatedTotals: 0,
  documentSimilarity: 0,
  crossScript: false,
  crossLanguage: false,
  daysApart: 0,
  eventGap: 0,
  librarySize: 1000,
  ...partial,
});

// Round numbers, so the arithmetic the tests check is the score's and not the calibration's.
const config: StoryConfig = {
  ...STORY_CONFIG,
  documentWeight: { sameLanguage: 5, crossLanguage: 6, crossScript: 10 },
  claimWeight: 2,
  claimFloor: 0.2,
  topClaims: 3,
  claimDocumentSupport: 0.5,
  figureWeight: 0.2,
  windowDays: 3,
  decayDays: 2,
  maxGapDays: 10,
  undatedFactor: 0.5,
};
const score = (e: Partial<StoryEvidence>): number => storyScore(evidence(e), config);

describe('storyScore', () => {
  it('counts the best same-fact claim pairs above the floor, and only the best few', () => {
    const close = { documentSimilarity: config.claimDocumentSupport / config.documentWeight.sameLanguage };
    const base = score(close);
    const one = score({ ...close, sameScores: [0.5] }) - base;
    expect(one).toBeCloseTo(config.claimWeight * (0.5 - config.claimFloor));
    expect(score({ ...close, sameScores: Array(config.topClaims + 5).fill(0.5) }) - base).toBeCloseTo(
      config.topClaims * one,
    );
  });

  it('scales the claim pairs down when the documents are otherwise unrelated (one shared quote)', () => {
    const full = config.claimDocumentSupport / config.documentWeight.sameLanguage;
    const claimPart = (documentSimilarity: number) =>
      score({ documentSimilarity, sameScores: [1] }) - score({ documentSimilarity });
    expect(claimPart(full / 4)).toBeCloseTo(claimPart(full) / 4);
    expect(claimPart(2 * full)).toBeCloseTo(claimPart(full));
    expect(claimPart(0)).toBe(0);
  });

  it('ignores topical (related) pairs: only same-fact pairs vouch for the story', () => {
    expect(score({ bestScores: [0.9, 0.8] })).toBe(0);
  });

  it('weighs the document cosine by how far apart the languages are', () => {
    const at = (e: Partial<StoryEvidence>) => score({ documentSimilarity: 0.1, ...e });
    expect(at({})).toBeCloseTo(0.5);
    expect(at({ crossLanguage: true })).toBeCloseTo(0.6);
    expect(at({ crossLanguage: true, crossScript: true })).toBeCloseTo(1);
  });

  it('the calibrated weights grow with the distance between languages', () => {
    const w = STORY_CONFIG.documentWeight;
    expect(w.sameLanguage).toBeLessThanOrEqual(w.crossLanguage);
    expect(w.crossLanguage).toBeLessThanOrEqual(w.crossScript);
  });
});

describe('timeFactor', () => {
  const at = (e: Partial<StoryEvidence>) => timeFactor(evidence({ sharedFigures: 1, ...e }), config);

  it('counts in full within the window, fades after it, and is nothing beyond the longest gap', () => {
    expect(at({ daysApart: 3, eventGap: 3 })).toBe(1);
    expect(at({ daysApart: 5, eventGap: 5 })).toBeCloseTo(Math.exp(-1));
    expect(at({ daysApart: 11, eventGap: 11 })).toBe(0);
  });

  it('takes the nearer of the publication days and the days the leads report on', () => {
    // A follow-up weeks later that leads with the event's day; a lead date that is background.
    expect(at({ daysApart: 64, eventGap: 0 })).toBe(1);
    expect(at({ daysApart: 0, eventGap: 21 })).toBe(1);
  });

  it('needs a shared figure or the event day in the lead beyond a news cycle', () => {
    expect(at({ daysApart: 7, eventGap: 7, sharedFigures: 0 })).toBe(0);
    expect(at({ daysApart: 7, eventGap: 7, sharedFigures: 1 })).toBeGreaterThan(0);
    expect(at({ daysApart: 30, eventGap: 2, sharedFigures: 0 })).toBe(1);
  });

  it('takes a running total the other report updates for a shared figure: a toll a week on is the same story', () => {
    const updated = at({ daysApart: 7, eventGap: 7, sharedFigures: 0, updatedTotals: 1 });
    expect(updated).toBeGreaterThan(0);
    expect(updated).toBe(at({ daysApart: 7, eventGap: 7, sharedFigures: 1 }));
  });

  it('discounts a document without any date', () => {
    expect(at({ daysApart: null, eventGap: null })).toBe(config.undatedFactor);
  });
});

describe('storyEvidence: updated totals', () => {
  const lexicon = loadLexiconFromDisk();
  const claims = (text: string, lang: string, published: string) =>
    analyze(textArticle(text, lang, published), lexicon);
  const updated = (a: string, b: string): number => {
    const here = claims(a, 'en', '2024-03-24');
    const there = claims(b, 'ru', '2024-03-30');
    const pairs = [{ hereIndex: 0, thereIndex: 0, score: 0.5, same: true }];
    return storyEvidence(here, there, pairs, '2024-03-24', '2024-03-30', ['en', 'ru'], {
      idf: () => 1,
      size: 100,
    }).updatedTotals;
  };

  it('counts a toll that rose to another value on the other side', () => {
    expect(updated('The death toll has risen to 137.', 'Число погибших выросло до 144 человек.')).toBe(1);
  });

  it('does not count the same total, another fate, or a count that is no running total', () => {
    expect(updated('The death toll has risen to 144.', 'Число погибших выросло до 144 человек.')).toBe(0);
    expect(updated('The number of injured has risen to 137.', 'Число погибших выросло до 144 человек.')).toBe(0);
    expect(updated('Gunmen killed 137 people.', 'Число погибших выросло до 144 человек.')).toBe(0);
  });
});
