import { LANGUAGE_PACKS, tableOfEveryPack } from '../languages';

/**
 * A consonant skeleton shared by Cyrillic and Latin spellings of a name, so that `Виткофф`, `Уиткофф`,
 * `Віткофф` and `Witkoff` meet (`vtkv`). Vowels are dropped and consonants merged into classes that
 * transcription between the scripts confuses (v/f/w, g/h/х, s/z/ц, ш/ж), then doubles collapse.
 */

// Every language pack's consonant classes (lib/languages/<code>/language.json, `skeleton`): letters, then the
// digraphs read before them (`дж`, `sh`; `ce`/`ci`/`cy` for the soft c), and the word starts read as a W.
const LETTERS = tableOfEveryPack((p) => p.skeleton.letters);
const DIGRAPHS = tableOfEveryPack((p) => p.skeleton.digraphs);
const INITIAL_W: readonly string[] = LANGUAGE_PACKS.flatMap((p) => p.skeleton.initialW);

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
  const push = (classes: string): void => {
    for (const c of classes) if (out.charAt(out.length - 1) !== c) out += c;
  };
  // Russian/Ukrainian spell an initial English W as `уи`/`уо`/`уэ` (Уиткофф, Уолтер).
  let i = INITIAL_W.some((start) => word.startsWith(start)) ? 1 : 0;
  if (i === 1) push('v');
  for (; i < word.length; i++) {
    const c = word.charAt(i);
    const di = DIGRAPHS[c + word.charAt(i + 1)];
    if (di !== undefined) {
      push(di);
      i++;
      continue;
    }
    const letter = LETTERS[c];
    if (letter !== undefined) push(letter);
  }
  return out;
}
