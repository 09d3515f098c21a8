import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies point one way: UI and content script → protocol → engine (matching → claims → extraction
 * → text → languages), and background → storage, feeds → the same engine. Each folder of lib/ may import only the
 * folders listed for it (and the few files at lib/'s root, which import nothing). Node-only code lives in
 * lib/node and lib/cli. This test reads every import, type imports included.
 */
const LOWER = ['languages', 'text', 'language'];
const ENGINE = [...LOWER, 'extraction', 'claims', 'matching'];
const LAYERS: Record<string, readonly string[]> = {
  languages: [],
  text: ['languages'],
  language: ['languages', 'text'],
  extraction: LOWER,
  claims: [...LOWER, 'extraction'],
  matching: [...LOWER, 'extraction', 'claims'],
  protocol: ENGINE,
  report: ENGINE,
  storage: [...ENGINE, 'protocol'],
  feeds: [...ENGINE, 'protocol', 'storage'],
  content: [...LOWER, 'extraction', 'protocol'],
  ui: [...ENGINE, 'protocol', 'report'],
  background: [...ENGINE, 'protocol', 'storage', 'feeds'],
  node: ENGINE,
  cli: [...ENGINE, 'protocol', 'storage', 'node', 'report'],
};
/** Entrypoints only wire; the content script's may reach only what runs in a page. */
const ENTRYPOINT_LAYERS: Record<string, readonly string[]> = {
  'content.ts': ['content', 'protocol', 'extraction', ...LOWER],
};
const NODE_ONLY = ['node', 'cli'];

const ROOT = join(import.meta.dirname, '..', '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const layerOf = (path: string): string | null => {
  const parts = normalize(path).split(sep);
  if (parts[0] !== 'lib') return null;
  return parts.length > 2 ? (parts[1] as string) : '';
};

/** Every import that breaks the rules, as `file → import (why)`; `files` maps repository paths to their text. */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    const from = layerOf(file);
    const entry = file.startsWith(`entrypoints${sep}`) ? ENTRYPOINT_LAYERS[relative('entrypoints', file)] : undefined;
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith('node:') && from !== null && !NODE_ONLY.includes(from)) {
        out.push(`${file} → ${spec} (Node-only: lib/node or lib/cli)`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const to = layerOf(normalize(join(dirname(file), spec)));
      if (to === null || to === '') continue;
      const allowed = entry ?? (from === null || from === '' ? undefined : LAYERS[from]);
      if (!allowed) {
        if (from !== null && from !== '' && !(from in LAYERS)) out.push(`${file}: lib/${from} has no layer rule`);
        continue;
      }
      if (to !== from && !allowed.includes(to))
        out.push(`${file} → ${spec} (lib/${from || 'entrypoints'} may not import lib/${to})`);
    }
  }
  return out;
}

const read = (paths: string[]): Map<string, string> =>
  new Map(paths.map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]));

describe('import layers', () => {
  it('every import in lib/ and the content script points down the layers', () => {
    const files = read([...sourceFiles('lib'), join('entrypoints', 'content.ts')]);
    expect(files.size).toBeGreaterThan(100);
    expect(layerViolations(files)).toEqual([]);
  });

  it('catches a wrong-way import: the UI reaching into storage, the engine into the background', () => {
    const wrong = new Map([
      [join('lib', 'ui', 'popup', 'x.ts'), "import { openCorpusDb } from '../../storage/corpus-store';"],
      [join('lib', 'matching', 'y.ts'), "import type { Library } from '../background/library';"],
      [join('lib', 'claims', 'z.ts'), "import { readFileSync } from 'node:fs';"],
      [join('entrypoints', 'content.ts'), "import { createLibrary } from '../lib/background/library';"],
    ]);
    expect(layerViolations(wrong)).toHaveLength(4);
  });

  it('has a rule for every folder of lib/', () => {
    const folders = readdirSync(join(ROOT, 'lib'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });
});

/**
 * Files a file loads at run time: its relative value imports (type-only imports are erased), resolved to
 * repository paths.
 */
const VALUE_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]/g;
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(VALUE_IMPORT)].flatMap((m) => {
    const base = normalize(join(dirname(file), m[1] as string));
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].filter(
      (p) => /\.(tsx?|json)$/.test(p) && existsSync(join(ROOT, p)),
    );
  });
}

describe('what the popup loads', () => {
  it('never loads the known-names index, which registers thousands of names at load (the worker needs it, not the UI)', () => {
    const seen = new Set<string>();
    const queue = sourceFiles(join('lib', 'ui'));
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      if (file.endsWith('.ts') || file.endsWith('.tsx')) queue.push(...runtimeImports(file));
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((f) => /known-names|country-names/.test(f))).toEqual([]);
  });
});
