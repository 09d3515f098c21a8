import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { corpusOf, seedDocuments } from '../fixtures/matching/engine-fixture';

const PAGES = join(import.meta.dirname, '..', 'pages');
// `seed-000`…`seed-004` are the seeds themselves rendered as pages; every other folder is unrelated.
const slugs = existsSync(PAGES)
  ? readdirSync(PAGES).filter((slug) => !slug.startsWith('seed-') && existsSync(join(PAGES, slug, 'source.html')))
  : [];

describe.skipIf(slugs.length === 0)('real unrelated pages (test/pages)', () => {
  it('matches none of them to a seed', async () => {
    const corpus = corpusOf(seedDocuments());
    const lexicon = loadLexiconFromDisk();
    const matched: string[] = [];
    let compared = 0;
    for (const slug of slugs) {
      const result = extractArticle(
        parseHtml(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), 'https://example.org/'),
      );
      if (!result.ok) continue;
      compared++;
      const comparison = await corpus.compare(result.article, analyze(result.article, lexicon));
      if (comparison.stories.length > 0) matched.push(`${slug} → ${comparison.stories.map((s) => s.id).join(', ')}`);
    }
    console.log(`test/pages: ${compared} articles compared with the seeds, ${matched.length} matched`);
    expect(compared).toBeGreaterThan(50);
    expect(matched).toEqual([]);
  }, 180_000);
});

const seedPages = existsSync(PAGES) ? readdirSync(PAGES).filter((slug) => /^seed-\d{3}$/.test(slug)) : [];

describe.skipIf(seedPages.length === 0)('the seeds rendered as news pages (test/pages/seed-*)', () => {
  it.each(seedPages)('%s, read through extraction, matches the other seeds', async (slug) => {
    const corpus = corpusOf(seedDocuments());
    const result = extractArticle(
      parseHtml(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), 'https://example.org/'),
    );
    if (!result.ok) throw new Error(result.message);
    const comparison = await corpus.compare(result.article, analyze(result.article, loadLexiconFromDisk()));
    expect(comparison.stories.length).toBeGreaterThanOrEqual(3);
    // The page's text is the seed's, so the seed itself is left out by its content hash.
    expect(comparison.stories.some((s) => s.id.startsWith(slug.slice(5)))).toBe(false);
  });
});
