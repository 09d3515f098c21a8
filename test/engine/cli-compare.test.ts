import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../lib/cli/run-compare';
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
    const story = json(run).stories.find((s) => s.id === 'variant-003-forty-leaders.txt');
    const differences = story?.claims.flatMap((c) => c.differences) ?? [];
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'number', here: 'более 27 мировых лидеров', there: 'понад 40 лідерів' }),
    );
    expect(json(run).stories.map((s) => s.id)).not.toContain('unrelated-rafale-deal.txt');
  });

  it('prints figures at a glance first, with both values of the edited figure, and the same rows in --json', async () => {
    const variants = join(ROOT, 'test', 'fixtures', 'matching');
    const run = await compare(SEED_002, '--no-seeds', '--corpus', variants);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const leaders = lines.find((l) => l.includes('мировых лидеров:'));
    expect(leaders).toMatch(/≠ мировых лидеров: more than 27 — this page.* · more than 40 — УНН/);
    expect(lines.indexOf('Figures at a glance:')).toBeLessThan(lines.findIndex((l) => l.startsWith('Same story in')));
    const figures = json(await compare(SEED_002, '--no-seeds', '--corpus', variants, '--json')).figures;
    expect(figures.find((r) => /лидер|лідер/.test(r.counted))?.values.map((v) => v.value)).toEqual([27, 40]);
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

/** Sentences on one event with varying casualty counts: every pair of them contradicts. */
function casualtyReport(chars: number): string {
  const lines = [' date 2026-01-06 '];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const line = `В результате обстрела Харькова погибли ${5 + (i % 60)} человек, еще ${10 + (i % 45)} человек получили ранения, сообщили власти.`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** Control characters a terminal acts on; the readable report's own colours are removed before looking. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the report's own colour codes
const OUR_COLOURS = /\x1b\[\d+m/g;

describe('npm run compare on long, hostile and wrong inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-inputs-'));

  it('answers a 200 KB article full of contradicting counts, with the anomalies counted and the first few listed', async () => {
    const file = join(dir, 'casualties-200k.txt');
    writeFileSync(file, casualtyReport(200_000));
    const run = await compare(file, '--json');
    // This overflowed the stack (exit 70) when every pair of claims was compared and spread into push(...).
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(0);
    const result = json(run);
    expect(result.article.claims).toBeGreaterThan(1000);
    expect(result.anomalies.length).toBeLessThanOrEqual(15);
    expect(result.anomalyCounts['self-contradiction']).toBeGreaterThan(result.anomalies.length);
  });

  it('compares only the first 200,000 characters of a 2 MB text, and says so in one line', async () => {
    const file = join(dir, 'casualties-2m.txt');
    writeFileSync(file, casualtyReport(2_000_000));
    const run = await compare(file, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/casualties-2m\.txt: only the first 199,\d{3} characters were compared$/),
    ]);
    expect(json(run).article.claims).toBeLessThan(2500);
  });

  it.each([
    ['a device', () => '/dev/zero', /\/dev\/zero: is a device, expected a file/],
    ['a binary', () => '/usr/bin/ls', /\/usr\/bin\/ls: is binary data, not text/],
    [
      'a FIFO',
      () => {
        const fifo = join(dir, 'pipe.txt');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      /pipe\.txt: is a pipe \(FIFO\), expected a file/,
    ],
    ['a folder', () => dir, /is a folder, expected a file/],
    [
      'an oversized page',
      () => {
        const page = join(dir, 'huge.html');
        writeFileSync(page, `<html><body>${'<p>x</p>'.repeat(1_500_000)}</body></html>`);
        return page;
      },
      /huge\.html: is 11 MB, more than the 10 MB Parallax reads/,
    ],
  ])('refuses %s at once with one line on stderr', async (_what, path, message) => {
    const run = await compare(path(), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('skips a FIFO, a device link and a binary inside a corpus folder, saying so, and compares the rest', async () => {
    const corpus = join(dir, 'corpus-with-traps');
    mkdirSync(corpus);
    copyFileSync(SEED_003, join(corpus, '003.txt'));
    execFileSync('mkfifo', [join(corpus, 'fifo.txt')]);
    symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
    copyFileSync('/usr/bin/ls', join(corpus, 'ls.html'));
    const run = await compare(SEED_002, '--no-seeds', '--corpus', corpus, '--json');
    expect(run.code).toBe(0);
    expect(json(run).stories.map((s) => s.id)).toEqual(['003.txt']);
    expect(run.stderr).toMatch(/skipped .*fifo\.txt: is a pipe/);
    expect(run.stderr).toMatch(/skipped .*zero\.txt: is a device/);
    expect(run.stderr).toMatch(/skipped .*ls\.html: is binary data/);
  });

  it('reports each bad line of a .jsonl corpus by number instead of dropping it silently', async () => {
    const file = join(dir, 'with-bad-lines.jsonl');
    const article = { ...articleFromSeed('003.txt', readFileSync(SEED_003, 'utf8')), url: 'https://unn.ua/example' };
    const at = '2026-01-06T12:00:00.000Z';
    writeFileSync(
      file,
      [
        formatHeader(at),
        '{"type":"parallax-document","broken":',
        formatDocument({ article, source: 'stored', storedAt: at, updatedAt: at, history: [] }),
        '{"type":"parallax-document","version":1,"article":{"text":5}}',
      ].join('\n'),
    );
    const run = await compare(SEED_002, '--no-seeds', '--corpus', file, '--json');
    expect(run.code).toBe(0);
    expect(json(run).stories.map((s) => s.id)).toEqual(['https://unn.ua/example']);
    expect(run.stderr).toMatch(/with-bad-lines\.jsonl line 2: Not valid JSON/);
    expect(run.stderr).toMatch(/with-bad-lines\.jsonl line 4: /);
  });

  it('prints no control character from a page, a file name or a corpus, in the report, the JSON or an error', async () => {
    const esc = '\x1b';
    const hostile = `${esc}]0;pwned\x07${esc}[2J\u009b31m\u202e`;
    const page = join(dir, 'hostile.html');
    const seed = readFileSync(SEED_002, 'utf8').replace(/^\s*date \S+ /, '');
    writeFileSync(
      page,
      `<html lang="ru"><head><title>Заголовок ${hostile} статьи</title><meta property="og:site_name" content="Издание ${hostile}"></head>` +
        `<body><article><h1>Заголовок ${hostile} статьи</h1>${seed
          .split('\n')
          .map((p) => `<p>${p} ${hostile}</p>`)
          .join('')}</article></body></html>`,
    );
    const corpus = join(dir, `corpus ${esc}[2J`);
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, `003 ${esc}]0;x\x07.txt`),
      readFileSync(SEED_003, 'utf8').replace('Reuters', `Reuters${hostile}`),
    );
    writeFileSync(join(corpus, `bad ${esc}[31m.json`), `{"text": 5, "x": "${esc}"}`);
    const readable = await compare(page, '--no-seeds', '--corpus', corpus);
    const asJson = await compare(page, '--no-seeds', '--corpus', corpus, '--json');
    const missing = await compare(join(dir, `missing ${esc}[2J.txt`));
    for (const [label, run] of Object.entries({ readable, asJson, missing })) {
      expect(run.stdout + run.stderr, label).not.toMatch(CONTROL);
    }
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Издание');
    expect(readable.stderr).toMatch(/skipped .*bad \[31m\.json/);
    // JSON keeps the data: the escape comes back from JSON.parse, only escaped on the terminal.
    expect(json(asJson).article.outlet).toContain(esc);
    expect(asJson.stdout).toContain('\\u009b');

    // With colours (a terminal), the only escape sequences are the report's own.
    let coloured = '';
    const code = await runCompare([page, '--no-seeds', '--corpus', corpus], {
      stdout: (t) => {
        coloured += t;
      },
      stderr: (t) => {
        coloured += t;
      },
      color: true,
    });
    expect(code).toBe(0);
    expect(coloured).toMatch(OUR_COLOURS);
    expect(coloured.replace(OUR_COLOURS, '')).not.toMatch(CONTROL);
  });
});
