import type { Claim, Figure } from '../claims/claim';
import type { ClaimPair } from './align-claims';
import { crossScript, crossScriptTerm, type TermWeights } from './claim-similarity';
import { daysBetween } from './date-compatibility';
import { documentTerms } from './document-terms';
import { eventDays, eventGap } from './event-date';
import { figuresCompatible, sameQuantity } from './figure-compatibility';
import { nameTerms } from './name-terms';
import { isStatement } from './statement';
import type { StoryConfig } from './story-config';
import { MATCHER_TUNABLES } from './tunables';
import { weightsCache } from './weights-cache';

// Why each has its value: tunables.ts.
const { documentNameFactor, corroborationDays, fitted: STORY_CONFIG } = MATCHER_TUNABLES.sameStory;

/** What two documents share, from which the same-story decision is made. */
export interface StoryEvidence {
  /** Claims here with a same-fact partner there. */
  sameClaims: number;
  /** Sum over those claims of their best score. */
  strength: number;
  /** sameClaims over the shorter document's statements: 1 when one article is a subset of the other. */
  coverage: number;
  /** Claims here whose best partner there is at least related (same topic). */
  relatedClaims: number;
  /** Sum over those claims of their best score. */
  relatedStrength: number;
  /** Best score of each claim here that has a partner, highest first. */
  bestScores: number[];
  /** Best same-fact score of each claim here that has a same-fact partner, highest first. */
  sameScores: number[];
  /** Distinct entities (people, places, bodies) both documents name. */
  sharedEntities: number;
  /** Figures of the same quantity and a compatible value in both documents. */
  sharedFigures: number;
  /** Running totals of one quantity with a stated role in aligned claims, at different values (a toll updated). */
  updatedTotals: number;
  /** Cosine of the documents' tf-idf term vectors: topical closeness, whatever the sentence structure. */
  documentSimilarity: number;
  /** The documents are written in different scripts (English vs Russian/Ukrainian). */
  crossScript: boolean;
  /** The documents are in different languages (also Russian vs Ukrainian). */
  crossLanguage: boolean;
  /** Days between publication dates, null when one is unknown. */
  daysApart: number | null;
  /** Days between the days the two documents report on (see event-date.ts), null when one is unknown. */
  eventGap: number | null;
  /** Documents in the library: below StoryConfig.smallLibrary.size, idf cannot tell common words from rare ones. */
  librarySize: number;
}

interface DocumentVector {
  vector: Map<string, number>;
  norm: number;
}

/** A document's tf-idf vectors: over all terms, and over the terms that meet another script. */
interface DocumentVectors {
  all: DocumentVector;
  cross: DocumentVector;
}

const vectorCache = weightsCache<readonly Claim[], DocumentVectors>();

function tfidf(claims: readonly Claim[], weights: TermWeights): DocumentVectors {
  return vectorCache(claims, weights, () => {
    const names = new Set<string>();
    for (const claim of claims) for (const term of nameTerms(claim)) names.add(term);
    const all: DocumentVector = { vector: new Map(), norm: 0 };
    const cross: DocumentVector = { vector: new Map(), norm: 0 };
    for (const [term, count] of documentTerms(claims)) {
      const w = (1 + Math.log(count)) * weights.idf(term) * (names.has(term) ? documentNameFactor : 1);
      all.vector.set(term, w);
      all.norm += w * w;
      if (crossScriptTerm(term)) {
        cross.vector.set(term, w);
        cross.norm += w * w;
      }
    }
    all.norm = Math.sqrt(all.norm);
    cross.norm = Math.sqrt(cross.norm);
    return { all, cross };
  });
}

/** Cosine of two documents' tf-idf vectors over their claim terms. */
export function documentSimilarity(
  here: readonly Claim[],
  there: readonly Claim[],
  langs: [string, string],
  weights: TermWeights,
): number {
  const cross = crossScript(...langs);
  const a = cross ? tfidf(here, weights).cross : tfidf(here, weights).all;
  const b = cross ? tfidf(there, weights).cross : tfidf(there, weights).all;
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.vector) dot += w * (large.vector.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}

function entityKeys(claims: readonly Claim[]): Set<string> {
  const keys = new Set<string>();
  for (const c of claims) for (const e of c.entities) keys.add(e.key);
  return keys;
}

const rivalTotal = (f: Figure, g: Figure): boolean => sameQuantity(f, g) && !figuresCompatible(f, g);

export function storyEvidence(
  here: readonly Claim[],
  there: readonly Claim[],
  pairs: readonly ClaimPair[],
  publishedHere: string | null,
  publishedThere: string | null,
  langs: [string, string],
  weights: TermWeights & { readonly size?: number },
): StoryEvidence {
  const best = new Map<number, number>();
  const bestAny = new Map<number, number>();
  for (const p of pairs) {
    if (p.same && p.score > (best.get(p.hereIndex) ?? 0)) best.set(p.hereIndex, p.score);
    if (p.score > (bestAny.get(p.hereIndex) ?? 0)) bestAny.set(p.hereIndex, p.score);
  }
  let relatedStrength = 0;
  for (const s of bestAny.values()) relatedStrength += s;
  let strength = 0;
  for (const s of best.values()) strength += s;
  const statements = Math.min(here.filter(isStatement).length, there.filter(isStatement).length);
  const keysThere = entityKeys(there);
  let sharedEntities = 0;
  for (const key of entityKeys(here)) if (keysThere.has(key)) sharedEntities++;
  // Figures count only inside aligned claims: page chrome (URLs, counters) repeats numbers across sites. A
  // running total the other report gives at another value in a same-fact pair (`has risen to 137` /
  // `выросло до 144`) is an update of one.
  const sharedFigures = new Set<string>();
  const updatedTotals = new Set<string>();
  for (const p of pairs) {
    const theirs = (there[p.thereIndex] as Claim).figures;
    for (const f of (here[p.hereIndex] as Claim).figures) {
      if (theirs.some((g) => sameQuantity(f, g) && figuresCompatible(f, g))) sharedFigures.add(`${f.noun}:${f.value}`);
      const total = p.same && f.count === 'total' && f.role !== undefined;
      if (total && theirs.some((g) => g.count === 'total' && g.role === f.role && rivalTotal(f, g))) {
        updatedTotals.add(`${f.role}:${f.noun}`);
      }
    }
  }
  return {
    sameClaims: best.size,
    relatedClaims: bestAny.size,
    relatedStrength,
    bestScores: [...bestAny.values()].sort((a, b) => b - a),
    sameScores: [...best.values()].sort((a, b) => b - a),
    strength,
    coverage: statements > 0 ? best.size / statements : 0,
    sharedEntities,
    sharedFigures: sharedFigures.size,
    updatedTotals: updatedTotals.size,
    documentSimilarity: documentSimilarity(here, there, langs, weights),
    crossScript: crossScript(...langs),
    crossLanguage: langs[0] !== langs[1],
    ...timeApart(here, there, publishedHere, publishedThere),
    librarySize: weights.size ?? 0,
  };
}

/** How far apart in time two documents are: their publication days and the days they report on. */
function timeApart(
  here: readonly Claim[],
  there: readonly Claim[],
  publishedHere: string | null,
  publishedThere: string | null,
): Pick<StoryEvidence, 'eventGap' | 'daysApart'> {
  return {
    daysApart: daysBetween(publishedHere, publishedThere),
    eventGap: eventGap(eventDays(here, publishedHere), eventDays(there, publishedThere)),
  };
}

/**
 * Days between what two documents report on: the nearer of their event days and publication days. A
 * report weeks later that leads with the event's date is about that event, and a lead date that is
 * background (`after the exchange of 3 January`) must not part two same-day reports.
 */
function reportGap(e: Pick<StoryEvidence, 'eventGap' | 'daysApart'>): number | null {
  return e.eventGap === null ? e.daysApart : e.daysApart === null ? e.eventGap : Math.min(e.eventGap, e.daysApart);
}

/**
 * Whether two documents report on days too far apart to be one story whatever else they share (their
 * time factor is 0), known before their claims are aligned: compare skips aligning them.
 */
export function beyondStoryWindow(
  here: readonly Claim[],
  there: readonly Claim[],
  publishedHere: string | null,
  publishedThere: string | null,
  config: StoryConfig = STORY_CONFIG,
): boolean {
  const gap = reportGap(timeApart(here, there, publishedHere, publishedThere));
  return gap !== null && gap > config.maxGapDays;
}

/** How much of a document's evidence counts at a distance in time between what the two report on. */
export function timeFactor(e: StoryEvidence, config: StoryConfig = STORY_CONFIG): number {
  const gap = reportGap(e);
  if (gap === null) return config.undatedFactor;
  const followUp = e.eventGap !== null && e.eventGap <= config.windowDays;
  if (gap > corroborationDays && !followUp && e.sharedFigures === 0 && e.updatedTotals === 0) return 0;
  if (gap <= config.windowDays) return 1;
  if (gap > config.maxGapDays) return 0;
  return Math.exp(-(gap - config.windowDays) / config.decayDays);
}

/**
 * One number for ranking and deciding same-story documents: the claims the two state alike (each
 * same-fact pair above the claim floor, the best few, in full once the documents are close enough as
 * a whole), how close the documents are as a whole (a cosine weighted up where fewer words bridge the
 * languages), and how many figures they share; all of it fading once the days the two report on are
 * further apart than a news cycle (timeFactor).
 */
export function storyScore(e: StoryEvidence, config: StoryConfig = STORY_CONFIG): number {
  let aligned = 0;
  // The best few claims only: a 2,000-sentence page would otherwise add up chance resemblances.
  for (const s of e.sameScores.slice(0, config.topClaims)) aligned += Math.max(0, s - config.claimFloor);
  const w = config.documentWeight;
  const documentWeight = e.crossScript ? w.crossScript : e.crossLanguage ? w.crossLanguage : w.sameLanguage;
  const documentPart = documentWeight * e.documentSimilarity;
  // One sentence both carry (a quote, a syndicated line) in otherwise unrelated articles is no shared story.
  const support = Math.min(1, documentPart / config.claimDocumentSupport);
  const base = config.claimWeight * aligned * support + documentPart + config.figureWeight * e.sharedFigures;
  return base * timeFactor(e, config);
}

/**
 * The score two documents need. In a small library (a new reader's five seeds) every word is about as
 * rare as any other, so topical words weigh like the story's own: the bar is raised until the library
 * is large enough for idf to tell them apart.
 */
export function storyThreshold(e: StoryEvidence, config: StoryConfig = STORY_CONFIG): number {
  return e.librarySize < config.smallLibrary.size ? config.threshold * config.smallLibrary.factor : config.threshold;
}

export function isSameStory(e: StoryEvidence, config: StoryConfig = STORY_CONFIG): boolean {
  return storyScore(e, config) >= storyThreshold(e, config);
}
