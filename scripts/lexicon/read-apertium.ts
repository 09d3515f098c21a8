import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuUkPair {
  ru: string;
  uk: string;
  /** Apertium part-of-speech tag of the Russian side (`n`, `vblex`, `adj`, `np`…). */
  pos: string;
}

export interface FrequentWord {
  rank: number;
  /** Occurrences per million words. */
  frequency: number;
  ru: string;
  uk: string;
  en: string;
}

const SINGLE_WORD = /^[\p{L}'’ʼ-]+$/u;
const ENTRY = /<e(?: [^>]*)?><p><l>([^<]*)(<[\s\S]*?)<\/l>\s*<r>([^<]*)(<[\s\S]*?)<\/r><\/p><\/e>/g;

/** Single-word lemma pairs of Apertium's Russian–Ukrainian bilingual dictionary. */
export function readApertiumPairs(dir: string): RuUkPair[] {
  const dix = readFileSync(join(dir, 'apertium-rus-ukr.rus-ukr.dix'), 'utf8');
  const out: RuUkPair[] = [];
  for (const m of dix.matchAll(ENTRY)) {
    const [, ru = '', ruTags = '', uk = '', ukTags = ''] = m;
    if (!ru || !uk || /<b\/>|<g>/.test(ruTags + ukTags)) continue;
    if (!SINGLE_WORD.test(ru) || !SINGLE_WORD.test(uk)) continue;
    out.push({ ru, uk, pos: ruTags.match(/<s n="([^"]+)"/)?.[1] ?? '' });
  }
  return out;
}

/** The frequency list beside it: rank, frequency, Russian, part of speech, Ukrainian, Polish, Latvian, English. */
export function readFrequentWords(dir: string): FrequentWord[] {
  const out: FrequentWord[] = [];
  for (const line of readFileSync(join(dir, 'ru-uk-pl-lv-en.csv'), 'utf8').split('\n')) {
    const [rankText, frequencyText, ru = '', , uk = '', , , en = ''] = line.split(',');
    const rank = Number(rankText);
    if (!Number.isFinite(rank) || !SINGLE_WORD.test(ru)) continue;
    // Verbs are given as infinitives (`to say`): the word is what English text stems to.
    const english = en
      .trim()
      .toLowerCase()
      .replace(/^to\s+/, '');
    out.push({ rank, frequency: Number(frequencyText) || 0, ru, uk: SINGLE_WORD.test(uk) ? uk : '', en: english });
  }
  return out;
}
