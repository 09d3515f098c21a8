import { describe, expect, it } from 'vitest';
import { claimTerms, claimWords } from '../../../lib/claims/terms';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { tokenize } from '../../../lib/text/tokenize';

const lexicon = loadLexiconFromDisk();
const terms = (text: string, lang: string): string[] => claimTerms(tokenize(text, 0), lang, lexicon);

describe('claimTerms cognates', () => {
  it('gives a bridged Ukrainian word the Russian word’s cognate, so a ru↔uk pair does not carry two that never meet', () => {
    const uk = terms('посилення підтримки України', 'uk');
    const ru = terms('усилению поддержки Украины', 'ru');
    expect(uk).toContain('≈pdrxk');
    const native = (ts: string[]) => ts.filter((t) => !t.startsWith('@'));
    expect(native(uk)).toEqual(native(ru));
  });

  it('adds each word’s language-neutral concepts, which an English phrase shares', () => {
    const concepts = (ts: string[]) => ts.filter((t) => t.startsWith('@'));
    const en = terms('support for Ukraine', 'en');
    for (const other of [terms('поддержки Украины', 'ru'), terms('підтримки України', 'uk')]) {
      expect(concepts(other).filter((c) => en.includes(c)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the spelling’s cognate for a Ukrainian word the bridge lacks (розпливчастими ~ расплывчатыми)', () => {
    expect(terms('розпливчастими', 'uk')).toContain('≈rsplv');
    expect(terms('расплывчатыми', 'ru')).toContain('≈rsplv');
  });
});

describe('claimTerms function phrases', () => {
  it('reads `в том числе`, `у тому числі`, `зокрема` and `путем` (including, by means of) as no content, while `число погибших` keeps its noun', () => {
    expect(terms('в том числе путем предоставления', 'ru')).toEqual(terms('предоставления', 'ru'));
    expect(terms('у тому числі шляхом надання', 'uk')).toEqual(terms('надання', 'uk'));
    expect(terms('зокрема одна лікарка', 'uk')).toEqual(terms('одна лікарка', 'uk'));
    expect(terms('число погибших', 'ru')).not.toEqual(terms('погибших', 'ru'));
  });
});

describe('claimWords further senses', () => {
  it('keeps a word’s further dictionary senses apart from its terms (`крушение`: smash, then crash)', () => {
    const { terms: t, senses } = claimWords(tokenize('самолет потерпел крушение', 0), 'ru', lexicon);
    expect(t).toContain('@smash');
    expect(senses).toContain('@crash');
    expect(senses.filter((s) => t.includes(s))).toEqual([]);
    expect(t).toEqual(terms('самолет потерпел крушение', 'ru'));
  });
});

describe('claimWords alternates', () => {
  it('marks an English word’s second concept as an alternate reading, unless another word has it as its own', () => {
    const prisoner = claimWords(tokenize('the prisoner was freed', 0), 'en', lexicon);
    expect(prisoner.terms).toEqual(expect.arrayContaining(['@prison', '@dungeon']));
    expect(prisoner.alternates).toContain('@dungeon');
    expect(prisoner.alternates).not.toContain('@prison');
    const both = claimWords(tokenize('the prisoner in a dungeon', 0), 'en', lexicon);
    expect(both.alternates ?? []).not.toContain('@dungeon');
    expect(claimWords(tokenize('самолет разбился', 0), 'ru', lexicon).alternates).toBeUndefined();
  });
});

describe('claimWords sole senses', () => {
  it('lists the concept of a Russian word with one sense (`мониторинг`), not of one with several (`время`), nor an English word’s', () => {
    const words = (text: string, lang: string) => claimWords(tokenize(text, 0), lang, lexicon);
    expect(words('мониторинг мира', 'ru').sole).toContain('@monitor');
    expect(words('во время встречи', 'ru').sole ?? []).not.toContain('@date');
    expect(words('monitoring', 'en').sole).toBeUndefined();
  });
});

describe('claimTerms place adjectives', () => {
  it('reads an adjective no dictionary has, made from a place’s name, as that name (`саудівському` / Saudi)', () => {
    const saudi = terms('in Riyadh, Saudi Arabia', 'en').filter((t) => t.startsWith('~'));
    const names = (text: string, lang: string) => terms(text, lang).filter((t) => saudi.includes(t));
    expect(names('у саудівському Ер-Ріяді', 'uk')).toContain('~sd');
    expect(names('в саудовской столице', 'ru')).toContain('~sd');
    // A dictionary's adjective keeps its concept alone; a word that merely ends alike names nothing.
    expect(terms('американские власти', 'ru').some((t) => t.startsWith('~'))).toBe(false);
    expect(terms('провели обыск', 'ru').some((t) => t.startsWith('~'))).toBe(false);
  });
});
