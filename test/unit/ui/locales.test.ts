import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../lib/report/translate';
import { countMessage } from '../../../lib/ui/i18n';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = ['en', 'ru', 'uk'];
const read = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Keys the UI asks for: literal `t('key')` calls and getMessage('key'); template keys by their prefix;
 * count messages (`countMessage(t, locale, 'key', n)`) by their base, one key per plural form.
 */
function usedKeys(): { literal: Set<string>; prefixes: Set<string>; counts: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  const counts = new Set<string>();
  const dirs = [join(ROOT, 'lib', 'ui'), join(ROOT, 'lib', 'report'), join(ROOT, 'entrypoints')];
  for (const file of dirs.flatMap(sourceFiles)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:t|getMessage)\('([A-Za-z0-9_]+)'/g)) literal.add(m[1] as string);
    for (const m of src.matchAll(/\bt\(`([A-Za-z0-9_]+)\$\{/g)) prefixes.add(m[1] as string);
    for (const m of src.matchAll(/\bcountMessage\(\s*t,\s*\w+,\s*'([A-Za-z0-9_]+)'/g)) counts.add(m[1] as string);
  }
  return { literal, prefixes, counts };
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** A key without its plural form: `popupSharedClaims_few` → `popupSharedClaims`. */
const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');

describe('UI strings', () => {
  const en = read('en');

  it.each(LOCALES)('has every string the UI uses in %s', (lang) => {
    const messages = read(lang);
    const { literal, prefixes, counts } = usedKeys();
    expect(literal.size).toBeGreaterThan(30);
    for (const key of literal) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    expect(counts.size).toBeGreaterThan(5);
    // Every plural form the language has, for whole and fractional counts.
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of counts) {
      for (const form of forms) expect(messages[`${key}_${form}`]?.message, `${lang}: ${key}_${form}`).toBeTruthy();
    }
    for (const prefix of prefixes) {
      expect(
        Object.keys(messages).some((k) => k.startsWith(prefix)),
        `${lang}: ${prefix}*`,
      ).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'translates exactly the English keys in %s (in its own plural forms), with the same placeholders',
    (lang) => {
      const messages = read(lang);
      const bases = (keys: string[]) => [...new Set(keys.map(baseKey))].sort();
      expect(bases(Object.keys(messages))).toEqual(bases(Object.keys(en)));
      const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort();
      for (const [key, { message }] of Object.entries(messages)) {
        const english = en[key]?.message ?? en[`${baseKey(key)}_other`]?.message ?? '';
        expect(placeholders(message), `${lang}: ${key}`).toEqual(placeholders(english));
      }
    },
  );

  it('has the labels for every difference and anomaly kind the engine reports', () => {
    for (const kind of ['number', 'date', 'attribution', 'name']) expect(en[`difference_${kind}`]).toBeDefined();
    for (const kind of ['future_date', 'weekday', 'self_contradiction']) expect(en[`anomaly_${kind}`]).toBeDefined();
    for (const status of ['created', 'updated', 'unchanged']) expect(en[`saved_${status}`]).toBeDefined();
  });
});

describe('count messages', () => {
  const translate =
    (lang: string): Translate =>
    (key, substitutions) => {
      const message = read(lang)[key]?.message;
      if (!message) return key;
      const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    };

  it('says "1 claim shared" and "2 claims shared" in English', () => {
    expect(countMessage(translate('en'), 'en-US', 'popupSharedClaims', 1)).toBe('1 claim shared');
    expect(countMessage(translate('en'), 'en-US', 'popupSharedClaims', 2)).toBe('2 claims shared');
    expect(countMessage(translate('en'), 'en-US', 'popupSharedClaims', 1000)).toBe('1,000 claims shared');
  });

  it('uses the Russian forms for 1, 2, 5 and 21', () => {
    const ru = (n: number) => countMessage(translate('ru'), 'ru', 'popupSharedClaims', n);
    expect(ru(1)).toBe('1 общее утверждение');
    expect(ru(2)).toBe('2 общих утверждения');
    expect(ru(5)).toBe('5 общих утверждений');
    expect(ru(21)).toBe('21 общее утверждение');
    expect(ru(1000)).toBe('1\u00a0000 общих утверждений');
  });

  it('uses the Ukrainian forms for 1, 3 and 5', () => {
    const uk = (n: number) => countMessage(translate('uk'), 'uk', 'popupSharedClaims', n);
    expect(uk(1)).toBe('1 спільне твердження');
    expect(uk(3)).toBe('3 спільні твердження');
    expect(uk(5)).toBe('5 спільних тверджень');
  });

  it('picks the form by the strings’ language, not the browser’s: Polish UI with English strings', () => {
    expect(countMessage(translate('en'), 'pl', 'popupSharedClaims', 2)).toBe('2 claims shared');
    expect(countMessage(translate('en'), 'pl', 'popupSharedClaims', 1)).toBe('1 claim shared');
  });

  it('falls back to the other form, then the key, when a form is missing', () => {
    const table: Translate = (key, subs) => (key === 'x_other' ? `${subs?.[0]} things` : key);
    expect(countMessage(table, 'ru', 'x', 3)).toBe('3 things');
  });
});
