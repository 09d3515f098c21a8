/** A quantity with what it counts: `более 27 мировых лидеров` → value 27, qualifier `more`, noun stem `лидер`. */
export interface Figure {
  value: number;
  /** `exact`, `more` (more than / более / понад), `less`, `about` (около / близько), `almost` (почти / майже), `upto`. */
  qualifier: 'exact' | 'more' | 'less' | 'about' | 'almost' | 'upto';
  /**
   * What is counted, as a cross-language key: a unit (`year`, `day`, `km`, `m`, `%`, `usd`, `eur`,
   * `magnitude`…) or the counted noun's bridged stem (`27 лидеров`, `30 лідерів`, `27 leaders` → `лидер`);
   * '' when the number stands alone.
   */
  noun: string;
  /** Every sense of the counted noun (`@fare`, `@passeng`), when it has more than `noun`. */
  senses?: string[];
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

/** One link of an attribution chain, as written, with a key that compares across ru/uk/en. */
export interface AttributionLink {
  text: string;
  /**
   * `reuters`, `rbc-ukraine` for known outlets and bodies; a name skeleton for people (`slnsk`);
   * `officials`, `diplomats`, `sources`, `officials+diplomats`… for anonymous sources; `note`, `statement` for documents.
   */
  key: string;
  kind: 'media' | 'person' | 'org' | 'role' | 'document';
}

/** Who a claim is credited to; `chain` runs from the citing outlet to the original source (`РБК-Украина → Reuters`). */
export interface Attribution {
  chain: string[];
  /** Normalised key of the last named link (the original outlet, body or person; else the last link) for comparison. */
  source: string;
  /** The reporting phrase as written (`Об этом сообщает РБК-Украина со ссылкой на Reuters`). */
  text: string;
  /** true when carried from another sentence or resolved from `издание`/`по его словам`. */
  inherited: boolean;
  /** Links parallel to `chain`. */
  links: AttributionLink[];
  /** Offsets of `text` in the article text. */
  start: number;
  end: number;
}

export interface Entity {
  /**
   * Normalised key shared by spelling variants and case forms: a known outlet/body/place id (`reuters`,
   * `nato`, `ukraine`), the consonant skeleton of a person's surname stem (`Зеленского`/`Zelensky` →
   * `slnsk`), or bridged word keys for an organisation's descriptive name (`коалиц жела`).
   */
  key: string;
  text: string;
  kind: 'person' | 'org' | 'place' | 'other';
  start: number;
  end: number;
}

/** One sentence (or clause) of an article, analysed for matching. */
export interface Claim {
  /** Position in the article's claim list. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** Paragraph number in the article text (non-blank lines, from 0). */
  paragraph: number;
  /** Sentence number in the article; clauses of one sentence share it. */
  sentence: number;
  /** A line without closing punctuation (a sub-heading or caption), not a statement. */
  heading: boolean;
  /** The sentence only credits others (`Об этом сообщает Reuters.`); its attribution is applied back. */
  reportingOnly: boolean;
  lang: string;
  /** Matching terms: stems, transliteration skeletons and ru↔uk bridge keys, de-duplicated. */
  terms: string[];
  figures: Figure[];
  dates: ClaimDate[];
  attributions: Attribution[];
  entities: Entity[];
}
