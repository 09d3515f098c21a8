import { wordsOfEveryPack } from '../languages';
import { stemsPattern } from '../languages/word-patterns';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import { skeleton } from '../text/transliterate';
import type { Entity } from './claim';
import { matchKnownName } from './known-names';
import { foldedStem, type Lexicon, wordConcepts, wordKey } from './lexicon';
import { tokenStemLanguage } from './terms';

// Capitalised titles (`Президента України`) are not names; organisation heads start a multi-word name
// (every language pack's stems, lib/languages/<code>/entities.json).
const TITLE = stemsPattern(wordsOfEveryPack((p) => p.entities.titleStems));
/** Whether a word is a title (`Губернатор`, `President`): a run it starts is a title before a name or a place. */
export const isTitleWord = (norm: string): boolean => TITLE.test(norm);
const ORG_HEAD = stemsPattern(wordsOfEveryPack((p) => p.entities.orgHeadStems));
const SPACE_ONLY = /^\s+$/;
/** Words of a title read before a person's name (`генеральный секретарь НАТО`, `NATO Secretary General`). */
const TITLE_WORDS = 3;
const TITLE_BREAK = /[,.;:!?"«»„“”()\u2013\u2014]/;

/** What the article as a whole says about capitalised words, gathered before entities are read. */
export interface ArticleNames {
  /** Skeleton keys of words seen capitalised mid-sentence: sentence-initial mentions of them are names too. */
  names: Set<string>;
  /** Surname keys of multi-word person names (`Андрей Гнатов`), so a lone `Гнатов` is a person. */
  persons: Set<string>;
}

export function emptyArticleNames(): ArticleNames {
  return { names: new Set(), persons: new Set() };
}

/** Folded stem of a token in the sentence language (the form the known-name index holds). */
export function stemFor(token: Token, lang: string): string {
  const l = tokenStemLanguage(token, lang);
  return l ? foldedStem(token.norm, l) : token.norm;
}

/** Spelling- and case-independent key of a name word: skeleton of its stem (`Зеленського` → `slnsk`). */
export function nameKey(token: Token, lang: string): string {
  return skeleton(stemFor(token, lang)) || token.norm;
}

const adjacent = (text: string, a: Token, b: Token): boolean => SPACE_ONLY.test(text.slice(a.end, b.start));

export interface Run {
  from: number;
  to: number;
}

const nameWord = (t: Token): boolean =>
  t.capitalised && !t.acronym && t.script !== 'digit' && !TITLE.test(t.norm) && !STOPWORDS.has(t.norm);

/**
 * Runs of capitalised words that may be a name (`Стивом Виткоффом`), split at known names (`Союзники
 * Украины`). Four words are read as two names (`Дональда Трампа Стивом Виткоффом`); an unknown word
 * opening the sentence before a name is a common noun (`Публицист Виталий Портников`).
 */
export function nameRuns(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  lang: string,
  /** Stop at the first word that is not part of a run: the caller only reads the runs that touch. */
  contiguous = false,
): Run[] {
  const runs: Run[] = [];
  const stemOf = (t: Token): string => stemFor(t, lang);
  let i = first;
  while (i < end) {
    const t = tokens[i] as Token;
    if (!nameWord(t) || matchKnownName(tokens, i, stemOf)) {
      if (contiguous) break;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const n = tokens[j] as Token;
      if (!nameWord(n) || !adjacent(text, tokens[j - 1] as Token, n) || matchKnownName(tokens, j, stemOf)) break;
      j++;
    }
    if (j - i === 4) runs.push({ from: i, to: i + 2 }, { from: i + 2, to: j });
    else if (j - i === 3 && i === 0) runs.push({ from: 1, to: j });
    else runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

const OPENING_QUOTE = /["«„“']$/;
const CLOSING_QUOTE = /^["»“”']/;

/**
 * Whether a run of capitalised words stands in quotes (`в «Крокус Сити Холле»`, `"Циганський король"`): a
 * venue, title or nickname, never a person's name.
 */
function inQuotes(text: string, tokens: readonly Token[], run: Run): boolean {
  const start = (tokens[run.from] as Token).start;
  const end = (tokens[run.to - 1] as Token).end;
  return OPENING_QUOTE.test(text.slice(Math.max(0, start - 1), start)) && CLOSING_QUOTE.test(text.slice(end, end + 1));
}

/** Pre-pass over one sentence, to learn which capitalised words are names in this article. */
export function learnNames(text: string, tokens: readonly Token[], lang: string, names: ArticleNames): void {
  for (const run of nameRuns(text, tokens, 0, tokens.length, lang)) {
    // A sentence's capitalised first word alone may be any word; before another name (`Олександр Усик
    // став…`, `Публицист Виталий Портников`) the run still ends in a name, which is learned.
    if (run.from === 0 && run.to - run.from < 2) continue;
    for (let k = Math.max(run.from, 1); k < run.to; k++) names.names.add(nameKey(tokens[k] as Token, lang));
    if (run.to - run.from >= 2 && !inQuotes(text, tokens, run)) {
      names.persons.add(nameKey(tokens[run.to - 1] as Token, lang));
    }
  }
}

/**
 * Named entities among `tokens[from, to)` of a sentence whose first token is `tokens[0]`: known outlets,
 * organisations and places by their stable keys; people by the skeleton of their surname; organisation
 * names (`Офиса президента`, `Коалиции желающих`) by their bridged word keys.
 */
export function extractEntities(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lang: string,
  lexicon: Lexicon,
  article: ArticleNames,
): Entity[] {
  const out: Entity[] = [];
  const stemOf = (t: Token): string => stemFor(t, lang);
  const at = (a: number, b: number): { text: string; start: number; end: number } => {
    const start = (tokens[a] as Token).start;
    const end = (tokens[b - 1] as Token).end;
    return { text: text.slice(start, end), start, end };
  };
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!t.capitalised || t.script === 'digit') {
      i++;
      continue;
    }
    const known = matchKnownName(tokens, i, stemOf);
    if (known) {
      const [name, n] = known;
      out.push({ key: name.key, ...at(i, i + n), kind: name.kind === 'place' ? 'place' : 'org' });
      i += n;
      continue;
    }
    if (t.acronym) {
      out.push({ key: t.norm, ...at(i, i + 1), kind: 'org' });
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (ORG_HEAD.test(t.norm) && next && !next.capitalised && adjacent(text, t, next)) {
      // `Офиса президента`, `Генерального штаба`, `Коалиции желающих`: head plus up to two lower-case words.
      let j = i + 1;
      while (j < to && j < i + 3) {
        const w = tokens[j] as Token;
        if (w.capitalised || STOPWORDS.has(w.norm) || !adjacent(text, tokens[j - 1] as Token, w)) break;
        j++;
      }
      const keys: string[] = [];
      for (let k = i; k < j; k++) {
        const tk = tokens[k] as Token;
        const l = tokenStemLanguage(tk, lang);
        keys.push(l ? wordKey(tk.norm, l, lexicon) : tk.norm);
      }
      out.push({ key: keys.join(' '), ...at(i, j), kind: 'org' });
      i = j;
      continue;
    }
    // Only the runs touching `i` are read; scanning the whole rest would be quadratic in the sentence.
    const runs = nameRuns(text, tokens, i, to, lang, true);
    const first = runs[0];
    if (!first || first.from !== i) {
      i++;
      continue;
    }
    // A split run (`Дональда Трампа | Стивом Виткоффом`) yields adjacent runs: take them all.
    let end = first.to;
    for (const run of runs) {
      if (run.from > end) break;
      end = run.to;
      const key = nameKey(tokens[run.to - 1] as Token, lang);
      const size = run.to - run.from;
      // A lone capitalised word at sentence start is only a name if the article capitalises it elsewhere.
      if (size === 1 && run.from === 0 && !article.names.has(key)) continue;
      const kind = (size >= 2 || article.persons.has(key)) && !inQuotes(text, tokens, run) ? 'person' : 'other';
      out.push({ key, ...at(run.from, run.to), kind });
    }
    i = Math.max(end, i + 1);
  }
  for (const e of out) if (e.kind === 'person') readTitle(text, tokens, from, e, lang, lexicon);
  return out;
}

/** Keys of the words right before a person's name, up to punctuation or a function word. */
function readTitle(
  text: string,
  tokens: readonly Token[],
  from: number,
  e: Entity,
  lang: string,
  lexicon: Lexicon,
): void {
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).start < e.start) k++;
  const keys: string[] = [];
  const stemOf = (t: Token): string => stemFor(t, lang);
  for (let j = k - 1; j >= from && j >= k - TITLE_WORDS; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (TITLE_BREAK.test(text.slice(t.end, next.start)) || STOPWORDS.has(t.norm) || t.script === 'digit') break;
    const known = matchKnownName(tokens, j, stemOf);
    const l = tokenStemLanguage(t, lang);
    if (known) keys.push(known[0].key);
    else if (l) keys.push(wordConcepts(t.norm, l, lexicon)[0] ?? wordKey(t.norm, l, lexicon));
  }
  if (keys.length > 0) e.title = keys.reverse();
}
