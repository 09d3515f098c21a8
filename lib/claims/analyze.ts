import type { Article } from '../extraction/article';
import { detectLanguage, SUPPORTED_LANGUAGES, sentenceLanguage } from '../language/detect-language';
import { splitClauses } from '../text/clauses';
import { splitParagraphs, splitSentences, type TextSpan } from '../text/sentences';
import { type Token, tokenize } from '../text/tokenize';
import { type ReportedSentence, readReport, resolveAttributions } from './attributions';
import { readBodyName } from './body-name';
import type { Claim } from './claim';
import { extractDates, hasDateCue, referenceDate } from './dates';
import { emptyArticleNames, extractEntities, learnNames } from './entities';
import { extractFigures } from './figures';
import type { Lexicon } from './lexicon';
import { lastPlaceNamed } from './quantities';
import { claimWords } from './terms';

export interface Analyzer {
  analyze(article: Article): Claim[];
}

const HEADING_END = /[.!?…:;"»”)]$/;
const SHORT_QUOTE = /["«„“]([^"«»„“”]{1,60})["»“”]/g;
const MAX_NAME_WORDS = 4;

/** The article's language: its declared tag when supported, else detected; never guessed into ru/uk/en. */
export function articleLanguage(article: Article): string {
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(article.lang)) return article.lang;
  return detectLanguage(article.text);
}

// A sentence's language is told where every language is told apart.
export { sentenceLanguage };

/** Quoted stretches of at most four words: titles and names (`"Коалиции решительных"`), never counts. */
function shortQuotes(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const slice = text.slice(span.start, span.end);
  SHORT_QUOTE.lastIndex = 0;
  for (let m = SHORT_QUOTE.exec(slice); m !== null; m = SHORT_QUOTE.exec(slice)) {
    if ((m[1] ?? '').trim().split(/\s+/).length <= MAX_NAME_WORDS) {
      out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return out;
}

/** Quote depth change over a stretch: `«»„` nest, straight `"` toggles. */
function quoteDepthAfter(s: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // « „ open, » “ ” close, " toggles.
    if (c === 0xab || c === 0x201e) d++;
    else if (c === 0xbb || c === 0x201c || c === 0x201d) d = Math.max(0, d - 1);
    else if (c === 0x22) d = d > 0 ? d - 1 : d + 1;
  }
  return d;
}

interface Sentence extends TextSpan {
  paragraph: number;
  lang: string;
  tokens: Token[];
  heading: boolean;
  startsInQuote: boolean;
}

function readSentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  const locale = lang === 'und' ? 'en' : lang;
  for (const p of splitParagraphs(text)) {
    const spans = splitSentences(text, p.start, p.end, locale);
    const heading = spans.length === 1 && !HEADING_END.test(text.slice(p.start, p.end));
    let depth = 0;
    for (const s of spans) {
      const sentenceText = text.slice(s.start, s.end);
      out.push({
        start: s.start,
        end: s.end,
        paragraph: p.index,
        lang: sentenceLanguage(sentenceText, lang),
        tokens: tokenize(sentenceText, s.start),
        heading,
        startsInQuote: depth > 0,
      });
      depth = quoteDepthAfter(sentenceText, depth);
    }
  }
  return out;
}

/** Splits an article into claims and reads each claim's terms, figures, dates, attributions and entities. */
export function analyze(article: Article, lexicon: Lexicon): Claim[] {
  const { text } = article;
  const lang = articleLanguage(article);
  const reference = referenceDate(article.published);
  const sentences = readSentences(text, lang);
  const names = emptyArticleNames();
  for (const s of sentences) learnNames(text, s.tokens, s.lang, names);
  const entities = sentences.map((s) =>
    s.lang === 'und' ? [] : extractEntities(text, s.tokens, 0, s.tokens.length, s.lang, lexicon, names),
  );
  const reported: ReportedSentence[] = sentences.map((s, si) => ({
    paragraph: s.paragraph,
    text: text.slice(s.start, s.end),
    report: s.lang === 'und' || s.heading ? null : readReport(text, s.tokens, s.lang, names, s.start),
    startsInQuote: s.startsInQuote,
    speakers: (entities[si] ?? [])
      .filter((e) => e.kind === 'person')
      .map((e) => ({ text: e.text, key: e.key, kind: 'person' as const })),
  }));
  reported.forEach((r, si) => {
    const sentenceLang = sentences[si]?.lang ?? lang;
    for (const l of r.report?.links ?? []) if (l.kind === 'org') l.body = readBodyName(l.text, sentenceLang, lexicon);
  });
  const attributions = resolveAttributions(reported);
  const claims: Claim[] = [];
  // The last place a sentence names (a place name, or where one of its counts happened): `Тут` or `Там`
  // opening the next sentence's clause means it.
  let previousPlace: string | undefined;
  sentences.forEach((s, si) => {
    const placeBefore = previousPlace;
    let lastPlace: { key: string; at: number } | undefined;
    const seePlace = (key: string, at: number): void => {
      if (!lastPlace || at >= lastPlace.at) lastPlace = { key, at };
    };
    const named = lastPlaceNamed({ text, tokens: s.tokens, lang: s.lang, lexicon, excluded: [], quotedNames: [] });
    if (named) seePlace(named.key, named.at);
    const quoted = shortQuotes(text, s);
    const clauses = splitClauses(text, s);
    const cued = clauses.length === 1 || hasDateCue(text, s);
    // Clauses follow each other, so each one's first token is looked for from the previous one's: a
    // sentence of thousands of clauses is not rescanned from its first token for each.
    let from = 0;
    for (const clause of clauses) {
      while (from < s.tokens.length && (s.tokens[from] as Token).start < clause.start) from++;
      let to = from;
      while (to < s.tokens.length && (s.tokens[to] as Token).end <= clause.end) to++;
      const dates = s.lang === 'und' ? [] : extractDates(text, clause, s.lang, reference, cued);
      const figures = extractFigures(
        {
          text,
          tokens: s.tokens,
          lang: s.lang,
          lexicon,
          excluded: dates,
          quotedNames: quoted,
          dates,
          previousPlace: placeBefore,
        },
        clause,
      );
      for (const f of figures) if (f.scope !== undefined) seePlace(f.scope, f.start);
      claims.push({
        index: claims.length,
        text: text.slice(clause.start, clause.end),
        start: clause.start,
        end: clause.end,
        paragraph: s.paragraph,
        sentence: si,
        lang: s.lang,
        heading: s.heading,
        reportingOnly: reported[si]?.report?.reportingOnly ?? false,
        ...claimWords(s.tokens, s.lang, lexicon, from, to),
        figures,
        dates,
        attributions: attributions[si] ?? [],
        entities: (entities[si] ?? []).filter((e) => e.start >= clause.start && e.end <= clause.end),
      });
    }
    previousPlace = lastPlace?.key;
  });
  return claims;
}

/** Binds a lexicon once (the service worker fetches it, Node reads it from disk) for repeated analysis. */
export function createAnalyzer(lexicon: Lexicon): Analyzer {
  return { analyze: (article) => analyze(article, lexicon) };
}
