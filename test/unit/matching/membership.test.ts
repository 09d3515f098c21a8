import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { membershipOf, sameGroupListed } from '../../../lib/matching/membership';
import { makeClaim } from './make-claim';

/** A claim whose listed places are the given names, found in its text. */
const listing = (text: string, lang: string, ...places: string[]): Claim =>
  makeClaim({
    text,
    lang,
    entities: places.map((name) => {
      const start = text.indexOf(name);
      return { key: name.toLowerCase(), text: name, kind: 'place' as const, start, end: start + name.length };
    }),
  });

describe('membership lists', () => {
  it('reads the group before the verb, not the relative word, and the members after it', () => {
    const m = membershipOf(
      listing('С планами "коалиции желающих", в которую входят страны ЕС и Канада.', 'ru', 'ЕС', 'Канада'),
    );
    expect(m?.group).toEqual(['коалиц', 'жела']);
    expect(m?.members.map((e) => e.text)).toEqual(['ЕС', 'Канада']);
    expect(m?.partial).toBe(false);
    expect(membershipOf(listing('Коалиция провела встречу в Париже.', 'ru'))).toBeNull();
  });

  it('tells lists of one group (in Russian and Ukrainian) from lists of another', () => {
    const ru = listing('"коалиции желающих", в которую входят страны ЕС и Канада.', 'ru', 'ЕС', 'Канада');
    const ruOther = listing('В коалицию входят более 30 государств, в том числе США.', 'ru', 'США');
    const uk = listing('До коаліції входять понад 30 держав, зокрема США.', 'uk', 'США');
    const nato = listing('В альянс НАТО входят 32 государства, в том числе США.', 'ru', 'США');
    expect(sameGroupListed(ru, ruOther)).toBe(true);
    expect(sameGroupListed(ru, uk)).toBe(true);
    expect(sameGroupListed(ruOther, nato)).toBe(false);
  });
});
