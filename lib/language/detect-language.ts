import { franc } from 'franc-min';

/** Languages the engine analyses. Anything else is reported as `und`, never guessed into one of these. */
export const SUPPORTED_LANGUAGES = ['ru', 'uk', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export type DetectedLanguage = SupportedLanguage | 'und';

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/g;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

const FRANC_TO_TAG: Record<string, DetectedLanguage> = { rus: 'ru', ukr: 'uk', eng: 'en' };

/**
 * Tells Russian from Ukrainian by the letters only one of them has (і ї є ґ vs ы э ъ ё),
 * which generic detectors confuse; falls back to franc for everything else.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cyr = count(sample, CYRILLIC);
  const lat = count(sample, LATIN);
  if (cyr + lat < 3) return 'und';
  if (cyr >= lat) {
    const uk = count(sample, UKRAINIAN_ONLY);
    const ru = count(sample, RUSSIAN_ONLY);
    if (uk > 0 || ru > 0) return uk >= ru ? 'uk' : 'ru';
    // No distinctive letters (short text): let franc decide between the two.
    const guess = franc(sample, { only: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd'], minLength: 3 });
    return FRANC_TO_TAG[guess] ?? (guess === 'und' ? 'ru' : 'und');
  }
  const guess = franc(sample, { minLength: 10 });
  if (guess === 'und') return sample.length < 200 && lat > cyr ? 'en' : 'und';
  return FRANC_TO_TAG[guess] ?? 'und';
}

/** Normalises a page-supplied `lang` attribute (`ru-RU`, `uk_UA`, `ua`) to a primary tag, or null when absent. */
export function primaryLanguageTag(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return primary === 'ua' ? 'uk' : primary;
}
