import { PACK_SCRIPTS, packsWrittenIn, words } from '../languages';
import KNOWN_NAMES from '../languages/known-names.json';
import { foldCyrillic } from '../text/normalise';
import { stem } from '../text/stem';
import { type Token, tokenize } from '../text/tokenize';

export type KnownKind = 'media' | 'org' | 'place';

export interface KnownName {
  key: string;
  kind: KnownKind;
}

// The names themselves are data, with their sources: lib/languages/known-names.json.
/**
 * Folded stem variants of a token as the analyser may see it: stemmed by every language pack written in its
 * script (a Cyrillic word as Russian and as Ukrainian), folded where the pack folds stems.
 */
export function tokenStems(token: Token): string[] {
  const packs = packsWrittenIn(token.script);
  if (packs.length === 0) return [token.norm];
  const stems = packs.map((p) => {
    const s = stem(token.norm, p.code);
    return p.foldStems ? foldCyrillic(s) : s;
  });
  return [...new Set(stems)];
}

/**
 * Case endings to pre-stem with each alias, because stemmers cut short names unevenly (`Киев` → `ки` but
 * `Киева` → `киев`): per script, every pack's (lib/languages/<code>/grammar.json), feminine for a name
 * ending in one of the feminine finals, masculine otherwise.
 */
const INFLECTIONS: ReadonlyMap<string, { feminineFinals: string[]; feminine: string[]; masculine: string[] }> = new Map(
  PACK_SCRIPTS.map((script) => {
    const packs = packsWrittenIn(script);
    const each = (list: (i: (typeof packs)[number]['grammar']['nameInflections']) => string[]): string[] => [
      ...new Set(packs.flatMap((p) => list(p.grammar.nameInflections))),
    ];
    return [
      script,
      {
        feminineFinals: each((i) => words(i.feminineFinals)),
        feminine: each((i) => i.feminine),
        masculine: each((i) => i.masculine),
      },
    ];
  }),
);

function inflections(token: Token): Token[] {
  const forms = INFLECTIONS.get(token.script);
  if (!forms || forms.feminine.length + forms.masculine.length === 0) return [token];
  if (token.norm.includes('-') || token.acronym) return [token];
  const final = forms.feminineFinals.find((f) => token.norm.endsWith(f));
  const feminine = final !== undefined;
  const base = feminine ? token.norm.slice(0, -final.length) : token.norm;
  const endings = feminine ? forms.feminine : forms.masculine;
  return [token, ...endings.map((e) => ({ ...token, norm: base + e }))];
}

const INDEX = new Map<string, KnownName>();
/** First words of the known names: most capitalised words start none, and are turned away after one lookup. */
const FIRST_WORDS = new Set<string>();
let longest = 1;

function register(table: Record<string, string[]>, kind: KnownKind): void {
  for (const [key, names] of Object.entries(table)) {
    for (const name of names) {
      const tokens = tokenize(name);
      longest = Math.max(longest, tokens.length);
      // Every combination of the words' stem variants, joined by spaces.
      let variants = [''];
      for (const t of tokens) {
        const stems = [...new Set(inflections(t).flatMap(tokenStems))];
        variants = variants.flatMap((v) => stems.map((s) => (v ? `${v} ${s}` : s)));
      }
      for (const v of variants) {
        if (!INDEX.has(v)) INDEX.set(v, { key, kind });
        FIRST_WORDS.add(v.split(' ')[0] as string);
      }
    }
  }
}
register(KNOWN_NAMES.media, 'media');
register(KNOWN_NAMES.organisations, 'org');
register(KNOWN_NAMES.places, 'place');

/** Longest known name starting at `tokens[i]`, with how many tokens it spans. */
export function matchKnownName(
  tokens: readonly Token[],
  i: number,
  stemOf: (t: Token) => string,
): [KnownName, number] | null {
  const first = tokens[i] as Token;
  if (i >= tokens.length || !first.capitalised) return null;
  const firstStem = stemOf(first);
  if (!FIRST_WORDS.has(firstStem)) return null;
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    let key = firstStem;
    for (let k = 1; k < n; k++) key += ` ${stemOf(tokens[i + k] as Token)}`;
    const hit = INDEX.get(key);
    if (hit) return [hit, n];
  }
  return null;
}
