import { defaultLanguageOf, languagePack, PACK_SCRIPTS, packsWrittenIn, words } from '../languages';
import { alternation } from '../languages/word-patterns';
import type { StemLanguage } from '../text/stem';
import { STOPWORDS } from '../text/stopwords';
import type { Script, Token } from '../text/tokenize';
import { skeleton } from '../text/transliterate';
import { CONCEPT_PREFIX } from './concept-prefix';
import { foldedStem, type Lexicon, nameConcept, wordKey, wordSenses } from './lexicon';

/** Prefix marking a transliteration-skeleton term, so it can never equal a stem term. */
export const SKELETON_PREFIX = '~';
/** Prefix of a cognate term: the consonant skeleton of a long Cyrillic word's start. */
export const COGNATE_PREFIX = '≈';
// Long ru/uk cognates the dictionary lacks still share their first consonants
// (`розпливчастими`/`расплывчатыми` → `rsplv`); shorter words collide too often to use this. Read in the
// scripts whose languages fold stems into shared keys (lib/languages/<code>/language.json).
const COGNATE_SCRIPTS: ReadonlySet<string> = new Set(
  PACK_SCRIPTS.filter((script) => packsWrittenIn(script).some((p) => p.foldStems)),
);
const COGNATE_MIN_LETTERS = 8;
const COGNATE_LENGTH = 5;
/**
 * Concepts of a word that become matching terms. The lexicon keeps up to three senses, strongest first;
 * as terms, a Russian or Ukrainian word's further senses add more noise than matches: on the calibration
 * half, same-story recall at the fitted threshold 0.81 with one sense, 0.80 with two, 0.77 with three
 * (npm run calibrate). An English word (a word of a concept-keyed language) is its own stem plus the
 * strongest concept it leads to (its headword, `died` → die, or a synonym met through Russian, `plane` → airplane).
 */
const CYRILLIC_TERM_CONCEPTS = 1;
const ENGLISH_TERM_CONCEPTS = 2;
// Three consonant classes: enough to tell names in one story apart, short enough that Стив/Стивен/Steve meet.
export const NAME_SKELETON_LENGTH = 3;
/** Letters a place's name keeps before a relational adjective's suffix (`сауд|ивск`). */
const PLACE_STEM_LETTERS = 3;

/**
 * Stemmer language for a token: the sentence's language when the token is written in its script (a Ukrainian
 * word of a Ukrainian sentence), else the first language pack of the token's script (a Cyrillic word in an
 * English sentence is read as Russian, a Latin word in a Russian one as English); null for digits and
 * scripts no pack is written in.
 */
export function tokenStemLanguage(token: Token, lang: string): StemLanguage | null {
  return scriptStemLanguage(token.script, lang);
}

function scriptStemLanguage(script: Script, lang: string): StemLanguage | null {
  const pack = languagePack(lang);
  if (pack && pack.script === script) return pack.code;
  return defaultLanguageOf(script) ?? null;
}

/**
 * Whether a token is treated as part of a name: capitalised mid-sentence, an acronym, or written in a
 * script whose words are foreign names in the sentence's language (Latin words in Russian text).
 */
export function looksLikeName(token: Token, index: number, lang: string): boolean {
  if (token.acronym) return true;
  if (token.capitalised && index > 0) return true;
  return languagePack(lang)?.namesInScripts.includes(token.script) ?? false;
}

const conceptKeyed = (lang: StemLanguage | null): boolean => lang !== null && languagePack(lang)?.conceptKeyed === true;

/** What a word contributes to a claim's terms, in the order they are added; the same wherever it stands. */
interface WordTerms {
  /** Its key (unless its language is concept-keyed), concepts and cognate skeleton. */
  plain: readonly string[];
  /** Added only where the word looks like a name: its short skeleton and a dictionary name's concept. */
  name: readonly string[];
  /** Its further senses (concepts past those in `plain`), for claim alignment across scripts only. */
  further: readonly string[];
  /** Its terms that are a second reading of it (an English word's concept besides its own stem). */
  alternate: readonly string[];
  /** A Cyrillic word's first concept (one sense when `further` is empty). */
  sole?: string;
}

// A long page repeats its words hundreds of times and each needs several stems, folds and lexicon lookups:
// they are computed once per word, language and script kind (per lexicon), and forgotten past a bound like
// the stem cache.
const MAX_WORD_CACHE = 50_000;

/** A value per lexicon and key, made on first use and kept while the lexicon lives. */
function perLexicon<K, V>(make: (key: K, lexicon: Lexicon) => V): (lexicon: Lexicon, key: K) => V {
  const byLexicon = new WeakMap<Lexicon, Map<K, V>>();
  return (lexicon, key) => {
    let byKey = byLexicon.get(lexicon);
    if (!byKey) {
      byKey = new Map();
      byLexicon.set(lexicon, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = make(key, lexicon);
      byKey.set(key, value);
    }
    return value;
  };
}

const wordCaches = perLexicon((_: StemLanguage): [Map<string, WordTerms>, Map<string, WordTerms>] => [
  new Map(),
  new Map(),
]);

function cacheFor(lexicon: Lexicon, stemLang: StemLanguage, cognateScript: boolean): Map<string, WordTerms> {
  return wordCaches(lexicon, stemLang)[cognateScript ? 1 : 0];
}

const placeSuffixes = new Map<StemLanguage, RegExp>();
/** The name skeleton of the place a relational adjective's folded stem is made from, if it is one. */
function placeNameSkeleton(key: string, lang: StemLanguage): string | undefined {
  let pattern = placeSuffixes.get(lang);
  if (!pattern) {
    const suffixes = words(languagePack(lang)?.grammar.placeNameSuffixes ?? '');
    pattern =
      suffixes.length === 0 ? /(?!)/ : new RegExp(`^(.{${PLACE_STEM_LETTERS},}?)${alternation(suffixes)}$`, 'u');
    placeSuffixes.set(lang, pattern);
  }
  const stem = pattern.exec(key)?.[1];
  const skel = stem === undefined ? '' : skeleton(stem).slice(0, NAME_SKELETON_LENGTH);
  return skel.length >= 2 ? skel : undefined;
}

function readWord(part: string, stemLang: StemLanguage, cognateScript: boolean, lexicon: Lexicon): WordTerms {
  const plain: string[] = [];
  const key = wordKey(part, stemLang, lexicon);
  // A concept-keyed language's words (English) meet others through their concepts only.
  if (!conceptKeyed(stemLang)) plain.push(key);
  const concepts = wordSenses(part, stemLang, lexicon);
  // An adjective no dictionary has, made from a place's name (`саудівському`), names the place as its
  // name would (Saudi): its stem without the suffix gives the name's skeleton.
  const place = concepts.length === 0 ? placeNameSkeleton(key, stemLang) : undefined;
  if (place) plain.push(SKELETON_PREFIX + place);
  const senses = conceptKeyed(stemLang) ? ENGLISH_TERM_CONCEPTS : CYRILLIC_TERM_CONCEPTS;
  for (let k = 0; k < senses && k < concepts.length; k++) plain.push(CONCEPT_PREFIX + concepts[k]);
  const further: string[] = [];
  for (let k = senses; k < concepts.length; k++) further.push(CONCEPT_PREFIX + concepts[k]);
  if (cognateScript && part.length >= COGNATE_MIN_LETTERS) {
    // A Ukrainian word the bridge maps to a Russian key (`підтримки` → `поддержк`) takes the Russian
    // word's cognate too; its own spelling's (`pdtrm`) could only meet other Ukrainian claims.
    const bridged = languagePack(stemLang)?.bridgedToRussian === true && key !== foldedStem(part, stemLang);
    const cognate = skeleton(bridged ? key : part).slice(0, COGNATE_LENGTH);
    if (cognate.length === COGNATE_LENGTH) plain.push(COGNATE_PREFIX + cognate);
  }
  const name: string[] = [];
  const skel = skeleton(key).slice(0, NAME_SKELETON_LENGTH);
  if (skel.length >= 2) name.push(SKELETON_PREFIX + skel);
  const concept = nameConcept(part, stemLang, lexicon);
  if (concept) name.push(CONCEPT_PREFIX + concept);
  const alternate = conceptKeyed(stemLang) ? plain.slice(1) : [];
  const sole = !conceptKeyed(stemLang) && concepts.length > 0 ? CONCEPT_PREFIX + concepts[0] : undefined;
  return sole ? { plain, name, further, alternate, sole } : { plain, name, further, alternate };
}

function wordTerms(
  cache: Map<string, WordTerms>,
  part: string,
  stemLang: StemLanguage,
  cognateScript: boolean,
  lexicon: Lexicon,
): WordTerms {
  let terms = cache.get(part);
  if (!terms) {
    if (cache.size >= MAX_WORD_CACHE) cache.clear();
    terms = readWord(part, stemLang, cognateScript, lexicon);
    cache.set(part, terms);
  }
  return terms;
}

/**
 * Matching terms of a claim, without stopwords: each word's language-neutral concepts (`@kill`; an
 * English word's own stem), for Russian and Ukrainian also the shared ru/uk key (stem → fold → bridge)
 * and a cognate skeleton of long words, plus a short transliteration skeleton for name-like words so
 * Cyrillic and Latin spellings meet, and a dictionary name's English concept (`Мьянма` → `@myanmar`).
 */
export function claimTerms(
  tokens: readonly Token[],
  lang: string,
  lexicon: Lexicon,
  from = 0,
  to = tokens.length,
): string[] {
  return claimWords(tokens, lang, lexicon, from, to).terms;
}

/**
 * A claim's terms (claimTerms) and its words' further senses: the concepts past those a word's terms keep
 * (`крушение` → smash as a term; crash, ruin further), none of them among the terms. Terms decide the
 * story; further senses let two claims of one story meet across scripts where each dictionary put a
 * different sense first.
 */
export function claimWords(
  tokens: readonly Token[],
  lang: string,
  lexicon: Lexicon,
  from = 0,
  to = tokens.length,
): { terms: string[]; senses: string[]; alternates?: string[]; sole?: string[] } {
  const read: ClaimReading = {
    terms: new Set(),
    senses: new Set(),
    firsts: new Set(),
    seconds: new Set(),
    soles: new Set(),
    polysemous: new Set(),
  };
  const scripts = scriptReadings(lang, lexicon);
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.script === 'digit' || token.script === 'other') continue;
    const reading = scripts[token.script];
    const norm = token.norm;
    if (norm.includes('-')) {
      for (const part of norm.split('-')) addWordTerms(read, part, token, i, reading, lexicon);
    } else {
      addWordTerms(read, norm, token, i, reading, lexicon);
    }
  }
  const { terms, senses, firsts, seconds, soles, polysemous } = read;
  for (const t of terms) senses.delete(t);
  const alternates = [...seconds].filter((t) => !firsts.has(t));
  const sole = [...soles].filter((t) => !polysemous.has(t));
  return {
    terms: [...terms],
    senses: [...senses],
    ...(alternates.length > 0 ? { alternates } : {}),
    ...(sole.length > 0 ? { sole } : {}),
  };
}

/** What claimWords gathers from a claim's words. */
interface ClaimReading {
  terms: Set<string>;
  senses: Set<string>;
  /** Terms that are some word's first reading, and terms that are some word's second reading. */
  firsts: Set<string>;
  seconds: Set<string>;
  /** Concepts of Cyrillic words with one sense in the lexicon, and first concepts of words with several. */
  soles: Set<string>;
  polysemous: Set<string>;
}

/** What claimTerms reads off a word of one script in a sentence of one language: the same for all its words. */
interface ScriptReading {
  stemLang: StemLanguage | null;
  cognateScript: boolean;
  cache: Map<string, WordTerms> | null;
  /** The sentence's language takes words of this script for names (Latin words in Russian text). */
  namesScript: boolean;
}

/** The scripts whose words have terms (digits and unknown scripts have none). */
type WordScript = Exclude<Script, 'digit' | 'other'>;

// Per sentence language and lexicon, per script of the words claimTerms reads: worked out once, not for
// every word of every claim.
const scriptReadingCache = perLexicon((lang: string, lexicon): Record<WordScript, ScriptReading> => {
  const reading = (script: WordScript): ScriptReading => {
    const stemLang = lang === 'und' ? null : scriptStemLanguage(script, lang);
    const cognateScript = COGNATE_SCRIPTS.has(script);
    return {
      stemLang,
      cognateScript,
      cache: stemLang ? cacheFor(lexicon, stemLang, cognateScript) : null,
      namesScript: languagePack(lang)?.namesInScripts.includes(script) ?? false,
    };
  };
  return { cyrillic: reading('cyrillic'), latin: reading('latin') };
});

const scriptReadings = (lang: string, lexicon: Lexicon): Record<WordScript, ScriptReading> =>
  scriptReadingCache(lexicon, lang);

function addWordTerms(
  read: ClaimReading,
  part: string,
  token: Token,
  index: number,
  reading: ScriptReading,
  lexicon: Lexicon,
): void {
  if (part.length < 2 || STOPWORDS.has(part)) return;
  const { stemLang, cognateScript, cache } = reading;
  if (!stemLang || !cache) {
    // Language unknown: the word as written, and a long word's cognate skeleton in a folding script.
    read.terms.add(part);
    if (cognateScript && part.length >= COGNATE_MIN_LETTERS) {
      const cognate = skeleton(part).slice(0, COGNATE_LENGTH);
      if (cognate.length === COGNATE_LENGTH) read.terms.add(COGNATE_PREFIX + cognate);
    }
    return;
  }
  const word = wordTerms(cache, part, stemLang, cognateScript, lexicon);
  for (const term of word.plain) read.terms.add(term);
  for (const term of word.plain) (word.alternate.includes(term) ? read.seconds : read.firsts).add(term);
  for (const sense of word.further) read.senses.add(sense);
  if (word.sole) (word.further.length === 0 ? read.soles : read.polysemous).add(word.sole);
  // looksLikeName, with the script's part read once per sentence language.
  if (token.acronym || (token.capitalised && index > 0) || reading.namesScript) {
    for (const term of word.name) read.terms.add(term);
  }
}
