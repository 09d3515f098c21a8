import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS, type LanguagePack } from '../../../lib/languages';
import { dateParserNamed } from '../../../lib/languages/date-parsers';

/**
 * Knowledge of a language lives in its pack (lib/languages/<code>/, see lib/languages/README.md), never in
 * the engine: adding a language must not mean edits across it. This test holds every registered pack to
 * the parts the engine reads, and reads every string, template, regular expression and JSX text in lib/
 * and entrypoints/ (comments are free to quote examples) for words that belong in a pack:
 *
 * - a letter beyond ASCII (Cyrillic, or Latin with diacritics: a Polish `ł`) in code outside lib/languages;
 * - three or more words of one list of a Latin-script pack (an English pack list copied back into code),
 *   making up at least half of the literal's words; the packs' keys and labels (`dead`, `more`) are the
 *   engine's own vocabulary and do not count, nor do stopwords (prose is full of them);
 * - a letter beyond ASCII in JSON data outside lib/languages, but for the files listed below.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LANGUAGES_DIR = join('lib', 'languages');

/** JSON outside lib/languages that may hold non-ASCII text, and why it is not language knowledge. */
const JSON_ALLOWED: Record<string, string> = {
  [join('lib', 'protocol', 'outlet-feeds.json')]: "outlets' own names and feed addresses offered on the options page",
};

/** Every required part of a pack, with its JSON file (the identity is spread into the pack from language.json). */
const PARTS = [
  'stopwords',
  'sentences',
  'numbers',
  'quantities',
  'grammar',
  'attribution',
  'dates',
  'entities',
  'outlets',
] as const;

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, ext);
    return ext.test(e.name) ? [path] : [];
  });
}

const insideLanguages = (path: string): boolean => normalize(path).startsWith(LANGUAGES_DIR + sep);

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Every string, template part, regular expression and JSX text of a TypeScript file; arrays of strings as one. */
function literalsOf(file: string, source: string): Literal[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: Literal[] = [];
  const add = (n: ts.Node, text: string): void => {
    out.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text });
  };
  const visit = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n) && n.elements.length > 0 && n.elements.every(ts.isStringLiteralLike)) {
      add(n, n.elements.map((e) => (e as ts.StringLiteralLike).text).join(' '));
      return;
    }
    if (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n) || ts.isJsxText(n)) add(n, n.text);
    else if (ts.isRegularExpressionLiteral(n)) add(n, n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A letter that is neither ASCII nor shared by every script (`ʼ`): a word of some language's alphabet. */
const BEYOND_ASCII = /(?![A-Za-z])(?!\p{Script=Common})(?!\p{Script=Inherited})\p{L}/u;

/** Literals in code outside lib/languages holding a letter beyond ASCII. */
function nonAsciiWords(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    if (insideLanguages(file)) continue;
    for (const l of literalsOf(file, source)) {
      const m = BEYOND_ASCII.exec(l.text);
      if (m) out.push(`${file}:${l.line} holds ${JSON.stringify(l.text.slice(0, 60))}: words belong in lib/languages`);
    }
  }
  return out;
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z]+/g) ?? [];

interface PackList {
  name: string;
  words: ReadonlySet<string>;
}

/** Leaf lists of the Latin-script packs (stopwords aside), and the keys and labels they are filed under. */
function latinPackLists(packs: readonly LanguagePack[]): { lists: PackList[]; labels: ReadonlySet<string> } {
  const lists: PackList[] = [];
  const labels = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') lists.push({ name: path, words: new Set(wordsOf(v)) });
    else if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) {
        lists.push({ name: path, words: new Set(v.flatMap((x: string) => wordsOf(x))) });
        return;
      }
      v.forEach((x: unknown, i) => {
        // `[phrase, label]` pairs (qualifiers): the label is the engine's key.
        if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string') {
          labels.add(x[1]);
          lists.push({ name: `${path}[${i}]`, words: new Set(wordsOf(x[0])) });
        } else walk(x, `${path}[${i}]`);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'about') continue;
        for (const w of wordsOf(k)) labels.add(w);
        walk(x, `${path}.${k}`);
      }
    }
  };
  for (const p of packs) {
    if (p.script !== 'latin') continue;
    for (const part of PARTS) if (part !== 'stopwords') walk(p[part], `${p.code}.${part}`);
  }
  return { lists, labels };
}

/** Literals in code outside lib/languages that copy a list of a Latin-script pack. */
function packListCopies(files: ReadonlyMap<string, string>, packs: readonly LanguagePack[]): string[] {
  const { lists, labels } = latinPackLists(packs);
  const out: string[] = [];
  for (const [file, source] of files) {
    if (insideLanguages(file)) continue;
    for (const l of literalsOf(file, source)) {
      // Escapes of a regular expression (`\p{L}`, `\s`) are not words.
      const words = [...new Set(wordsOf(l.text.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ')))].filter((w) => !labels.has(w));
      for (const list of lists) {
        const hits = words.filter((w) => list.words.has(w));
        if (hits.length >= 3 && hits.length * 2 >= words.length) {
          out.push(`${file}:${l.line} copies ${list.name} (${hits.join(', ')}): words belong in lib/languages`);
          break;
        }
      }
    }
  }
  return out;
}

/** JSON files outside lib/languages holding text beyond ASCII, but for the ones allowed above. */
function jsonWords(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    if (insideLanguages(file) || file in JSON_ALLOWED) continue;
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          walk(k);
          walk(x);
        }
      }
    };
    walk(JSON.parse(text));
    const found = strings.find((s) => BEYOND_ASCII.test(s));
    if (found) out.push(`${file} holds ${JSON.stringify(found.slice(0, 60))}: words belong in lib/languages`);
  }
  return out;
}

type Shape = string | { [key: string]: Shape };

/** The JSON type of each field of a part, and of the fields of its fixed sub-objects (not of data tables). */
function shapeOf(v: unknown, depth: number): Shape {
  if (Array.isArray(v)) return 'array';
  if (v && typeof v === 'object' && depth > 0) {
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, shapeOf(x, depth - 1)]),
    );
  }
  return typeof v;
}

/** What a registered pack lacks or gets wrong, as one message each. */
function packProblems(packs: readonly LanguagePack[]): string[] {
  const out: string[] = [];
  const reference = packs[0];
  if (!reference) return ['no language pack is registered'];
  const codes = new Set<string>();
  const francs = new Set<string>();
  for (const p of packs) {
    const at = `pack ${p.code}`;
    if (codes.has(p.code)) out.push(`${at}: registered twice`);
    codes.add(p.code);
    if (francs.has(p.franc)) out.push(`${at}: franc code ${p.franc} belongs to another pack`);
    francs.add(p.franc);
    for (const part of PARTS) {
      const value = (p as unknown as Record<string, unknown>)[part];
      if (!value || typeof value !== 'object') {
        out.push(`${at}: no ${part}`);
        continue;
      }
      // Tables keyed by data (roles, numbers, units) may differ; every other field is in every pack.
      const mine = JSON.stringify(shapeOf(value, 1));
      const theirs = JSON.stringify(shapeOf((reference as unknown as Record<string, unknown>)[part], 1));
      if (mine !== theirs) out.push(`${at}: ${part} differs from ${reference.code}'s fields: ${mine} vs ${theirs}`);
      if (typeof (value as { about?: unknown }).about !== 'string') out.push(`${at}: ${part} says nothing in about`);
    }
    for (const field of ['name', 'franc', 'script', 'dateParser'] as const) {
      if (typeof p[field] !== 'string' || !p[field]) out.push(`${at}: no ${field}`);
    }
    if (typeof p.stem !== 'function' || typeof p.stem('news') !== 'string') out.push(`${at}: no stemmer`);
    if (typeof p.dateParser !== 'string' || !dateParserNamed(p.dateParser)) {
      out.push(`${at}: date parser ${String(p.dateParser)} is not in lib/languages/date-parsers.ts`);
    }
    if (!p.stopwords?.words) out.push(`${at}: no stopwords`);
    if (p.dates?.weekdays?.length !== 7 || p.dates.weekdays.some((d) => d.length === 0)) {
      out.push(`${at}: dates.weekdays must name all seven days`);
    }
    for (let n = 1; n <= 10; n++) {
      if (!p.numbers?.numbers?.[String(n)]) out.push(`${at}: no number word for ${n}`);
    }
    if (!p.attribution?.reportingVerbs) out.push(`${at}: no reporting verbs`);
    const siblings = packs.filter((q) => q.script === p.script && q !== p);
    if (siblings.length > 0 && !p.distinctiveLetters) {
      out.push(
        `${at}: shares its script with ${siblings.map((q) => q.code).join(', ')} but has no distinctive letters`,
      );
    }
    for (const q of siblings) {
      const shared = [...(p.distinctiveLetters ?? '')].filter((c) => q.distinctiveLetters.includes(c));
      if (shared.length > 0) out.push(`${at}: distinctive letters ${shared.join('')} are ${q.code}'s too`);
    }
  }
  return out;
}

const read = (paths: string[]): Map<string, string> =>
  new Map(paths.map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]));

describe('language packs', () => {
  it('every folder of lib/languages is a registered pack named by its code', () => {
    const folders = readdirSync(join(ROOT, LANGUAGES_DIR), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(LANGUAGE_PACKS.map((p) => p.code).sort());
    for (const code of folders) expect(existsSync(join(ROOT, LANGUAGES_DIR, code, 'index.ts'))).toBe(true);
  });

  it('every registered pack has every part the engine reads', () => {
    expect(LANGUAGE_PACKS.length).toBeGreaterThanOrEqual(3);
    expect(packProblems(LANGUAGE_PACKS)).toEqual([]);
  });

  it('catches a pack that lacks a part, a field, a weekday or distinctive letters', () => {
    const [ru, uk, en] = LANGUAGE_PACKS;
    const { dates: _dates, ...withoutDates } = ru;
    const broken = [
      withoutDates as unknown as LanguagePack,
      { ...uk, distinctiveLetters: '', attribution: { ...uk.attribution, reportingVerbs: '' } },
      { ...en, dateParser: 'xx', dates: { ...en.dates, weekdays: en.dates.weekdays.slice(1) } },
      { ...en, code: 'pl', grammar: { ...en.grammar, nameInflections: undefined } } as unknown as LanguagePack,
    ];
    const problems = packProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'pack ru: no dates',
        'pack uk: no reporting verbs',
        'pack uk: shares its script with ru but has no distinctive letters',
        'pack en: date parser xx is not in lib/languages/date-parsers.ts',
        'pack en: dates.weekdays must name all seven days',
        'pack pl: franc code eng belongs to another pack',
      ]),
    );
    expect(problems.some((p) => p.startsWith('pack pl: grammar differs'))).toBe(true);
  });

  it('no code outside lib/languages holds words of a language', () => {
    const files = read([...filesUnder('lib', /\.tsx?$/), ...filesUnder('entrypoints', /\.tsx?$/)]);
    expect(files.size).toBeGreaterThan(100);
    expect(nonAsciiWords(files)).toEqual([]);
    expect(packListCopies(files, LANGUAGE_PACKS)).toEqual([]);
  });

  it('no JSON data outside lib/languages holds words of a language', () => {
    const files = read(filesUnder('lib', /\.json$/));
    expect(files.size).toBeGreaterThan(0);
    expect(jsonWords(files)).toEqual([]);
  });

  it('catches word lists in code and data, but not quoted examples, prose or the keys the engine files words under', () => {
    const at = (...parts: string[]): string => join('lib', ...parts);
    const code = new Map([
      [at('claims', 'cues.ts'), "const CUES = new Set(['сообщил', 'заявил']);"],
      [at('matching', 'days.ts'), 'const DAY = /(?<!\\p{L})(понедельник|monday)/u;'],
      [at('text', 'polish.ts'), "const STOP = 'że się'.split(' ');"],
      [at('claims', 'verbs.ts'), "const VERBS = 'said told reported stated'.split(' ');"],
      [at('matching', 'week.ts'), "const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday'];"],
      [at('claims', 'fine.ts'), "// `по данным` opens a cue\nconst ROLES = ['dead', 'injured', 'missing', 'about'];"],
      [at('ui', 'message.ts'), "throw new Error('The page has no body, so there is no text to read.');"],
      [at('languages', 'xx', 'index.ts'), "export const words = ['один', 'два', 'said', 'told', 'reported'];"],
    ]);
    expect(nonAsciiWords(code).map((v) => v.split(' ')[0])).toEqual([
      `${at('claims', 'cues.ts')}:1`,
      `${at('matching', 'days.ts')}:1`,
      `${at('text', 'polish.ts')}:1`,
    ]);
    expect(packListCopies(code, LANGUAGE_PACKS).map((v) => v.split(' ')[0])).toEqual([
      `${at('claims', 'verbs.ts')}:1`,
      `${at('matching', 'week.ts')}:1`,
    ]);
    const data = new Map([
      [at('claims', 'words.json'), '{ "verbs": ["сообщил", "заявил"] }'],
      [at('protocol', 'outlet-feeds.json'), '{ "outlets": [{ "name": "Українська правда" }] }'],
      [at('matching', 'calibration.json'), '{ "threshold": 0.8 }'],
    ]);
    expect(jsonWords(data).map((v) => v.split(' ')[0])).toEqual([at('claims', 'words.json')]);
  });
});
