import { LANGUAGE_PACKS, type LanguageCode } from '../languages';

/** A language with a stemmer: every language pack brings its own (lib/languages/<code>/index.ts). */
export type StemLanguage = LanguageCode;

const STEMMERS = Object.fromEntries(LANGUAGE_PACKS.map((p) => [p.code, p.stem])) as Record<
  StemLanguage,
  (word: string) => string
>;

// Words repeat heavily across a news stream; memoising makes stemming nearly free after warm-up.
const MAX_CACHE = 100_000;
const caches = Object.fromEntries(LANGUAGE_PACKS.map((p) => [p.code, new Map<string, string>()])) as Record<
  StemLanguage,
  Map<string, string>
>;

/** Stems a normalised (lower-case) word with the Snowball-style stemmer of `lang`. */
export function stem(word: string, lang: StemLanguage): string {
  const cache = caches[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHE) cache.clear();
  const stemmed = STEMMERS[lang](word).toLowerCase();
  cache.set(word, stemmed);
  return stemmed;
}
