import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

/** Reads a bundled seed by its number (`002`). */
export async function readSeed(number: string): Promise<string> {
  const file = (await readdir(SEEDS_DIR)).find((f) => f.startsWith(`${number}_`));
  if (!file) throw new Error(`No seed ${number} in ${SEEDS_DIR}`);
  return readFile(join(SEEDS_DIR, file), 'utf8');
}
