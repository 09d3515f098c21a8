import { en } from './en';
import type { LanguagePack, OtherLanguage, PackScript } from './language-pack';
import OTHER from './other-languages.json';
import { ru } from './ru';
import { uk } from './uk';

/**
 * Every language the engine analyses, one pack per folder (see README.md). The order is the order in which
 * the packs' lists are merged: where the engine reads a list of every language at once, Russian's words
 * come first, and ties between packs go by it (the first pack of a script is its default language).
 */
export const LANGUAGE_PACKS = [ru, uk, en] as const;

export type LanguageCode = (typeof LANGUAGE_PACKS)[number]['code'];

const BY_CODE: ReadonlyMap<string, LanguagePack<LanguageCode>> = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack of a language tag (`ru`), or undefined for a language the engine does not analyse. */
export function languagePack(code: string): LanguagePack<LanguageCode> | undefined {
  return BY_CODE.get(code);
}

export function isLanguageCode(code: string): code is LanguageCode {
  return BY_CODE.has(code);
}

/** Packs written in a script, in registry order. */
export function packsWrittenIn(script: string): readonly LanguagePack<LanguageCode>[] {
  return LANGUAGE_PACKS.filter((p) => p.script === script);
}

/** The language a word in a script is read in when nothing else says: the first pack of that script. */
export function defaultLanguageOf(script: string): LanguageCode | undefined {
  return LANGUAGE_PACKS.find((p) => p.script === script)?.code;
}

/** The language a word is read in when its sentence's language has no pack (`und`): the first pack. */
export const FALLBACK_LANGUAGE: LanguageCode = LANGUAGE_PACKS[0].code;

/** Scripts the packs are written in, in registry order (`cyrillic`, `latin`). */
export const PACK_SCRIPTS: readonly PackScript[] = [...new Set(LANGUAGE_PACKS.map((p) => p.script))];

/** Languages without a pack that the engine recognises (other-languages.json), by tag. */
export const OTHER_LANGUAGES: Readonly<Record<string, OtherLanguage>> = OTHER.languages;

/** The words of a space-separated word list (`"а без более"`). */
export function words(list: string): string[] {
  return list.split(' ').filter(Boolean);
}

/** Every pack's words of one list, in registry order (duplicates kept). */
export function wordsOfEveryPack(list: (pack: LanguagePack<LanguageCode>) => string): string[] {
  return LANGUAGE_PACKS.flatMap((p) => words(list(p)));
}

/** Every pack's word table (`{ "dead": "погиб* убит*" }`) in one, each key's words in registry order. */
export function wordTableOfEveryPack(
  table: (pack: LanguagePack<LanguageCode>) => Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pack of LANGUAGE_PACKS) {
    for (const [key, list] of Object.entries(table(pack))) {
      if (!list) continue;
      out[key] = out[key] ? `${out[key]} ${list}` : list;
    }
  }
  return out;
}

/** Every pack's phrases of one list, each split into its words (`"по состоянию на"` → three words). */
export function phrasesOfEveryPack(list: (pack: LanguagePack<LanguageCode>) => readonly string[]): string[][] {
  return LANGUAGE_PACKS.flatMap((p) => list(p).map((phrase) => words(phrase)));
}

/** Every pack's entries of one letter table in one record (no prototype; a later pack's entry wins). */
export function tableOfEveryPack(
  table: (pack: LanguagePack<LanguageCode>) => Record<string, string>,
): Record<string, string> {
  return Object.assign(Object.create(null), ...LANGUAGE_PACKS.map(table));
}

export type { LanguagePack, OtherLanguage, PackScript, WordList, WordTable } from './language-pack';
