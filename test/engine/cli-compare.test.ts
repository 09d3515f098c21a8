import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { articleFromSeed } from '../../lib/extraction/seed-article';
import type { Comparison } from '../../lib/matching/comparison';
import { formatDocument, formatHeader } from '../../lib/storage/jsonl';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED_002 = join(ROOT, 'seeds', '002_11f65d7f125b6a49.txt');
const SEED_003 = join(ROOT, 'seeds', '003_86fc445a369e6c3e.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function compare(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [join(ROOT, 'bin', 'compare.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const json = (run: Run): Comparison => JSON.parse(run.stdout) as Comparison;
const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('npm run compare', () => {
  it('prints one JSON object comparing seed 002 with the other four seeds', async () => {
    const run = await compare(SEED_002, '--json');
    expect(run.code).toBe(0);
    const result = json(run);
    expect(result.article).toMatchObject({ lang: 'ru', published: '2026-01-06', outlet: 'РБК-Украина' });
    expect(result.article.claims).toBeGreaterThan(10);
    expect(result.stories.map((s) => s.id).sort()).toEqual([
      '000_2ea9999edad54fe7.txt',
      '001_54c3fa28435ac74e.txt',
      '003_86fc445a369e6c3e.txt',
      '004_fff0361c4270e2c0.txt',
    ]);
    for (const story of result.stories) {
      expect(Object.keys(story)).toEqual(
        expect.arrayContaining(['id', 'outlet', 'title', 'lang', 'published', 'score', 'claims']),
      );
      for (const c of story.claims) {
        expect(['agrees', 'differs', 'related']).toContain(c.verdict);
        expect(typeof c.here === 'string' && typeof c.there === 'string' && typeof c.score === 'number').toBe(true);
      }
    }
    const scores = result.stories.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const leaders = result.stories
      .find((s) => s.id.startsWith('003'))
      ?.claims.find((c) => c.here.includes('более 27 мировых лидеров'));
    expect(leaders).toMatchObject({ verdict: 'agrees', differences: [] });
    expect(result.anomalies).toContainEqual(
      expect.objectContaining({ kind: 'future-date', text: 'В конце декабря 2026 года' }),
    );
    expect(result.onlyHere.length).toBeGreaterThan(0);
  });

  it('flags the edited figure when the corpus is a folder of variants', async () => {
    const run = await compare(SEED_002, '--no-seeds', '--corpus', join(ROOT, 'test', 'fixtures', 'matching'), '--json');
    expect(run.code).toBe(0);
    const story = json(run).stories.find((s) => s.id === 'variant-003-thirty-leaders.txt');
    const differences = story?.claims.flatMap((c) => c.differences) ?? [];
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'number', here: 'более 27 мировых лидеров', there: 'понад 30 лідерів' }),
    );
    expect(json(run).stories.map((s) => s.id)).not.toContain('unrelated-rafale-deal.txt');
  });

  it('prints figures at a glance first, with both values of the edited figure, and the same rows in --json', async () => {
    const variants = join(ROOT, 'test', 'fixtures', 'matching');
    const run = await compare(SEED_002, '--no-seeds', '--corpus', variants);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const leaders = lines.find((l) => l.includes('мировых лидеров:'));
    expect(leaders).toMatch(/≠ мировых лидеров: more than 27 — this page.* · more than 30 — УНН/);
    expect(lines.indexOf('Figures at a glance:')).toBeLessThan(lines.findIndex((l) => l.startsWith('Same story in')));
    const figures = json(await compare(SEED_002, '--no-seeds', '--corpus', variants, '--json')).figures;
    expect(figures.find((r) => /лидер|лідер/.test(r.counted))?.values.map((v) => v.value)).toEqual([27, 30]);
  });

  it('reads a .jsonl export as the corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    const file = join(dir, 'export.jsonl');
    const article = { ...articleFromSeed('003.txt', readFileSync(SEED_003, 'utf8')), url: 'https://unn.ua/example' };
    const at = '2026-01-06T12:00:00.000Z';
    writeFileSync(
      file,
      `${formatHeader(at)}\n${formatDocument({ article, source: 'stored', storedAt: at, updatedAt: at, history: [] })}\n`,
    );
    const run = await compare(SEED_002, '--no-seeds', '--corpus', file, '--json');
    expect(run.code).toBe(0);
    expect(json(run).stories.map((s) => s.id)).toEqual(['https://unn.ua/example']);
  });

  it('reads an .html page as FILE and leaves out the identical seed', async () => {
    const run = await compare(join(ROOT, 'test', 'pages', 'seed-003', 'source.html'), '--json');
    expect(run.code).toBe(0);
    const ids = json(run).stories.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids).not.toContain('003_86fc445a369e6c3e.txt');
  });

  it('prints a readable report without --json', async () => {
    const run = await compare(SEED_002);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Same story in 4 other document(s):');
    expect(run.stdout).toContain('✓ agrees');
    expect(run.stdout).toContain('future-date: “В конце декабря 2026 года”');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it.each([
    ['a missing file', ['/nonexistent/article.txt'], /no such file/],
    ['an unknown option', [SEED_002, '--fast'], /Unknown option --fast/],
    ['a missing corpus folder', [SEED_002, '--corpus', '/nonexistent/folder'], /no such folder/],
    ['no FILE', [], /Missing FILE/],
  ])('reports %s on stderr with a non-zero exit and no stack trace', async (_what, args, message) => {
    const run = await compare(...args);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reports an empty text and an unreadable page on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    writeFileSync(join(dir, 'empty.txt'), ' date 2026-01-06 \n\n');
    writeFileSync(join(dir, 'broken.html'), '<html><body></body></html>');
    for (const name of ['empty.txt', 'broken.html']) {
      const run = await compare(join(dir, name), '--json');
      expect(run.code, name).not.toBe(0);
      expect(run.stderr, name).toMatch(new RegExp(`compare: .*${name}`));
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });
});
