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
