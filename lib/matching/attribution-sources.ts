import type { Attribution, AttributionLink, Claim } from '../claims/claim';

// Anonymous sources and documents (`источники`, `officials`, `note`) name nobody and never conflict.
const ANONYMOUS_KINDS = new Set(['role', 'document']);
const ANONYMOUS_KEYS = new Set(['', 'media', 'anaphor', 'pronoun', 'sources', 'officials', 'diplomats', 'note']);

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a link names the article's own outlet (`пише УНН` in an УНН article): an outlet reporting
 * its own story is not a source, so it neither corroborates nor conflicts with another outlet's.
 */
function isSelf(text: string, outlet: string): boolean {
  const a = letters(text);
  const b = letters(outlet);
  return a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a));
}

function namedLinks(attribution: Attribution, outlet: string): AttributionLink[] {
  return (attribution.links ?? []).filter(
    (l) => !ANONYMOUS_KINDS.has(l.kind) && !ANONYMOUS_KEYS.has(l.key) && !isSelf(l.text, outlet),
  );
}

function namedKeys(attribution: Attribution, outlet: string): string[] {
  if (attribution.links && attribution.links.length > 0) return namedLinks(attribution, outlet).map((l) => l.key);
  const last = attribution.chain[attribution.chain.length - 1] ?? '';
  return ANONYMOUS_KEYS.has(attribution.source) || isSelf(last, outlet) ? [] : [attribution.source];
}

/**
 * Keys of every named source a claim is credited to, over the whole chain: `РБК-Украина → Reuters`
 * shares `reuters` with a bare `Reuters`, so it reads as corroboration, not conflict.
 */
export function namedSources(claim: Claim, outlet: string): Set<string> {
  const keys = new Set<string>();
  for (const a of claim.attributions) for (const key of namedKeys(a, outlet)) keys.add(key);
  return keys;
}

/**
 * Whether two keys name one source: equal, or one body's name written longer (`следствен комитет` and
 * `следствен комитет страни-агрессор`, `Следственный комитет` and `Следственный комитет страны-агрессора`):
 * the shorter key's words, two at least, begin the longer one's.
 */
function sameSource(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.includes(' ') && long.startsWith(`${short} `);
}

/** Whether the two sets of source keys (see namedSources) have a source in common. */
export function sharesSource(here: ReadonlySet<string>, there: ReadonlySet<string>): boolean {
  for (const a of here) for (const b of there) if (sameSource(a, b)) return true;
  return false;
}

/**
 * Who stands at the far end of a claim's chains: `speaker` when someone besides an outlet spoke (a named
 * person or body, or anonymous officials or sources), `outlet` when outlets alone carry the claim (a
 * document it quotes, `говорится в сообщении`, may be the outlet's own report, so it decides nothing). An outlet relaying a claim and someone making it are not rival sources, since
 * the outlet may be relaying that very speaker; two outlets, or two speakers, with nothing in common
 * are. `null` when the claim names no source.
 */
export function sourceLevel(claim: Claim, outlet: string): 'speaker' | 'outlet' | null {
  let level: 'speaker' | 'outlet' | null = null;
  for (const a of claim.attributions) {
    for (const l of a.links ?? []) {
      if (isSelf(l.text, outlet)) continue;
      if (l.kind === 'person' || l.kind === 'org') return 'speaker';
      if (l.kind === 'role' && l.key !== 'media' && l.key !== 'anaphor' && l.key !== 'pronoun') return 'speaker';
      if (l.kind === 'media') level = 'outlet';
    }
  }
  return level;
}

/** Source chains of a claim as a reader would write them (`РБК-Украина → Reuters`). */
export function sourceChains(claim: Claim): string[] {
  return [...new Set(claim.attributions.map((a) => a.chain.join(' → ')).filter(Boolean))];
}

/** The links of each chain of a claim, in order from the citing outlet to the original source. */
export function sourceChainLinks(claim: Claim): string[][] {
  return claim.attributions.map((a) => a.chain).filter((c) => c.length > 0);
}

/**
 * The phrase of the attribution that names one of `keys`, with its offsets in the article (start -1 when
 * only the chain is known), for showing a conflict in the writer's words.
 */
export function sourceSpan(claim: Claim, keys: ReadonlySet<string>): { text: string; start: number; end: number } {
  for (const a of claim.attributions) {
    const link = a.links?.find((l) => keys.has(l.key));
    if (link) {
      const at = a.inherited ? -1 : a.start + Math.max(0, a.text.indexOf(link.text));
      const found = at >= 0 && a.text.includes(link.text);
      return { text: link.text, start: found ? at : -1, end: found ? at + link.text.length : -1 };
    }
    if (keys.has(a.source)) return { text: a.chain[a.chain.length - 1] ?? a.text, start: -1, end: -1 };
  }
  const first = claim.attributions[0];
  return { text: first?.text ?? '', start: -1, end: -1 };
}
