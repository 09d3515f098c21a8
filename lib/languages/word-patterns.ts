/** Building regular expressions from the packs' word lists (what the engine matches, written as data). */

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** A phrase as a literal inside a regular expression (also valid with the `u` flag). */
export const escapeRegExp = (phrase: string): string => phrase.replace(SYNTAX, '\\$&');

/**
 * `(?:a|b|c)` of phrases taken literally; a phrase ending in `*` also takes any letters after it
 * (`сообщил*` matches `сообщила`), which needs the `u` flag.
 */
export function alternation(phrases: readonly string[]): string {
  // No phrases match nothing (an empty group would match everywhere).
  if (phrases.length === 0) return '(?!)';
  const alternatives = phrases.map((p) =>
    p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}\\p{L}*` : escapeRegExp(p),
  );
  return `(?:${alternatives.join('|')})`;
}

/** Matches a word ending in one of `endings` after at least `lettersBefore` characters. */
export function endingsPattern(endings: readonly string[], lettersBefore = 0): RegExp {
  if (endings.length === 0) return /(?!)/;
  return new RegExp(`${'.'.repeat(lettersBefore)}${alternation(endings)}$`);
}

/** Matches a word starting with one of `stems`. */
export function stemsPattern(stems: readonly string[]): RegExp {
  return new RegExp(`^${alternation(stems)}`);
}
