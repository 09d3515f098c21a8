import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = ['en', 'ru', 'uk'];
const read = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Keys the UI asks for: literal `t('key')` calls and getMessage('key'); template keys by their prefix. */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'lib', 'ui')), ...sourceFiles(join(ROOT, 'entrypoints'))]) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:t|getMessage)\('([A-Za-z0-9_]+)'/g)) literal.add(m[1] as string);
    for (const m of src.matchAll(/\bt\(`([A-Za-z0-9_]+)\$\{/g)) prefixes.add(m[1] as string);
  }
  return { literal, prefixes };
}

describe('UI strings', () => {
  const en = read('en');

  it.each(LOCALES)('has every string the UI uses in %s', (lang) => {
    const messages = read(lang);
    const { literal, prefixes } = usedKeys();
    expect(literal.size).toBeGreaterThan(30);
    for (const key of literal) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    for (const prefix of prefixes) {
      expect(
        Object.keys(messages).some((k) => k.startsWith(prefix)),
        `${lang}: ${prefix}*`,
      ).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'translates exactly the English keys in %s, with the same placeholders',
    (lang) => {
      const messages = read(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort();
        expect(placeholders(messages[key]?.message ?? ''), `${lang}: ${key}`).toEqual(placeholders(message));
      }
    },
  );

  it('has the labels for every difference and anomaly kind the engine reports', () => {
    for (const kind of ['number', 'date', 'attribution', 'name']) expect(en[`difference_${kind}`]).toBeDefined();
    for (const kind of ['future_date', 'weekday', 'self_contradiction']) expect(en[`anomaly_${kind}`]).toBeDefined();
    for (const status of ['created', 'updated', 'unchanged']) expect(en[`saved_${status}`]).toBeDefined();
  });
});
