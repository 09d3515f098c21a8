import { detectLanguage, primaryLanguageTag } from '../language/detect-language';

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

/** Scripts a language is written in; languages not listed here are written in Latin script. */
const LANGUAGE_SCRIPTS: Record<string, Script[]> = {
  ru: ['cyrillic'],
  uk: ['cyrillic'],
  be: ['cyrillic'],
  bg: ['cyrillic'],
  mk: ['cyrillic'],
  kk: ['cyrillic'],
  ky: ['cyrillic'],
  tg: ['cyrillic'],
  mn: ['cyrillic'],
  sr: ['cyrillic', 'latin'],
  el: ['greek'],
  ar: ['arabic'],
  fa: ['arabic'],
  ur: ['arabic'],
  he: ['hebrew'],
  yi: ['hebrew'],
  zh: ['cjk'],
  ja: ['cjk'],
  ko: ['hangul', 'cjk'],
  hi: ['devanagari'],
  mr: ['devanagari'],
  ne: ['devanagari'],
  th: ['thai'],
};

/** A declared language is implausible when less than this share of the text's letters are in its script. */
const MIN_SCRIPT_SHARE = 0.3;
/** Russian/Ukrainian: how many more letters unique to the other language overturn the declared one. */
const RU_UK_OVERRULE_RATIO = 3;
const RU_UK_MIN_EVIDENCE = 5;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

function scriptShare(text: string, scripts: Script[]): number {
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
 * checked against the script of the text, and between Russian and Ukrainian against the letters
 * only one of them has.
 */
export function resolvePageLanguage(declared: string | null | undefined, text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tag = primaryLanguageTag(declared);
  if (!tag) return detectLanguage(sample);
  if (scriptShare(sample, LANGUAGE_SCRIPTS[tag] ?? ['latin']) < MIN_SCRIPT_SHARE) return detectLanguage(sample);
  if (tag === 'ru' || tag === 'uk') {
    const ukLetters = count(sample, /[іїєґІЇЄҐ]/g);
    const ruLetters = count(sample, /[ыэъёЫЭЪЁ]/g);
    const [own, other] = tag === 'ru' ? [ruLetters, ukLetters] : [ukLetters, ruLetters];
    if (other >= RU_UK_MIN_EVIDENCE && other >= RU_UK_OVERRULE_RATIO * Math.max(own, 1)) {
      return tag === 'ru' ? 'uk' : 'ru';
    }
  }
  return tag;
}
