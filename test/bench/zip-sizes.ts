import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './fixtures';
import type { Recorder } from './metrics';

const OUTPUT = join(ROOT, '.output');
const CHROME_BUILD = join(OUTPUT, 'chrome-mv3');
const LARGEST = 5;
const KB = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const LEXICON = join(ROOT, 'assets', 'lexicon', 'lexicon.json');

/** Sizes of what `npm run build` produced in .output/ (the benchmark never builds), and of the lexicon it ships. */
export function benchShippedSizes(rec: Recorder): void {
  if (existsSync(LEXICON)) {
    const raw = readFileSync(LEXICON);
    rec.add('lexicon_kb', raw.length / KB, 'KB', 'assets/lexicon/lexicon.json as shipped');
    rec.add('lexicon_gzip_kb', gzipSync(raw).length / KB, 'KB', 'the same, gzipped (as in the zip)');
  }
  const zips = existsSync(OUTPUT) ? readdirSync(OUTPUT).filter((f) => f.endsWith('.zip')) : [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const zip = zips.find((f) => f.endsWith(`-${browser}.zip`));
    if (zip) rec.add(`zip_kb_${browser}`, statSync(join(OUTPUT, zip)).size / KB, 'KB', zip);
    else rec.skip(`zip_kb_${browser}`, `no .output/*-${browser}.zip: run \`npm run build\` first`);
  }
  if (!existsSync(CHROME_BUILD)) {
    rec.skip('chrome_file_kb', 'no .output/chrome-mv3: run `npm run build` first');
    return;
  }
  const files = filesUnder(CHROME_BUILD).map((path) => ({ path, size: statSync(path).size }));
  rec.add(
    'chrome_unpacked_kb',
    files.reduce((n, f) => n + f.size, 0) / KB,
    'KB',
    `${files.length} files in .output/chrome-mv3`,
  );
  files
    .sort((a, b) => b.size - a.size)
    .slice(0, LARGEST)
    .forEach((f, i) => {
      rec.add(`chrome_file_kb_top${i + 1}`, f.size / KB, 'KB', relative(CHROME_BUILD, f.path));
    });
}
