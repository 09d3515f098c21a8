/**
 * `npm run lexicon [-- path/to/lexicon-sources]`: builds assets/lexicon/lexicon.json from three
 * maintained dictionaries (../shared/lexicon by default, each with its SOURCE.md):
 *
 * - Apertium rus–ukr (GNU GPL): Russian↔Ukrainian lemma pairs and a ru/uk/…/en frequency list;
 * - English Wiktionary's English→Russian translation tables (CC BY-SA 3.0 / GFDL);
 * - Wiktionary's Ukrainian→English glosses with 200k inflected forms (CC BY-SA 3.0 / GFDL).
 *
 * It puts the three languages in one space: every Russian and Ukrainian word (by its folded stem, as the
 * analyser stems text) maps to language-neutral concepts, the stems of the English words it translates to,
 * strongest sense first (up to MAX_CONCEPTS); English words are their own concepts. Proper nouns map
 * to the English name, so places and bodies meet across scripts. The ru↔uk bridge of the former lexicon
 * (a Ukrainian stem → the Russian stem it translates to) stays, for Russian and Ukrainian meet closer
 * than through English. Only words whose concepts are in the news vocabulary are kept (see NEWS_VOCABULARY).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONCEPT_PREFIX } from '../lib/claims/concept-prefix';
import { LEXICON_VERSION, type LexiconFile } from '../lib/claims/lexicon';
import { foldCyrillic, normaliseWord } from '../lib/text/normalise';
import { stem } from '../lib/text/stem';
import { STOPWORDS } from '../lib/text/stopwords';
import { skeleton } from '../lib/text/transliterate';
import { readApertiumPairs, readFrequentWords } from './lexicon/read-apertium';
import { readWiktionaryEnRu } from './lexicon/read-wiktionary-en-ru';
import { readWiktionaryUkEn } from './lexicon/read-wiktionary-uk-en';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'lexicon'));
const OUT = join(ROOT, 'assets', 'lexicon', 'lexicon.json');

/**
 * Concepts kept per word: a word with more senses than this is rarely about the fifth in news. The
 * analyser reads the first three as evidence and the fourth only as a further sense once two articles
 * are one story (lib/claims/lexicon.ts, wordSenses): read as evidence, it matched six validation hard
 * negatives (npm run eval), their counts meeting through it.
 */
const MAX_CONCEPTS = 4;
/** A weaker sense is kept only when it weighs at least this share of the strongest one. */
const MIN_SENSE_SHARE = 0.3;
/** Weight of the frequency list's English column: the translation of a frequent word, chosen by people. */
const FREQUENT_WEIGHT = 1;
/** Weight of concepts carried over from the other Cyrillic language through an Apertium pair. */
const BRIDGED_WEIGHT = 0.5;
/** Dictionary senses labelled so are not what news means by the word. */
const UNUSED_SENSE =
  /^(obsolete|archaic|dated|rare|dialect|slang|vulgar|poetic|childish|nonstandard|colloquial, rare)/i;
const SINGLE_WORD = /^[\p{L}'’ʼ-]+$/u;
/** Keys are Cyrillic stems: the dictionaries also list romanised forms (`paradoksálʹnyj`) and suffixes (`-айш`). */
const CYRILLIC_KEY = /^[а-яёіїєґ'][а-яёіїєґ'-]*$/;
const ENGLISH_WORD = /^[a-z][a-z'-]*$/;
const CAPITALISED = /^\p{Lu}/u;
/** English gloss words that carry no concept of their own (`to be killed`, `something`). */
const GLOSS_FILLER = new Set(['be', 'get', 'become', 'one', "one's", 'someone', 'something', 'oneself', 'sb', 'sth']);

type Weights = Map<string, Map<string, number>>;

function addWeight(target: Weights, key: string, concept: string, weight: number): void {
  if (!CYRILLIC_KEY.test(key) || !concept || weight <= 0) return;
  let m = target.get(key);
  if (!m) {
    m = new Map();
    target.set(key, m);
  }
  // The best evidence for the pair, not the sum: a concept that several lemmas of one stem share
  // (`погибнуть`, `погибать` → perish) is not thereby a better translation than the next (`die`).
  m.set(concept, Math.max(m.get(concept) ?? 0, weight));
}

const englishConcept = (word: string): string => stem(word, 'en');

/**
 * The concept of an English gloss phrase: its head word, stemmed. `to perish` → perish; `prisoner of war`
 * → prisoner; `air defence` → defence; definitions longer than three words are not glosses and give none.
 */
export function glossConcept(phrase: string): string | null {
  const verb = /^\s*to\s/i.test(phrase);
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  while (words[0] === 'to' || words[0] === 'a' || words[0] === 'an' || words[0] === 'the') words.shift();
  if (words.length === 0 || words.length > 3 || !words.every((w) => ENGLISH_WORD.test(w))) return null;
  const content = words.filter((w) => !STOPWORDS.has(w) && !GLOSS_FILLER.has(w));
  if (content.length === 0) return null;
  const of = words.indexOf('of');
  const head = verb
    ? content[0]
    : of > 0 && content.includes(words[of - 1] as string)
      ? words[of - 1]
      : content[content.length - 1];
  return head ? englishConcept(head) : null;
}

const ruKey = (word: string): string => foldCyrillic(stem(normaliseWord(word), 'ru'));

// Case endings of place and body names, Russian and Ukrainian together: a name is looked up by the stem
// of whatever case the text uses (`Молдові`, `Мьянме`, `Белгороде`), and stemmers cut short names unevenly.
const FEMININE_NAME_ENDINGS = ['а', 'я', 'и', 'ы', 'і', 'ї', 'е', 'у', 'ю', 'ой', 'ою', 'ей', 'єю'];
const MASCULINE_NAME_ENDINGS = ['', 'а', 'у', 'е', 'і', 'ом', 'ем', 'ові', 'я', 'ю', 'ы', 'и'];
function nameKeys(name: string, key: (word: string) => string): string[] {
  const word = normaliseWord(name);
  if (word.includes('-')) return [key(word)];
  const feminine = /[ая]$/.test(word);
  const base = feminine ? word.slice(0, -1) : word;
  const endings = feminine ? FEMININE_NAME_ENDINGS : /[оеи]$/.test(word) ? [''] : MASCULINE_NAME_ENDINGS;
  return [...new Set([key(word), ...endings.map((e) => key(base + e))])].filter((k) => k.length >= 3);
}
const ukKey = (word: string): string => foldCyrillic(stem(normaliseWord(word), 'uk'));

/**
 * Stems of a Russian lemma and of the verb forms the stemmer does not bring back to it: the dictionary
 * gives `погибнуть`, news writes `погибли`, `погиб`, `погибших`.
 */
function ruKeys(lemma: string): string[] {
  const word = normaliseWord(lemma);
  const keys = new Set([ruKey(word)]);
  const verb = word.match(/^(.*?)(ть|ти|чь)(ся|сь)?$/);
  if (verb && (verb[1] ?? '').length >= 2) {
    const base = verb[1] as string;
    for (const ending of ['л', 'ла', 'ли', 'вший', 'вшие', 'в', 'ет', 'ют', 'ят', 'ит', 'ат', 'ут']) {
      keys.add(ruKey(base + ending));
    }
    if (base.endsWith('ну')) for (const e of ['', 'ла', 'ли', 'ший', 'шие']) keys.add(ruKey(base.slice(0, -2) + e));
    if (base.endsWith('ова') || base.endsWith('ева')) {
      for (const e of ['ует', 'уют', 'уется']) keys.add(ruKey(base.slice(0, -3) + e));
    }
    if (base.endsWith('и') || base.endsWith('е'))
      for (const e of ['ит', 'ят', 'ат']) keys.add(ruKey(base.slice(0, -1) + e));
    for (const form of irregularPastForms(word.replace(/(ся|сь)$/, ''))) keys.add(ruKey(form));
  }
  return [...keys].filter((k) => k.length >= 2);
}

const PAST_ENDINGS = ['', 'ла', 'ло', 'ли', 'ший', 'шие', 'ших'];
/**
 * Past-tense and past-participle forms of the Russian verb classes whose past stem is not the infinitive's
 * (any grammar of Russian lists them): `найти`/`произойти` → `нашли`/`произошло`, `упасть`/`пропасть` →
 * `упала`/`пропавших`, `спасти` → `спасли`, `умереть` → `умерли`, `мочь`/`помочь` → `могли`/`помогли`.
 * News writes these verbs in the past far more than in the infinitive the dictionaries give.
 */
function irregularPastForms(verb: string): string[] {
  const ending = (tail: string, past: string, endings: readonly string[]): string[] =>
    verb.endsWith(tail) && verb.length > tail.length + 1
      ? endings.map((e) => verb.slice(0, -tail.length) + past + e)
      : [];
  return [
    // `-йти`: на-йти → на-шла, произо-йти → произо-шло; the masculine is `-шёл`.
    ...ending('йти', 'ш', ['ёл', 'ел', 'ла', 'ло', 'ли', 'едший', 'едшие', 'едших']),
    // `-сть`: упа-сть → упа-л, пропа-вших.
    ...ending('сть', '', ['л', 'ла', 'ло', 'ли', 'вший', 'вшие', 'вших']),
    // `-сти`, `-зти`: спас-ти → спас, спас-ли.
    ...ending('сти', 'с', PAST_ENDINGS),
    ...ending('зти', 'з', PAST_ENDINGS),
    // `-ереть`: ум-ереть → ум-ер, ум-ерли.
    ...ending('ереть', 'ер', PAST_ENDINGS),
    // `-очь`: м-очь → м-ог, пом-огли; present `может`, `могут`.
    ...ending('очь', 'ог', [...PAST_ENDINGS, 'ут']),
    ...ending('очь', 'ож', ['ет', 'ем', 'ете']),
  ];
}

// The Ukrainian stemmer cuts a lemma and its case forms unevenly (`гарантія` → `гарант`, `гарантії` →
// `гаранті`): where the dictionary has no inflected forms, the stems of the common ones are mapped too.
const UK_ENDINGS: [RegExp, string[]][] = [
  [/[ая]$/, ['і', 'ї', 'у', 'ю', 'ою', 'ею', 'єю', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях']],
  [
    /(ий|ій)$/,
    ['ого', 'ому', 'им', 'ім', 'а', 'я', 'е', 'є', 'і', 'ї', 'их', 'іх', 'ими', 'іми', 'ої', 'ою', 'у', 'ю'],
  ],
  [/(ти|тися|тись)$/, ['в', 'ла', 'ли', 'ло', 'ть', 'ють', 'ять', 'є', 'ить']],
  [/[оя]?$/, ['а', 'у', 'ом', 'і', 'ів', 'и', 'ам', 'ами', 'ах', 'ові']],
];

function ukKeys(lemma: string): string[] {
  const word = normaliseWord(lemma);
  const keys = new Set([ukKey(word)]);
  for (const [ending, forms] of UK_ENDINGS) {
    if (!ending.test(word)) continue;
    const base = word.replace(ending, '');
    if (base.length < 3) break;
    for (const f of forms) keys.add(ukKey(base + f));
    if (/нути$/.test(word)) for (const f of ['в', 'ла', 'ли']) keys.add(ukKey(word.replace(/нути$/, f)));
    break;
  }
  return [...keys].filter((k) => k.length >= 2);
}

// ── Read the sources ──────────────────────────────────────────────────────────────────────────────
const apertiumDir = join(SOURCES, 'apertium-rus-ukr');
const pairs = readApertiumPairs(apertiumDir);
const frequent = readFrequentWords(apertiumDir);
const enRu = readWiktionaryEnRu(join(SOURCES, 'wiktionary-en-ru', 'en-ru-enwiktionary.dsl.dz'));
const ukEn = readWiktionaryUkEn(join(SOURCES, 'wiktionary-uk-en'));

// ── Concepts of Ukrainian headwords (Wiktionary uk→en) ───────────────────────────────────────────
const ukHeadConcepts = new Map<string, Map<string, number>>();
const ukNames = new Map<string, string>();
for (const entry of ukEn.entries) {
  const concepts = new Map<string, number>();
  entry.senses.forEach((phrases, i) => {
    phrases.forEach((phrase, j) => {
      if (UNUSED_SENSE.test(phrase.replace(/^\(/, ''))) return;
      const c = glossConcept(phrase);
      if (c) concepts.set(c, (concepts.get(c) ?? 0) + 1 / (1 + i) / (1 + 0.5 * j));
    });
  });
  if (concepts.size === 0) continue;
  ukHeadConcepts.set(entry.headword, concepts);
  const first = entry.senses[0]?.[0]?.replace(/\([^)]*\)/g, '').trim() ?? '';
  if (CAPITALISED.test(entry.headword) && SINGLE_WORD.test(entry.headword) && /^\p{Lu}[\p{L}'-]*$/u.test(first)) {
    for (const key of nameKeys(entry.headword, ukKey)) ukNames.set(key, englishConcept(first.toLowerCase()));
  }
}

// ── Russian concepts (Wiktionary en→ru, inverted) and Russian proper names ──────────────────────
const ruWeights: Weights = new Map();
const ukWeights: Weights = new Map();
const ruNames = new Map<string, string>();
const nameFit = new Map<string, number>();
const sharedStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};
const ruLemmaConcepts = new Map<string, Map<string, number>>();
for (const sense of enRu) {
  if (UNUSED_SENSE.test(sense.description)) continue;
  if (sense.pos === 'prop') {
    if (!/^[A-Z][A-Za-z'-]*$/.test(sense.english)) continue;
    for (const name of sense.russian) {
      if (SINGLE_WORD.test(name) && CAPITALISED.test(name)) {
        const key = ruKey(name);
        // A Russian name may translate several English ones (`Мьянма`: Myanmar, Burma): the English
        // spelling closest to it is the one English news uses alongside it.
        const closeness = sharedStart(skeleton(normaliseWord(name)), skeleton(sense.english.toLowerCase()));
        const fit = closeness - Math.abs(name.length - sense.english.length) / 100;
        if (fit > (nameFit.get(key) ?? -1)) {
          for (const k of nameKeys(name, ruKey)) {
            nameFit.set(k, fit);
            ruNames.set(k, englishConcept(sense.english.toLowerCase()));
          }
        }
      }
    }
    continue;
  }
  if (!ENGLISH_WORD.test(sense.english) || !['n', 'v', 'adj', 'adv', 'num'].includes(sense.pos)) continue;
  const concept = englishConcept(sense.english);
  sense.russian.forEach((word, k) => {
    if (!SINGLE_WORD.test(word) || CAPITALISED.test(word)) return;
    const lemma = normaliseWord(word);
    let m = ruLemmaConcepts.get(lemma);
    if (!m) {
      m = new Map();
      ruLemmaConcepts.set(lemma, m);
    }
    // Where a Russian word stands in an English word's list says little about how good the English word is
    // for it (`die` lists `погибнуть` sixth, after `умирать`): a soft discount only.
    // The best place in any of the English word's senses: an English word with many senses that list the
    // Russian word (`perish`) is no better a translation for it than one listing it once (`die`).
    m.set(concept, Math.max(m.get(concept) ?? 0, 1 / Math.sqrt(1 + k)));
  });
}
for (const [lemma, concepts] of ruLemmaConcepts) {
  for (const key of ruKeys(lemma)) for (const [c, w] of concepts) addWeight(ruWeights, key, c, w);
}

// ── Ukrainian concepts: every inflected form of a headword, then the frequency list ─────────────
for (const [form, indices] of ukEn.forms) {
  if (!SINGLE_WORD.test(form)) continue;
  for (const i of indices) {
    const headword = ukEn.entries[i]?.headword;
    const concepts = headword ? ukHeadConcepts.get(headword) : undefined;
    if (!concepts) continue;
    const key = ukKey(form);
    for (const [c, w] of concepts) addWeight(ukWeights, key, c, w);
  }
}
for (const [headword, concepts] of ukHeadConcepts) {
  if (!SINGLE_WORD.test(headword)) continue;
  for (const key of ukKeys(headword)) for (const [c, w] of concepts) addWeight(ukWeights, key, c, w);
}
for (const f of frequent) {
  if (!ENGLISH_WORD.test(f.en)) continue;
  const concept = englishConcept(f.en);
  for (const key of ruKeys(f.ru)) addWeight(ruWeights, key, concept, FREQUENT_WEIGHT);
  if (f.uk) for (const key of ukKeys(f.uk)) addWeight(ukWeights, key, concept, FREQUENT_WEIGHT);
}

/**
 * News vocabulary: concepts both dictionaries attest, as the translation of a Russian word (English
 * Wiktionary's en→ru tables or the frequency list) and of a Ukrainian one (the uk→en glosses or the
 * frequency list). A concept only one side knows can never join a Russian and a Ukrainian report, and
 * leaving such concepts out keeps the bundle small without a corpus to count words in.
 */
const NEWS_VOCABULARY = new Set<string>();
{
  const onSide = (weights: Weights): Set<string> => {
    const out = new Set<string>();
    for (const m of weights.values()) for (const c of m.keys()) out.add(c);
    return out;
  };
  const ruSide = onSide(ruWeights);
  for (const c of onSide(ukWeights)) if (ruSide.has(c)) NEWS_VOCABULARY.add(c);
}

// ── Across the Apertium pairs: concepts one side lacks, and the ru↔uk stem bridge ────────────────
const ukToRu = new Map<string, Map<string, number>>();
const bridge = (from: string, to: string, rank: number): void => {
  if (!from || !to) return;
  let m = ukToRu.get(from);
  if (!m) {
    m = new Map();
    ukToRu.set(from, m);
  }
  const prev = m.get(to);
  if (prev === undefined || rank < prev) m.set(to, rank);
};
for (const f of frequent) if (f.uk) for (const k of ukKeys(f.uk)) bridge(k, ruKey(f.ru), f.rank);
pairs.forEach((p, order) => {
  if (p.pos === 'np') {
    const concept = ruNames.get(ruKey(p.ru));
    if (concept) for (const k of nameKeys(p.uk, ukKey)) if (!ukNames.has(k)) ukNames.set(k, concept);
    return;
  }
  const ru = ruKey(p.ru);
  for (const k of ukKeys(p.uk)) bridge(k, ru, 10_000 + order);
  const ruConcepts = ruLemmaConcepts.get(normaliseWord(p.ru));
  if (ruConcepts)
    for (const k of ukKeys(p.uk)) for (const [c, w] of ruConcepts) addWeight(ukWeights, k, c, BRIDGED_WEIGHT * w);
  const ukConcepts = ukHeadConcepts.get(p.uk);
  if (ukConcepts)
    for (const k of ruKeys(p.ru)) for (const [c, w] of ukConcepts) addWeight(ruWeights, k, c, BRIDGED_WEIGHT * w);
});

function strongest(weights: Map<string, number>): string[] {
  const sorted = [...weights]
    .filter(([c]) => NEWS_VOCABULARY.has(c))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = sorted[0]?.[1] ?? 0;
  return sorted
    .filter(([, w]) => w >= MIN_SENSE_SHARE * top)
    .slice(0, MAX_CONCEPTS)
    .map(([c]) => c);
}

// ── English: inflections the stemmer leaves apart, and synonyms met through Russian ─────────────
/**
 * English stems that are not their concept: inflections the stemmer cuts unlike the headword (`died` →
 * `di`, `die` → `die`) and, through the word's first Russian translations, the concepts its synonyms
 * have (`plane` → самолёт → `airplan`), so English meets the Russian and Ukrainian side more often.
 */
const enExtra: Weights = new Map();
const addEnglish = (key: string, concept: string, weight: number): void => {
  if (!key || !concept || key === concept) return;
  let m = enExtra.get(key);
  if (!m) {
    m = new Map();
    enExtra.set(key, m);
  }
  m.set(concept, (m.get(concept) ?? 0) + weight);
};
function inflections(word: string): string[] {
  const out = [`${word}s`, `${word}ed`, `${word}ing`, `${word}es`];
  if (word.endsWith('e')) out.push(`${word}d`, `${word.slice(0, -1)}ing`);
  if (word.endsWith('y')) out.push(`${word.slice(0, -1)}ied`, `${word.slice(0, -1)}ies`);
  if (word.endsWith('ie')) out.push(`${word.slice(0, -2)}ying`);
  return out;
}
// Irregular forms the rules above cannot make (`won` → win), from the English language pack.
const IRREGULAR: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, 'lib', 'languages', 'en', 'irregular-verbs.json'), 'utf8'),
).forms;
for (const [form, infinitive] of Object.entries(IRREGULAR)) {
  addEnglish(englishConcept(form), englishConcept(infinitive), 2);
}
const englishHeads = new Set<string>();
for (const sense of enRu) if (ENGLISH_WORD.test(sense.english) && sense.pos !== 'prop') englishHeads.add(sense.english);
for (const word of englishHeads) {
  const concept = englishConcept(word);
  for (const form of inflections(word)) {
    const key = englishConcept(form);
    if (key !== concept && !englishHeads.has(form)) addEnglish(key, concept, 1);
  }
}
const firstTranslations = new Map<string, string[]>();
for (const sense of enRu) {
  if (
    !ENGLISH_WORD.test(sense.english) ||
    !['n', 'v', 'adj'].includes(sense.pos) ||
    UNUSED_SENSE.test(sense.description)
  )
    continue;
  const key = englishConcept(sense.english);
  if (!firstTranslations.has(key))
    firstTranslations.set(key, sense.russian.filter((w) => SINGLE_WORD.test(w)).slice(0, 2));
}
for (const [key, words] of firstTranslations) {
  for (const word of words) {
    const concept = strongest(ruWeights.get(ruKey(word)) ?? new Map())[0];
    if (concept && concept !== key) addEnglish(key, concept, 0.5);
  }
}

// ── Write ────────────────────────────────────────────────────────────────────────────────────────
const conceptIds = new Map<string, number>();
const conceptList: string[] = [];
const idOf = (c: string): number => {
  let id = conceptIds.get(c);
  if (id === undefined) {
    id = conceptList.length;
    conceptIds.set(c, id);
    conceptList.push(c);
  }
  return id;
};
/** `stem:id,id` entries joined by `|` (no character JSON must escape); `skip` leaves out what a fallback gives. */
function packConcepts(
  weights: Weights,
  skip: (key: string, ids: string) => boolean = () => false,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of [...weights.keys()].sort()) {
    const concepts = strongest(weights.get(key) as Map<string, number>);
    if (concepts.length === 0) continue;
    const ids = concepts.map(idOf).join(',');
    if (!skip(key, ids)) out.set(key, ids);
  }
  return out;
}
const joinEntries = (m: Map<string, string>): string => [...m].map(([k, v]) => `${k}:${v}`).join('|');
function packNames(names: Map<string, string>): string {
  return joinEntries(new Map([...names].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, c]) => [k, String(idOf(c))])));
}
const ruBridge = new Map<string, string>();
for (const [from, candidates] of [...ukToRu].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  // A Ukrainian stem that already folds to one of its Russian translations needs no entry.
  if (candidates.has(from)) continue;
  const best = [...candidates].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (best && best !== from) ruBridge.set(from, best);
}
const ruConcepts = packConcepts(ruWeights);
const enConcepts = new Map<string, string>();
for (const key of [...enExtra.keys()].sort()) {
  // The word's own stem comes first at run time; these are the concepts besides it.
  const concepts = strongest(enExtra.get(key) as Map<string, number>).slice(0, 2);
  if (concepts.length > 0) enConcepts.set(key, concepts.map(idOf).join(','));
}
// A Ukrainian stem whose concepts are those of the Russian stem it bridges or folds to needs no entry:
// wordConcepts falls back to that (lib/claims/lexicon.ts).
const ukConcepts = packConcepts(ukWeights, (key, ids) => ruConcepts.get(ruBridge.get(key) ?? key) === ids);
// ── How common each term is in news text ───────────────────────────────────────────────────────
/**
 * Words per article the frequency list's per-million counts are scaled to: a word seen f times per
 * million is in 1 - e^(-f·n/10⁶) of articles of n words. The index adds this share of its background
 * documents to a term's document frequency, so a small library (a new reader's five seeds) still knows
 * that `said`, `year` and `country` are in every other article. 1,000 words: a long news article.
 */
const ARTICLE_WORDS = 1000;
const background = new Map<string, number>();
for (const f of frequent) {
  const share = Math.round(1000 * (1 - Math.exp((-f.frequency * ARTICLE_WORDS) / 1e6)));
  if (share <= 0) continue;
  const put = (term: string): void => {
    if (term && share > (background.get(term) ?? 0)) background.set(term, share);
  };
  put(ruKey(f.ru));
  if (f.uk) put(ruBridge.get(ukKey(f.uk)) ?? ukKey(f.uk));
  if (ENGLISH_WORD.test(f.en)) put(CONCEPT_PREFIX + englishConcept(f.en));
}

const commitOf = (dir: string): string => {
  try {
    return readFileSync(join(SOURCES, dir, 'SOURCE.md'), 'utf8').match(/commit ([0-9a-f]{40})/)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
};
const file: LexiconFile = {
  version: LEXICON_VERSION,
  sources: [
    `apertium/apertium-rus-ukr@${commitOf('apertium-rus-ukr')} (GNU GPL v2)`,
    `open-dsl-dict/wiktionary-dict@${commitOf('wiktionary-en-ru')} en-ru (CC BY-SA 3.0 / GFDL)`,
    `Vuizur/Wiktionary-Dictionaries@${commitOf('wiktionary-uk-en')} uk-en (CC BY-SA 3.0 / GFDL)`,
  ],
  concepts: '',
  ru: joinEntries(ruConcepts),
  uk: joinEntries(ukConcepts),
  en: joinEntries(enConcepts),
  ukRu: joinEntries(ruBridge),
  background: joinEntries(
    new Map([...background].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, String(v)])),
  ),
  names: packNames(new Map([...ruNames, ...[...ukNames].filter(([k]) => !ruNames.has(k))])),
};
file.concepts = conceptList.join('|');
const json = JSON.stringify(file);
writeFileSync(OUT, json);
const lines = (s: string): number => (s ? s.split('|').length : 0);
console.log(
  `wrote ${OUT}: ${lines(file.ru)} ru, ${lines(file.uk)} uk and ${lines(file.en)} en stems → ${conceptList.length} concepts, ` +
    `${lines(file.ukRu)} uk→ru bridges, ${lines(file.names)} names; ` +
    `${Buffer.byteLength(json)} bytes raw, ${gzipSync(json).length} gzipped`,
);
