import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';

export type StemLanguage = 'ru' | 'uk' | 'en';

const STEMMERS: Record<StemLanguage, (word: string) => string> = {
  ru: stemRussian,
  uk: stemUkrainian,
  en: stemEnglish,
};

// Words repeat heavily across a news stream; memoising makes stemming nearly free after warm-up.
const MAX_CACHE = 100_000;
const caches: Record<StemLanguage, Map<string, string>> = { ru: new Map(), uk: new Map(), en: new Map() };

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
