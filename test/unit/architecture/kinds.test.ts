import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, ANOMALY_PRODUCERS } from '../../../lib/matching/anomalies';
import { DIFFERENCE_KINDS, DIFFERENCE_PRODUCERS } from '../../../lib/matching/differences';

/**
 * The kinds of difference and anomaly are declared once, each with its producer (DIFFERENCE_PRODUCERS in
 * lib/matching/differences.ts, ANOMALY_PRODUCERS in lib/matching/anomalies.ts). A kind is only done when
 * the reader can see it and a test shows the engine finding it, so for every kind this checks: a
 * producer, its labels in each locale file, and a unit test named after it in a file that runs the finder.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = ['en', 'ru', 'uk'] as const;

type Messages = Record<string, { message: string }>;
const messagesOf = (lang: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8'));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** A test file's text and the names of its tests and suites (`it('…')`, `it.each(…)('…')`, `describe('…')`). */
interface TestFile {
  path: string;
  text: string;
  names: string[];
}

const TEST_NAME = /\b(?:it|test|describe)(?:\.\w+)*(?:\([^)]*\))?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;

function readTests(): TestFile[] {
  return testFiles(join(ROOT, 'test', 'unit')).map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path, text, names: [...text.matchAll(TEST_NAME)].map((m) => m[2] as string) };
  });
}

interface Family {
  /** `difference` or `anomaly`: how a test names a kind (`a number difference`, `a weekday anomaly`). */
  noun: string;
  /** The function a unit test calls to produce the kind. */
  finder: string;
  producers: Record<string, unknown>;
  /** The locale keys the UI words a kind with. */
  labels: (kind: string) => string[];
}

const snake = (kind: string): string => kind.replace(/-/g, '_');

const FAMILIES: Family[] = [
  {
    noun: 'difference',
    finder: 'findDifferences',
    producers: DIFFERENCE_PRODUCERS,
    labels: (kind) => [`difference_${kind}`],
  },
  {
    noun: 'anomaly',
    finder: 'findAnomalies',
    producers: ANOMALY_PRODUCERS,
    labels: (kind) => [`anomaly_${snake(kind)}`, `anomalyCount_${snake(kind)}`, `anomalyDetail_${snake(kind)}`],
  },
];

/** What a family's kinds lack, as `kind: what` lines (empty when every kind is complete). */
function kindGaps(family: Family, locales: Record<string, Messages>, tests: readonly TestFile[]): string[] {
  const gaps: string[] = [];
  for (const [kind, producer] of Object.entries(family.producers)) {
    if (typeof producer !== 'function') gaps.push(`${kind}: no producer function`);
    for (const [lang, messages] of Object.entries(locales)) {
      for (const key of family.labels(kind)) {
        if (!messages[key]?.message) gaps.push(`${kind}: no "${key}" in ${lang}`);
      }
    }
    const named = new RegExp(`(?<![\\w-])${kind} ${family.noun}`, 'i');
    const tested = tests.some((t) => t.text.includes(`${family.finder}(`) && t.names.some((n) => named.test(n)));
    if (!tested) gaps.push(`${kind}: no unit test named "… ${kind} ${family.noun} …" that calls ${family.finder}`);
  }
  return gaps;
}

describe('registries of difference and anomaly kinds', () => {
  const locales = Object.fromEntries(LOCALES.map((lang) => [lang, messagesOf(lang)]));
  const tests = readTests();

  it.each(FAMILIES)('gives every $noun kind a producer, labels in en, ru and uk, and a unit test', (family) => {
    expect(Object.keys(family.producers).length).toBeGreaterThan(2);
    expect(kindGaps(family, locales, tests)).toEqual([]);
  });

  it('lists the kinds in the registries’ order, each once', () => {
    expect(DIFFERENCE_KINDS).toEqual(['number', 'date', 'attribution', 'name']);
    expect(ANOMALY_KINDS).toEqual(['future-date', 'weekday', 'self-contradiction']);
  });

  it('catches a kind declared without labels or a test, and a registry entry that is not a function', () => {
    const family = FAMILIES[0] as Family;
    const broken: Family = { ...family, producers: { ...family.producers, hearsay: () => [], rumour: 'soon' } };
    const gaps = kindGaps(broken, locales, tests);
    expect(gaps).toEqual(
      expect.arrayContaining([
        'hearsay: no "difference_hearsay" in en',
        'hearsay: no "difference_hearsay" in uk',
        'hearsay: no unit test named "… hearsay difference …" that calls findDifferences',
        'rumour: no producer function',
      ]),
    );
    expect(gaps.every((g) => g.startsWith('hearsay:') || g.startsWith('rumour:'))).toBe(true);
  });
});
