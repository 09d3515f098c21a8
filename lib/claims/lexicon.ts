import { languagePack, packsWrittenIn } from '../languages';
import { foldCyrillic } from '../text/normalise';
import { type StemLanguage, stem } from '../text/stem';
import { PackedMap } from './packed-map';

/**
 * The cross-language lexicon (built by scripts/build-lexicon.ts from Apertium and two Wiktionary
 * dictionaries): Russian, Ukrainian and English words meet in one space of language-neutral concepts,
 * the stems of English words. An English word is its own concept; a Russian or Ukrainian word, by its
 * folded stem, has up to three, strongest sense first. Russian and Ukrainian also meet closer, through
 * the Russian stem a Ukrainian stem translates to.
 */
export interface Lexicon {
  /** Folded Ukrainian stem → the folded Russian stem it translates to (the ru↔uk bridge). */
  ukRu: ReadonlyMap<string, string>;
  /** Folded Russian stem → concepts. */
  ru: ReadonlyMap<string, readonly string[]>;
  /** Folded Ukrainian stem → concepts. */
  uk: ReadonlyMap<string, readonly string[]>;
  /** English stem → concepts besides its own: the headword of an inflection (`di` → `die`), a synonym's (`plane` → `airplan`). */
  en: ReadonlyMap<string, readonly string[]>;
  /** Folded Cyrillic stem of a proper name (a place, a body) → the concept of its English name. */
  names: ReadonlyMap<string, string>;
  /** Matching term (a ru/uk key, a `@concept`) → the share of news articles that hold it, for frequent words. */
  background: ReadonlyMap<string, number>;
}

export const LEXICON_VERSION = 2;

/** On-disk shape: `stem:id,id` entries joined by `|`, ids into `concepts` (concepts joined by `|`). */
export interface LexiconFile {
  version: typeof LEXICON_VERSION;
  sources: string[];
  concepts: string;
  ru: string;
  uk: string;
  en: string;
  ukRu: string;
  names: string;
  /** `term:share` with the share in thousandths. */
  background: string;
}

export const EMPTY_LEXICON: Lexicon = {
  ukRu: new Map(),
  ru: new Map(),
  uk: new Map(),
  en: new Map(),
  names: new Map(),
  background: new Map(),
};

function parseLines(packed: string, each: (key: string, value: string) => void): void {
  if (!packed) return;
  let from = 0;
  while (from < packed.length) {
    let end = packed.indexOf('|', from);
    if (end < 0) end = packed.length;
    const colon = packed.indexOf(':', from);
    if (colon > from && colon < end) each(packed.slice(from, colon), packed.slice(colon + 1, end));
    from = end + 1;
  }
}

/** The `|`-joined concept list, read by id without splitting it into ninety thousand strings. */
function conceptList(packed: string): (id: number) => string {
  const starts: number[] = [0];
  for (let at = packed.indexOf('|'); at >= 0; at = packed.indexOf('|', at + 1)) starts.push(at + 1);
  const offsets = Uint32Array.from(starts);
  return (id) => {
    if (!Number.isInteger(id) || id < 0 || id >= offsets.length) return '';
    const start = offsets[id] as number;
    const end = id + 1 < offsets.length ? (offsets[id + 1] as number) - 1 : packed.length;
    return packed.slice(start, end);
  };
}

/**
 * Parses the lexicon file (already JSON-decoded); works the same in the service worker and in Node.
 * The word maps stay in their packed form (see PackedMap): a cold worker reads the lexicon in a few
 * milliseconds and keeps it in a few MB. The small term background, read on every idf, is a plain Map.
 */
export function parseLexicon(data: unknown): Lexicon {
  if (typeof data !== 'object' || data === null) throw new Error('lexicon: not an object');
  const f = data as Partial<LexiconFile>;
  if (f.version !== LEXICON_VERSION)
    throw new Error(`lexicon: version ${String(f.version)}, expected ${LEXICON_VERSION}`);
  for (const field of ['concepts', 'ru', 'uk', 'en', 'ukRu', 'names', 'background'] as const) {
    if (typeof f[field] !== 'string') throw new Error(`lexicon: bad format (${field})`);
  }
  const concept = conceptList(f.concepts as string);
  // Words with the same senses share one array: far fewer arrays than words, and each is built once.
  const shared = new Map<string, readonly string[]>();
  const conceptsOf = (ids: string): readonly string[] => {
    let list = shared.get(ids);
    if (!list) {
      list = ids.split(',').map((id) => concept(Number(id)));
      shared.set(ids, list);
    }
    return list;
  };
  const text = (value: string): string => value;
  const background = new Map<string, number>();
  parseLines(f.background as string, (k, v) => background.set(k, Number(v) / 1000));
  return {
    ukRu: PackedMap.from(f.ukRu as string, text),
    ru: PackedMap.from(f.ru as string, conceptsOf),
    uk: PackedMap.from(f.uk as string, conceptsOf),
    en: PackedMap.from(f.en as string, conceptsOf),
    names: PackedMap.from(f.names as string, (v) => concept(Number(v))),
    background,
  };
}

const pack = (lang: StemLanguage) => languagePack(lang) as NonNullable<ReturnType<typeof languagePack>>;

/** Folded stem of a normalised word in its language (where its pack folds stems: not English). */
export function foldedStem(word: string, lang: StemLanguage): string {
  const stemmed = stem(word, lang);
  return pack(lang).foldStems ? foldCyrillic(stemmed) : stemmed;
}

/**
 * Shared ru/uk key of a normalised word: stem, fold, then a Ukrainian stem bridged to the Russian one.
 * English words keep their stem: they meet Russian and Ukrainian through concepts (wordConcepts).
 */
export function wordKey(word: string, lang: StemLanguage, lexicon: Lexicon): string {
  const folded = foldedStem(word, lang);
  return pack(lang).bridgedToRussian ? (lexicon.ukRu.get(folded) ?? folded) : folded;
}

const NONE: readonly string[] = [];

/**
 * How many of a word's concepts are evidence of what a claim says and counts (figures, bodies, terms):
 * the lexicon keeps one more (scripts/build-lexicon.ts), read only as a further sense once two articles
 * are known to be one story (wordSenses), for as evidence it made unrelated stories' counts meet.
 */
const EVIDENCE_CONCEPTS = 3;

/** Language-neutral concepts of a normalised word, strongest first (an English word's own stem). */
export function wordConcepts(word: string, lang: StemLanguage, lexicon: Lexicon): readonly string[] {
  const all = wordSenses(word, lang, lexicon);
  return all.length > EVIDENCE_CONCEPTS ? all.slice(0, EVIDENCE_CONCEPTS) : all;
}

/** Every concept the lexicon keeps for a word, strongest first: wordConcepts and the senses past them. */
export function wordSenses(word: string, lang: StemLanguage, lexicon: Lexicon): readonly string[] {
  const folded = foldedStem(word, lang);
  const { conceptKeyed, bridgedToRussian } = pack(lang);
  if (conceptKeyed) {
    const extra = lexicon[lang].get(folded);
    return extra ? [folded, ...extra] : [folded];
  }
  const own = lexicon[lang].get(folded);
  if (!bridgedToRussian) return own ?? NONE;
  return own ?? lexicon.ru.get(lexicon.ukRu.get(folded) ?? folded) ?? NONE;
}

/** The English name's concept of a Cyrillic proper name (`Мьянме` → `myanmar`), if a dictionary has it. */
export function nameConcept(word: string, lang: StemLanguage, lexicon: Lexicon): string | undefined {
  const own = pack(lang);
  if (own.conceptKeyed) return undefined;
  // The name as its language stems it, else as a sibling language of its script would (a Russian
  // spelling in a Ukrainian text).
  const found = lexicon.names.get(foldedStem(word, lang));
  if (found !== undefined) return found;
  for (const sibling of packsWrittenIn(own.script)) {
    if (sibling.code === lang) continue;
    const hit = lexicon.names.get(foldedStem(word, sibling.code));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
