import { foldCyrillic } from '../text/normalise';
import { type StemLanguage, stem } from '../text/stem';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import { skeleton } from '../text/transliterate';
import { CONCEPT_PREFIX } from './concept-prefix';
import { type Lexicon, nameConcept, wordConcepts, wordKey } from './lexicon';

/** Prefix marking a transliteration-skeleton term, so it can never equal a stem term. */
export const SKELETON_PREFIX = '~';
/** Prefix of a cognate term: the consonant skeleton of a long Cyrillic word's start. */
export const COGNATE_PREFIX = '≈';
// Long ru/uk cognates the dictionary lacks still share their first consonants
// (`розпливчастими`/`расплывчатыми` → `rsplv`); shorter words collide too often to use this.
const COGNATE_MIN_LETTERS = 8;
const COGNATE_LENGTH = 5;
/**
 * Concepts of a word that become matching terms. The lexicon keeps up to three senses, strongest first;
 * as terms, a Russian or Ukrainian word's further senses add more noise than matches: on the calibration
 * half, same-story recall at the fitted threshold 0.81 with one sense, 0.80 with two, 0.77 with three
 * (npm run calibrate). An English word is its own stem plus the strongest concept it leads to (its
 * headword, `died` → die, or a synonym met through Russian, `plane` → airplane).
 */
const CYRILLIC_TERM_CONCEPTS = 1;
const ENGLISH_TERM_CONCEPTS = 2;
// Three consonant classes: enough to tell names in one story apart, short enough that Стив/Стивен/Steve meet.
const NAME_SKELETON_LENGTH = 3;

/** Stemmer language for a token: Cyrillic words follow the sentence (ru/uk), Latin words are English. */
export function tokenStemLanguage(token: Token, lang: string): StemLanguage | null {
  if (token.script === 'cyrillic') return lang === 'uk' ? 'uk' : 'ru';
  if (token.script === 'latin') return 'en';
  return null;
}

/** Whether a token is treated as part of a name: capitalised mid-sentence, an acronym, or foreign script. */
export function looksLikeName(token: Token, index: number, lang: string): boolean {
  if (token.acronym) return true;
  if (token.capitalised && index > 0) return true;
  return token.script === 'latin' && (lang === 'ru' || lang === 'uk');
}

/** What a word contributes to a claim's terms, in the order they are added; the same wherever it stands. */
interface WordTerms {
  /** Its key (not for English), concepts and cognate skeleton. */
  plain: readonly string[];
  /** Added only where the word looks like a name: its short skeleton and a dictionary name's concept. */
  name: readonly string[];
}

// A long page repeats its words hundreds of times and each needs several stems, folds and lexicon lookups:
// they are computed once per word and language (per lexicon), and forgotten past a bound like the stem cache.
const MAX_WORD_CACHE = 50_000;
const wordCaches = new WeakMap<Lexicon, Record<StemLanguage, Map<string, WordTerms>>>();

function cachesFor(lexicon: Lexicon): Record<StemLanguage, Map<string, WordTerms>> {
  let caches = wordCaches.get(lexicon);
  if (!caches) {
    caches = { ru: new Map(), uk: new Map(), en: new Map() };
    wordCaches.set(lexicon, caches);
  }
  return caches;
}

function readWord(part: string, stemLang: StemLanguage, cyrillic: boolean, lexicon: Lexicon): WordTerms {
  const plain: string[] = [];
  const key = wordKey(part, stemLang, lexicon);
  if (stemLang !== 'en') plain.push(key);
  const concepts = wordConcepts(part, stemLang, lexicon);
  const senses = stemLang === 'en' ? ENGLISH_TERM_CONCEPTS : CYRILLIC_TERM_CONCEPTS;
  for (let k = 0; k < senses && k < concepts.length; k++) plain.push(CONCEPT_PREFIX + concepts[k]);
  if (cyrillic && part.length >= COGNATE_MIN_LETTERS) {
    // A Ukrainian word the bridge maps to a Russian key (`підтримки` → `поддержк`) takes the Russian
    // word's cognate too; its own spelling's (`pdtrm`) could only meet other Ukrainian claims.
    const bridged = stemLang === 'uk' && key !== foldCyrillic(stem(part, 'uk'));
    const cognate = skeleton(bridged ? key : part).slice(0, COGNATE_LENGTH);
    if (cognate.length === COGNATE_LENGTH) plain.push(COGNATE_PREFIX + cognate);
  }
  const name: string[] = [];
  const skel = skeleton(key).slice(0, NAME_SKELETON_LENGTH);
  if (skel.length >= 2) name.push(SKELETON_PREFIX + skel);
  const concept = nameConcept(part, stemLang, lexicon);
  if (concept) name.push(CONCEPT_PREFIX + concept);
  return { plain, name };
}

function wordTerms(
  cache: Map<string, WordTerms>,
  part: string,
  stemLang: StemLanguage,
  cyrillic: boolean,
  lexicon: Lexicon,
): WordTerms {
  let terms = cache.get(part);
  if (!terms) {
    if (cache.size >= MAX_WORD_CACHE) cache.clear();
    terms = readWord(part, stemLang, cyrillic, lexicon);
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
  const terms = new Set<string>();
  const caches = cachesFor(lexicon);
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.script === 'digit' || token.script === 'other') continue;
    const stemLang = lang === 'und' ? null : tokenStemLanguage(token, lang);
    const cyrillic = token.script === 'cyrillic';
    const parts = token.norm.includes('-') ? token.norm.split('-') : [token.norm];
    for (const part of parts) {
      if (part.length < 2 || STOPWORDS.has(part)) continue;
      if (!stemLang) {
        // Language unknown: the word as written, and a long Cyrillic word's cognate skeleton.
        terms.add(part);
        if (cyrillic && part.length >= COGNATE_MIN_LETTERS) {
          const cognate = skeleton(part).slice(0, COGNATE_LENGTH);
          if (cognate.length === COGNATE_LENGTH) terms.add(COGNATE_PREFIX + cognate);
        }
        continue;
      }
      const word = wordTerms(caches[stemLang], part, stemLang, cyrillic, lexicon);
      for (const term of word.plain) terms.add(term);
      if (looksLikeName(token, i, lang)) for (const term of word.name) terms.add(term);
    }
  }
  return [...terms];
}
