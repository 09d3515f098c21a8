import type { Claim, Entity } from '../claims/claim';
import type { Difference } from './comparison';
import { type ClaimSide, claimRange, type DifferencePart, difference } from './difference-parts';
import { type Membership, membershipOf } from './membership';
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

function membershipDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  const x = membershipOf(a.claim);
  const y = membershipOf(b.claim);
  if (!x || !y) return [];
  const outside = (list: Membership, other: Membership): Entity[] =>
    other.members.filter((e) => !list.members.some((m) => m.key === e.key));
  const excluded = (!x.partial && outside(x, y).length > 0) || (!y.partial && outside(y, x).length > 0);
  if (!excluded) return [];
  const part = (side: ClaimSide, m: Membership): DifferencePart => {
    const first = m.members[0] as Entity;
    const last = m.members[m.members.length - 1] as Entity;
    // From the list's first word (`страны ЕС и Канада`, `более 30 государств, в том числе … США`).
    const lead = side.claim.text.slice(m.start - side.claim.start, first.start - side.claim.start);
    const skip = lead.length - lead.trimStart().length;
    const start = m.start + skip;
    return {
      text: side.claim.text.slice(start - side.claim.start, last.end - side.claim.start),
      span: claimRange(side.claim, start, last.end),
      value: { names: m.members.map((e) => e.text) },
    };
  };
  return [difference('name', a, b, part(a, x), part(b, y))];
}

export function nameDifferences(a: ClaimSide, b: ClaimSide): Difference[] {
  return [...titleDifferences(a, b), ...membershipDifferences(a, b)];
}
