import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { seedArticle } from '../support/seeds';

const lexicon = loadLexiconFromDisk();
const claimsOf = (seed: string): Claim[] => analyze(seedArticle(seed), lexicon);
const claimWith = (claims: Claim[], snippet: string): Claim => {
  const claim = claims.find((c) => c.text.includes(snippet));
  if (!claim) throw new Error(`no claim with ${snippet}`);
  return claim;
};
const keys = (c: Claim): string[] => c.attributions[0]?.links.map((l) => l.key) ?? [];

describe('attributions of the seeds', () => {
  it('seed 000: the Bloomberg report, its sources and the officials it quotes', () => {
    const claims = claimsOf('000');
    const lead = claimWith(claims, 'Как пишет Bloomberg');
    expect(keys(lead)).toEqual(['bloomberg', 'sources']);
    expect(lead.attributions[0]?.inherited).toBe(false);
    // The quotation's first sentence is credited by the cue closing it.
    const quoted = claimWith(claims, 'США также готовы помочь');
    expect(quoted.attributions[0]).toMatchObject({ source: 'bloomberg', inherited: true });
    expect(keys(claimWith(claims, 'Европейские чиновники заявили'))).toEqual(['bloomberg', 'officials']);
    expect(claimWith(claims, 'Один из них назвал').attributions[0]).toMatchObject({
      source: 'bloomberg',
      inherited: true,
    });
    expect(keys(claimWith(claims, 'сообщил один из источников'))).toEqual(['bloomberg', 'sources']);
    // Claims the text does not credit stay uncredited.
    expect(claimWith(claims, 'Пути завершения войны').attributions).toEqual([]);
  });

  it('seed 001: Bloomberg and "the agency", Politico and the French official', () => {
    const claims = claimsOf('001');
    expect(keys(claimWith(claims, 'Bloomberg со ссылкой на источники'))).toEqual(['bloomberg', 'sources']);
    expect(claimWith(claims, 'По данным агентства').attributions[0]).toMatchObject({
      source: 'bloomberg',
      inherited: true,
    });
    expect(keys(claimWith(claims, 'Politico тоже пишет'))).toEqual(['politico']);
    expect(claimWith(claims, 'пишет издание').attributions[0]).toMatchObject({ source: 'politico', inherited: true });
    const official = claimWith(claims, 'Французский чиновник заявил Politico').attributions[0];
    expect(official?.chain).toEqual(['Politico', 'Французский чиновник']);
    expect(keys(claimWith(claims, 'на 15 лет'))).toEqual(['politico', 'officials']);
  });

  it('seed 002: the lead is credited to РБК-Украина → Reuters, back from "Об этом сообщает"', () => {
    const claims = claimsOf('002');
    const note = claimWith(claims, 'Об этом сообщает');
    expect(note.reportingOnly).toBe(true);
    expect(note.attributions[0]).toMatchObject({
      chain: ['РБК-Украина', 'Reuters'],
      source: 'reuters',
      inherited: false,
    });
    const lead = claims[0];
    expect(lead?.attributions[0]).toMatchObject({ chain: ['РБК-Украина', 'Reuters'], inherited: true });
    expect(claimWith(claims, 'Как пишет издание').attributions[0]?.source).toBe('reuters');
    expect(keys(claimWith(claims, 'дипломаты сообщили'))).toEqual(['reuters', 'diplomats']);
    expect(keys(claimWith(claims, 'Согласно ноте'))).toEqual(['reuters', 'note']);
  });

  it('seed 003: УНН → Reuters → diplomats and officials, and "пише видання" resolved', () => {
    const claims = claimsOf('003');
    const lead = claims[0]?.attributions[0];
    expect(lead?.links.map((l) => l.key)).toEqual(['unn', 'reuters', 'diplomats+officials']);
    expect(lead?.source).toBe('reuters');
    expect(claimWith(claims, 'понад 27 лідерів').attributions[0]).toMatchObject({ source: 'reuters', inherited: true });
    expect(claimWith(claims, 'розпливчастими').attributions[0]?.source).toBe('reuters');
  });

  it('seed 004: Reuters, applied back to the sentence it closes, and named speakers', () => {
    const claims = claimsOf('004');
    expect(claimWith(claims, 'Также работа будет посвящена').attributions[0]).toMatchObject({
      source: 'reuters',
      inherited: true,
    });
    expect(keys(claimWith(claims, 'Дипломаты и официальные лица'))).toEqual(['reuters', 'diplomats+officials']);
    const zelensky = claimWith(claims, 'По словам Зеленского').attributions[0];
    expect(zelensky?.links).toEqual([
      { text: 'Зеленского', key: claimWith(claims, 'Накануне поездки').attributions[0]?.source, kind: 'person' },
    ]);
    // After "Напомним" the Reuters context no longer applies.
    expect(claimWith(claims, 'представители Соединенных Штатов').attributions[0]?.source).toBe('usa');
  });
});
