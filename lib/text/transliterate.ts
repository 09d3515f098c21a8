/**
 * A consonant skeleton shared by Cyrillic and Latin spellings of a name, so that `Виткофф`, `Уиткофф`,
 * `Віткофф` and `Witkoff` meet (`vtkv`). Vowels are dropped and consonants merged into classes that
 * transcription between the scripts confuses (v/f/w, g/h/х, s/z/ц, ш/ж), then doubles collapse.
 */

const CYR: Record<string, string> = {
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ж: 'x',
  з: 's',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'v',
  х: 'g',
  ц: 's',
  ч: 'c',
  ш: 'x',
  щ: 'x',
};

const LAT: Record<string, string> = {
  b: 'b',
  d: 'd',
  f: 'v',
  g: 'g',
  h: 'g',
  j: 'j',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  p: 'p',
  q: 'k',
  r: 'r',
  s: 's',
  t: 't',
  v: 'v',
  w: 'v',
  z: 's',
};

const LATIN_DIGRAPHS: Record<string, string> = {
  sh: 'x',
  zh: 'x',
  ch: 'c',
  ph: 'v',
  th: 't',
  kh: 'g',
  ts: 's',
  tz: 's',
  ck: 'k',
  wh: 'v',
  // Polish spellings English news keeps (Trzaskowski / Тшасковский, Szymon / Шимон, Czarnek / Чарнек).
  rz: 'x',
  sz: 'x',
  cz: 'c',
};

const SOFT_C = /[eiy]/;
const LATIN_LETTER = /[a-z]/;

// Names repeat across a stream of articles; memoising keeps skeletons cheap.
const MAX_CACHE = 50_000;
const cache = new Map<string, string>();

/** Expects a lower-cased word; returns its consonant-class skeleton (may be empty). */
export function skeleton(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHE) cache.clear();
  const out = computeSkeleton(word);
  cache.set(word, out);
  return out;
}

function computeSkeleton(word: string): string {
  let out = '';
  const push = (c: string): void => {
    if (out.charAt(out.length - 1) !== c) out += c;
  };
  // Russian/Ukrainian spell an initial English W as `уи`/`уо`/`уэ` (Уиткофф, Уолтер).
  let i = /^у[иіоэе]/.test(word) ? 1 : 0;
  if (i === 1) push('v');
  for (; i < word.length; i++) {
    const c = word.charAt(i);
    const next = word.charAt(i + 1);
    if (c === 'д' && next === 'ж') {
      push('j');
      i++;
      continue;
    }
    const cyr = CYR[c];
    if (cyr !== undefined) {
      push(cyr);
      continue;
    }
    if (!LATIN_LETTER.test(c)) continue;
    const di = LATIN_DIGRAPHS[c + next];
    if (di !== undefined) {
      // `sch` (German) reads as ш.
      if (c === 's' && next === 'c' && word.charAt(i + 2) === 'h') i++;
      push(di);
      i++;
      continue;
    }
    if (c === 'c') {
      push(SOFT_C.test(next) ? 's' : 'k');
      continue;
    }
    if (c === 'x') {
      push('k');
      push('s');
      continue;
    }
    const lat = LAT[c];
    if (lat !== undefined) push(lat);
  }
  return out;
}
