import { STOPWORDS } from '../text/stopwords';
import { type Token, tokenize } from '../text/tokenize';
import type { BodyName } from './claim';
import { stemFor } from './entities';
import { matchKnownName } from './known-names';
import { type Lexicon, wordConcepts } from './lexicon';
import { tokenStemLanguage } from './terms';

/**
 * A body's name read word by word, so that one body named in two languages (`Investigative Committee`,
 * `Слідчому комітеті Російської Федерації`) or once in full and once as its acronym (`СК РФ`) can be told
 * apart from two different bodies (see bodyRelation in matching/attribution-sources.ts). Place names in
 * it (`Російської Федерації`, `РФ`, `России`) are left out: they say whose body it is, not which.
 */
export function readBodyName(text: string, lang: string, lexicon: Lexicon): BodyName | undefined {
  const tokens = tokenize(text).filter((t) => t.script !== 'digit' && !STOPWORDS.has(t.norm));
  const first = tokens[0];
  if (!first) return undefined;
  const stemOf = (t: Token): string => stemFor(t, lang);
  let initials = '';
  const senses: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const known = t.capitalised ? matchKnownName(tokens, i, stemOf) : null;
    if (known && known[0].kind === 'place') {
      i += known[1] - 1;
      continue;
    }
    initials += initialsOf(t);
    if (t.acronym) continue;
    const l = tokenStemLanguage(t, lang);
    senses.push(l ? [...wordConcepts(t.norm, l, lexicon)] : []);
  }
  if (initials === '') return undefined;
  return { initials, senses, acronym: senses.length === 0, script: first.script };
}

const initialsOf = (t: Token): string => (t.acronym ? t.text : (t.text[0] ?? '')).toUpperCase();
