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

export interface Anomaly {
  kind: AnomalyKind;
  /** The phrase the anomaly is about, as written. */
  text: string;
  detail: string;
  /** Index of the claim it was found in. */
  claim: number;
}

export interface Comparison {
  article: { title: string; lang: string; published: string | null; outlet: string; claims: number };
  stories: StoryMatch[];
  anomalies: Anomaly[];
  onlyHere: string[];
  /** Quantities this page and other documents report, value by value (see figure-rows.ts). */
  figures: FigureRow[];
}
