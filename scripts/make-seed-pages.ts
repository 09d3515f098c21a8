/**
 * Renders the bundled seeds as news pages for the extraction fixtures in test/pages/seed-NNN/.
 * Run: npx tsx scripts/make-seed-pages.ts
 *
 * Outlets are those the seed texts name themselves (see lib/extraction/seed-outlet.ts). Two pages
 * carry a deliberately wrong `lang` attribute — the Ukrainian seed marked `ru`, a Russian seed
 * marked `en` — as real sites with template-wide attributes do; extraction must still report the
 * language of the text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedFile, renderSeedPage } from '../test/support/seed-page';

const root = join(import.meta.dirname, '..');
const seedsDir = join(root, 'seeds');

interface SeedPageSpec {
  outlet: string;
  /** What the page's `<html lang>` says. */
  langAttribute: string;
  /** The language of the text, which extraction must report. */
  lang: string;
}

const SPECS: Record<string, SeedPageSpec> = {
  '000': { outlet: 'Главред', langAttribute: 'ru', lang: 'ru' },
  '001': { outlet: 'Новости Демо', langAttribute: 'en', lang: 'ru' },
  '002': { outlet: 'РБК-Украина', langAttribute: 'ru-RU', lang: 'ru' },
  '003': { outlet: 'Українські Національні Новини', langAttribute: 'ru', lang: 'uk' },
  '004': { outlet: 'OBOZ.UA', langAttribute: 'ru', lang: 'ru' },
};

for (const file of readdirSync(seedsDir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()) {
  const number = file.slice(0, 3);
  const spec = SPECS[number];
  if (!spec) throw new Error(`No page spec for seed ${file}`);
  const raw = readFileSync(join(seedsDir, file), 'utf8');
  const url = `https://news.example/seed-${number}`;
  const html = renderSeedPage(raw, { outlet: spec.outlet, lang: spec.langAttribute, url });
  const { date, paragraphs } = parseSeedFile(raw);
  const first = paragraphs[0] ?? '';
  const expected = {
    title: first.split(/(?<=[.!?])\s/)[0] ?? first,
    byline: null,
    lang: spec.lang,
    siteName: spec.outlet,
    publishedTime: date ? `${date}T09:00:00+02:00` : null,
    readerable: true,
    seedFile: `seeds/${file}`,
    langAttribute: spec.langAttribute,
  };
  const dir = join(root, 'test', 'pages', `seed-${number}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`test/pages/seed-${number}: ${spec.outlet}, lang attribute ${spec.langAttribute}, text ${spec.lang}`);
}
