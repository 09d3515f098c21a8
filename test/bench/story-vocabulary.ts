import { NUMBER_WORDS, QUALIFIERS, SCALE_WORDS, UNIT_WORDS } from '../../lib/claims/number-words';
import { type StemLanguage, stem } from '../../lib/text/stem';
import { STOPWORDS } from '../../lib/text/stopwords';
import { coin, hash32, Prng } from './prng';
import type { StoryLanguage } from './template-pool';

/** A number with its group and decimal separators (`1,200`, `8.8`), or a word with inner hyphens/apostrophes. */
const TOKEN = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_PARTS = /[\p{L}\p{M}\p{N}]+/gu;
const PART_SEPARATOR = /(['’ʼ-])/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const YEAR = /^(19|20)\d\d$/;
/** Content words shorter than this are left alone (prepositions and particles the stop list lacks). */
const MIN_CONTENT_LETTERS = 4;

/**
 * Words the engine reads for structure rather than content — calendar words, reporting verbs, number,
 * scale and unit words — stay real, so synthetic stories still carry dates, attributions and figures.
 */
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресен|сегодня|вчера|завтра|накануне|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|сьогодні|вчора|напередодні)/;
const REPORTING =
  /^(?:сообщ|заяв|пиш|писал|отмет|подчеркн|рассказ|переда|уточн|сказал|добав|поясн|цитир|говорит|повідом|зазнач|наголос|розпов|сказав|додав|йдеться|said|says|report|told|wrote|writes|stated|announc|noted|added|claimed|confirm|according)/;
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...UNIT_WORDS.keys(),
  ...QUALIFIERS.flatMap(([words]) => words),
]);
const isStructural = (lower: string): boolean =>
  FIGURE_WORDS.has(lower) || CALENDAR.test(lower) || REPORTING.test(lower);

const LETTERS = {
  latin: { consonants: 'bcdfghklmnprstvz', vowels: 'aeiou' },
  ru: { consonants: 'бвгджзклмнпрстфхцчш', vowels: 'аоуеиы' },
  uk: { consonants: 'бвгджзклмнпрстфхцчш', vowels: 'аоуеиі' },
} as const;

/**
 * Invented words per alphabet. A story's specific words are drawn from this finite lexicon rather than
 * made up afresh, so the corpus vocabulary grows the way a real one does (10k news articles hold some
 * 10^5 distinct stems, not one new word per story and word) and specific words recur across a few
 * unrelated stories, as names and rare words do in real news.
 */
const INVENTED_WORDS = 40_000;

/** A pronounceable made-up stem in an alphabet, from its own labelled stream (so it is stable). */
export function inventStem(label: string, alphabet: keyof typeof LETTERS, length: number): string {
  const rng = new Prng(label);
  const consonants = [...LETTERS[alphabet].consonants];
  const vowels = [...LETTERS[alphabet].vowels];
  let out = '';
  for (let i = 0; i < length; i++) out += rng.pick(i % 2 === 0 ? consonants : vowels);
  return out;
}

/** Entry `n` of the invented lexicon of an alphabet: 4–9 letters. */
function inventedWord(alphabet: keyof typeof LETTERS, n: number): string {
  return inventStem(`lexicon:${alphabet}:${n}`, alphabet, 4 + (n % 6));
}

const stemLanguageOf = (word: string, lang: StoryLanguage): StemLanguage | null =>
  CYRILLIC.test(word) ? (lang === 'uk' ? 'uk' : 'ru') : LATIN.test(word) ? 'en' : null;

/** A lower-case word split into the engine's stem and the ending after it (`лидеров` → `лидер` + `ов`). */
function splitWord(lower: string, stemLang: StemLanguage): { root: string; ending: string } {
  const stemmed = stem(lower, stemLang);
  return lower.startsWith(stemmed) && stemmed.length >= 2
    ? { root: stemmed, ending: lower.slice(stemmed.length) }
    : { root: lower, ending: '' };
}

/** Stems of a text's words, for counting in how many template articles each occurs. */
export function wordRoots(text: string, lang: StoryLanguage): Set<string> {
  const roots = new Set<string>();
  for (const [word] of text.matchAll(WORD_PARTS)) {
    const stemLang = stemLanguageOf(word, lang);
    if (stemLang) roots.add(splitWord(word.toLowerCase(), stemLang).root);
  }
  return roots;
}

function matchCase(word: string, model: string): string {
  if (ACRONYM.test(model)) return word.toUpperCase();
  return UPPER.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * Makes one synthetic story distinct from every other story built from the same template sentences,
 * the way two news stories differ: the vocabulary common across many articles (`government`, `Украина`,
 * `заявил`) stays, while the specific words — rare names, rare content words, all numbers — are
 * replaced by words of an invented lexicon and new values. Everything is a pure function of (story salt, word), so
 * all versions of the story, and sentences added to one version later, use the same substitutes;
 * function words and inflectional endings stay real.
 */
export class StoryVocabulary {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly salt: string,
    private readonly lang: StoryLanguage,
    /** Stems common in the language's template articles: kept. */
    private readonly common: ReadonlySet<string>,
    /** Share of the other content words replaced (names are always replaced). */
    private readonly rareShare: number,
  ) {}

  rewrite(sentence: string): string {
    let first = true;
    return sentence.replace(TOKEN, (word, number: string | undefined) => {
      const out = number ? this.number(number) : this.word(word, first);
      first = false;
      return out;
    });
  }

  private word(word: string, first: boolean): string {
    if (/\d/.test(word)) return word;
    return word
      .split(PART_SEPARATOR)
      .map((part, i) => (i % 2 === 1 ? part : this.part(part, first && i === 0)))
      .join('');
  }

  /**
   * New digits in the same shape (`1,200` → `7,481`, `8.8` → `3.6`); years are kept and day-sized
   * numbers stay day-sized, so dates stay valid.
   */
  private number(word: string): string {
    if (YEAR.test(word)) return word;
    return this.memo(`n:${word}`, () => {
      const rng = new Prng(`${this.salt}:n:${word}`);
      if (/^\d+$/.test(word) && Number(word) <= 31) return String(rng.int(1, 28));
      let leading = true;
      return word.replace(/\d/g, () => {
        const digit = leading ? rng.int(1, 9) : rng.int(0, 9);
        leading = false;
        return String(digit);
      });
    });
  }

  private part(part: string, first: boolean): string {
    const stemLang = stemLanguageOf(part, this.lang);
    if (!stemLang) return part;
    const lower = part.toLowerCase();
    if (isStructural(lower) || STOPWORDS.has(lower)) return part;
    const { root, ending } = splitWord(lower, stemLang);
    if (this.common.has(root)) return part;
    const name = ACRONYM.test(part) || (UPPER.test(part) && !first);
    if (!name && (lower.length < MIN_CONTENT_LETTERS || coin(`${this.salt}:w:${root}`) >= this.rareShare)) return part;
    const alphabet = stemLang === 'en' ? 'latin' : stemLang;
    const invented = this.memo(`s:${root}`, () =>
      inventedWord(alphabet, hash32(`${this.salt}:s:${root}`) % INVENTED_WORDS),
    );
    return matchCase(invented + ending, part);
  }

  private memo(key: string, make: () => string): string {
    let value = this.cache.get(key);
    if (value === undefined) {
      value = make();
      this.cache.set(key, value);
    }
    return value;
  }
}
