import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../../../lib/claims/claim';
import { claimNames, contentUnits, matchKeys } from '../../../lib/matching/match-terms';
import { figure, makeClaim } from './make-claim';

const entity = (text: string, within: string, kind: Entity['kind'], key: string): Entity => {
  const start = within.indexOf(text);
  return { key, text, kind, start, end: start + text.length };
};
const shared = (a: Claim, b: Claim): string[] => matchKeys(a).keys.filter((k) => matchKeys(b).keys.includes(k));
const everywhere = () => 0.05;
const rare = () => 1;

describe('matchKeys', () => {
  it('adds a five-letter prefix key to Cyrillic stems longer than five letters only', () => {
    const { keys, sources } = matchKeys(makeClaim({ text: '…', terms: ['нападут', 'нападен', 'вклад', 'war'] }));
    expect(keys).toContain('^напад');
    expect(keys.filter((k) => k === '^напад')).toHaveLength(1);
    expect(keys).not.toContain('^вклад');
    expect(keys.some((k) => k.startsWith('^w'))).toBe(false);
    // The prefix is weighed by the idf of the first stem it was cut from.
    expect(sources[keys.indexOf('^напад')]).toBe(0);
  });

  it('adds every sense of a counted noun, where its word keeps the first only, so `ракет` meets `missiles`', () => {
    const rockets = { ...figure(40, '@rocket', 'понад 40 ракет', 'more'), senses: ['@rocket', '@missil'] };
    const uk = makeClaim({ text: 'понад 40 ракет', terms: ['ракет', '@rocket'], figures: [rockets] });
    const missiles = { ...figure(40, '@missil', 'more than 40 missiles', 'more'), senses: ['@missil', '@projectil'] };
    const en = makeClaim({ text: 'more than 40 missiles', terms: ['@missil', '@projectil'], figures: [missiles] });
    expect(shared(uk, en)).toEqual(['@missil']);
    const { keys, sources } = matchKeys(uk);
    expect(keys.filter((k) => k === '@rocket')).toHaveLength(1);
    // Weighed by its own idf.
    expect(sources[keys.indexOf('@missil')]).toBe(keys.indexOf('@missil'));
  });
});

describe('claimNames', () => {
  it('reads a place written right before a person as part of the person’s title', () => {
    const text = 'Встречу проведет президент Франции Эммануэль Макрон';
    const { people, names } = claimNames(
      makeClaim({
        text,
        terms: ['встреч', 'проведет', 'президент', 'франц', '~vrn', 'еммануел', '~mnl', 'макрон', '~mkr'],
        entities: [entity('Франции', text, 'place', 'france'), entity('Эммануэль Макрон', text, 'person', 'mkrn')],
      }),
    );
    expect([...people].sort()).toEqual(['~mkr', '~mnl', '~vrn']);
    expect(names.has('макрон')).toBe(true);
    expect(names.has('президент')).toBe(false);
  });
});

describe('contentUnits', () => {
  it('counts a word once with its prefix and cognate, and leaves names of people out', () => {
    const terms = ['обязательств', '≈bstls', 'конкретн', 'зафиксирова', 'зеленск', '~sln'];
    const text = 'Зеленский …';
    const a = makeClaim({ text, terms, entities: [entity('Зеленский', text, 'person', 'slnsk')] });
    const b = makeClaim({ text, terms, entities: [entity('Зеленский', text, 'person', 'slnsk')] });
    expect(contentUnits(shared(a, b), a, b, rare)).toBe(3);
  });

  it('counts a word that only one claim writes as a name (`anti-corruption bureau` vs `Anti-Corruption Bureau`)', () => {
    const a = makeClaim({ text: '…', terms: ['anti', 'corrup', 'бюр', '~br', 'search'] });
    const b = makeClaim({ text: '…', terms: ['anti', 'corrup', 'бюр', 'raid'] });
    expect(contentUnits(shared(a, b), a, b, rare)).toBe(3);
  });

  it('counts the name of a place only while few claims of the two articles use it', () => {
    const a = makeClaim({ text: '…', terms: ['оленья', '~ln', 'аэродром'] });
    const b = makeClaim({ text: '…', terms: ['оленья', '~ln', 'аэродром'] });
    const keys = shared(a, b);
    expect(contentUnits(keys, a, b, rare)).toBe(2);
    expect(contentUnits(keys, a, b, everywhere)).toBe(1);
  });
});
