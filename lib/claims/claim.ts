/**
 * A quantity with what it counts: `более 27 мировых лидеров` → value 27, qualifier `more`, noun `@leader`;
 * `погибли 20 человек в Киеве` → 20, noun `@person`, role `dead`, scope `kyiv`.
 */
export interface Figure {
  /** The number, or the low end of a range. */
  value: number;
  /** High end of a range (`55 to 57%`, `5-6 км`, `от 19 до 22`); absent for a single number. */
  high?: number;
  /** Second number of a scorecard (`115-112`, `114:113`), whose noun is `score`. */
  versus?: number;
  /** `exact`, `more` (more than / более / понад), `less`, `about` (около / близько), `almost` (почти / майже), `upto`. */
  qualifier: 'exact' | 'more' | 'less' | 'about' | 'almost' | 'upto';
  /**
   * What is counted, as a cross-language key: a unit (`year`, `day`, `km`, `m`, `%`, `usd`, `eur`,
   * `magnitude`, `score`…), `@person` for people whatever the word (`человек`, `осіб`, `people`, or a
   * bare toll `risen to 93`), else the counted noun's strongest concept (`@leader`) or its ru/uk key;
   * '' when the number stands alone.
   */
  noun: string;
  /** Every sense of the counted noun (`@fare`, `@passeng`, and its class such as `@person`), when it has more than `noun`. */
  senses?: string[];
  /**
   * What the counted did or underwent, when the text says so: `dead`, `injured`, `missing`, `bodies`,
   * `casualties` (dead and injured together), `aboard`, `detained`, `launched`, `shot-down`, `yes`, `no`, `turnout`…
   * (lib/claims/quantity-words.ts).
   */
  role?: string;
  /** `new` for an increment (`18 more bodies`, `ещё 139`), `total` for a running total (`risen to 93`). */
  count?: 'new' | 'total';
  /** ISO date or date and time (`2024-03-30T06:00`) the count holds as of, when the text says so. */
  asOf?: string;
  /** Key of the place a count is limited to (`погибли в Киеве` → `kyiv`). */
  scope?: string;
  /** Key of the point a distance is measured from (`в 17 км от Мандалая`). */
  reference?: string;
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
  /**
   * When something was said or counted, not when the event happened: `said Saturday`, `повідомляє у
   * вівторок`, `Rescue workers Monday said`, a dateline (`Bangkok, Mar 29 (AP)`), `as of July 11`.
   */
  reporting?: boolean;
  /** Inside a relative clause (`теракт, який стався 22 березня`): when what the clause describes happened. */
  background?: boolean;
  /** A weekday without a calendar day (`в пятницу`): `value` is the parser's guess of which week. */
  weekday?: boolean;
  /** Such a weekday said with a daytime part (`утром в четверг`, `Thursday morning`): no time zone moves it. */
  daytime?: boolean;
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
  /** A body's name word by word (organisations only), to compare it across languages and with its acronym. */
  body?: BodyName;
}

/** A body's name word by word: see readBodyName in body-name.ts. */
export interface BodyName {
  /** First letters of its words but place names, an acronym's every letter, upper case (`СК` for `Слідчому комітеті РФ`). */
  initials: string;
  /** Language-neutral concepts of each word outside acronyms and place names; `[]` where no dictionary has the word. */
  senses: string[][];
  /** Written in acronyms only, place names aside (`СК РФ`). */
  acronym: boolean;
  script: string;
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
  /**
   * For a person, the words of the title written right before the name, as cross-language keys
   * (`генеральный секретарь НАТО Марк Рютте` → `@general`, `@secretari`, `nato`): two outlets naming
   * different people with one title is a `name` difference.
   */
  title?: string[];
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
  /**
   * Further senses of its words, as concepts (`@crash` for `крушение`, whose term is `@smash`): read only
   * when claims of one story are aligned across scripts. Absent in claims stored before they were read.
   */
  senses?: string[];
  /** Terms that are only a word's second reading (an English word's concept besides its stem). */
  alternates?: string[];
  /**
   * Concepts of its Russian or Ukrainian words that have one sense in the lexicon (`мониторинг`: monitor):
   * a synonym's further sense may meet them once the story is known. Absent in claims stored before.
   */
  sole?: string[];
  figures: Figure[];
  dates: ClaimDate[];
  attributions: Attribution[];
  entities: Entity[];
}
