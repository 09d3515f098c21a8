import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { AttributionLink, Claim } from '../../lib/claims/claim';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { findDifferences } from '../../lib/matching/differences';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { variant } from '../fixtures/matching/engine-fixture';
import { type CorpusName, corpusArticles } from '../support/corpora';
import { seedArticle } from '../support/seeds';
import { textArticle } from '../support/text-article';

const lexicon = loadLexiconFromDisk();
const claimsOf = (corpus: CorpusName, prefix: string): Claim[] => {
  const entry = corpusArticles(corpus).find((c) => c.record.file.startsWith(prefix));
  if (!entry) throw new Error(`no file ${prefix} in ${corpus}`);
  return analyze(entry.article, lexicon);
};
/** Claims of one of Readability's test pages (test/pages), as the content script would extract it. */
const pageClaims = (name: string): Claim[] => {
  const html = readFileSync(join(import.meta.dirname, '..', 'pages', name, 'source.html'), 'utf8');
  const extracted = extractArticle(parseHtml(html, 'http://fakehost/test/page.html'));
  if (!extracted.ok) throw new Error(`${name}: ${extracted.message}`);
  return analyze(extracted.article, lexicon);
};
/** Claims of a text in one language, as the engine reads it. */
const textClaims = (text: string, lang: string): Claim[] => analyze(textArticle(text, lang), lexicon);
/** The links of the first attribution read in the claim holding `snippet` (not one inherited). */
const linksAt = (claims: Claim[], snippet: string): Pick<AttributionLink, 'text' | 'kind'>[] => {
  const claim = claims.find((c) => c.text.includes(snippet));
  if (!claim) throw new Error(`no claim with “${snippet}”`);
  return (claim.attributions.find((a) => !a.inherited)?.links ?? []).map(({ text, kind }) => ({ text, kind }));
};

describe('bodies named by common nouns in real Russian and Ukrainian reports', () => {
  it('reads the body a place phrase names before an impersonal verb as the speaker, with its whole name', () => {
    expect(linksAt(claimsOf('corpus-dev2', '068_'), 'У Слідчому комітеті')).toEqual([
      { text: 'Слідчому комітеті Російської Федерації', kind: 'org' },
    ]);
  });

  it('reads a body after the verb whole, never its adjective as a person', () => {
    expect(linksAt(claimsOf('corpus-dev2', '104_'), 'Про це повідомили')).toEqual([
      { text: 'Офісі Генерального прокурора', kind: 'org' },
    ]);
    expect(linksAt(claimsOf('corpus-dev', '32_'), 'По данным Восточно-Сибирской')).toEqual([
      { text: 'Восточно-Сибирской транспортной прокуратуры', kind: 'org' },
    ]);
  });

  it('reads a ministry as the subject, not the country it belongs to', () => {
    const [link] = linksAt(claimsOf('corpus-dev', '22_'), 'Министерство обороны России сообщило');
    expect(link).toEqual({ text: 'Министерство обороны России', kind: 'org' });
  });

  it('keeps two acronyms in a row as one body, not a chain of two', () => {
    const links = linksAt(claimsOf('corpus-dev2', '067_'), 'пресс-службу ГУ МЧС');
    expect(links.map((l) => l.text)).toEqual(['Интерфакс', 'ГУ МЧС']);
  });

  it('never reads a surname with an adjective ending and the verb after it as a body', () => {
    expect(linksAt(variant('unrelated-rafale-deal.txt').claims, 'Зеленский поблагодарил')).toEqual([
      { text: 'Зеленский', kind: 'person' },
    ]);
  });

  it('never reads the region after a title as a person (`Губернатор Амурской области сообщил`)', () => {
    expect(linksAt(claimsOf('corpus-dev', '33_'), 'Губернатор Амурской области')).not.toContainEqual(
      expect.objectContaining({ kind: 'person' }),
    );
    const governor = analyze(
      textArticle('Губернатор Херсонської області повідомив про трьох загиблих.', 'uk'),
      lexicon,
    );
    expect(governor[0]?.attributions.flatMap((a) => a.links).filter((l) => l.kind === 'person')).toEqual([]);
    // A titled person keeps their name; a surname with an adjective ending before an adverb stays a person.
    const named = analyze(
      textArticle('Губернатор Белгородской области Вячеслав Гладков сообщил о погибших.', 'ru'),
      lexicon,
    );
    expect(named[0]?.attributions[0]?.links.map((l) => l.text)).toEqual(['Вячеслав Гладков']);
    const adverb = analyze(
      textArticle('Владимир Зеленский сегодня заявил, что переговоры продолжатся.', 'ru'),
      lexicon,
    );
    expect(adverb[0]?.attributions[0]?.links).toMatchObject([{ text: 'Владимир Зеленский', kind: 'person' }]);
  });

  it('reads an official named by title and country as an anonymous official, never the state', () => {
    const president = textClaims('Президент Украины подчеркнул, что консультации пройдут завтра.', 'ru');
    expect(president[0]?.attributions[0]?.links).toMatchObject([{ text: 'Президент Украины', kind: 'role' }]);
    const state = textClaims('Україна заявила про новий обстріл.', 'uk');
    expect(state[0]?.attributions[0]?.links).toMatchObject([{ kind: 'org', key: 'ukraine' }]);
  });

  it('reads a name written as a site and a name after a compound outlet noun as outlets', () => {
    const site = textClaims('По информации журналистов Авиа.про, самолет не прошел точку.', 'ru');
    expect(site[0]?.attributions[0]?.links[0]).toMatchObject({ text: 'Авиа.про', kind: 'media' });
    const channel = textClaims('По данным Telegram-канала SHOT, связь прервалась.', 'ru');
    expect(channel[0]?.attributions[0]?.links).toMatchObject([{ text: 'SHOT', kind: 'media' }]);
  });

  it('reads a name after "в"/"у" around an impersonal verb as the body speaking, never a person', () => {
    const kinds = (text: string, lang: string) =>
      textClaims(text, lang).flatMap((c) =>
        c.attributions.filter((a) => !a.inherited).flatMap((a) => a.links.map((l) => `${l.text}:${l.kind}`)),
      );
    expect(kinds('Про це повідомили у Слідкомі.', 'uk')).toEqual(['Слідкомі:org']);
    expect(kinds('У Слідкомі повідомили, що загинули 60 осіб.', 'uk')).toEqual(['Слідкомі:org']);
    expect(kinds('В Кремле заявили, что ничего не знают.', 'ru')).toEqual(['Кремле:org']);
    // A person speaking is still a person.
    expect(kinds('Об этом сообщил Андрей Ермак.', 'ru')).toEqual(['Андрей Ермак:person']);
  });

  it('stops a body at the person named after it', () => {
    expect(linksAt(analyze(seedArticle('001'), lexicon), 'Алексей Арестович заявил')).toEqual([
      { text: 'Алексей Арестович', kind: 'person' },
    ]);
  });
});

describe('English sources: bodies, outlets and the words that only qualify them', () => {
  it('reads a nationality before a common noun as part of that source, never as a person', () => {
    expect(linksAt(claimsOf('corpus-dev', '37_'), 'according to French authorities')).toEqual([
      { text: 'French authorities', kind: 'role' },
    ]);
    expect(linksAt(claimsOf('corpus-dev2', '089_'), 'Thai provinces reported')).toEqual([]);
  });

  it('reads a body whose name ends in a head noun as a body', () => {
    expect(linksAt(claimsOf('corpus-dev', '19_'), "Ukraine's Coordinating Headquarters")).toEqual([
      { text: 'Coordinating Headquarters', kind: 'org' },
    ]);
  });

  it("runs a body's name on through 'for the' and 'of' to its end, never reading its last word as a person", () => {
    expect(linksAt(claimsOf('corpus-dev', '20_'), 'Coordination Headquarters for the Treatment')).toEqual([
      { text: 'Coordination Headquarters for the Treatment of PoWs', kind: 'org' },
    ]);
  });

  it('credits what a minister told a radio station to the station, then the minister', () => {
    expect(linksAt(claimsOf('corpus-dev', '36_'), 'told France Inter')).toEqual([
      { text: 'France Inter', kind: 'media' },
      { text: 'Laurent Nuñez', kind: 'person' },
    ]);
  });

  it('reads a body whose name ends in authority, foundation or news as a body, not a person', () => {
    expect(linksAt(pageClaims('wapo-2'), 'Palestinian Authority has said')).toEqual([
      { text: 'Palestinian Authority', kind: 'org' },
    ]);
  });

  it('reads an outlet of the known names as an outlet (ABC News, which would otherwise read as a body)', () => {
    expect(linksAt(pageClaims('yahoo-3'), 'told ABC News')).toContainEqual({ text: 'ABC News', kind: 'media' });
  });

  it('reads a name after "the" as a body, never a person (the Louvre announced), and a bare surname as a person', () => {
    expect(linksAt(textClaims('Nine jewels were stolen, the Louvre announced.', 'en'), 'Nine jewels')).toEqual([
      { text: 'Louvre', kind: 'org' },
    ]);
    expect(linksAt(textClaims('Nine jewels were stolen, Dati said.', 'en'), 'Nine jewels')).toEqual([
      { text: 'Dati', kind: 'person' },
    ]);
  });

  it('credits what an agency reports quoting a body named in lower case to the agency, then an anonymous authority', () => {
    expect(linksAt(claimsOf('corpus-dev2', '070_'), 'AFP reported quoting')).toEqual([
      { text: 'AFP', kind: 'media' },
      { text: 'defence ministry', kind: 'role' },
    ]);
    // The possessive says whose body it is; a head word alone refers back and names none.
    expect(linksAt(textClaims('The country’s air force said it shot down 20 drones.', 'en'), 'air force')).toEqual([
      { text: 'air force', kind: 'role' },
    ]);
    expect(linksAt(textClaims('Nobody was hurt, the ministry said.', 'en'), 'Nobody')).toEqual([]);
  });
});

describe('credits read back over a paragraph, and sources cited as their own', () => {
  /** The links of the (possibly inherited) attribution of the claim holding `snippet`. */
  const creditOf = (claims: Claim[], snippet: string): string[] => {
    const claim = claims.find((c) => c.text.includes(snippet));
    if (!claim) throw new Error(`no claim with “${snippet}”`);
    return claim.attributions.flatMap((a) => a.links.map((l) => l.text));
  };

  it('credits the sentence before to a cue closing the next one after a comma', () => {
    // `Более 60 человек… погибли… Число жертв может увеличиться, сообщили в пресс-слжб СК РФ.`
    expect(creditOf(claimsOf('corpus-dev2', '065_'), 'Более 60 человек')).toEqual(['СК']);
  });

  it('never credits a quotation to a cue closing a later sentence: it is its speaker’s', () => {
    // `“We have a verbal agreement… They already know what we are doing,” Lladanosa tells me. It is a pact
    // of mutual benefit. Energy Control provides the police with information…, Espinosa says.`
    const claims = pageClaims('keep-images');
    expect(creditOf(claims, 'We have a verbal agreement')).toEqual([]);
    expect(creditOf(claims, 'They already know what we are doing')).toEqual([]);
    expect(creditOf(claims, 'It is a pact of mutual benefit')).toEqual(['Espinosa']);
  });

  it('keeps the sources an outlet cites as its own in the chain, in all three languages', () => {
    expect(creditOf(claimsOf('corpus-dev2', '068_'), 'зросла до 70 осіб')).toEqual(['SHOT', 'свої джерела']);
    const ru = analyze(
      textArticle('Число погибших выросло до 70. Об этом пишет SHOT со ссылкой на свои источники.', 'ru'),
      lexicon,
    );
    expect(creditOf(ru, 'выросло до 70')).toEqual(['SHOT', 'свои источники']);
    const en = textClaims('The toll rose to 70, SHOT reported, citing its own sources.', 'en');
    expect(creditOf(en, 'rose to 70')).toEqual(['SHOT', 'its own sources']);
  });
});

describe('one body in two languages or as its acronym is one source', () => {
  const claimWith = (prefix: string, snippet: string): Claim => {
    const claim = claimsOf('corpus-dev2', prefix).find((c) => c.text.includes(snippet));
    if (!claim) throw new Error(`no claim with “${snippet}” in ${prefix}`);
    return claim;
  };

  it('gives a body of the known names one key in English and Ukrainian (Islamic State / ІДІЛ)', () => {
    const key = (prefix: string, snippet: string, name: RegExp) =>
      claimWith(prefix, snippet).entities.find((e) => name.test(e.text))?.key;
    const en = key('063_', 'claimed responsibility', /Islamic State/);
    expect(en).toBeDefined();
    expect(key('069_', 'взяла ІДІЛ', /ІДІЛ/)).toBe(en);
  });

  const attributionDifferences = (a: Claim, b: Claim) =>
    findDifferences(
      { claim: a, outlet: 'one', published: null },
      { claim: b, outlet: 'other', published: null },
    ).filter((d) => d.kind === 'attribution');

  it('reads the Investigative Committee, Слідчий комітет РФ and СК РФ as one body', () => {
    const english = claimWith('061_', 'risen to 93');
    const ukrainian = claimWith('068_', 'У Слідчому комітеті');
    const acronym = claimWith('065_', 'Более 60 человек');
    expect(attributionDifferences(english, ukrainian)).toEqual([]);
    expect(attributionDifferences(acronym, ukrainian)).toEqual([]);
  });

  it('still flags a body against an outlet’s own sources, and an acronym against a name of other length', () => {
    const shot = claimWith('068_', 'зросла до 70 осіб');
    const committee = claimWith('065_', 'Более 60 человек');
    expect(attributionDifferences(shot, committee)).toMatchObject([{ here: 'SHOT', there: 'СК' }]);
    // MRTV, four letters, is no acronym of `Збройних сил`.
    const spokesman = claimWith('090_', 'Zaw Min Tun told');
    const forces = claimWith('096_', 'Головний командувач');
    expect(attributionDifferences(spokesman, forces)).toHaveLength(1);
  });

  it('tells two bodies of one language apart when every word of their names is known', () => {
    const ru = (text: string) => textClaims(text, 'ru')[0] as Claim;
    const defence = ru('Погибли 12 человек, сообщили в Министерстве обороны.');
    const justice = ru('Погибли 12 человек, сообщили в Министерстве юстиции.');
    expect(attributionDifferences(defence, justice)).toHaveLength(1);
  });

  it('never sets an outlet relaying unnamed officials against the official another outlet names', () => {
    // `…, authorities said on Sunday according to state news agency TASS` may be the very committee or
    // ministry the other outlet names; an outlet's own sources stand behind it alone (above).
    const tass = claimWith('063_', 'has risen to 137');
    const committee = claimWith('065_', 'Более 60 человек');
    const mchs = claimWith('067_', 'увеличилось до 144');
    expect(attributionDifferences(tass, committee)).toEqual([]);
    expect(attributionDifferences(tass, mchs)).toEqual([]);
  });

  it('never sets two outlets against each other when they give one count', () => {
    const ap = claimWith('088_', 'MRTV reported that 694');
    const afp = claimWith('091_', 'погибли 694 человека');
    expect(attributionDifferences(ap, afp)).toEqual([]);
  });
});

describe('a speaker named after the channel a verb names (written for this test)', () => {
  it('reads who wrote after `в Telegram`, `у Telegram`, `в своем Telegram-канале`, never the channel', () => {
    expect(linksAt(textClaims('Об этом сообщил в Telegram Андрей Ермак.', 'ru'), 'Об этом')).toEqual([
      { text: 'Андрей Ермак', kind: 'person' },
    ]);
    expect(linksAt(textClaims('Про це написав у Telegram Володимир Зеленський.', 'uk'), 'Про це')).toEqual([
      { text: 'Володимир Зеленський', kind: 'person' },
    ]);
    const links = linksAt(
      textClaims('Об этом написал в своем Telegram-канале глава ОП Андрей Ермак.', 'ru'),
      'Об этом',
    );
    expect(links.at(-1)).toEqual({ text: 'Андрей Ермак', kind: 'person' });
  });

  it('still reads the body after an impersonal verb and the article before a body’s name', () => {
    expect(
      linksAt(textClaims('Об этом сообщили в Следственном комитете.', 'ru'), 'Об этом').map((l) => l.text),
    ).toEqual(['Следственном комитете']);
    expect(
      linksAt(textClaims('Eight children were injured, noted the State Emergency Service of Ukraine.', 'en'), 'Eight'),
    ).toEqual([{ text: 'State Emergency Service of Ukraine', kind: 'org' }]);
  });
});
