/**
 * Builds assets/lexicon/ru-uk.json from the Apertium ru–uk data (GNU GPL, see assets/lexicon/LICENSE):
 * every Ukrainian lemma and English word is stemmed exactly as the analyser stems text at run time and
 * mapped to the folded Russian stem, so inflected forms on both sides meet. Pairs that already meet
 * after folding (`лідер`/`лидер`) are left out to keep the file small.
 *
 *   npx tsx scripts/build-lexicon.ts [path/to/apertium-rus-ukr]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LexiconFile } from '../lib/claims/lexicon';
import { foldCyrillic, normaliseWord } from '../lib/text/normalise';
import { stem } from '../lib/text/stem';
import { skeleton } from '../lib/text/transliterate';

const SOURCE_DIR = resolve(process.argv[2] ?? '/work/shared/lexicon/apertium-rus-ukr');
const OUT = resolve(import.meta.dirname, '../assets/lexicon/ru-uk.json');
const SINGLE_WORD = /^[\p{L}'’ʼ-]+$/u;

const ruKey = (lemma: string): string => foldCyrillic(stem(normaliseWord(lemma), 'ru'));

// The Ukrainian stemmer cuts a lemma and its case forms unevenly (`гарантія` → `гарант`, `гарантії` →
// `гаранті`), so the stems of the common case forms are mapped too.
const UK_ENDINGS: [RegExp, string[]][] = [
  [/[ая]$/, ['і', 'ї', 'у', 'ю', 'ою', 'ею', 'єю', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях']],
  [
    /(ий|ій)$/,
    ['ого', 'ому', 'им', 'ім', 'а', 'я', 'е', 'є', 'і', 'ї', 'их', 'іх', 'ими', 'іми', 'ої', 'ою', 'у', 'ю'],
  ],
  [/[оя]?$/, ['а', 'у', 'ом', 'і', 'ів', 'и', 'ам', 'ами', 'ах', 'ові']],
];

function ukStems(lemma: string): string[] {
  const word = normaliseWord(lemma);
  const stems = new Set([foldCyrillic(stem(word, 'uk'))]);
  for (const [ending, forms] of UK_ENDINGS) {
    if (!ending.test(word)) continue;
    const base = word.replace(ending, '');
    if (base.length < 3) break;
    for (const f of forms) stems.add(foldCyrillic(stem(base + f, 'uk')));
    break;
  }
  return [...stems];
}

/** uk stem → candidate ru keys with a rank (lower = preferred: frequent CSV words first, then dictionary order). */
const ukCandidates = new Map<string, Map<string, number>>();
const enCandidates = new Map<string, Map<string, number>>();

function add(target: Map<string, Map<string, number>>, from: string, to: string, rank: number): void {
  if (!from || !to) return;
  let cands = target.get(from);
  if (!cands) {
    cands = new Map();
    target.set(from, cands);
  }
  const prev = cands.get(to);
  if (prev === undefined || rank < prev) cands.set(to, rank);
}

// Frequency list: rank, frequency, ru, pos, uk, pl, lv, en.
const csv = readFileSync(resolve(SOURCE_DIR, 'ru-uk-pl-lv-en.csv'), 'utf8');
for (const line of csv.split('\n')) {
  const cols = line.split(',');
  const [rankText, , ru, , uk, , , en] = cols;
  const rank = Number(rankText);
  if (!ru || !Number.isFinite(rank) || !SINGLE_WORD.test(ru)) continue;
  const key = ruKey(ru);
  if (uk && SINGLE_WORD.test(uk)) for (const s of ukStems(uk)) add(ukCandidates, s, key, rank);
  const english = en?.trim().toLowerCase();
  if (english && /^[a-z]+$/.test(english)) {
    // Prefer a Russian cognate of the English word (`leader` → `лидер`, not `вождь`).
    const cognate = skeleton(english).slice(0, 3) === skeleton(key).slice(0, 3);
    add(enCandidates, stem(english, 'en'), key, cognate ? rank - 10_000 : rank);
  }
}

// Bilingual dictionary entries: <e><p><l>ru<s …/></l><r>uk<s …/></r></p></e>; multi-word entries skipped.
const dix = readFileSync(resolve(SOURCE_DIR, 'apertium-rus-ukr.rus-ukr.dix'), 'utf8');
const ENTRY = /<e(?: [^>]*)?><p><l>([^<]*)(<[\s\S]*?)<\/l>\s*<r>([^<]*)(<[\s\S]*?)<\/r><\/p><\/e>/g;
let order = 0;
for (const m of dix.matchAll(ENTRY)) {
  const [, ru = '', ruTags = '', uk = '', ukTags = ''] = m;
  if (!ru || !uk || /<b\/>|<g>/.test(ruTags + ukTags)) continue;
  if (!SINGLE_WORD.test(ru) || !SINGLE_WORD.test(uk)) continue;
  const key = ruKey(ru);
  for (const s of ukStems(uk)) add(ukCandidates, s, key, 10_000 + order);
  order++;
}

function choose(cands: Map<string, Map<string, number>>, identityWins: boolean): [string, string][] {
  const out: [string, string][] = [];
  for (const [from, keys] of cands) {
    // A uk stem that already folds to one of its Russian translations needs no entry.
    if (identityWins && keys.has(from)) continue;
    let best = '';
    let bestRank = Number.POSITIVE_INFINITY;
    for (const [key, rank] of keys) {
      if (rank < bestRank) {
        best = key;
        bestRank = rank;
      }
    }
    if (best && best !== from) out.push([from, best]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const source = readFileSync(resolve(SOURCE_DIR, 'SOURCE.md'), 'utf8').match(/commit ([0-9a-f]{40})/)?.[1] ?? 'unknown';
/** Groups stems by key: `key>stem,stem|key>stem`, so a key shared by a lemma's case forms is written once. */
function pack(pairs: [string, string][]): string {
  const byKey = new Map<string, string[]>();
  for (const [stemmed, key] of pairs) byKey.set(key, [...(byKey.get(key) ?? []), stemmed]);
  return [...byKey.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, stems]) => `${key}>${stems.join(',')}`)
    .join('|');
}
const ukPairs = choose(ukCandidates, true);
const enPairs = choose(enCandidates, false);
const file: LexiconFile = {
  version: 1,
  source: `apertium/apertium-rus-ukr@${source} (GNU GPL v2, see LICENSE)`,
  uk: pack(ukPairs),
  en: pack(enPairs),
};
const json = JSON.stringify(file);
writeFileSync(OUT, json);
console.log(
  `wrote ${OUT}: ${ukPairs.length} uk + ${enPairs.length} en entries, ${Buffer.byteLength(json)} bytes raw, ${gzipSync(json).length} bytes gzipped`,
);
