import { LANGUAGE_PACKS, languagePack, packsWrittenIn, words, wordsOfEveryPack } from '../languages';
import { alternation, endingsPattern } from '../languages/word-patterns';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import type { Attribution, AttributionLink } from './claim';
import { type ArticleNames, isTitleWord, nameKey, stemFor } from './entities';
import { matchKnownName } from './known-names';
import { foldedStem } from './lexicon';

const wordSet = (list: (p: (typeof LANGUAGE_PACKS)[number]) => string): ReadonlySet<string> =>
  new Set(wordsOfEveryPack(list));
const attribution = (p: (typeof LANGUAGE_PACKS)[number]) => p.attribution;

// Every language pack's attribution words (lib/languages/<code>/attribution.json), matched on the normalised word.
// Reporting verbs in the forms news uses.
const VERBS = wordSet((p) => attribution(p).reportingVerbs);
// `говорится в ноте`, `йдеться у повідомленні`, `said in a statement`: the source follows a preposition.
// `сообщили в СК`, `у ГУР підтвердили`: Russian and Ukrainian name the body speaking after `в`/`у` too.
const VERBS_WITH_IN = wordSet((p) => attribution(p).verbsWithIn);
const IN = wordSet((p) => attribution(p).inWords);

type CueKind = 'source' | 'citing' | 'pronoun';
const CUE_KINDS: readonly CueKind[] = ['source', 'citing', 'pronoun'];
// Prepositional cues; `citing` ones name the source of the outlet named by a verb in the same sentence;
// `pronoun` ones (`по его словам`) the speaker named just before.
const PREPOSITIONS: readonly [string[], CueKind][] = LANGUAGE_PACKS.flatMap((p) =>
  CUE_KINDS.flatMap((kind) => attribution(p).cues[kind].map((cue): [string[], CueKind] => [words(cue), kind])),
);
// The cues by their first word, each list in PREPOSITIONS' order: a word is checked against the few cues
// it can start instead of all of them (every word of every sentence is).
const PREPOSITIONS_BY_FIRST_WORD = new Map<string, [string[], CueKind][]>();
for (const cue of PREPOSITIONS) {
  const first = cue[0][0];
  if (first === undefined) throw new Error('attribution: an empty cue phrase');
  const list = PREPOSITIONS_BY_FIRST_WORD.get(first);
  if (list) list.push(cue);
  else PREPOSITIONS_BY_FIRST_WORD.set(first, [cue]);
}
const NO_CUES: readonly [string[], CueKind][] = [];

const PLURAL_MEDIA = wordSet((p) => attribution(p).pluralMedia);
const QUANTIFIERS = wordSet((p) => attribution(p).quantifiers);
const PRONOUNS = wordSet((p) => attribution(p).pronouns);
const SKIP_FORWARD = wordSet((p) => attribution(p).skipForward);
const ARTICLES = wordSet((p) => attribution(p).articles);
const OWN = wordSet((p) => attribution(p).ownWords);
// Days and months name when something was said (`said Saturday`, `повідомляє у вівторок`), never who said it.
const DATE_WORDS = wordSet((p) => p.dates.dateWords);
// A date phrase right after a reporting verb is stepped over (`повідомляє у вівторок Associated Press`).
const DATE_PREPOSITIONS = wordSet((p) => attribution(p).datePrepositions);
// Locative and temporal prepositions: a name after one (`на засіданні Держдуми РФ`) is where or when, not who.
const PLACE_PREPOSITIONS = wordSet((p) => attribution(p).placePrepositions);
const PHRASE_ADJECTIVE = endingsPattern(wordsOfEveryPack((p) => p.grammar.phraseAdjectiveEndings));
// `Ria Novosti news agency`: how far a common noun for an outlet may follow its name.
const APPOSITION_REACH = 20;
// `Ministry of Defence`, `Security Service of Ukraine`: a body's name runs on through `of` after its head word.
const BODY_NAME_JOINERS = wordSet((p) => attribution(p).bodyNameJoiners);
// Head words of bodies' names (`Investigative Committee`, `Ministry of Defence`).
const BODY_HEADS = wordSet((p) => attribution(p).bodyHeads);
// …and as folded stems where they inflect (`Следственном комитете`, `Міністерства внутрішніх справ`).
const BODY_HEAD_STEMS = wordSet((p) => attribution(p).bodyHeadStems);
// Words read before a body's head noun (`Следственный`, `Державна`) and after it (`обороны`, `внутрішніх справ`, `РФ`).
const BODY_ADJECTIVES = 3;
const BODY_COMPLEMENT = 3;
// Adjectives in any case (`Следственном`, `Державній`, `Генерального`): inside a place phrase or a name.
const BODY_ADJECTIVE = endingsPattern(
  wordsOfEveryPack((p) => `${p.grammar.placeAdjectiveEndings} ${p.grammar.phraseAdjectiveEndings}`),
  2,
);
/** A dot and a domain right after a name, no space between (`Авиа.про`, `Lenta.ru`). */
const SITE_SUFFIX = /^\.\p{Ll}{2,6}(?!\p{L})/u;
const MAX_SITE_SUFFIX = 7;
// A capitalised adjective before a common noun starts a body's name (`Центральное телевидение Китая`, `Збройних сил`),
// in the scripts whose packs have such endings.
const NAME_ADJECTIVE = endingsPattern(wordsOfEveryPack((p) => p.grammar.nameAdjectiveEndings));
const NAME_ADJECTIVE_SCRIPTS: ReadonlySet<string> = new Set(
  LANGUAGE_PACKS.filter((p) => p.grammar.nameAdjectiveEndings).map((p) => p.script),
);
const COORDINATION = wordSet((p) => attribution(p).coordination);
const OF = wordSet((p) => attribution(p).of);
const ONE = wordSet((p) => attribution(p).one);
const CLAUSE_END = wordSet((p) => attribution(p).clauseEnd);
const AS = wordSet((p) => attribution(p).as);
// Words that can stand before a role noun within its phrase: adjectives, `один из`, `несколько`.
const MODIFIER = endingsPattern(wordsOfEveryPack((p) => p.grammar.modifierEndings));
const isModifier = (t: Token): boolean =>
  MODIFIER.test(t.norm) || QUANTIFIERS.has(t.norm) || OF.has(t.norm) || ONE.has(t.norm) || OWN.has(t.norm);
const SPACE = /\s/;
const QUOTE_CLOSERS = '"»”“';
const DASHES = '-–—';

/**
 * Whether `text.slice(from, to)` ends with a closing quote and a dash (`»,  — сказал`), as
 * /["»”“]\s*,?\s*[-–—]\s*$/ would test it: read backwards from `to`, so a long sentence with many
 * reporting verbs is not scanned from its start once per verb.
 */
function endsWithQuoteThenDash(text: string, from: number, to: number): boolean {
  let i = to;
  const skipSpace = (): void => {
    while (i > from && SPACE.test(text.charAt(i - 1))) i--;
  };
  skipSpace();
  if (i <= from || !DASHES.includes(text.charAt(i - 1))) return false;
  i--;
  skipSpace();
  if (i > from && text.charAt(i - 1) === ',') {
    i--;
    skipSpace();
  }
  return i > from && QUOTE_CLOSERS.includes(text.charAt(i - 1));
}
const SEPARATOR = /[,.;:!?"«»„“”()\u2013\u2014]|\s-\s/;
const REPORTING_ONLY = new RegExp(`^${alternation(LANGUAGE_PACKS.flatMap((p) => attribution(p).reportingOnly))}`, 'i');
const RESET = new RegExp(
  String.raw`^${alternation(LANGUAGE_PACKS.flatMap((p) => attribution(p).contextResets))}(?!\p{L})`,
  'iu',
);

/**
 * Folded stems of every pack's words of a table, each word stemmed as every language written in its pack's
 * script would (a Russian text quotes Ukrainian words and the reverse).
 */
function stemTable(table: (p: (typeof LANGUAGE_PACKS)[number]) => Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const pack of LANGUAGE_PACKS) {
    for (const [key, list] of Object.entries(table(pack))) {
      for (const w of words(list)) for (const p of packsWrittenIn(pack.script)) map.set(foldedStem(w, p.code), key);
    }
  }
  return map;
}
const ROLES = stemTable((p) => attribution(p).roles);
const DOCUMENTS = stemTable((p) => attribution(p).documents);
// `издание`, `видання`, `агентство`: the outlet named earlier in the article.
const ANAPHOR_STEMS = stemTable((p) => ({ anaphor: attribution(p).anaphors }));

/** A reporting phrase found in one sentence, before article-level resolution. */
export interface SentenceReport {
  links: AttributionLink[];
  /** Refers back to an outlet (`издание`) or a speaker (`по его словам`) named earlier. */
  anaphor: boolean;
  pronoun: boolean;
  text: string;
  start: number;
  end: number;
  /** `Об этом сообщает X.`: the sentence only credits what came before. */
  reportingOnly: boolean;
  /** The cue follows a closing quote (`…", - говорится в сообщении`): it credits the whole quotation. */
  afterQuote: boolean;
  /** The cue closes the sentence after a comma or dash (`…, сообщили в СК.`): it credits the paragraph so far. */
  closing: boolean;
}

// What a sentence-closing cue follows: something said, then a comma or dash.
const CLOSING_CUE = /\S\s*[,—–-]\s*$/;
// A sentence opening a quotation (`“We have an agreement…`) or closing one the way speech is closed
// (`…doing,” Lladanosa tells me`, `…увеличиться», — сказал`) quotes someone; a name in guillemets does not.
const QUOTES_SPEECH = /^\s*["«“„]|[,.!?…]\s*["»”]|["»”]\s*,?\s*[—–-]|["»”]\s*,/;

type Found = AttributionLink & { pos: number; via: 'verb' | 'source' | 'citing' | 'pronoun' | 'anaphor' };

interface Reader {
  text: string;
  tokens: readonly Token[];
  lang: string;
  names: ArticleNames;
  used: Set<number>;
}

const between = (r: Reader, a: Token, b: Token): string => r.text.slice(a.end, b.start);

const isBodyHead = (t: Token, stemOf: (t: Token) => string): boolean =>
  BODY_HEAD_STEMS.size > 0 && t.script === 'cyrillic' && BODY_HEAD_STEMS.has(stemOf(t));

/**
 * A body named by common nouns from token `i` (before `to`): up to three adjectives, a head noun of a body
 * (`комитет`, `міністерство`, `служба`) and the words that say which (`обороны`, `з надзвичайних
 * ситуацій`, `России`): `Следственном комитете России`, `Офісі Генерального прокурора`. Its key is its
 * words' stems without the places (`следствен комитет`), so `Следственный комитет` and `Следственного
 * комитета РФ` are one source. Null when no head noun follows within reach.
 */
function readBody(
  r: Reader,
  i: number,
  to: number,
  stemOf: (t: Token) => string,
): { link: Omit<Found, 'via'>; end: number } | null {
  let head = i;
  while (head < to && head < i + BODY_ADJECTIVES && !isBodyHead(r.tokens[head] as Token, stemOf)) {
    const t = r.tokens[head] as Token;
    if (!BODY_ADJECTIVE.test(t.norm) || t.acronym || STOPWORDS.has(t.norm)) return null;
    if (head > i && SEPARATOR.test(between(r, r.tokens[head - 1] as Token, t))) return null;
    head++;
  }
  if (head >= to || !isBodyHead(r.tokens[head] as Token, stemOf)) return null;
  // A name starts at its capital: in `последним данным Следственного комитета` the body is the last two words.
  const capitalFrom = r.tokens.slice(i, head + 1).findIndex((t) => t.capitalised);
  if (capitalFrom > 0) return null;
  if (head > i && SEPARATOR.test(between(r, r.tokens[head - 1] as Token, r.tokens[head] as Token))) return null;
  const keyWords: string[] = [];
  for (let k = i; k <= head; k++) keyWords.push(stemOf(r.tokens[k] as Token));
  let end = head + 1;
  let words = 0;
  while (end < to && words < BODY_COMPLEMENT) {
    const t = r.tokens[end] as Token;
    if (SEPARATOR.test(between(r, r.tokens[end - 1] as Token, t)) || isBoundary(t) || DATE_WORDS.has(t.norm)) break;
    const s = stemOf(t);
    if (ROLES.has(s) || DOCUMENTS.has(s) || ANAPHOR_STEMS.has(s) || PRONOUNS.has(t.norm)) break;
    if (OF.has(t.norm) && end + 1 < to) {
      end++;
      continue;
    }
    const known = t.capitalised ? matchKnownName(r.tokens, end, stemOf) : null;
    if (known) {
      // `России`, `РФ`: whose body it is, not which.
      if (known[0].kind !== 'place') keyWords.push(known[0].key);
      end += known[1];
      words++;
      continue;
    }
    if (STOPWORDS.has(t.norm)) break;
    // A capitalised word goes on the body's name right after its head (`Офісі Генерального прокурора`) or
    // another capitalised word (`Слідчому комітеті Російської Федерації`); after a common noun it is a new
    // name, the body's person (`Офиса президента Алексей Арестович`, `МОЗ Ляшко`).
    const previous = r.tokens[end - 1] as Token;
    if (t.capitalised && !t.acronym && end > head + 1 && !previous.capitalised) break;
    if (
      t.capitalised &&
      !t.acronym &&
      end === head + 1 &&
      r.names.persons.has(nameKey(t, r.lang)) &&
      !BODY_ADJECTIVE.test(t.norm)
    ) {
      break;
    }
    keyWords.push(t.acronym ? nameKey(t, r.lang) : s);
    end++;
    words++;
  }
  const first = r.tokens[i] as Token;
  const last = r.tokens[end - 1] as Token;
  return {
    link: { text: r.text.slice(first.start, last.end), key: keyWords.join(' '), kind: 'org', pos: first.start },
    end,
  };
}

/**
 * A body described in lower case by the nouns before its head word, where the head does not inflect (`the
 * defence ministry`, `emergency services`, `the military government`): up to BODY_ADJECTIVES plain words,
 * then a head word of BODY_HEADS, nothing between them. It says an authority spoke, not an outlet, but
 * not which one (`emergency services` of which city?), so it is an anonymous role that neither
 * corroborates nor rivals a named source. A head alone (`the ministry said`) refers back to a body named
 * before.
 */
function readLowerCaseBody(
  r: Reader,
  i: number,
  to: number,
  stemOf: (t: Token) => string,
): { link: Omit<Found, 'via'>; end: number } | null {
  const plain = (t: Token): boolean =>
    !t.capitalised &&
    !t.acronym &&
    t.script !== 'digit' &&
    !STOPWORDS.has(t.norm) &&
    !VERBS.has(t.norm) &&
    !ROLES.has(stemOf(t)) &&
    !DOCUMENTS.has(stemOf(t)) &&
    !ANAPHOR_STEMS.has(stemOf(t));
  for (let head = i + 1; head < to && head <= i + BODY_ADJECTIVES; head++) {
    const before = r.tokens[head - 1] as Token;
    const t = r.tokens[head] as Token;
    const gap = between(r, before, t);
    // A letter between two words is an ending the tokenizer shed: `the country's air force` names the
    // body from `air` on, the possessive says whose it is.
    if (!plain(before) || t.capitalised || SEPARATOR.test(gap) || SHED_LETTER.test(gap)) return null;
    if (!BODY_HEADS.has(t.norm)) continue;
    return {
      link: {
        text: r.text.slice((r.tokens[i] as Token).start, t.end),
        key: 'authorities',
        kind: 'role',
        pos: (r.tokens[i] as Token).start,
      },
      end: head + 1,
    };
  }
  return null;
}

const SHED_LETTER = /\p{L}/u;

/** Classifies the words of a noun phrase `tokens[from, to)` into attribution links. */
function linksOf(r: Reader, from: number, to: number, via: Found['via'], subject = false): Found[] {
  const out: Found[] = [];
  const places: Found[] = [];
  const stemOf = (t: Token): string => stemFor(t, r.lang);
  let phraseStart = from;
  for (let i = from; i < to; i++) {
    const t = r.tokens[i] as Token;
    const s = stemOf(t);
    if (PRONOUNS.has(t.norm)) {
      out.push({ text: t.text, key: 'pronoun', kind: 'role', pos: t.start, via: 'pronoun' });
      continue;
    }
    const role = ROLES.get(s);
    const doc = DOCUMENTS.get(s);
    if (role || doc) {
      let head = i;
      while (head > phraseStart && isModifier(r.tokens[head - 1] as Token)) head--;
      const first = r.tokens[head] as Token;
      const next = r.tokens[i + 1];
      if (role === 'authorities' && next && i + 1 < to && next.capitalised && !SEPARATOR.test(between(r, t, next))) {
        // `Влада М'янми`, `власти России`: a country's authorities name no body; the place is not a source.
        let j = i + 1;
        while (j < to && j <= i + 2 && (r.tokens[j] as Token).capitalised) j++;
        const end = r.tokens[j - 1] as Token;
        out.push({ text: r.text.slice(first.start, end.end), key: 'authorities', kind: 'role', pos: first.start, via });
        i = j - 1;
        phraseStart = j;
        continue;
      }
      const owner = next && i + 1 < to ? matchKnownName(r.tokens, i + 1, stemOf) : null;
      if (owner) {
        // `представители Соединенных Штатов`: the role speaks for the named body.
        const end = r.tokens[i + owner[1]] as Token;
        out.push({ text: r.text.slice(first.start, end.end), key: owner[0].key, kind: 'org', pos: t.start, via });
        i += owner[1];
        phraseStart = i + 1;
        continue;
      }
      const prev = out[out.length - 1];
      const text = r.text.slice(first.start, t.end);
      if (role && prev && prev.kind === 'role' && prev.key !== 'pronoun' && prev.pos >= first.start - 30) {
        // `Дипломаты и официальные лица`: one anonymous source of two kinds.
        prev.text = r.text.slice(prev.pos, t.end);
        prev.key = [...new Set([...prev.key.split('+'), role])].sort().join('+');
      } else {
        out.push({ text, key: role ?? doc ?? '', kind: role ? 'role' : 'document', pos: first.start, via });
      }
      phraseStart = i + 1;
      continue;
    }
    // `Telegram-канала SHOT`: a compound whose last part is an outlet's common noun is one.
    const dash = t.norm.lastIndexOf('-');
    const partStem = dash > 0 ? stemOf({ ...t, norm: t.norm.slice(dash + 1) }) : s;
    if (ANAPHOR_STEMS.has(s) || ANAPHOR_STEMS.has(partStem)) {
      let head = i;
      while (head > phraseStart && isModifier(r.tokens[head - 1] as Token)) head--;
      const quantified = head < i && QUANTIFIERS.has((r.tokens[head] as Token).norm);
      const plural = PLURAL_MEDIA.has(t.norm) || quantified;
      const first = r.tokens[head] as Token;
      const named = out[out.length - 1];
      // `Ria Novosti news agency`, `агентство ТАСС` name the outlet once: the common noun adds no source.
      const ahead = i + 1 < to ? matchKnownName(r.tokens, i + 1, stemOf) : null;
      const apposition =
        (named?.kind === 'media' && Math.abs(named.pos - t.start) <= APPOSITION_REACH) || ahead?.[0].kind === 'media';
      if (apposition) {
        phraseStart = i + 1;
        continue;
      }
      const next = r.tokens[i + 1];
      if (!ahead && next && i + 1 < to && next.capitalised && !STOPWORDS.has(next.norm) && !plural) {
        // `state-run television MRTV`, `телеканал Ахмат`: the name an outlet is given is an outlet.
        let j = i + 2;
        while (j < to && (r.tokens[j] as Token).capitalised) j++;
        const last = r.tokens[j - 1] as Token;
        out.push({
          text: r.text.slice(next.start, last.end),
          key: nameKey(last, r.lang),
          kind: 'media',
          pos: next.start,
          via,
        });
        i = j - 1;
        phraseStart = j;
        continue;
      }
      if (plural) out.push({ text: r.text.slice(first.start, t.end), key: 'media', kind: 'role', pos: t.start, via });
      else out.push({ text: t.text, key: 'anaphor', kind: 'media', pos: t.start, via: 'anaphor' });
      phraseStart = i + 1;
      continue;
    }
    if (DATE_WORDS.has(t.norm)) continue;
    const body = readBody(r, i, to, stemOf) ?? readLowerCaseBody(r, i, to, stemOf);
    if (body) {
      out.push({ ...body.link, via });
      i = body.end - 1;
      phraseStart = body.end;
      continue;
    }
    const known = t.capitalised ? matchKnownName(r.tokens, i, stemOf) : null;
    if (known) {
      const end = r.tokens[i + known[1] - 1] as Token;
      // A place is never a source by itself: `Russia's Defence Ministry`, `телевидение Китая`.
      const title = r.tokens[i - 1];
      if (known[0].kind !== 'place') {
        const kind = known[0].kind === 'media' ? 'media' : 'org';
        out.push({ text: r.text.slice(t.start, end.end), key: known[0].key, kind, pos: t.start, via });
      } else if (title && isTitleWord(title.norm) && !SEPARATOR.test(between(r, title, t))) {
        // `Президент Украины подчеркнул`, `Президент Франції заявив`: an official named by title, not the state.
        out.push({ text: r.text.slice(title.start, end.end), key: 'officials', kind: 'role', pos: title.start, via });
      } else places.push({ text: r.text.slice(t.start, end.end), key: known[0].key, kind: 'org', pos: t.start, via });
      i += known[1] - 1;
      phraseStart = i + 1;
      continue;
    }
    const next = r.tokens[i + 1];
    if (
      t.capitalised &&
      NAME_ADJECTIVE_SCRIPTS.has(t.script) &&
      NAME_ADJECTIVE.test(t.norm) &&
      // `Зеленский поблагодарил`: a person's surname, not an adjective naming a body.
      !r.names.persons.has(nameKey(t, r.lang)) &&
      next &&
      i + 1 < to &&
      !next.capitalised &&
      next.script === t.script &&
      !STOPWORDS.has(next.norm) &&
      !SEPARATOR.test(between(r, t, next)) &&
      !ROLES.has(stemOf(next)) &&
      !DOCUMENTS.has(stemOf(next)) &&
      !ANAPHOR_STEMS.has(stemOf(next))
    ) {
      // `Центральное телевидение (Китая)`, `Збройних сил`: a body named by an adjective and a noun.
      out.push({
        text: r.text.slice(t.start, next.end),
        key: `${stemOf(t)} ${stemOf(next)}`,
        kind: 'org',
        pos: t.start,
        via,
      });
      i += 1;
      phraseStart = i + 1;
      continue;
    }
    if (t.capitalised && t.script !== 'digit' && !STOPWORDS.has(t.norm)) {
      let j = i + 1;
      // An acronym ends a name run (`ГУР Андрій Юсов`: the body, then its person), unless another acronym
      // or a body's head word follows: `ГУ МЧС`, `ABC News` are one body.
      while (
        j < to &&
        (r.tokens[j] as Token).capitalised &&
        (t.acronym
          ? ((r.tokens[j] as Token).acronym && (r.tokens[j - 1] as Token).acronym) ||
            BODY_HEADS.has((r.tokens[j] as Token).norm)
          : !(r.tokens[j] as Token).acronym) &&
        !DATE_WORDS.has((r.tokens[j] as Token).norm) &&
        !matchKnownName(r.tokens, j, stemOf)
      )
        j++;
      // `Ministry of Defence`, `Security Service of Ukraine`, `Coordination Headquarters for the Treatment of
      // PoWs`: an English body's name runs on through `of` and `for` (and an article after them), from its
      // head word on.
      let inBody = false;
      while (j + 1 < to && BODY_NAME_JOINERS.has((r.tokens[j] as Token).norm)) {
        if (!inBody && !BODY_HEADS.has((r.tokens[j - 1] as Token).norm)) break;
        let k = j + 1;
        if (STOPWORDS.has((r.tokens[k] as Token).norm) && !(r.tokens[k] as Token).capitalised && k + 1 < to) k++;
        if (!(r.tokens[k] as Token).capitalised) break;
        j = k + 1;
        while (j < to && (r.tokens[j] as Token).capitalised && !(r.tokens[j] as Token).acronym) j++;
        inBody = true;
      }
      const last = r.tokens[j - 1] as Token;
      const body = r.tokens.slice(i, j).some((x) => BODY_HEADS.has(x.norm));
      const key = body ? nameKey(t, r.lang) + nameKey(last, r.lang) : nameKey(last, r.lang);
      const initial = i === 0;
      const after = r.tokens[j];
      // `French authorities`, `Russian intelligence services`, `Thai provinces`: a lone capitalised word
      // before a common noun qualifies it; a person's name is followed by what they did (`Yermak said`). So
      // does a title's run ending in an adjective (`Губернатор Амурской области`): a title and a region, not a name.
      const titledPlace =
        isTitleWord(t.norm) &&
        NAME_ADJECTIVE_SCRIPTS.has(last.script) &&
        NAME_ADJECTIVE.test(last.norm) &&
        !last.acronym;
      const qualifier =
        (j - i === 1 || titledPlace) &&
        !t.acronym &&
        after !== undefined &&
        j < to &&
        !after.capitalised &&
        after.script === last.script &&
        !VERBS.has(after.norm) &&
        !STOPWORDS.has(after.norm) &&
        !SEPARATOR.test(between(r, last, after)) &&
        !r.names.persons.has(key);
      if (qualifier) {
        i = j - 1;
        continue;
      }
      // A lone capitalised word at sentence start (`Французский чиновник`) is a name only if the article says so.
      if (!(initial && j - i === 1 && !r.names.names.has(key))) {
        // A name in another script than the sentence's language (`Reuters` in a Russian text) is a body.
        const foreign = languagePack(r.lang)?.namesInScripts.includes(t.script) ?? false;
        // `Авиа.про`, `Lenta.ru`: a name written as a site's address is an outlet.
        const site = SITE_SUFFIX.exec(r.text.slice(last.end, last.end + MAX_SITE_SUFFIX + 1));
        // `the Louvre announced`, `the Pentagon said`: people take no article.
        const articled = i > 0 && ARTICLES.has((r.tokens[i - 1] as Token).norm);
        const kind = site ? 'media' : t.acronym || body || foreign || articled ? 'org' : 'person';
        const textEnd = last.end + (site?.[0].length ?? 0);
        out.push({ text: r.text.slice(t.start, textEnd), key, kind, pos: t.start, via });
        phraseStart = j;
      }
      i = j - 1;
    }
  }
  // A place standing alone as the subject is the state speaking (`Україна заявила`); beside a body or a
  // person it only qualifies them, and after a verb (`said Russia fired`) it is what the report is about.
  return out.length === 0 && subject ? places : out;
}

function isBoundary(t: Token): boolean {
  return VERBS.has(t.norm) || CLAUSE_END.has(t.norm);
}

/** The noun phrase after a cue: up to five words, through `и`/`and` and `один из`, to punctuation. */
function readForward(r: Reader, i: number, via: Found['via']): Found[] {
  let j = i;
  for (;;) {
    const t = r.tokens[j];
    if (!t) break;
    if (SKIP_FORWARD.has(t.norm) || DATE_WORDS.has(t.norm)) j++;
    else if (DATE_PREPOSITIONS.has(t.norm) && DATE_WORDS.has(r.tokens[j + 1]?.norm ?? '')) j += 2;
    else break;
  }
  const from = j;
  for (; j < r.tokens.length && j < from + 5; j++) {
    const t = r.tokens[j] as Token;
    if (r.used.has(j) || isBoundary(t)) break;
    if (j > from && SEPARATOR.test(between(r, r.tokens[j - 1] as Token, t))) break;
    const conj = COORDINATION.has(t.norm) || (OF.has(t.norm) && j > from);
    if (!conj && STOPWORDS.has(t.norm) && !PRONOUNS.has(t.norm) && !OWN.has(t.norm)) break;
  }
  for (let k = from; k < j; k++) r.used.add(k);
  return linksOf(r, from, j, via);
}

/** The subject before a reporting verb: the words back to punctuation, nearest link to the verb wins. */
function readBackward(r: Reader, v: number): Found[] {
  // Step over a stretch already read (`Bloomberg со ссылкой на источники пишет`), so the subject is what
  // stands before it; stop at punctuation or another verb.
  let end = v;
  while (end > 0 && r.used.has(end - 1)) end--;
  if (end < v && end > 0 && SEPARATOR.test(between(r, r.tokens[end - 1] as Token, r.tokens[end] as Token))) return [];
  let from = end;
  while (from > 0 && from > end - 7) {
    const t = r.tokens[from - 1] as Token;
    if (r.used.has(from - 1) || isBoundary(t)) break;
    if (SEPARATOR.test(between(r, t, r.tokens[from] as Token))) break;
    from--;
  }
  if (from === end) return [];
  // Names inside a place or time phrase (`Картаполов на засіданні Держдуми РФ заявив`, `Накануне поездки
  // в Париж президент Зеленский заявил`) are where or when, not who: the subject is the last name outside.
  const inPhrase = new Set<number>();
  // `В Следственном комитете России сообщили`, `У Міністерстві оборони заявили`: before an impersonal
  // verb, the body a place phrase names is who speaks.
  const impersonal = VERBS_WITH_IN.has((r.tokens[v] as Token).norm);
  const stemOf = (t: Token): string => stemFor(t, r.lang);
  // `У Кремлі заявили`, `В Следкоме сообщили`: a phrase opening with `в`/`у` before an impersonal verb
  // names the body speaking, never a person (nobody is spoken of as `у Слідкомі`).
  const bodies = new Set<number>();
  for (let k = from; k < end; k++) {
    if (!PLACE_PREPOSITIONS.has((r.tokens[k] as Token).norm)) continue;
    if (impersonal && readBody(r, k + 1, end, stemOf)) continue;
    const named = r.tokens[k + 1];
    if (impersonal && k === from && IN.has((r.tokens[k] as Token).norm) && named?.capitalised && k + 1 < end) {
      bodies.add(named.start);
      continue;
    }
    // The phrase: adjectives, its head noun, then the names that qualify it (`засіданні Держдуми РФ`).
    let n = k + 1;
    while (n < end && !(r.tokens[n] as Token).capitalised && PHRASE_ADJECTIVE.test((r.tokens[n] as Token).norm)) {
      inPhrase.add((r.tokens[n] as Token).start);
      n++;
    }
    if (n < end) inPhrase.add((r.tokens[n] as Token).start);
    for (n++; n < end && (r.tokens[n] as Token).capitalised; n++) inPhrase.add((r.tokens[n] as Token).start);
  }
  const found = linksOf(r, from, end, 'verb', true)
    .filter((l) => !inPhrase.has(l.pos))
    .map((l) => (bodies.has(l.pos) && l.kind === 'person' ? { ...l, kind: 'org' as const } : l));
  for (let k = from; k < end; k++) r.used.add(k);
  const last = found[found.length - 1];
  return last ? [last] : [];
}

/**
 * Where the speaker's name starts after the channel a verb names before it (`сообщил в Telegram Андрей
 * Ермак`, `написав у своєму Telegram-каналі Зеленський`): `в`/`у`, perhaps `своём`, one word, then a
 * capitalised word. Anywhere else, `i` itself; the channel's words are read as used.
 */
function afterChannel(r: Reader, i: number): number {
  const preposition = r.tokens[i]?.norm ?? '';
  if (!IN.has(preposition) || !PLACE_PREPOSITIONS.has(preposition)) return i;
  let k = i + 1;
  if (OWN.has(r.tokens[k]?.norm ?? '')) k++;
  const channel = r.tokens[k];
  const name = r.tokens[k + 1];
  // The name, or a title then the name (`…каналі глава ОП Андрій Єрмак`).
  const named = name?.capitalised === true || r.tokens[k + 2]?.capitalised === true;
  if (!channel || !name || !named || DATE_WORDS.has(channel.norm)) return i;
  for (let j = i; j < k + 1; j++)
    if (SEPARATOR.test(between(r, r.tokens[j] as Token, r.tokens[j + 1] as Token))) return i;
  for (let j = i; j <= k; j++) r.used.add(j);
  return k + 1;
}

function startsCue(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** Reads the reporting phrases of one sentence (its tokens only), or null when it has none. */
export function readReport(
  text: string,
  tokens: readonly Token[],
  lang: string,
  names: ArticleNames,
  sentenceStart: number,
): SentenceReport | null {
  const r: Reader = { text, tokens, lang, names, used: new Set() };
  const found: Found[] = [];
  const cueSpans: [number, number][] = [];
  let afterQuote = false;
  for (let i = 0; i < tokens.length; i++) {
    for (const [words, kind] of PREPOSITIONS_BY_FIRST_WORD.get((tokens[i] as Token).norm) ?? NO_CUES) {
      if (!startsCue(tokens, i, words)) continue;
      for (let k = 0; k < words.length; k++) r.used.add(i + k);
      const links: Found[] =
        kind === 'pronoun'
          ? [
              {
                text: (tokens[i + 1] as Token).text,
                key: 'pronoun',
                kind: 'role',
                pos: (tokens[i] as Token).start,
                via: 'pronoun',
              },
            ]
          : readForward(r, i + words.length, kind);
      if (links.length) {
        found.push(...links);
        cueSpans.push([(tokens[i] as Token).start, spanEnd(tokens, r, i)]);
      }
      i += words.length - 1;
      break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (r.used.has(i) || !VERBS.has(t.norm)) continue;
    r.used.add(i);
    let next = i + 1;
    if (VERBS_WITH_IN.has(t.norm)) {
      while (next < tokens.length && IN.has((tokens[next] as Token).norm)) r.used.add(next++);
    }
    if (!VERBS_WITH_IN.has(t.norm)) next = afterChannel(r, next);
    const nextToken = tokens[next];
    const forwardOk = nextToken && !SEPARATOR.test(text.slice(t.end, nextToken.start));
    // `повідомили у Слідкомі`: the name after `у` is a body, never a person.
    const inBody = next > i + 1 && IN.has((tokens[next - 1] as Token).norm) && nextToken?.capitalised === true;
    const after = (forwardOk ? readForward(r, next, 'verb') : []).map((l) =>
      inBody && l.kind === 'person' && l.pos === nextToken?.start ? { ...l, kind: 'org' as const } : l,
    );
    const before = readBackward(r, i);
    if (after.length === 0 && before.length === 0) continue;
    found.push(...after, ...before);
    const quoteBefore = endsWithQuoteThenDash(text, sentenceStart, t.start);
    if (quoteBefore) afterQuote = true;
    const as = tokens[i - 1];
    const cueStart = as && AS.has(as.norm) ? as.start : t.start;
    const starts = [cueStart, ...after.map((l) => l.pos), ...before.map((l) => l.pos)];
    cueSpans.push([Math.min(...starts), spanEnd(tokens, r, i)]);
  }
  if (found.length === 0) return null;
  const start = Math.min(...cueSpans.map((s) => s[0]));
  const end = Math.max(...cueSpans.map((s) => s[1]));
  const first = tokens[0];
  const sentenceText = first ? text.slice(first.start) : '';
  const last = tokens[tokens.length - 1];
  const closing = !!first && !!last && end >= last.end && CLOSING_CUE.test(text.slice(first.start, start));
  return {
    links: orderLinks(found),
    anaphor: found.some((l) => l.via === 'anaphor'),
    pronoun: found.some((l) => l.via === 'pronoun'),
    text: text.slice(start, end),
    start,
    end,
    reportingOnly: REPORTING_ONLY.test(sentenceText),
    afterQuote,
    closing,
  };
}

/** End of the last consumed token from `i` on (the cue phrase's extent). */
function spanEnd(tokens: readonly Token[], r: Reader, i: number): number {
  let j = i;
  while (j + 1 < tokens.length && r.used.has(j + 1)) j++;
  return (tokens[j] as Token).end;
}

/**
 * Orders links from the citing outlet to the original source: outlets named by verbs (the later one in
 * the sentence is the outer, `повідомляє Reuters, пише УНН`), then outlets they cite, then named
 * people and bodies, then anonymous sources and documents.
 */
function orderLinks(found: Found[]): AttributionLink[] {
  const rank = (l: Found): number => {
    if (l.kind === 'media') return l.via === 'citing' ? 1 : 0;
    if (l.kind === 'person' || l.kind === 'org') return 2;
    return 3;
  };
  const sorted = [...found].sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? b.pos - a.pos : a.pos - b.pos));
  return sorted.map(({ text, key, kind }) => ({ text, key, kind }));
}

/** Per-sentence input to the article-level resolution of attributions. */
export interface ReportedSentence {
  paragraph: number;
  text: string;
  report: SentenceReport | null;
  /** The sentence begins inside a quotation opened by an earlier sentence. */
  startsInQuote: boolean;
  /** People the sentence names, last one nearest to what follows: candidates for `по его словам`. */
  speakers: AttributionLink[];
}

const isNamed = (l: AttributionLink): boolean => l.kind !== 'role' && l.kind !== 'document';

function makeAttribution(
  links: AttributionLink[],
  text: string,
  start: number,
  end: number,
  inherited: boolean,
): Attribution {
  const unique: AttributionLink[] = [];
  for (const l of links) if (!unique.some((u) => u.key === l.key)) unique.push(l);
  const named = [...unique].reverse().find(isNamed) ?? unique[unique.length - 1];
  return {
    chain: unique.map((l) => l.text),
    links: unique,
    source: named?.key ?? '',
    text,
    inherited,
    start,
    end,
  };
}

const inheritedCopy = (a: Attribution): Attribution => ({ ...a, inherited: true });

/**
 * Who `его`/`його`/`his` is: the speaker credited by the previous sentence of the paragraph, else the
 * last person it names (`Макрон анонсировал … По его словам`).
 */
function pronounReferent(
  sentences: readonly ReportedSentence[],
  out: Attribution[][],
  i: number,
): AttributionLink[] | null {
  const prev = sentences[i - 1];
  if (!prev || prev.paragraph !== sentences[i]?.paragraph) return null;
  const credited = out[i - 1]?.[0];
  const lastLink = credited?.links[credited.links.length - 1];
  if (credited && !credited.inherited && lastLink && (lastLink.kind === 'person' || lastLink.kind === 'role')) {
    return credited.links;
  }
  const speaker = prev.speakers[prev.speakers.length - 1];
  return speaker ? [speaker] : null;
}

/**
 * Resolves sentence reports across the article: `издание`/`агентство` to the outlet in context, `по его
 * словам` to the previous speaker, anonymous sources (`дипломаты сообщили`) under the outlet reporting
 * them; carries an attribution forward through its paragraph and back from `Об этом сообщает X` and
 * from a cue closing a quotation. Returns one list per sentence.
 */
export function resolveAttributions(sentences: readonly ReportedSentence[]): Attribution[][] {
  const out: Attribution[][] = sentences.map(() => []);
  const explicit: boolean[] = sentences.map(() => false);
  let context: AttributionLink[] = [];
  let last: Attribution | null = null;
  sentences.forEach((s, i) => {
    if (RESET.test(s.text)) context = [];
    const report = s.report;
    if (!report) {
      const prev = sentences[i - 1];
      const carried = out[i - 1]?.[0];
      if (prev && prev.paragraph === s.paragraph && carried && !prev.report?.reportingOnly && !RESET.test(s.text)) {
        out[i] = [inheritedCopy(carried)];
      }
      return;
    }
    const links: AttributionLink[] = [];
    let inherited = false;
    for (const l of report.links) {
      if (l.key === 'anaphor') {
        if (context.length) {
          links.push(...context);
          inherited = true;
        } else links.push({ ...l, key: 'media', kind: 'role' });
      } else if (l.key === 'pronoun') {
        const referent = pronounReferent(sentences, out, i) ?? last?.links;
        if (referent) {
          links.push(...referent);
          inherited = true;
        }
      } else links.push(l);
    }
    if (links.length === 0) return;
    // Anonymous sources and documents are reported by the outlet the article is relaying.
    if (!links.some(isNamed) && context.length) links.unshift(...context);
    const attribution = makeAttribution(links, report.text, report.start, report.end, inherited);
    const media = links.filter((l) => l.kind === 'media');
    if (media.length) context = media;
    out[i] = [attribution];
    explicit[i] = true;
    last = attribution;
    const backTo = (j: number): void => {
      if (!explicit[j]) out[j] = [inheritedCopy(attribution)];
    };
    if (report.reportingOnly) {
      let j = i - 1;
      while (j >= 0 && sentences[j]?.paragraph === s.paragraph) backTo(j--);
      if (j === i - 1) for (; j >= 0 && sentences[j]?.paragraph === s.paragraph - 1; j--) backTo(j);
    }
    if (report.closing && !report.reportingOnly) {
      // Back to a sentence that has a credit or is a quotation: a quotation is its speaker's, named or not.
      for (let j = i - 1; j >= 0; j--) {
        const before = sentences[j] as ReportedSentence;
        if (
          before.paragraph !== s.paragraph ||
          out[j]?.length ||
          before.startsInQuote ||
          QUOTES_SPEECH.test(before.text)
        )
          break;
        backTo(j);
      }
    }
    if (report.afterQuote && s.startsInQuote) {
      for (let j = i - 1; j >= 0 && sentences[j]?.paragraph === s.paragraph; j--) {
        backTo(j);
        if (!sentences[j]?.startsInQuote) break;
      }
    }
  });
  return out;
}
