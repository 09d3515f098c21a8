import { LANGUAGE_PACKS, wordsOfEveryPack } from '../languages';
import { alternation } from '../languages/word-patterns';

/** A publication's name as written in running text: `УНН`, `OBOZ.UA`, `РБК-Украина`, `Kyiv Independent`. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}’'.\-]*(?:\s\p{Lu}[\p{L}\p{N}’'.\-]*){0,2})`;

/**
 * Ways an outlet names itself, most explicit first. Each captures the outlet, never the source it
 * cites: in `сообщает РБК-Украина со ссылкой на Reuters` the outlet is the citer, in
 * `повідомляє Reuters, пише УНН` it is the outer `пише`, and `Как сообщал X` (past tense: "as we
 * reported") is how outlets refer back to their own earlier stories, unlike `Как пишет Bloomberg`.
 */
// Every language pack's words (lib/languages/<code>/outlets.json), case as written.
const any = (list: (o: (typeof LANGUAGE_PACKS)[number]['outlets']) => string): string =>
  alternation(wordsOfEveryPack((p) => list(p.outlets)));
const anyPhrase = (list: (o: (typeof LANGUAGE_PACKS)[number]['outlets']) => readonly string[]): string =>
  alternation(LANGUAGE_PACKS.flatMap((p) => list(p.outlets)));

const SELF_REFERENCES: RegExp[] = [
  new RegExp(
    String.raw`${any((o) => o.asReportedOpeners)}\s+(?:${any((o) => o.earlier)}\s+)?${any((o) => o.pastReportingVerbs)}\s+${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`${any((o) => o.channelPrepositions)}\s+(?:${any((o) => o.our)}\s+)?${any((o) => o.channel)}\s+${NAME}`,
    'u',
  ),
  new RegExp(String.raw`${any((o) => o.citingVerbs)}\s+${NAME}\s+${anyPhrase((o) => o.citing)}\s`, 'u'),
  new RegExp(String.raw`${any((o) => o.relayVerbs)}\s+[^,.]+,\s+${any((o) => o.relayVerbs)}\s+${NAME}\s*\.`, 'u'),
];

/** Collage and photo credits name whoever made the picture; a collage is the outlet's own work. */
const CREDITS: RegExp[] = [
  new RegExp(String.raw`${any((o) => o.collage)}\s*:\s*${NAME}`, 'u'),
  new RegExp(String.raw`${any((o) => o.photo)}\s*:\s*${NAME}`, 'u'),
];

/** Photo agencies, platforms and screenshots credited for pictures an outlet did not take: not the outlet. */
const NOT_OUTLETS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((p) => p.outlets.notOutlets));

const clean = (name: string): string => name.replace(/[.’'-]+$/, '').trim();

/**
 * The outlet a bundled text comes from, when the text itself says so (a self-reference or a
 * collage/photo credit); null when it does not. Never guessed from anything else.
 */
export function outletFromText(text: string): string | null {
  for (const patterns of [SELF_REFERENCES, CREDITS]) {
    for (const re of patterns) {
      const name = text.match(re)?.[1];
      if (name && !NOT_OUTLETS.has(clean(name))) return clean(name);
    }
  }
  return null;
}
