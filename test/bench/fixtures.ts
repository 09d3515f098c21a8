import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/extraction/article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { articleFromSeed } from '../../lib/extraction/seed-article';
import { corpusArticles } from '../support/corpora';
import { SEEDS_DIR } from '../support/seeds';

export const ROOT = join(import.meta.dirname, '..', '..');
const PAGES_DIR = join(ROOT, 'test', 'pages');
/** The address Readability's own test suite gives its pages. */
export const PAGE_URL = 'http://fakehost/test/page.html';

export interface PageFixture {
  slug: string;
  doc: Document;
}

/**
 * test/pages parsed once each (parsing is not what the extraction metrics time). `limit` keeps the
 * five seed pages and the first real pages in name order, for quick runs.
 */
export function loadPages(limit?: number): PageFixture[] {
  const slugs = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const seeds = slugs.filter((s) => s.startsWith('seed-'));
  const real = slugs.filter((s) => !s.startsWith('seed-'));
  const chosen =
    limit === undefined ? [...real, ...seeds] : [...real.slice(0, Math.max(0, limit - seeds.length)), ...seeds];
  return chosen.map((slug) => ({
    slug,
    doc: parseHtml(readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'), PAGE_URL),
  }));
}

/** A real article stored in the benchmark corpus as it is; `group` names the event it reports. */
export interface RealDocument {
  id: string;
  group: string;
  article: Article;
}

/** The five bundled seeds: one event (the Paris meeting of January 2026) in Russian and Ukrainian. */
export function seedDocuments(): RealDocument[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      id: `seed:${file.replace(/\.txt$/, '')}`,
      group: 'seeds',
      article: articleFromSeed(file, readFileSync(join(SEEDS_DIR, file), 'utf8')),
    }));
}

/** corpus-dev: 60 real news excerpts on 7 events in ru/uk/en. */
export function corpusDevDocuments(): RealDocument[] {
  return corpusArticles('corpus-dev').map(({ record, article }) => ({
    id: `dev:${record.file.replace(/\.txt$/, '')}`,
    group: record.event,
    article,
  }));
}
