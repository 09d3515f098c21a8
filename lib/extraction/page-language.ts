import { detectLanguage, overruledByLetters, primaryLanguageTag, scriptsOfLanguage } from '../language/detect-language';

type Script = 'cyrillic' | 'latin' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'hangul' | 'devanagari' | 'thai';

const SCRIPT_LETTERS: Record<Script, RegExp> = {
  cyrillic: /\p{Script=Cyrillic}/gu,
  latin: /\p{Script=Latin}/gu,
  greek: /\p{Script=Greek}/gu,
  arabic: /\p{Script=Arabic}/gu,
  hebrew: /\p{Script=Hebrew}/gu,
  cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
  devanagari: /\p{Script=Devanagari}/gu,
  thai: /\p{Script=Thai}/gu,
};

/** A declared language is implausible when less than this share of the text's letters are in its script. */
const MIN_SCRIPT_SHARE = 0.3;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

function scriptShare(text: string, scripts: readonly string[]): number {
  let letters = 0;
  let inScript = 0;
  for (const [script, re] of Object.entries(SCRIPT_LETTERS) as Array<[Script, RegExp]>) {
    const n = count(text, re);
    letters += n;
    if (scripts.includes(script)) inScript += n;
  }
  return letters === 0 ? 1 : inScript / letters;
}

/**
 * The article's language: the page's `lang` attribute when it is consistent with the text,
 * otherwise what the text itself says. Sites often ship a template-wide `lang` (a Ukrainian
 * article on a page marked `ru`, an English template around Cyrillic text), so the attribute is
 * checked against the script of the text, and between languages of one script (Russian, Ukrainian) against
 * the letters only one of them has (lib/language/detect-language.ts).
 */
export function resolvePageLanguage(declared: string | null | undefined, text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tag = primaryLanguageTag(declared);
  if (!tag) return detectLanguage(sample);
  // Languages known to neither a pack nor lib/languages/other-languages.json are written in Latin script.
  if (scriptShare(sample, scriptsOfLanguage(tag) ?? ['latin']) < MIN_SCRIPT_SHARE) return detectLanguage(sample);
  return overruledByLetters(tag, sample) ?? tag;
}
