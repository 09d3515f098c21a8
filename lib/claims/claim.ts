/** A quantity with what it counts: `более 27 мировых лидеров` → value 27, qualifier `more`, noun stem `лидер`. */
export interface Figure {
  value: number;
  /** `exact`, `more` (more than / более / понад), `less`, `about` (около / близько), `almost` (почти / майже), `upto`. */
  qualifier: 'exact' | 'more' | 'less' | 'about' | 'almost' | 'upto';
  /** Unit or counted noun, normalised to a cross-language key (bridge + stem), or '' when none. */
  noun: string;
  /** Exact text of the figure with its noun as written, e.g. `более 27 мировых лидеров`. */
  text: string;
  start: number;
  end: number;
  /** Set for ordinals (`65-й обмен`, `6th`), which count positions rather than things. */
  ordinal?: boolean;
}

/** A date mentioned in a claim, resolved against the article's publication date. */
export interface ClaimDate {
  /** ISO date with the precision the text gives: `2026`, `2026-12`, `2026-01-03`. */
  value: string;
  text: string;
  start: number;
  end: number;
  /** true for relative mentions (`сегодня`, `во вторник`, `накануне`). */
  relative: boolean;
  /** Part of the period when the text names it: `в конце декабря` → `end`. */
  part?: 'start' | 'mid' | 'end';
}

/** Who a claim is credited to; `chain` runs from the citing outlet to the original source (`РБК-Украина → Reuters`). */
export interface Attribution {
  chain: string[];
  /** Normalised key of the last link (the original source) for comparison. */
  source: string;
  text: string;
  /** true when carried forward from an earlier sentence of the same paragraph. */
  inherited: boolean;
}

export interface Entity {
  /** Normalised key shared by spelling variants and case forms (`zelensk`). */
  key: string;
  text: string;
  kind: 'person' | 'org' | 'place' | 'other';
}

/** One sentence (or clause) of an article, analysed for matching. */
export interface Claim {
  /** Position in the article's claim list. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** Paragraph number in the article text. */
  paragraph: number;
  lang: string;
  /** Matching terms: stems, transliteration skeletons and ru↔uk bridge keys, de-duplicated. */
  terms: string[];
  figures: Figure[];
  dates: ClaimDate[];
  attributions: Attribution[];
  entities: Entity[];
}
