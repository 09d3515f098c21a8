import { foldCyrillic } from '../text/normalise';
import { stem } from '../text/stem';
import { type Token, tokenize } from '../text/tokenize';
import KNOWN_NAMES from './known-names.json';

export type KnownKind = 'media' | 'org' | 'place';

export interface KnownName {
  key: string;
  kind: KnownKind;
}

// The names themselves are data, with their sources: known-names.json.
/** Folded stem variants of a token as the analyser may see it (Cyrillic stemmed as ru and as uk). */
export function tokenStems(token: Token): string[] {
  if (token.script === 'latin') return [stem(token.norm, 'en')];
  if (token.script === 'cyrillic') {
    const ru = foldCyrillic(stem(token.norm, 'ru'));
    const uk = foldCyrillic(stem(token.norm, 'uk'));
    return ru === uk ? [ru] : [ru, uk];
  }
  return [token.norm];
}

// Case endings to pre-stem with each Cyrillic alias, because stemmers cut short names unevenly
// (`Киев` → `ки` but `Киева` → `киев`).
const FEMININE_ENDINGS = ['а', 'я', 'и', 'ы', 'і', 'ї', 'е', 'у', 'ю', 'ой', 'ою', 'ей', 'єю'];
const MASCULINE_ENDINGS = ['', 'а', 'у', 'е', 'і', 'ом', 'ем', 'ові', 'я', 'ю', 'ы', 'и'];

function inflections(token: Token): Token[] {
  if (token.script !== 'cyrillic' || token.norm.includes('-') || token.acronym) return [token];
  const feminine = /[ая]$/.test(token.norm);
  const base = feminine ? token.norm.slice(0, -1) : token.norm;
  const endings = feminine ? FEMININE_ENDINGS : MASCULINE_ENDINGS;
  return [token, ...endings.map((e) => ({ ...token, norm: base + e }))];
}

const INDEX = new Map<string, KnownName>();
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
      for (const v of variants) if (!INDEX.has(v)) INDEX.set(v, { key, kind });
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
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    const first = tokens[i] as Token;
    if (!first.capitalised) return null;
    let key = '';
    for (let k = 0; k < n; k++) key += (k ? ' ' : '') + stemOf(tokens[i + k] as Token);
    const hit = INDEX.get(key);
    if (hit) return [hit, n];
  }
  return null;
}
