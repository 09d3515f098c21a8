import type { Claim, Entity } from '../claims/claim';
import { foldedStem } from '../claims/lexicon';
import { isLanguageCode, LANGUAGE_PACKS, wordsOfEveryPack } from '../languages';
import { alternation } from '../languages/word-patterns';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { prefixLetters, groupWords, minGroupWord } = MATCHER_TUNABLES.claimScores;

/**
 * Who a claim says belongs to a group: `коалиции желающих, в которую входят страны ЕС и Канада`, `В коалицию
 * входят более 30 государств, в том числе … США`, `The alliance includes France and Poland`.
 */
export interface Membership {
  /** Folded stems of the words right before the membership verb: the group (`коалиц`, `жела`). */
  group: readonly string[];
  /** The places and bodies listed after the verb. */
  members: readonly Entity[];
  /** The list says it is partial (`в том числе`, `including`), so it excludes no one. */
  partial: boolean;
  /** Article offsets of the list. */
  start: number;
  end: number;
}

// Every language pack's membership words (lib/languages/<code>/entities.json).
const bounded = (phrases: readonly string[]): RegExp =>
  new RegExp(String.raw`(?<!\p{L})${alternation(phrases)}(?!\p{L})`, 'iu');
const MEMBERSHIP = bounded(LANGUAGE_PACKS.flatMap((p) => p.entities.membership));
const PARTIAL = bounded(LANGUAGE_PACKS.flatMap((p) => p.entities.partialList));
// The list ends at the clause after it (`…, которые обсуждают`), never reaching the next claim.
const LIST_END = new RegExp(
  String.raw`,\s*${alternation(wordsOfEveryPack((p) => p.entities.listEndStems))}|[.;:!?]`,
  'iu',
);
const WORDS = /\p{L}[\p{L}'-]*/gu;
// Relative words (`которую`, `which`) name no group.
const RELATIVE = new RegExp(`^${alternation(wordsOfEveryPack((p) => p.entities.listEndStems))}`, 'iu');

const cache = new WeakMap<Claim, Membership | null>();

/** The group and members a claim lists after a membership verb, or null when it lists none. */
export function membershipOf(claim: Claim): Membership | null {
  const hit = cache.get(claim);
  if (hit !== undefined) return hit;
  const found = readMembership(claim);
  cache.set(claim, found);
  return found;
}

function readMembership(claim: Claim): Membership | null {
  const verb = MEMBERSHIP.exec(claim.text);
  if (!verb) return null;
  const after = claim.text.slice(verb.index + verb[0].length);
  const end = LIST_END.exec(after);
  const listText = end ? after.slice(0, end.index) : after;
  const from = claim.start + verb.index + verb[0].length;
  const to = from + listText.length;
  const members = claim.entities.filter(
    (e) => (e.kind === 'place' || e.kind === 'org') && e.start >= from && e.end <= to,
  );
  if (members.length === 0) return null;
  const lang = isLanguageCode(claim.lang) ? claim.lang : null;
  const before = claim.text.slice(0, verb.index).match(WORDS) ?? [];
  const group = lang
    ? before
        .slice(-groupWords)
        .filter((w) => w.length >= minGroupWord && !RELATIVE.test(w))
        .map((w) => foldedStem(w.toLowerCase(), lang))
    : [];
  return { group, members, partial: PARTIAL.test(listText), start: from, end: to };
}

/**
 * Whether two claims list the members of one group: a word before each membership verb in common, at the
 * first letters that join a word's Russian and Ukrainian forms (`коалиц`).
 */
export function sameGroupListed(a: Claim, b: Claim): boolean {
  const x = membershipOf(a);
  const y = membershipOf(b);
  if (!x || !y) return false;
  const prefixes = (group: readonly string[]): string[] =>
    group.filter((s) => s.length >= prefixLetters).map((s) => s.slice(0, prefixLetters));
  const theirs = new Set(prefixes(y.group));
  return prefixes(x.group).some((p) => theirs.has(p));
}
