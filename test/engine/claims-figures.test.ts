import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import { nounKey } from '../../lib/claims/figures';
import { sameQuantity } from '../../lib/matching/figure-compatibility';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { allSeedArticles, seedArticle } from '../support/seeds';

const lexicon = loadLexiconFromDisk();
const claimsOf = (seed: string): Claim[] => analyze(seedArticle(seed), lexicon);
const figuresOf = (seed: string) => claimsOf(seed).flatMap((c) => c.figures);
const datesOf = (seed: string) => claimsOf(seed).flatMap((c) => c.dates);
const leader = nounKey('лидеров', 'ru', lexicon);

describe('figures and dates of the seeds', () => {
  it('seed 002: 27 leaders, 35 delegations, >30 states, ~4 years', () => {
    const figures = figuresOf('002').map((f) => ({
      value: f.value,
      qualifier: f.qualifier,
      noun: f.noun,
      text: f.text,
    }));
    expect(figures).toContainEqual({ value: 27, qualifier: 'more', noun: leader, text: 'более 27 мировых лидеров' });
    expect(figures).toContainEqual({
      value: 35,
      qualifier: 'exact',
      noun: nounKey('делегациям', 'ru', lexicon),
      text: '35 приглашенным делегациям',
    });
    expect(figures).toContainEqual({
      value: 30,
      qualifier: 'more',
      noun: nounKey('государств', 'ru', lexicon),
      text: 'более 30 государств',
    });
    expect(figures).toContainEqual({ value: 4, qualifier: 'almost', noun: 'year', text: 'почти четыре года' });
  });

  it('seed 002: late December 2026 and 3 January, with no date read as a figure', () => {
    const dates = datesOf('002');
    expect(dates).toContainEqual(expect.objectContaining({ value: '2026-12', part: 'end', relative: false }));
    expect(dates).toContainEqual(expect.objectContaining({ value: '2026-01-03', text: '3 января' }));
    expect(dates).toContainEqual(expect.objectContaining({ value: '2026-01-06', text: '6 января' }));
    expect(figuresOf('002').map((f) => f.value)).not.toContain(2026);
    expect(figuresOf('002').map((f) => f.value)).not.toContain(3);
  });

  it('seed 001: security guarantees for 15 years against 50', () => {
    const figures = figuresOf('001').map((f) => `${f.value} ${f.noun}`);
    expect(figures).toEqual(expect.arrayContaining(['15 year', '50 year']));
  });

  it('seed 003: more than 27 leaders, counting what seed 002 counts', () => {
    const f = figuresOf('003').find((x) => x.value === 27);
    const g = figuresOf('002').find((x) => x.value === 27);
    expect(f).toMatchObject({ qualifier: 'more', text: 'понад 27 лідерів' });
    expect(f && g && sameQuantity(f, g)).toBe(true);
  });

  it('resolves relative dates against the publication day', () => {
    expect(datesOf('001')).toContainEqual(
      expect.objectContaining({ value: '2026-01-06', text: 'сегодня', relative: true }),
    );
    expect(datesOf('003')).toContainEqual(expect.objectContaining({ value: '2026-01-06', relative: true }));
    expect(datesOf('003')).toContainEqual(expect.objectContaining({ value: '2026-01-05', text: 'Напередодні' }));
  });

  it('never turns the coalition names (желающих, решительных, охочих) into figures', () => {
    const figures = allSeedArticles().flatMap((a) => analyze(a, lexicon).flatMap((c) => c.figures));
    const names = /коалиц|коаліц|желающ|решительн|охоч/i;
    expect(figures.filter((f) => names.test(f.text) || names.test(f.noun))).toEqual([]);
    // Every figure comes from a number actually written in the text.
    for (const f of figures) expect(f.text).toMatch(/\d|[а-яіїєa-z]{3,}/i);
  });
});
