import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Entity } from '../../lib/claims/claim';
import type { Article } from '../../lib/extraction/article';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { allSeedArticles, seedArticle } from '../support/seeds';
import { textArticle } from '../support/text-article';

const lexicon = loadLexiconFromDisk();
const entitiesOf = (article: Article): Entity[] => analyze(article, lexicon).flatMap((c) => c.entities);
const WITKOFF = /виткофф|уиткофф|віткофф|witkoff/i;
const KUSHNER = /кушнер|kushner/i;
const ZELENSKY = /зеленск|зеленськ|zelensk/i;

describe('named entities of the seeds', () => {
  const entities = allSeedArticles().flatMap(entitiesOf);

  it('gives every Witkoff and Kushner mention, in any spelling or case, one key each', () => {
    const witkoff = entities.filter((e) => WITKOFF.test(e.text));
    const kushner = entities.filter((e) => KUSHNER.test(e.text));
    // Seeds 000, 001, 002 (twice), 003 name both; the forms include Виткоффом, Уиткоффа, Віткофф, Кушнером, Кушнера.
    expect(witkoff.length).toBeGreaterThanOrEqual(5);
    expect(kushner.length).toBeGreaterThanOrEqual(5);
    expect(new Set(witkoff.map((e) => e.key)).size).toBe(1);
    expect(new Set(kushner.map((e) => e.key)).size).toBe(1);
    expect(witkoff[0]?.key).not.toBe(kushner[0]?.key);
    expect(witkoff.every((e) => e.kind === 'person') && kushner.every((e) => e.kind === 'person')).toBe(true);
    expect(witkoff.map((e) => e.text)).toEqual(
      expect.arrayContaining(['Стивом Виткоффом', 'Стивена Уиткоффа', 'Стів Віткофф']),
    );
  });

  it('gives Zelensky one key across ru and uk case forms', () => {
    const zelensky = entities.filter((e) => ZELENSKY.test(e.text));
    expect(zelensky.map((e) => e.text)).toEqual(
      expect.arrayContaining(['Владимиру Зеленскому', 'Володимира Зеленського', 'Зеленского']),
    );
    expect(new Set(zelensky.map((e) => e.key)).size).toBe(1);
  });

  it('gives places and outlets stable keys across languages', () => {
    const keyOf = (text: string): string | undefined => entities.find((e) => e.text === text)?.key;
    expect(keyOf('Парижі')).toBe('paris');
    expect(keyOf('Париже')).toBe('paris');
    expect(keyOf('України')).toBe(keyOf('Украины'));
    expect(keyOf('Reuters')).toBe('reuters');
    expect(keyOf('РБК-Украина')).toBe('rbc-ukraine');
  });

  it('does not take a capitalised word opening a sentence for a name', () => {
    const texts = entitiesOf(seedArticle('004')).map((e) => e.text);
    expect(texts).not.toContain('Также Украина');
    expect(texts.some((t) => t.startsWith('Дипломаты') || t.startsWith('Высокопоставленный'))).toBe(false);
  });

  it('learns a person from a full name opening a sentence, and reads the surname alone as that person later', () => {
    const people = (text: string) =>
      entitiesOf(textArticle(text, 'uk'))
        .filter((e) => e.kind === 'person')
        .map((e) => e.text);
    expect(people('Олександр Усик переміг у Ер-Ріяді. У дев’ятому раунді Усик відправив суперника в нокдаун.')).toEqual(
      ['Олександр Усик', 'Усик'],
    );
  });

  it('never reads a name in quotes (a venue, a title, a nickname) as a person, even where it recurs unquoted', () => {
    const people = (text: string) =>
      entitiesOf(textArticle(text, 'ru'))
        .filter((e) => e.kind === 'person')
        .map((e) => e.text);
    expect(
      people('Теракт в «Крокус Сити Холле» потряс страну. В Холле погибли люди, сообщил Андрей Воробьев.'),
    ).toEqual(['Андрей Воробьев']);
  });
});

describe('countries and short acronyms', () => {
  const placesIn = (text: string, lang: string): string[] =>
    entitiesOf(textArticle(text, lang))
      .filter((e) => e.kind === 'place')
      .map((e) => `${e.text}:${e.key}`);

  it('gives a country one key in three languages, whatever its name in each (CLDR)', () => {
    const [en] = placesIn('Hungary and Greece voted against it.', 'en');
    const [ru] = placesIn('Против выступили Венгрия и Греция.', 'ru');
    const [uk] = placesIn('Проти виступили Угорщина та Греція.', 'uk');
    const key = (place: string | undefined) => place?.split(':')[1];
    expect(key(en)).toBeDefined();
    expect([key(ru), key(uk)]).toEqual([key(en), key(en)]);
    expect(placesIn('Землетрус у М’янмі відчули в Таїланді.', 'uk').map(key)).toEqual(
      placesIn('The quake in Myanmar was felt in Thailand.', 'en').map(key),
    );
  });

  it('reads a short acronym (US, РФ) only where it is written in capitals, never a word stemmed alike', () => {
    expect(placesIn('Using the new rules, officials said the US would pay.', 'en')).toEqual(['US:usa']);
    expect(placesIn('Use them well.', 'en')).toEqual([]);
    expect(placesIn('Об этом сообщило ГУ МЧС РФ.', 'ru')).toEqual(['РФ:russia']);
  });
});
