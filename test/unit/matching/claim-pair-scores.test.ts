import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { ALIGN_CONFIG } from '../../../lib/matching/align-config';
import { scoreClaimPairs } from '../../../lib/matching/claim-pair-scores';
import { figure, makeClaim } from './make-claim';

const flat = { idf: () => 1 };
const claim = (lang: string, terms: string[], senses?: string[]): Claim =>
  makeClaim({ index: 0, lang, text: terms.join(' '), terms, senses });
const score = (a: Claim, b: Claim, further = 0.5): number => scoreClaimPairs([a], [b], flat, further)[0]?.score ?? 0;

describe('scoreClaimPairs with further senses', () => {
  const english = claim('en', ['@plane', '@crash', '@belgorod', '@flight']);
  it('lets a Russian word meet an English one through its second sense (`крушение`: smash, crash), at less than a first sense', () => {
    const first = score(claim('ru', ['самолет', '@plane', 'крушен', '@crash', 'белгород', '@belgorod']), english);
    const without = score(claim('ru', ['самолет', '@plane', 'крушен', '@smash', 'белгород', '@belgorod']), english);
    const further = score(
      claim('ru', ['самолет', '@plane', 'крушен', '@smash', 'белгород', '@belgorod'], ['@crash', '@ruin']),
      english,
    );
    expect(further).toBeGreaterThan(without);
    expect(further).toBeLessThan(first);
  });

  it('reads no further sense when asked for none, as when the evidence for one story is weighed', () => {
    const ru = claim('ru', ['самолет', '@plane', 'крушен', '@smash', 'белгород', '@belgorod'], ['@crash', '@ruin']);
    const bare = claim('ru', ['самолет', '@plane', 'крушен', '@smash', 'белгород', '@belgorod']);
    expect(score(ru, english, 0)).toBe(score(bare, english, 0));
    expect(scoreClaimPairs([ru], [english], flat, 0)[0]?.units).toBe(
      scoreClaimPairs([bare], [english], flat, 0)[0]?.units,
    );
  });

  it('never reads further senses between a Russian and a Ukrainian claim, which meet by their own words', () => {
    const a = claim('ru', ['самолет', '@plane', 'крушен', '@smash'], ['@crash']);
    const b = claim('uk', ['авар', '@crash', 'літак', '@plane'], ['@accident']);
    const bare = claim('ru', ['самолет', '@plane', 'крушен', '@smash']);
    expect(score(a, b)).toBe(score(bare, b));
  });

  it('weighs a key by the statements that use it as a term: further senses elsewhere do not make it the story’s own word', () => {
    const others = (senses?: string[]): Claim[] =>
      ['b', 'c', 'd', 'e'].map((w, i) =>
        makeClaim({ index: i + 1, lang: 'ru', text: w, terms: [`${w}1`, `${w}2`, `${w}3`], senses }),
      );
    const here = (senses?: string[]) => [claim('ru', ['крушен', '@crash', 'самолет', '@plane']), ...others(senses)];
    const there = [claim('en', ['@crash', '@plane', '@belgorod'])];
    const first = (claims: Claim[]) => scoreClaimPairs(claims, there, flat, 0).find((p) => p.here === 0)?.score;
    expect(first(here(['@crash']))).toBe(first(here()));
  });
});

describe('scoreClaimPairs with synonyms of one language', () => {
  // `наблюдение` keeps monitor as a further sense; `мониторинг` has it first.
  const watching = claim('ru', ['сша', 'готов', 'помоч', 'наблюден', '@observ', 'разведк', '@intellig'], ['@monitor']);
  const monitoring = (lang: string, sole: string[] = ['@monitor']) =>
    makeClaim({
      lang,
      text: 'мониторинг',
      terms: ['сша', 'предост', 'разведк', '@intellig', 'мониторинг', '@monitor', 'мир', '@peac'],
      sole,
    });
  it('lets two words of different stems meet where one’s further sense is the other’s only concept, once the story is known', () => {
    const bare = claim('ru', ['сша', 'готов', 'помоч', 'наблюден', '@observ', 'разведк', '@intellig']);
    expect(score(watching, monitoring('ru'))).toBeGreaterThan(score(bare, monitoring('ru')));
    expect(score(watching, monitoring('ru'), 0)).toBe(score(bare, monitoring('ru'), 0));
  });

  it('never where the other word has several senses (`время`: date first; `встреча` … date)', () => {
    const bare = claim('ru', ['сша', 'готов', 'помоч', 'наблюден', '@observ', 'разведк', '@intellig']);
    expect(score(watching, monitoring('ru', []))).toBe(score(bare, monitoring('ru', [])));
  });

  it('never between Russian and Ukrainian, whose words the ru↔uk bridge meets', () => {
    const bare = claim('ru', ['сша', 'готов', 'помоч', 'наблюден', '@observ', 'разведк', '@intellig']);
    expect(score(watching, monitoring('uk'))).toBe(score(bare, monitoring('uk')));
  });
});

describe('scoreClaimPairs with an English word’s second concept', () => {
  const russian = claim('ru', ['обмен', '@exchang', 'плен', '@captiv', 'сегодн', '@todai', 'сорва', '@fail']);
  const english = (alternates?: string[]): Claim =>
    makeClaim({
      lang: 'en',
      text: 'a prisoner exchange did not take place today',
      terms: ['@prison', '@dungeon', '@exchang', '@deceiv', '@take', '@place', '@todai'],
      alternates,
    });
  it('counts it where it meets, not in the claim’s length, once the story is known', () => {
    const apart = score(english(['@dungeon', '@deceiv', '@place']), russian);
    expect(apart).toBeGreaterThan(score(english(), russian));
    expect(score(english(['@dungeon', '@deceiv', '@place']), russian, 0)).toBe(score(english(), russian, 0));
  });
});

describe('scoreClaimPairs on values', () => {
  const turnout = (lang: string, value: number, text: string): Claim =>
    makeClaim({
      lang,
      text,
      terms: ['явк', '@turnout', `${lang}1`, `${lang}2`, `${lang}3`, `${lang}4`],
      figures: [figure(value, '@person', text)],
    });
  it('takes a value and its rounding to three or more digits for one figure (`1 562 284` and `понад 1 млн 560 тис.`)', () => {
    const exact = turnout('ru', 1_562_284, '1 562 284 человека');
    const rounded = score(exact, turnout('uk', 1_560_000, '1 млн 560 тис.'));
    const other = score(exact, turnout('uk', 1_490_000, '1 млн 490 тис.'));
    expect(rounded).toBeGreaterThan(other);
    // Two round numbers say nothing of the kind: 1 500 000 is every other estimate.
    expect(score(turnout('ru', 1_500_000, '1,5 млн'), turnout('uk', 1_500_000, '1,5 млн'))).toBe(
      score(turnout('ru', 1_500_000, '1,5 млн'), turnout('uk', 1_700_000, '1,7 млн')),
    );
  });

  it('takes two close values of one quantity for one figure counted at two moments (`41.91%` / `41,84%`), not two far ones', () => {
    const share = (lang: string, value: number, text: string): Claim =>
      makeClaim({
        lang,
        text,
        terms: ['@vote', `${lang}1`, `${lang}2`, `${lang}3`, `${lang}4`],
        figures: [figure(value, '%', text)],
      });
    const here = share('en', 41.91, '41.91 percent');
    expect(score(here, share('uk', 41.84, '41,84%'))).toBeGreaterThan(score(here, share('uk', 44.6, '44,6%')));
    // Two values written with fewer digits say less: 42% and 42.1% are no evidence.
    expect(score(share('en', 42, '42%'), share('uk', 42.1, '42,1%'))).toBe(
      score(share('en', 42, '42%'), share('uk', 44.6, '44,6%')),
    );
  });

  const toll = (lang: string, value: number, role: string, noun: string, words: string[]): Claim =>
    makeClaim({
      lang,
      text: `${value} ${noun}`,
      terms: words,
      figures: [{ ...figure(value, noun, String(value)), role }],
    });
  it('pairs a Russian and a Ukrainian claim giving one distinctive value at the threshold between the two languages', () => {
    const here = toll('ru', 2719, 'bodies', '@bodi', ['обнаруж', 'тел', 'момент']);
    const there = toll('uk', 2719, 'dead', '@person', ['кількіст', 'загибл', 'землетрус']);
    expect(score(here, there)).toBeGreaterThanOrEqual(ALIGN_CONFIG.sameClaimCrossLanguage);
    expect(score(here, toll('uk', 2056, 'dead', '@person', ['кількіст', 'загибл', 'землетрус']))).toBe(0);
  });

  it('counts a toll’s value in one language as a distinctive value, and a value of two fates as a figure only', () => {
    const here = toll('ru', 2719, 'dead', '@person', ['числ', 'жертв', 'мьянм', 'достиг']);
    const dead = score(here, toll('ru', 2719, 'bodies', '@bodi', ['обнаруж', 'тел', 'мьянм', 'момент']));
    const injured = score(here, toll('ru', 2719, 'injured', '@person', ['обнаруж', 'ранен', 'мьянм', 'момент']));
    expect(dead).toBeGreaterThan(injured);
  });
});
