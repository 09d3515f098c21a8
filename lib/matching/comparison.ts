/**
 * The result of comparing one article with the corpus: the JSON the CLI prints with `--json` and the
 * service worker sends to the popup. Plain data only, so it crosses message boundaries unchanged.
 */
import type { FigureRow } from './figure-rows';

export type Verdict = 'agrees' | 'differs' | 'related';

export type DifferenceKind = 'number' | 'date' | 'attribution' | 'name';

/** One conflict between two aligned claims, with the exact phrases on both sides. */
export interface Difference {
  kind: DifferenceKind;
  here: string;
  there: string;
  /** Short explanation for the reader (`27 vs 30`, `2026-01-06 vs 2026-01-05`). */
  detail?: string;
}

/** Two spellings of one entity (`Уиткофф` / `Віткофф`): shown at most as a note, never a conflict. */
export interface NameVariant {
  here: string;
  there: string;
}

export interface AlignedClaim {
  here: string;
  there: string;
  /** Positions of the claims in their articles' claim lists. */
  hereIndex: number;
  thereIndex: number;
  score: number;
  verdict: Verdict;
  differences: Difference[];
  variants: NameVariant[];
  /** Attribution chains as written (`РБК-Украина → Reuters`), so corroboration through a chain is visible. */
  sources: { here: string[]; there: string[] };
}

export interface StoryMatch {
  id: string;
  outlet: string;
  title: string;
  lang: string;
  published: string | null;
  score: number;
  claims: AlignedClaim[];
}

export type AnomalyKind = 'future-date' | 'weekday' | 'self-contradiction';

interface AnomalyBase {
  /** The phrase the anomaly is about, as written. */
  text: string;
  /** The same finding in English, for the CLI and logs; the UI words the fields below in its own language. */
  detail: string;
  /** Index of the claim it was found in. */
  claim: number;
}

/** A date well after the article's own publication date. */
export interface FutureDateAnomaly extends AnomalyBase {
  kind: 'future-date';
  /** The date as resolved (`2026-12`, `2026-12-21`). */
  date: string;
  /** The article's publication day (YYYY-MM-DD). */
  published: string;
  /** Days from publication to the earliest day the date can mean. */
  days: number;
}

/** A weekday named next to a date it does not fit. */
export interface WeekdayAnomaly extends AnomalyBase {
  kind: 'weekday';
  date: string;
  /** The date's real weekday and the one the text names, as JS day numbers (0 = Sunday). */
  weekday: number;
  named: number;
}

/** Two counts of the same thing in one article that cannot both be right. */
export interface SelfContradictionAnomaly extends AnomalyBase {
  kind: 'self-contradiction';
  values: [number, number];
}

export type Anomaly = FutureDateAnomaly | WeekdayAnomaly | SelfContradictionAnomaly;

/** How many anomalies of each kind the article has; `Comparison.anomalies` lists only the first few of each. */
export type AnomalyCounts = Record<AnomalyKind, number>;

export interface Comparison {
  article: { title: string; lang: string; published: string | null; outlet: string; claims: number };
  stories: StoryMatch[];
  /** The first few anomalies of each kind (see ANOMALY_LIMITS), in article order. */
  anomalies: Anomaly[];
  anomalyCounts: AnomalyCounts;
  onlyHere: string[];
  /** Quantities this page and other documents report, value by value (see figure-rows.ts). */
  figures: FigureRow[];
}
