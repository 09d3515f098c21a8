import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/extraction/article';
import { articleFromSeed } from '../../lib/extraction/seed-article';

const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

function seedFile(number: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${number}_`));
  if (!file) throw new Error(`No seed ${number} in ${SEEDS_DIR}`);
  return file;
}

/** The raw text of the bundled seed whose file name starts with `number` (`002`). */
export function seedText(number: string): string {
  return readFileSync(join(SEEDS_DIR, seedFile(number)), 'utf8');
}

/** The bundled seed whose file name starts with `number` (`002`), as an Article. */
export function seedArticle(number: string): Article {
  const file = seedFile(number);
  return articleFromSeed(file, seedText(number));
}

export function allSeedArticles(): Article[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => articleFromSeed(f, readFileSync(join(SEEDS_DIR, f), 'utf8')));
}
