import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../lib/extraction/article';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { primaryLanguageTag } from '../../lib/language/detect-language';
import { validateExtraction } from '../../lib/protocol/article-schema';
import { parseSeedFile, SEED_PAGE_BOILERPLATE } from '../support/seed-page';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'test', 'pages');
/** The URL Readability's own test suite gives its pages. */
const PAGE_URL = 'http://fakehost/test/page.html';

interface Expected {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
  seedFile?: string;
  /** Where Parallax deliberately differs from the upstream expectation; see test/pages/README.md. */
  parallax?: Partial<Omit<Expected, 'parallax'>> & { article?: boolean; why: string };
}

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Compared fields: how to read the expectation and our value so that formatting does not count. */
const FIELDS = {
  title: { expected: (e: Expected) => collapse(e.title), actual: (a: Article) => collapse(a.title) },
  byline: { expected: (e: Expected) => collapse(e.byline), actual: (a: Article) => collapse(a.byline) },
  excerpt: { expected: (e: Expected) => collapse(e.excerpt), actual: (a: Article) => collapse(a.excerpt) },
  lang: { expected: (e: Expected) => primaryLanguageTag(e.lang) ?? '', actual: (a: Article) => a.lang },
  // Publication dates agree on the calendar day as the page states it; formats differ (`2017-11-03 03:01:00.000000`).
  published: {
    expected: (e: Expected) => (e.publishedTime ?? '').trim().slice(0, 10),
    actual: (a: Article) => (a.published ?? '').slice(0, 10),
  },
  outlet: { expected: (e: Expected) => collapse(e.siteName), actual: (a: Article) => collapse(a.outlet) },
} as const;
type Field = keyof typeof FIELDS;
type Article = Extract<ExtractionResult, { ok: true }>['article'];

interface PageCase {
  slug: string;
  expected: Expected;
  expectArticle: boolean;
  result: ExtractionResult;
  ms: number;
}

const cases: PageCase[] = readdirSync(PAGES)
  .filter((slug) => existsSync(join(PAGES, slug, 'expected-metadata.json')))
  .sort()
  .map((slug) => {
    const upstream = JSON.parse(readFileSync(join(PAGES, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    const expected: Expected = { ...upstream, ...upstream.parallax };
    const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
    const start = performance.now();
    const result = extractArticle(parseHtml(html, PAGE_URL), { url: PAGE_URL });
    const ms = performance.now() - start;
    return { slug, expected, expectArticle: upstream.parallax?.article ?? upstream.readerable !== false, result, ms };
  });

/** Per field: pages where the expectation gives a value, and those where we disagree. */
const agreement = Object.fromEntries(
  (Object.keys(FIELDS) as Field[]).map((field) => {
    const { expected, actual } = FIELDS[field];
    const compared = cases.filter((c) => expected(c.expected) !== '' && (c.expectArticle || c.result.ok));
    const misses = compared
      .filter((c) => !c.result.ok || actual(c.result.article) !== expected(c.expected))
      .map((c) => c.slug);
    return [field, { compared: compared.length, misses }];
  }),
) as Record<Field, { compared: number; misses: string[] }>;

describe('extraction on real pages (test/pages)', () => {
  afterAll(() => {
    const lines = (Object.keys(FIELDS) as Field[]).map((f) => {
      const { compared, misses } = agreement[f];
      return `  ${f.padEnd(9)} ${compared - misses.length}/${compared}${misses.length ? `  misses: ${misses.join(', ')}` : ''}`;
    });
    const slowest = [...cases].sort((a, b) => b.ms - a.ms)[0];
    console.log(
      `Extraction agreement with expected metadata over ${cases.length} pages:\n${lines.join('\n')}\n` +
        `  slowest page: ${slowest?.slug} ${Math.round(slowest?.ms ?? 0)} ms`,
    );
  });

  const articles = cases.filter((c) => c.expectArticle);
  const rejectedArticles = articles.filter((c) => !c.result.ok).map((c) => c.slug);
  it(`extracts an article from every article page (${articles.length - rejectedArticles.length}/${articles.length}; rejected: ${rejectedArticles.join(', ') || 'none'})`, () => {
    expect(rejectedArticles).toEqual([]);
  });

  const frontPages = cases.filter((c) => c.expected.parallax === undefined && c.expected.readerable === false);
  const declined = frontPages.filter((c) => !c.result.ok).length;
  it(`declines most pages Readability itself finds not readerable (${declined}/${frontPages.length})`, () => {
    // Readability's readerable flag is a quick heuristic; we accept a page it doubts when it still
    // holds a substantial text, so only a majority must agree.
    expect(declined).toBeGreaterThan(frontPages.length / 2);
  });

  it('gives the worker what the one article schema accepts unchanged, from every page', () => {
    const refused = cases.flatMap((c) => {
      const checked = validateExtraction(c.result);
      if (!checked.ok) return [`${c.slug}: ${checked.message}`];
      return JSON.stringify(checked.value) === JSON.stringify(c.result) ? [] : [`${c.slug}: changed by the check`];
    });
    expect(refused).toEqual([]);
  });

  for (const c of cases.filter((c) => c.expected.parallax?.article === false)) {
    it(`rejects ${c.slug} as not an article (${c.expected.parallax?.why})`, () => {
      expect(c.result.ok).toBe(false);
      if (!c.result.ok) expect(c.result.reason).toBe('not-article');
    });
  }

  for (const field of Object.keys(FIELDS) as Field[]) {
    const { compared, misses } = agreement[field];
    it(`${field} agrees with the expected metadata on every page (${compared - misses.length}/${compared}; misses: ${misses.join(', ') || 'none'})`, () => {
      const details = misses.map((slug) => {
        const c = cases.find((x) => x.slug === slug);
        if (!c) return slug;
        const got = c.result.ok ? FIELDS[field].actual(c.result.article) : `(${c.result.reason})`;
        return `${slug}: expected ${JSON.stringify(FIELDS[field].expected(c.expected))}, got ${JSON.stringify(got)}`;
      });
      expect(details).toEqual([]);
    });
  }
});

describe('seed pages', () => {
  const seedCases = cases.filter((c) => c.expected.seedFile);

  it('has a rendered page for each of the five seeds', () => {
    expect(seedCases.map((c) => c.slug)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
  });

  for (const c of seedCases) {
    const seed = parseSeedFile(readFileSync(join(ROOT, c.expected.seedFile ?? ''), 'utf8'));

    it(`${c.slug}: extracted text holds every paragraph of the seed, each on its own line`, () => {
      expect(c.result.ok).toBe(true);
      if (!c.result.ok) return;
      const lines = new Set(c.result.article.text.split('\n').map(collapse));
      expect(seed.paragraphs.map(collapse).filter((p) => !lines.has(p))).toEqual([]);
    });

    it(`${c.slug}: extracted text carries none of the page's navigation, share buttons or footer`, () => {
      if (!c.result.ok) throw new Error(c.result.message);
      const text = c.result.article.text;
      expect(SEED_PAGE_BOILERPLATE.filter((b) => text.includes(b))).toEqual([]);
    });
  }
});
