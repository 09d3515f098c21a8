/**
 * The result of comparing one article with the corpus: the JSON the CLI prints with `--json` and the
 * service worker sends to the popup. Plain data only, so it crosses message boundaries unchanged.
 */
import type { AnomalyKind } from './anomalies';
import type { DifferenceKind } from './differences';
import type { FigureRow } from './figure-rows';

export type Verdict = 'agrees' | 'differs' | 'related';

/**
 * Declared with their producers in differences.ts (DIFFERENCE_PRODUCERS): `number`: two values of one
 * quantity; `date`: one event dated differently; `attribution`: one claim credited to different sources;
 * `name`: two outlets naming different people or parties in one role (`генеральный секретарь НАТО X` /
 * `NATO Secretary General Y`, a coalition of `страны ЕС и Канада` / `более 30 государств, в том числе … США`).
 */
export type { DifferenceKind };

/** A figure as a difference shows it (see Figure in lib/claims/claim.ts). */
export interface DifferenceFigure {
  value: number;
  /** High end of a range. */
  high?: number;
  /** Second number of a scorecard. */
  versus?: number;
  qualifier: 'exact' | 'more' | 'less' | 'about' | 'almost' | 'upto';
  /** What is counted: a unit (`km`, `%`, `usd`), `@person`, or a concept key. */
  noun: string;
  /** What happened to the counted (`dead`, `injured`…), when the text says. */
  role?: string;
  /** `new` for an increment, `total` for a running total. */
  count?: 'new' | 'total';
  /** ISO date or date-time the figure holds as of, when the text says. */
  asOf?: string;
}

/** What one side of a difference says, as data the UI words in the reader's language. */
export interface DifferenceValue {
  figure?: DifferenceFigure;
  /** ISO date with the precision the text gives (`2024-05-18`, `2024-08`). */
  date?: string;
  /** The attribution chain as written, from the citing outlet to the original source. */
  sources?: string[];
  /** The people or parties named in the role. */
  names?: string[];
}

/** Offsets in a claim's text (`AlignedClaim.here` / `.there`): `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** One conflict between two aligned claims, with the exact phrases on both sides. */
export interface Difference {
  kind: DifferenceKind;
  /** The differing phrase here and there, as written. */
  here: string;
  there: string;
  /**
   * Where `here` and `there` sit in the two claims' texts, so the UI marks exactly the differing phrase;
   * null where the phrase is not in the claim (a source named in an earlier sentence and carried over).
   */
  spans: { here: TextRange | null; there: TextRange | null };
  /** What differs on each side: the figures, dates, source chains or names. */
  values: { here: DifferenceValue; there: DifferenceValue };
  /**
   * Publication date (ISO, with the time where the page gives it) of each side's article: an updated toll
   * is a real difference, and the later date shows why.
   */
  published: { here: string | null; there: string | null };
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

/** Declared with their producers in anomalies.ts (ANOMALY_PRODUCERS). */
export type { AnomalyKind };

interface AnomalyBase {
  /** The phrase the anomaly is about, as written. */
  text: string;
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
  /** The first few anomalies of each kind (see anomalies.limits in tunables.ts), in article order. */
  anomalies: Anomaly[];
  anomalyCounts: AnomalyCounts;
  onlyHere: string[];
  /** Quantities this page and other documents report, value by value (see figure-rows.ts). */
  figures: FigureRow[];
}
