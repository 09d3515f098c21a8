import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATCHER_TUNABLES } from '../../../lib/matching/tunables';

/**
 * Every number of the matcher someone chose lives in lib/matching/tunables.ts, with a line on why (the
 * fitted ones through it, from the calibration files). A named numeric constant anywhere else in
 * lib/matching is a tunable gone astray, unless it is one of the numbers below that nobody tunes.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MATCHING = join('lib', 'matching');
const TUNABLES_FILE = 'tunables.ts';

/** Named numbers of lib/matching that are not choices, and what they are instead. */
const NOT_TUNABLES: Record<string, string> = {
  INDEX_ENTRY_FORMAT: 'format version of a stored index entry',
  INDEX_FORMAT: 'format version of a saved index snapshot',
  CYRILLIC_FIRST: 'character code: first Cyrillic letter (а)',
  CYRILLIC_LAST: 'character code: last Cyrillic letter (ґ)',
  CONCEPT: "character code of a concept term's prefix (@)",
  NAME: "character code of a name skeleton's prefix (~)",
  WEEK_DAYS: 'days in a week',
};

/** `const UPPER_CASE = <number literal>` declarations in a file's text, with their line numbers. */
function numericConstants(source: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  source.split('\n').forEach((text, i) => {
    const m = text.match(/^\s*(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)\s*(?::\s*number\s*)?=\s*-?(?:\d|\.\d)/);
    if (m?.[1]) found.push({ name: m[1], line: i + 1 });
  });
  return found;
}

function matchingFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return matchingFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('matcher tunables', () => {
  it('every named number of lib/matching outside tunables.ts is on the list of numbers nobody tunes', () => {
    const strays = matchingFiles(MATCHING)
      .filter((path) => path !== join(MATCHING, TUNABLES_FILE))
      .flatMap((path) =>
        numericConstants(readFileSync(join(ROOT, path), 'utf8'))
          .filter((c) => !(c.name in NOT_TUNABLES))
          .map((c) => `${path}:${c.line} ${c.name}`),
      );
    expect(strays).toEqual([]);
  });

  it('catches a tunable declared outside tunables.ts, exported, typed or not', () => {
    const source = [
      'const FIGURE_BONUS = 0.12;',
      '  export const MAX_CLAIMS: number = 2_000;',
      'const SPAN = .25;',
      'const WORD_PREFIX = "^";',
      'const limit = 40;',
    ].join('\n');
    expect(numericConstants(source).map((c) => c.name)).toEqual(['FIGURE_BONUS', 'MAX_CLAIMS', 'SPAN']);
  });

  it('every number nobody tunes is still declared somewhere in lib/matching, so the list stays short', () => {
    const declared = new Set(
      matchingFiles(MATCHING).flatMap((path) =>
        numericConstants(readFileSync(join(ROOT, path), 'utf8')).map((c) => c.name),
      ),
    );
    expect(Object.keys(NOT_TUNABLES).filter((name) => !declared.has(name))).toEqual([]);
  });

  it('is frozen through and through, the calibrated parts too', () => {
    expect(Object.isFrozen(MATCHER_TUNABLES)).toBe(true);
    expect(Object.isFrozen(MATCHER_TUNABLES.claimScores)).toBe(true);
    expect(Object.isFrozen(MATCHER_TUNABLES.sameStory.fitted.documentWeight)).toBe(true);
    expect(Object.isFrozen(MATCHER_TUNABLES.align.fitted)).toBe(true);
  });
});
