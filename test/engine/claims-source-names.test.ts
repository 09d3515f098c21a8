import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import type { AttributionLink, Claim } from '../../lib/claims/claim';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { variant } from '../fixtures/matching/engine-fixture';
import { type CorpusName, corpusArticles } from '../support/corpora';
import { seedArticle } from '../support/seeds';

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
    expect(linksAt(pageClaims('yahoo-3'), 'told ABC News')).toContainEqual({ text: 'ABC News', kind: 'org' });
  });
});
