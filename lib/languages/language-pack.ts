/** Scripts the tokenizer tells apart (lib/text/tokenize.ts): a language pack is written in one of them. */
export type PackScript = 'cyrillic' | 'latin';

/**
 * Who a language is and how it spells (`language.json`): what tells it from the other languages, how its
 * letters fold and sound, how it writes numbers and names.
 */
export interface LanguageIdentity {
  /** English name, for people reading the data. */
  name: string;
  /** ISO 639-3 code franc (the language detector) reports for it. */
  franc: string;
  /** Tags pages use for it besides its own (`ua`, the country code, for Ukrainian). */
  tagAliases: string[];
  /** The chrono-node locale that reads its dates (see date-parsers.ts). */
  dateParser: string;
  script: PackScript;
  /**
   * Letters only this language has among the packs of its script (Russian `ыэъё` vs Ukrainian `іїєґ`): what
   * tells a page, a text or a sentence in one of them from the others. Empty when it is alone in its script.
   */
  distinctiveLetters: string;
  /**
   * When a sentence of an article in this language is mostly in another script and is detected on its own:
   * more of the other script's letters than `ratio` times its own, and more than `minLetters`.
   */
  otherScriptSentence: { ratio: number; minLetters: number };
  /** Scripts in which words inside this language's text are foreign names (`Reuters` in a Russian text). */
  namesInScripts: string[];
  /** `1,5` is one and a half (the comma is the decimal mark; `1.998` groups thousands); else the reverse. */
  decimalComma: boolean;
  /**
   * Its words are concepts themselves (English: the lexicon's concepts are English lemmas), so it meets the
   * other languages only through concepts and name skeletons, never through native stem keys.
   */
  conceptKeyed: boolean;
  /** Capitalised words inside a noun phrase may be adjectives (`41 strategic Russian aircraft`), not only names. */
  capitalisedAdjectives: boolean;
  /**
   * Its folded stems map to Russian keys through the lexicon's bridge (lib/claims/lexicon.ts `ukRu`, built
   * from Apertium's ru↔uk pairs by scripts/build-lexicon.ts), and its words take Russian concepts where its own
   * dictionary has none.
   */
  bridgedToRussian: boolean;
  /** Stems are folded (see foldLetters) so cognates of the packs of one script share a key. */
  foldStems: boolean;
  /** Letters written as another in normalised words (`ё` → `е`). */
  spellingVariants: Record<string, string>;
  /** Letters folded away or together in stem keys, where sibling languages spell shared roots differently. */
  foldLetters: Record<string, string>;
  /** Consonant classes of the letters, for the name skeleton that meets across scripts (lib/text/transliterate.ts). */
  skeleton: {
    letters: Record<string, string>;
    /** Two letters read as one class (`дж`, `sh`); checked before single letters. */
    digraphs: Record<string, string>;
    /** Word starts read as an English W (`Уиткофф`): the first letter stands for `v`. */
    initialW: string[];
  };
}

/** One language the engine analyses: its identity, its word lists (JSON beside its index.ts), its stemmer and date parser. */
export interface LanguagePack<Code extends string = string> extends LanguageIdentity {
  code: Code;
  /** Snowball-style stemmer of a normalised (lower-case) word. */
  stem(word: string): string;
  /** Function words that carry no claim content (`stopwords.json`). */
  stopwords: Part<{ words: WordList }>;
  /** Sentence and clause boundaries (`sentences.json`). */
  sentences: Part<SentenceWords>;
  /** Number words, scales, qualifiers and units (`numbers.json`). */
  numbers: Part<NumberWords>;
  /** The words around a count (`quantities.json`). */
  quantities: Part<QuantityWords>;
  /** Endings and word classes (`grammar.json`). */
  grammar: Part<GrammarWords>;
  /** How a claim is credited to a source (`attribution.json`). */
  attribution: Part<AttributionWords>;
  /** Days, months and the words around dates (`dates.json`). */
  dates: Part<DateWords>;
  /** Titles, organisation heads and member lists (`entities.json`). */
  entities: Part<EntityWords>;
  /** How an outlet names itself and credits pictures in its own text (`outlets.json`). */
  outlets: Part<OutletWords>;
}

/** Words separated by single spaces, as the JSON files write them (see `words`). */
export type WordList = string;
/** Each JSON file says in `about` what it holds and where it comes from. */
export type Part<T> = T & { about: string };

export interface SentenceWords {
  /** Abbreviations after which a dot does not end the sentence (`тыс.`, `approx.`). */
  abbreviations: WordList;
  /** Titles before a name (`Mr.`, `проф.`): the next capital never opens a sentence. */
  titles: WordList;
  /** Joints after a comma where one sentence starts a second claim (`а также`, `as well as`). */
  clauseJoints: string[];
}

/** Word lists by key (`{ "dead": "погиб* убит*" }`); in role tables a word ending in `*` is a prefix. */
export type WordTable = Record<string, WordList>;

export interface NumberWords {
  /** Number words by value (`"2": "два две двух"`). */
  numbers: WordTable;
  /** Collective numerals by value (`трое`): they count people even alone. */
  collective: WordTable;
  /** Multipliers written after a number, by value (`"1000": "тыс тысяча"`). */
  scales: WordTable;
  /**
   * `[phrase, qualifier]` before a number (qualifier: more, less, about, almost, upto), a longer phrase before
   * any phrase it ends with (`не менее` before `менее`).
   */
  qualifiers: string[][];
  /** Units and measure words by language-independent key (`km`, `usd`, `%`). */
  units: WordTable;
  /** Words after which a number names something and counts nothing (`Article 263`, `ст. 205`, `рейс 2311`). */
  labels: WordList;
}

export interface QuantityWords {
  /** What the counted did or underwent, by role (`dead`, `injured`, …). */
  roles: WordTable;
  /** Phrases whose last word is a role word only after the ones before it (`on board`). */
  rolePhrases: Record<string, string[]>;
  /** Ballot answers, roles only when quoted (`«за»`). */
  quotedRoles: WordTable;
  /** Nouns that count people (`@person`) or children (`@child`). */
  countedClasses: WordTable;
  /** After a count: a figure that names part of it follows (`из них`). */
  supersetCues: string[];
  /** Before a count: it names part of the count before it (`в том числе`). */
  subsetCues: string[];
  /** Right before a count: an increment (`ещё`). */
  newBefore: WordList;
  /** Right after a count, before the noun: an increment (`новых`, `more`). */
  newAfter: WordList;
  /** Growth and total words before a count: a running total (`достигло`, `rose`). */
  totalBefore: WordList;
  /** The date and time a count holds as of follow (`по состоянию на`). */
  asOfCues: string[];
  /** Between the two ends of a range (`до`, `to`, `or`). */
  rangeJoiners: WordList;
  /** Before a range (`от`, `between`); after one, `and` joins its ends too. */
  rangeOpeners: WordList;
  /** `and` joining a range's ends after an opener. */
  rangeAnd: WordList;
  /** Conjunctions between scorecards in a list of pairs (`115-112, 114-113 and 116-111`). */
  pairJoiners: WordList;
  /** Before the place a count is limited to (`в Киеве`, `in Kyiv`). */
  scopePrepositions: WordList;
  /** Before the point a distance is measured from (`от Мандалая`, `of Belgorod`). */
  referencePrepositions: WordList;
  /** Prepositions that may stand between a qualifier and its number (`примерно в 17 км`). */
  qualifierGap: WordList;
  /** Common nouns between a preposition and the place (`от села Яблонево`). */
  placeNouns: WordList;
  /** Nouns of a cause after a preposition (`в результате`, `as a result`): not a scope. */
  causal: WordList;
  /** Conjunctions that end a count's own phrase. */
  conjunctions: WordList;
  /** Adverbs opening a clause with the place named just before (`Тут число погибших достигло 10`); English `there` is mostly `there were`. */
  placeAdverbs: WordList;
  /** Before a scope preposition, a place compared with, not the count's (`больше, чем в Норд-Ост`). */
  comparisons: WordList;
}

export interface GrammarWords {
  /** Adjectives before a counted noun (after two letters). */
  adjectiveEndings: WordList;
  /** Frequent adjectives the endings miss (`new`, `major`). */
  adjectiveWords: WordList;
  /** Hyphenated words before a noun are compound modifiers (`old-cut diamonds`). */
  hyphenatedAdjectives: boolean;
  /** Past-tense plural and neuter verbs (after two letters): what follows a count, never the counted noun. */
  pastVerbEndings: WordList;
  /** Letters glued to digits that make an ordinal (`5-й`, `5th`). */
  ordinalSuffixes: WordList;
  /** Adjectives inside a place or role phrase (`на [последнем] референдуме`). */
  placeAdjectiveEndings: WordList;
  /** Adjectives inside a place or time phrase before a reporting verb (`на [пленарном] засіданні`). */
  phraseAdjectiveEndings: WordList;
  /** A capitalised adjective that starts a body's name (`Центральное телевидение`). */
  nameAdjectiveEndings: WordList;
  /** Words that stand before a role noun within its phrase (`официальные лица`, `senior officials`). */
  modifierEndings: WordList;
  /** Possessive endings a word sheds in the tokenizer (`Witkoff's` is the name Witkoff), any case. */
  possessiveEndings: WordList;
  /**
   * Suffixes a relational adjective adds to a place's name, on the folded stem (`саудівському` → `саудивск`
   * → `сауд`, Saudi): an adjective no dictionary has still names its place.
   */
  placeNameSuffixes: WordList;
  /** Case endings pre-stemmed with each alias of a known name (`Киев` → `Киева`, `Києві`). */
  nameInflections: { feminineFinals: WordList; feminine: string[]; masculine: string[] };
}

export interface AttributionWords {
  /** Reporting verbs in the forms news uses (`сообщил`, `said`). */
  reportingVerbs: WordList;
  /** Verbs after which the source follows a preposition (`говорится в ноте`, `said in a statement`). */
  verbsWithIn: WordList;
  /** The prepositions and articles stepped over after such a verb. */
  inWords: WordList;
  /** Prepositional cues by kind, each kind in order (a cue before the longer ones it starts). */
  cues: { source: string[]; citing: string[]; pronoun: string[] };
  /** Anonymous sources by role (`sources`, `officials`, …), stemmed. */
  roles: WordTable;
  /** Documents a claim is credited to (`note`, `statement`, …), stemmed. */
  documents: WordTable;
  /** Words for an outlet named earlier (`издание`, `agency`), stemmed. */
  anaphors: WordList;
  /** Outlets in the plural (`изданий`, `outlets`): a role, not one outlet. */
  pluralMedia: WordList;
  /** Quantifiers before a role noun (`несколько`, `several`). */
  quantifiers: WordList;
  /** Personal and possessive pronouns: the speaker named before. */
  pronouns: WordList;
  /** Reflexive possessives before a role noun (`свои источники`, `its own sources`): the source is the one just named. */
  ownWords: WordList;
  /** Words stepped over after a cue (`уже`, `also`, articles). */
  skipForward: WordList;
  /** Articles: a name right after one (`the Louvre announced`) is a body or place, never a person. */
  articles: WordList;
  /** Prepositions before a date word after a reporting verb (`повідомляє у вівторок`). */
  datePrepositions: WordList;
  /** Prepositions of place and time: a name after one is where or when, not who. */
  placePrepositions: WordList;
  /** Words through which a body's name runs on after its head word (`Ministry of Defence`). */
  bodyNameJoiners: WordList;
  /** Head words of bodies' names (`ministry`, `committee`). */
  bodyHeads: WordList;
  /**
   * The same as folded stems, for languages that inflect them (`комитет` for `комитете`, `комітету`): a body
   * named by common nouns (`Следственный комитет России`, `Міністерство внутрішніх справ`) is read as one source.
   */
  bodyHeadStems: WordList;
  /** `and`: joins two sources in one phrase. */
  coordination: WordList;
  /** `of` in `one of`, `один из`. */
  of: WordList;
  /** `one` in `one of`. */
  one: WordList;
  /** Words that end a source phrase (`что`, `that`, `about`). */
  clauseEnd: WordList;
  /** `as` before a reporting verb (`как сообщает`). */
  as: WordList;
  /** Sentence openers of a sentence that only credits what came before (`об этом`, `this was`). */
  reportingOnly: string[];
  /** Sentence openers after which the outlet in context no longer holds (`напомним`, `earlier`). */
  contextResets: string[];
}

export interface DateWords {
  /** Stems that make a clause worth reading for dates (a month or weekday, `сегодня`). */
  dateCueStems: WordList;
  /** Whole words that do (`май`, `may`). */
  dateCueWords: WordList;
  /** Month stems: a date with one of them is absolute, not relative. */
  monthStems: WordList;
  /** Full month names after which a short number and a comma are not a day (`July, 22 people`). */
  monthNames: WordList;
  /** Word forms naming when something was said, never who said it (`субботу`, `yesterday`). */
  dateWords: WordList;
  /** Weekday stems by JS day number (0 = Sunday); `*` ends a prefix, other entries are whole words. */
  weekdays: string[][];
  /** Phrases before a date naming part of its period. */
  partOfPeriod: { end: string[]; start: string[]; mid: string[] };
  /** The day before the publication day (`накануне`). */
  eve: WordList;
  /**
   * Parts of a day next to a weekday (`утром в четверг`, `Thursday morning`): the daytime pins the weekday
   * wherever the reader is; an evening or night may be the next day in another time zone.
   */
  dayParts: { daytime: WordList; night: WordList };
  /** Words before a weekday that put it in the week before (`минулої п'ятниці`, `last Friday`)… */
  lastWeekday: WordList;
  /** …or after (`наступного вівторка`, `next Tuesday`): what the date parser misses of them is read here. */
  nextWeekday: WordList;
  /** Words after a bare year (`года`, `р.`). */
  yearWords: WordList;
  /** Prepositions before a bare year (`в`, `since`). */
  yearPrepositions: WordList;
  /** After these verbs (`*` ends a prefix) and prepositions, a date is when something was said. */
  reportedOn: { verbs: WordList; prepositions: WordList };
  /**
   * Words opening a relative clause (`который`, `який`, `which`): a date inside one dates what the clause
   * describes (`теракт, який стався 22 березня`), not what the claim says happened.
   */
  relativePronouns: WordList;
  /** What the pack's date parser reads as a date but is a verb or noun here (`may`, `march`). */
  falseDates: WordList;
  /** Stems marking a page's date as an update (`обновл`, `updat`). */
  updateStems: WordList;
}

export interface EntityWords {
  /** Stems of capitalised titles that are not names (`президент`). */
  titleStems: WordList;
  /** Stems of heads that start an organisation's name (`офис`, `ministry`). */
  orgHeadStems: WordList;
  /** Verbs and phrases that open a list of members (`входят`, `includes`). */
  membership: string[];
  /** Phrases that mark such a list as partial (`в том числе`, `including`). */
  partialList: string[];
  /** Stems of relative words that end it (`котор`, `which`). */
  listEndStems: WordList;
}

export interface OutletWords {
  /** `Как` in `Как сообщал X`. */
  asReportedOpeners: WordList;
  /** `ранее` in `Как ранее сообщал X`. */
  earlier: WordList;
  /** Past-tense reporting verbs an outlet refers back to its own stories with. */
  pastReportingVerbs: WordList;
  /** `в` in `в Telegram-канале X`. */
  channelPrepositions: WordList;
  /** `нашем` in `в нашем Telegram-канале X`. */
  our: WordList;
  /** `Telegram-канале`. */
  channel: WordList;
  /** Verbs in `сообщает X со ссылкой на`. */
  citingVerbs: WordList;
  /** `со ссылкой на`. */
  citing: string[];
  /** Verbs in `…, пишет X.` (both verbs of `сообщает Y, пишет X.`). */
  relayVerbs: WordList;
  /** `Коллаж` in `Коллаж: X`: a collage is the outlet's own work. */
  collage: WordList;
  /** `Фото` in `Фото: X`. */
  photo: WordList;
  /** Credited names that are not the outlet: photo agencies, platforms, screenshots. */
  notOutlets: string[];
}

/** Builds a pack from its parts; `code` is its folder's name and its BCP 47 primary tag. */
export function definePack<Code extends string>(code: Code, parts: Omit<LanguagePack, 'code'>): LanguagePack<Code> {
  return { code, ...parts };
}

/** A language the engine does not analyse but recognises (other-languages.json). */
export interface OtherLanguage {
  scripts: string[];
  /** The code franc-min reports, for the Cyrillic languages the detector weighs against the Cyrillic packs. */
  franc?: string;
  /** The chrono-node locale that reads its pages' datelines. */
  dateParser?: string;
}
