import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import type { Article } from '../../lib/extraction/article';
import type { Difference } from '../../lib/matching/comparison';
import { findDifferences } from '../../lib/matching/differences';
import { documentCountry } from '../../lib/matching/document-country';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { corpusOf, seedDocuments } from '../fixtures/matching/engine-fixture';
import { corpusArticles, corpusAvailable } from '../support/corpora';
import { seedArticle } from '../support/seeds';

const lexicon = loadLexiconFromDisk();

interface Doc {
  article: Article;
  claims: Claim[];
}
const seed = (n: string): Doc => {
  const article = seedArticle(n);
  return { article, claims: analyze(article, lexicon) };
};
const claimOf = (doc: Doc, snippet: string): Claim => {
  const claim = doc.claims.find((c) => c.text.includes(snippet));
  if (!claim) throw new Error(`no claim with “${snippet}”`);
  return claim;
};
/** The differences of two claims as the engine reports them once the aligner pairs the claims. */
const between = (a: Doc, snippetA: string, b: Doc, snippetB: string): Difference[] =>
  findDifferences(
    {
      claim: claimOf(a, snippetA),
      outlet: a.article.outlet,
      published: a.article.published,
      country: documentCountry(a.claims),
    },
    {
      claim: claimOf(b, snippetB),
      outlet: b.article.outlet,
      published: b.article.published,
      country: documentCountry(b.claims),
    },
  );
const shown = (ds: Difference[]): string[][] => ds.map((d) => [d.kind, d.here, d.there]);

describe('differences between the seeds', () => {
  it('credits the report on US monitoring help to Bloomberg in seed 000 and to Politico in seed 001', () => {
    const ds = between(seed('000'), 'США также готовы помочь', seed('001'), 'для мониторинга мира');
    expect(shown(ds)).toEqual([['attribution', 'Bloomberg', 'Politico']]);
    expect(ds[0]?.values.here.sources?.[0]).toBe('Bloomberg');
    expect(ds[0]?.values.there.sources).toEqual(['Politico']);
  });

  it('shows "EU countries and Canada" (seed 001) against "more than 30 states including the US" (seed 002)', () => {
    const [d, ...rest] = between(seed('001'), 'входят страны ЕС', seed('002'), 'В коалицию входят');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'name', here: 'страны ЕС и Канада' });
    expect(d?.there).toMatch(/^более 30 государств, в том числе .* США$/);
    expect(d?.values.there.names).toContain('США');
  });

  it('reads chains in order: outlet, then the agency it cites, then who spoke', () => {
    expect(claimOf(seed('002'), 'Об этом сообщает').attributions[0]?.chain).toEqual(['РБК-Украина', 'Reuters']);
    expect(claimOf(seed('001'), 'Bloomberg со ссылкой на источники').attributions[0]?.chain).toEqual([
      'Bloomberg',
      'источники',
    ]);
    expect(claimOf(seed('003'), 'Союзники України').attributions[0]?.chain[1]).toBe('Reuters');
  });

  it('never reports 27 leaders against 35 delegations or a spelling variant of a name as a difference (the one name difference is who is in the coalition)', async () => {
    const seeds = seedDocuments();
    for (const here of seeds) {
      const comparison = await corpusOf(seeds).compare(here.article, here.claims);
      for (const story of comparison.stories) {
        for (const c of story.claims) {
          for (const d of c.differences) {
            expect(`${d.here} ${d.there}`, `${here.id} vs ${story.id}`).not.toMatch(/делегац/);
            if (d.kind === 'name') expect(`${d.here} | ${d.there}`).toMatch(/страны ЕС и Канада/);
          }
        }
      }
    }
    const here = seed('002');
    const variants = (await corpusOf(seeds).compare(here.article, here.claims)).stories.flatMap((s) =>
      s.claims.flatMap((c) => c.variants),
    );
    expect(variants).toContainEqual({ here: 'Уиткофф', there: 'Віткофф' });
  });
});

const corpus = (file: string): Doc => {
  const found = corpusArticles('corpus-dev2').find((x) => x.record.file.startsWith(file));
  if (!found) throw new Error(`no ${file} in corpus-dev2`);
  return { article: found.article, claims: analyze(found.article, lexicon) };
};

describe.skipIf(!corpusAvailable('corpus-dev2'))('differences on real reports (corpus-dev2)', () => {
  it('flags nine people on board against 74, in English and Russian', () => {
    const ds = between(corpus('071'), 'nine people were on board', corpus('074'), 'На борту находились 74');
    expect(
      ds.filter((d) => d.kind === 'number').map((d) => [d.values.here.figure?.value, d.values.there.figure?.value]),
    ).toEqual([[9, 74]]);
  });

  it('flags the Thai toll (6 dead, 22 injured against at least 10 dead, 16 injured) and never the dead against the injured', () => {
    const ds = between(corpus('088'), 'killing six people', corpus('091'), 'В Таиланде известно');
    expect(
      ds.map((d) => [d.values.here.figure?.role, d.values.here.figure?.value, d.values.there.figure?.value]),
    ).toEqual([
      ['dead', 6, 10],
      ['injured', 22, 16],
    ]);
  });

  it('never sets the toll in neighbouring Thailand against the toll a report on Myanmar gives without naming a place', () => {
    const myanmar = corpus('092');
    expect(documentCountry(myanmar.claims)).toBe('mm');
    expect(between(corpus('091'), 'В Таиланде известно', myanmar, 'К этому часу число погибших')).toEqual([]);
  });

  it('shows two later tolls with each side’s as-of time and publication date', () => {
    const ds = between(corpus('101'), '20 человек погибли в Киеве', corpus('103'), '22 – у Києві');
    expect(shown(ds)).toEqual([['number', '20 человек', '22']]);
    expect(ds[0]?.values.here.figure?.asOf).toBe('2024-07-08T15:30');
    expect(ds[0]?.published.here).toBeTruthy();
  });

  it('reads a share of "так" against a share of "yes", never against "ні"', () => {
    const ds = between(corpus('113'), 'Проголосували "так"', corpus('106'), 'knife-edge majority');
    expect(shown(ds)).toEqual([['number', '49,88%', '50.17%']]);
  });

  it('does not flag the compatible traps: dead and injured together, two reference towns, two ballots', () => {
    expect(between(corpus('064'), 'injuries amount to 551', corpus('067'), 'пострадали 695')).toEqual([]);
    expect(between(corpus('094'), 'за 12 км від міста', corpus('091'), 'в 17 километрах от Мандалая')).toEqual([]);
    expect(between(corpus('111'), 'явка в первом раунде', corpus('109'), 'явка на референдуме')).toEqual([]);
  });

  it('never takes a weekday, a place or a common noun for a source', () => {
    const sources = (doc: Doc, snippet: string): string[] =>
      claimOf(doc, snippet).attributions.flatMap((a) => a.links.map((l) => l.text));
    expect(sources(corpus('061'), 'risen to 93')).toEqual(['Investigative Committee']);
    expect(sources(corpus('095'), 'зросла до 2 719')).toEqual(['Associated Press', 'місцеві ЗМІ']);
    expect(sources(corpus('071'), 'Ministry of Defence')).toEqual(['Ministry of Defence']);
    expect(sources(corpus('077'), 'на засіданні Держдуми РФ')).toEqual(['Андрій Картаполов']);
  });
});
