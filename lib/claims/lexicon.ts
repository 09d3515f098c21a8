import { foldCyrillic } from '../text/normalise';
import { type StemLanguage, stem } from '../text/stem';

/**
 * The ru↔uk(↔en) bridge: maps a Ukrainian or English stem to a shared key, the folded Russian stem.
 * Russian stems are keys as they are, and Ukrainian stems that fold to the Russian one need no entry.
 */
export interface Lexicon {
  uk: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
}

/** On-disk shape written by scripts/build-lexicon.ts: `uk`/`en` list `key>stem,stem` groups joined by `|`. */
export interface LexiconFile {
  version: 1;
  source: string;
  uk: string;
  en: string;
}

export const EMPTY_LEXICON: Lexicon = { uk: new Map(), en: new Map() };

function parseGroups(packed: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!packed) return map;
  for (const group of packed.split('|')) {
    const sep = group.indexOf('>');
    if (sep <= 0) continue;
    const key = group.slice(0, sep);
    for (const stemmed of group.slice(sep + 1).split(',')) if (stemmed) map.set(stemmed, key);
  }
  return map;
}

/** Parses the lexicon file (already JSON-decoded); works the same in the service worker and in Node. */
export function parseLexicon(data: unknown): Lexicon {
  if (typeof data !== 'object' || data === null) throw new Error('lexicon: not an object');
  const { version, uk, en } = data as Partial<LexiconFile>;
  if (version !== 1 || typeof uk !== 'string' || typeof en !== 'string') throw new Error('lexicon: bad format');
  return { uk: parseGroups(uk), en: parseGroups(en) };
}

/** Shared cross-language key of a normalised word: stem, fold, then bridge through the lexicon. */
export function wordKey(word: string, lang: StemLanguage, lexicon: Lexicon): string {
  const stemmed = stem(word, lang);
  if (lang === 'en') return lexicon.en.get(stemmed) ?? stemmed;
  const folded = foldCyrillic(stemmed);
  return lang === 'uk' ? (lexicon.uk.get(folded) ?? folded) : folded;
}
