import type { Claim, Entity } from '../claims/claim';
import { LANGUAGE_PACKS, wordsOfEveryPack } from '../languages';
import { alternation } from '../languages/word-patterns';
import type { Difference } from './comparison';
import { type ClaimSide, claimRange, type DifferencePart, difference } from './difference-parts';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { minSharedTitle } = MATCHER_TUNABLES.differences;

/**
 * `name` differences: two outlets naming different people or parties in one role.
 *
 * - A title: the same title words before two different people (`генеральный секретарь НАТО Марк Рютте`
 *   vs `NATO Secretary General X`), when neither claim names the other's person at all.
 * - Membership: one claim lists who belongs (`в которую входят страны ЕС и Канада`), the other names a
 *   member outside that list (`более 30 государств, в том числе … США`). A list marked as partial
 *   (`в том числе`, `including`) never excludes anyone.
 */

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

function titleDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const persons = (c: Claim): Entity[] => c.entities.filter((e) => e.kind === 'person');
  const here = persons(a.claim);
  const there = persons(b.claim);
  const hereKeys = new Set(here.map((e) => e.key));
  const thereKeys = new Set(there.map((e) => e.key));
  const out: Difference[] = [];
  const used = new Set<Entity>();
  for (const x of here) {
    if (!x.title || thereKeys.has(x.key)) continue;
    for (const y of there) {
      if (!y.title || used.has(y) || hereKeys.has(y.key)) continue;
      const shared = x.title.filter((k) => y.title?.includes(k)).length;
      if (shared < minSharedTitle) continue;
      used.add(y);
      out.push(difference('name', a, b, personPart(a.claim, x), personPart(b.claim, y)));
      break;
    }
  }
  return out;
}

const personPart = (claim: Claim, e: Entity): DifferencePart => ({
  text: e.text,
  span: claimRange(claim, e.start, e.end),
  value: { names: [e.text] },
});

interface Members {
  entities: Entity[];
  partial: boolean;
  start: number;
  end: number;
}

/** The named members a claim lists after a membership verb, and whether it marks the list as partial. */
function membersOf(claim: Claim): Members | null {
  const verb = MEMBERSHIP.exec(claim.text);
  if (!verb) return null;
  const after = claim.text.slice(verb.index + verb[0].length);
  const end = LIST_END.exec(after);
  const listText = end ? after.slice(0, end.index) : after;
  const from = claim.start + verb.index + verb[0].length;
  const to = from + listText.length;
  const entities = claim.entities.filter(
    (e) => (e.kind === 'place' || e.kind === 'org') && e.start >= from && e.end <= to,
  );
  if (entities.length === 0) return null;
  return { entities, partial: PARTIAL.test(listText), start: from, end: to };
}

function membershipDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const x = membersOf(a.claim);
  const y = membersOf(b.claim);
  if (!x || !y) return [];
  const outside = (list: Members, other: Members): Entity[] =>
    other.entities.filter((e) => !list.entities.some((m) => m.key === e.key));
  const excluded = (!x.partial && outside(x, y).length > 0) || (!y.partial && outside(y, x).length > 0);
  if (!excluded) return [];
  const part = (side: ClaimSide, m: Members): DifferencePart => {
    const first = m.entities[0] as Entity;
    const last = m.entities[m.entities.length - 1] as Entity;
    // From the list's first word (`страны ЕС и Канада`, `более 30 государств, в том числе … США`).
    const lead = side.claim.text.slice(m.start - side.claim.start, first.start - side.claim.start);
    const skip = lead.length - lead.trimStart().length;
    const start = m.start + skip;
    return {
      text: side.claim.text.slice(start - side.claim.start, last.end - side.claim.start),
      span: claimRange(side.claim, start, last.end),
      value: { names: m.entities.map((e) => e.text) },
    };
  };
  return [difference('name', a, b, part(a, x), part(b, y))];
}

export function nameDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  return [...titleDifferences(a, b), ...membershipDifferences(a, b)];
}
