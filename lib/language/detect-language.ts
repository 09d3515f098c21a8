import { franc } from 'franc-min';
import {
  defaultLanguageOf,
  LANGUAGE_PACKS,
  type LanguageCode,
  languagePack,
  OTHER_LANGUAGES,
  type PackScript,
} from '../languages';

/**
 * The one place that tells languages apart: a text's, a sentence's, and whether a page's declared language
 * holds. Each language pack says what tells it from the others (lib/languages/<code>/language.json: its
 * script, the letters only it has, its franc code); nothing else in the engine tests letters for a language.
 */

/** Languages the engine analyses (one per language pack). Anything else is reported as `und`, never guessed into one of these. */
export const SUPPORTED_LANGUAGES: readonly LanguageCode[] = LANGUAGE_PACKS.map((p) => p.code);
export type SupportedLanguage = LanguageCode;
export type DetectedLanguage = SupportedLanguage | 'und';

/** Letters of the scripts the packs are written in. */
const SCRIPT_LETTERS: Record<PackScript, RegExp> = {
  cyrillic: /[\u0400-\u04FF]/g,
  latin: /[A-Za-z]/g,
};
const SCRIPTS = Object.keys(SCRIPT_LETTERS) as PackScript[];

/** Per one-letter class: whether each UTF-16 unit is in it (0 not yet asked, 1 in it, 2 not), filled as units are met. */
const memberships = new WeakMap<RegExp, { known: Uint8Array; single: RegExp }>();

/**
 * How many units of `text` a one-letter class (`[…]`, no `u` flag) matches: the number of `text.match(re)`
 * hits, counted in one pass instead of an array of every hit (this runs on every sentence).
 */
function count(text: string, re: RegExp): number {
  let table = memberships.get(re);
  if (!table) {
    table = { known: new Uint8Array(0x10000), single: new RegExp(re.source, re.flags.replace('g', '')) };
    memberships.set(re, table);
  }
  const { known, single } = table;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = known[c] as number;
    if (k === 0) {
      k = single.test(text.charAt(i)) ? 1 : 2;
      known[c] = k;
    }
    if (k === 1) n++;
  }
  return n;
}

/** Packs with letters only they have among the packs of their script, with those letters. */
const DISTINCTIVE = LANGUAGE_PACKS.filter((p) => p.distinctiveLetters).map((p) => ({
  code: p.code,
  script: p.script,
  letters: new RegExp(`[${p.distinctiveLetters}]`, 'gi'),
}));

const FRANC_TO_TAG: Record<string, DetectedLanguage> = Object.fromEntries(LANGUAGE_PACKS.map((p) => [p.franc, p.code]));
/** franc codes of the languages written in Cyrillic it may answer with: the packs', then the others it knows. */
const FRANC_CYRILLIC = [
  ...LANGUAGE_PACKS.filter((p) => p.script === 'cyrillic').map((p) => p.franc),
  ...Object.values(OTHER_LANGUAGES).flatMap((l) => (l.scripts.includes('cyrillic') && l.franc ? [l.franc] : [])),
];

/** The pack of `script` whose distinctive letters the text has most of (a tie goes to the later pack), if any. */
function byDistinctiveLetters(text: string, script: PackScript): LanguageCode | null {
  let best: LanguageCode | null = null;
  let most = 0;
  for (const d of DISTINCTIVE) {
    if (d.script !== script) continue;
    const n = count(text, d.letters);
    if (n > 0 && n >= most) {
      best = d.code;
      most = n;
    }
  }
  return best;
}

/**
 * Tells languages of one script apart by the letters only one of them has (Russian і ї є ґ vs ы э ъ ё),
 * which generic detectors confuse; falls back to franc for everything else.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cyr = count(sample, SCRIPT_LETTERS.cyrillic);
  const lat = count(sample, SCRIPT_LETTERS.latin);
  if (cyr + lat < 3) return 'und';
  if (cyr >= lat) {
    const byLetters = byDistinctiveLetters(sample, 'cyrillic');
    if (byLetters) return byLetters;
    // No distinctive letters (short text): let franc decide among the languages written in Cyrillic.
    const guess = franc(sample, { only: FRANC_CYRILLIC, minLength: 3 });
    return FRANC_TO_TAG[guess] ?? (guess === 'und' ? (defaultLanguageOf('cyrillic') ?? 'und') : 'und');
  }
  const guess = franc(sample, { minLength: 10 });
  if (guess === 'und') return sample.length < 200 && lat > cyr ? (defaultLanguageOf('latin') ?? 'und') : 'und';
  return FRANC_TO_TAG[guess] ?? 'und';
}

/**
 * The letter classes a sentence's language is told by: each pack's distinctive letters (in DISTINCTIVE's
 * order), then each script's letters (in SCRIPTS' order). Per UTF-16 unit, a bit per class it is in and
 * KNOWN once worked out, so every sentence is read in one pass instead of one per class.
 */
const SENTENCE_CLASSES: readonly RegExp[] = [
  ...DISTINCTIVE.map((d) => d.letters),
  ...SCRIPTS.map((script) => SCRIPT_LETTERS[script]),
].map((re) => new RegExp(re.source, re.flags.replace('g', '')));
const KNOWN = 1 << 15;
if (SENTENCE_CLASSES.length >= 15) throw new Error('detect-language: too many letter classes for a 16-bit table');
const unitClasses = new Uint16Array(0x10000);
const classCounts = new Int32Array(SENTENCE_CLASSES.length);

/** How many units of `sentence` each of SENTENCE_CLASSES matches (the counts `count` would give, one by one). */
function sentenceLetterCounts(sentence: string): Int32Array {
  classCounts.fill(0);
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    let bits = unitClasses[c] as number;
    if (bits === 0) {
      bits = KNOWN;
      const ch = sentence.charAt(i);
      for (let k = 0; k < SENTENCE_CLASSES.length; k++) if ((SENTENCE_CLASSES[k] as RegExp).test(ch)) bits |= 1 << k;
      unitClasses[c] = bits;
    }
    if (bits === KNOWN) continue;
    for (let k = 0; k < SENTENCE_CLASSES.length; k++) if (bits & (1 << k)) (classCounts[k] as number)++;
  }
  return classCounts;
}

/**
 * A sentence's language. Letters only one language of a script has decide between its packs (a Russian
 * quote in a Ukrainian article); a sentence mostly in another script than the article's is detected on its
 * own; anything else follows the article.
 */
export function sentenceLanguage(sentence: string, articleLang: string): string {
  if (articleLang === 'und') return 'und';
  const counts = sentenceLetterCounts(sentence);
  const shown = DISTINCTIVE.filter((_, k) => (counts[k] as number) > 0);
  if (shown.length === 1) return (shown[0] as (typeof DISTINCTIVE)[number]).code;
  const pack = languagePack(articleLang);
  if (!pack) return articleLang;
  const scriptCount = (script: PackScript): number => counts[DISTINCTIVE.length + SCRIPTS.indexOf(script)] as number;
  const own = scriptCount(pack.script);
  let other = 0;
  for (const script of SCRIPTS) if (script !== pack.script) other += scriptCount(script);
  const { ratio, minLetters } = pack.otherScriptSentence;
  if (other > ratio * own && other > minLetters) return detectLanguage(sentence);
  return articleLang;
}

/** Between languages of one script: how many more letters unique to another language overturn the declared one. */
const OVERRULE_RATIO = 3;
const OVERRULE_MIN_EVIDENCE = 5;

/**
 * The language of the declared one's script that a text really is in, when letters only that language has
 * clearly outnumber the declared one's (a Ukrainian article on a page marked `ru`); null when the declaration holds.
 */
export function overruledByLetters(declared: string, text: string): LanguageCode | null {
  const own = DISTINCTIVE.find((d) => d.code === declared);
  if (!own) return null;
  const ownCount = count(text, own.letters);
  for (const d of DISTINCTIVE) {
    if (d === own || d.script !== own.script) continue;
    const other = count(text, d.letters);
    if (other >= OVERRULE_MIN_EVIDENCE && other >= OVERRULE_RATIO * Math.max(ownCount, 1)) return d.code;
  }
  return null;
}

const TAG_ALIASES: ReadonlyMap<string, string> = new Map(
  LANGUAGE_PACKS.flatMap((p) => p.tagAliases.map((alias): [string, string] => [alias, p.code])),
);

/** Normalises a page-supplied `lang` attribute (`ru-RU`, `uk_UA`, `ua`) to a primary tag, or null when absent. */
export function primaryLanguageTag(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return TAG_ALIASES.get(primary) ?? primary;
}

/** Scripts a language is written in: the packs', then the other languages' (lib/languages/other-languages.json). */
export function scriptsOfLanguage(tag: string): string[] | undefined {
  const pack = languagePack(tag);
  if (pack) return [pack.script];
  return Object.hasOwn(OTHER_LANGUAGES, tag) ? OTHER_LANGUAGES[tag]?.scripts : undefined;
}
