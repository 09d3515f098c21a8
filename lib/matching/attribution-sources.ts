import type { Attribution, AttributionLink, BodyName, Claim } from '../claims/claim';

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

/**
 * Every named source a claim is credited to over its whole chains, by key: `РБК-Украина → Reuters` shares
 * `reuters` with a bare `Reuters`, so it reads as corroboration, not conflict.
 */
export function namedSources(claim: Claim, outlet: string): Map<string, AttributionLink> {
  const sources = new Map<string, AttributionLink>();
  for (const a of claim.attributions) {
    if (a.links && a.links.length > 0) {
      for (const l of namedLinks(a, outlet)) if (!sources.has(l.key)) sources.set(l.key, l);
      continue;
    }
    const last = a.chain[a.chain.length - 1] ?? '';
    if (!ANONYMOUS_KEYS.has(a.source) && !isSelf(last, outlet)) {
      sources.set(a.source, { text: last, key: a.source, kind: 'org' });
    }
  }
  return sources;
}

// Anonymous speakers who may be any official: the one another outlet names may be the very one.
const OFFICIAL_KEYS = new Set(['officials', 'authorities', 'representatives']);

/**
 * The named sources a claim is compared by where both claims are at one level (see sourceLevel): all of
 * them, except that an outlet relaying unnamed officials (`TASS → emergency services`, `Reuters →
 * authorities`) is no rival to the official another outlet names, who may be the same. An outlet's own
 * sources (`SHOT із посиланням на свої джерела`) stand behind the outlet alone, so it still is.
 */
export function rivalSources(
  claim: Claim,
  outlet: string,
  level: 'speaker' | 'outlet' | null,
): Map<string, AttributionLink> {
  const sources = namedSources(claim, outlet);
  if (level !== 'speaker') return sources;
  const official = claim.attributions.some((a) =>
    (a.links ?? []).some((l) => l.kind === 'role' && l.key.split('+').some((k) => OFFICIAL_KEYS.has(k))),
  );
  return official ? new Map([...sources].filter(([, l]) => l.kind !== 'media')) : sources;
}

/** Whether two named sources are one, two, or cannot be told apart from how they are written. */
export type SourceRelation = 'same' | 'distinct' | 'unsure';

/**
 * Whether two keys name one source: equal, or one body's name written longer (`следствен комитет` and
 * `следствен комитет страни-агрессор`, `Следственный комитет` and `Следственный комитет страны-агрессора`):
 * the shorter key's words, two at least, begin the longer one's.
 */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.includes(' ') && long.startsWith(`${short} `);
}

/**
 * Two bodies by their names word by word (see readBodyName). An acronym is its full name's initials
 * (`СК РФ`, `Слідчому комітеті Російської Федерації`) in one script; across scripts (`SBU`, `СБУ`,
 * `Security Service of Ukraine`) its letters tell nothing but how many words it stands for. Two names
 * are one body when the words of the shorter, but for one, each share a concept with a word of the other
 * (`Investigative Committee`, `Слідчому комітеті`); they are two only when every word is known to a
 * dictionary: a word none has (`Следственный`) may be the very word the other name translates.
 */
function bodyRelation(a: BodyName, b: BodyName): SourceRelation {
  if (a.acronym || b.acronym) {
    if (a.script === b.script) return a.initials === b.initials ? 'same' : 'distinct';
    // Across scripts an acronym may stand for any name of as many words.
    const words = (x: BodyName): number => (x.acronym ? x.initials.length : x.senses.length);
    return words(a) === words(b) ? 'unsure' : 'distinct';
  }
  const [short, long] = a.senses.length <= b.senses.length ? [a.senses, b.senses] : [b.senses, a.senses];
  if (short.length === 0) return 'unsure';
  const shares = (word: readonly string[]): boolean => long.some((other) => word.some((c) => other.includes(c)));
  const matched = short.filter(shares).length;
  if (matched >= Math.min(2, short.length) && matched >= short.length - 1) return 'same';
  return [...short, ...long].some((word) => word.length === 0) ? 'unsure' : 'distinct';
}

function linkRelation(a: AttributionLink, b: AttributionLink): SourceRelation {
  if (sameKey(a.key, b.key)) return 'same';
  if (a.kind === 'org' && b.kind === 'org' && a.body && b.body) return bodyRelation(a.body, b.body);
  return 'distinct';
}

/**
 * How two claims' named sources (see namedSources) stand: `same` when they have a source in common,
 * `distinct` when every pair is surely two sources, else `unsure`: only `distinct` is a difference.
 */
export function sourceRelation(
  here: ReadonlyMap<string, AttributionLink>,
  there: ReadonlyMap<string, AttributionLink>,
): SourceRelation {
  let relation: SourceRelation = 'distinct';
  for (const a of here.values()) {
    for (const b of there.values()) {
      const r = linkRelation(a, b);
      if (r === 'same') return 'same';
      if (r === 'unsure') relation = 'unsure';
    }
  }
  return relation;
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
 * The phrase of the attribution that names one of `keys` (a set, or the map namedSources gives), with its
 * offsets in the article (start -1 when only the chain is known), for showing a conflict in the writer's
 * words.
 */
export function sourceSpan(
  claim: Claim,
  keys: Pick<ReadonlySet<string>, 'has'>,
): { text: string; start: number; end: number } {
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
