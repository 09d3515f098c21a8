import { wordsOfEveryPack } from '../languages';
import { endingsPattern } from '../languages/word-patterns';
import type { TextSpan } from '../text/sentences';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import type { Figure } from './claim';
import { nameKey, stemFor } from './entities';
import { type FigureContext, firstTokenAt, type ReadFigure } from './figures';
import { matchKnownName } from './known-names';
import { wordConcepts, wordKey } from './lexicon';
import { UNIT_WORDS } from './number-words';
import {
  AS_OF_CUES,
  NEW_BEFORE,
  PERSON_ROLES,
  quotedRoleOfWord,
  REFERENCE_PREPOSITIONS,
  ROLE_PHRASES,
  roleOfWord,
  SCOPE_PREPOSITIONS,
  SUBSET_CUES,
  SUPERSET_CUES,
  THING_ROLES,
  TOTAL_BEFORE,
} from './quantity-words';
import { tokenStemLanguage } from './terms';

/**
 * What each figure of a clause counts beyond its noun: the role of the counted (from the words nearest
 * the number, never past a neighbouring figure), an increment or a running total, the time it holds as
 * of, and the place it is limited to or a distance is measured from. Mutates the figures in place.
 */

/** How far from its number a role word may stand (`The number of people killed … has risen to 93`). */
const ROLE_REACH = 24;
/** Tokens before a count searched for a growth verb (`toll has risen to 93`, `зросла до 2 719`). */
const TOTAL_REACH = 4;
/** Words a subset cue (`including`, `в том числе`) may take before the count it sets off. */
const SUBSET_REACH = 3;
/** Tokens after a subset set off by commas searched for the verb of the count before it (`…, were wounded`). */
const INSERTION_ROLE_REACH = 4;
/** Tokens after a count searched for its place (`погибли в Киеве`) and before it (`в Киеве погибли 20`). */
const SCOPE_REACH_AFTER = 4;
const SCOPE_REACH_BEFORE = 3;
/** Tokens after a distance searched for its reference point (`70km (44 miles) northeast of Belgorod`). */
const REFERENCE_REACH = 8;
/** Common nouns allowed between a preposition and the place (`от села Яблонево`, `від міста Сагайнг`). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.placeNouns));
/** Words between two counts for the second to count what the first does when it names nothing itself. */
const ELLIPSIS_GAP = 3;
/** Answers on one ballot count the same voters (`«за» 749 719 избирателей, «против» – 739 155`). */
const BALLOT = new Set(['yes', 'no']);
/** Words from a scope preposition to a place noun before the place's name (`in the eastern town of`). */
const PLACE_NOUN_REACH = 4;
/** Units are written with each number (`51,4% або понад 1 млн`): a bare number never takes one from its neighbour. */
const UNIT_KEYS = new Set(UNIT_WORDS.values());
/** `в результате`, `внаслідок`, `as a result`: a cause, not a scope. */
const CAUSAL: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.causal));
const DISTANCE_UNITS = new Set(['km', 'm', 'mile']);
const QUOTES = /["«»„“”']/;
const CLOCK_TIME = /(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/;
const OPEN_PAREN = /\(/;

interface Found {
  role: string;
  token: number;
}

interface Placed {
  read: ReadFigure;
  /** Token range of the figure. */
  from: number;
  to: number;
  subset: boolean;
  /** The role read around the figure, even one it cannot take itself (a magnitude before a toll). */
  heard?: string;
}

const matchesAt = (tokens: readonly Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => tokens[i + k]?.norm === w);

// Role phrases by their last word, each list in ROLE_PHRASES' order: a word is checked against the
// phrases it can end instead of all of them (roles are looked for around every figure).
const ROLE_PHRASES_BY_LAST_WORD = new Map<string, [string[], string][]>();
for (const phrase of ROLE_PHRASES) {
  const last = phrase[0][phrase[0].length - 1];
  if (last === undefined) throw new Error('quantities: an empty role phrase');
  const list = ROLE_PHRASES_BY_LAST_WORD.get(last);
  if (list) list.push(phrase);
  else ROLE_PHRASES_BY_LAST_WORD.set(last, [phrase]);
}
const NO_PHRASES: readonly [string[], string][] = [];

function roleAt(ctx: FigureContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  if (!t) return undefined;
  for (const [words, role] of ROLE_PHRASES_BY_LAST_WORD.get(t.norm) ?? NO_PHRASES) {
    if (matchesAt(ctx.tokens, k - words.length + 1, words)) return role;
  }
  const quoted = QUOTES.test(ctx.text.charAt(t.start - 1)) && QUOTES.test(ctx.text.charAt(t.end));
  if (quoted) {
    const answer = quotedRoleOfWord(t.norm);
    if (answer) return answer;
  }
  return roleOfWord(t.norm);
}

// Between a role word and a count, these end the count's own phrase: a role word past them is a fallback.
const PHRASE_BREAK = /[,;:()\u2013\u2014]|\s-\s/;
// Between the items of a list of counts (`68 – на Дніпропетровщині, 82 – у столиці`).
const LIST_BREAK = /[,;]/;
const CONJUNCTIONS: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.conjunctions));
const PLACE_ADVERBS: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.placeAdverbs));
const COMPARISONS: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.quantities.comparisons));
/** Adjectives inside a role's place phrase (`на последнем референдуме`): the noun comes after them. */
const PLACE_ADJECTIVE = endingsPattern(wordsOfEveryPack((p) => p.grammar.placeAdjectiveEndings));

/**
 * The nearest role word in `[left, right)` around the figure's tokens `[from, to)`: first within the
 * count's own phrase (no comma or conjunction between), right next to it after the number first, then
 * anywhere in the window. `next` is where the next count starts: a role word past a phrase break that
 * stands nearer to it than to this count labels that one (`выступили 50,16% проголосовавших, против —
 * 49,84%`).
 */
function nearestRole(
  ctx: FigureContext,
  p: Placed,
  left: number,
  right: number,
  local = false,
  next?: number,
): Found | undefined {
  const { tokens, text } = ctx;
  const breaks = (a: number, b: number): boolean => {
    const x = tokens[a];
    const y = tokens[b];
    return !x || !y || PHRASE_BREAK.test(text.slice(x.end, y.start)) || CONJUNCTIONS.has(y.norm);
  };
  let phraseLeft = p.from;
  while (
    phraseLeft > left &&
    !breaks(phraseLeft - 1, phraseLeft) &&
    !CONJUNCTIONS.has(tokens[phraseLeft - 1]?.norm ?? '')
  ) {
    phraseLeft--;
  }
  let phraseRight = p.to;
  while (phraseRight < right && !breaks(phraseRight - 1, phraseRight)) phraseRight++;
  const last = tokens[p.to - 1];
  const nextLabel = (k: number): boolean =>
    next !== undefined &&
    last !== undefined &&
    next - k < k - (p.to - 1) &&
    PHRASE_BREAK.test(text.slice(last.end, (tokens[k] as Token).start));
  const search = (lo: number, hi: number): Found | undefined => {
    for (let d = 1; d <= ROLE_REACH; d++) {
      const after = p.to - 1 + d;
      const before = p.from - d;
      if (after < hi && !nextLabel(after)) {
        const role = roleAt(ctx, after);
        if (role) return { role, token: after };
      }
      if (before >= lo) {
        const role = roleAt(ctx, before);
        if (role) return { role, token: before };
      }
      if (before < lo && after >= hi) break;
    }
    return undefined;
  };
  return search(phraseLeft, phraseRight) ?? (local ? undefined : search(left, right));
}

/**
 * The role said after a subset set off inside a count's phrase: in `196 more, including 10 children, were
 * wounded` the verb after the insertion says what happened to the 196, not `killed` before them. `next`
 * is the figure after the count; the role is looked for in the few words past the insertion's end.
 */
function roleAfterInsertion(ctx: FigureContext, next: Placed | undefined, clauseTo: number): Found | undefined {
  if (!next || !cueEndsAt(ctx, SUBSET_CUES, next.from, Math.max(0, next.from - SUBSET_REACH))) return undefined;
  const { tokens, text } = ctx;
  let k = next.to;
  while (k < clauseTo && !PHRASE_BREAK.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) k++;
  for (let j = k; j < Math.min(clauseTo, k + INSERTION_ROLE_REACH); j++) {
    const role = roleAt(ctx, j);
    if (role) return { role, token: j };
  }
  return undefined;
}

/** Where a running-total cue (`risen to`, `зросла до`) stands right before a count at `from`; -1 when none does. */
function totalCueBefore(ctx: FigureContext, from: number, left: number): number {
  for (let k = from - 1; k >= Math.max(left, from - TOTAL_REACH); k--) {
    if (TOTAL_BEFORE.has((ctx.tokens[k] as Token).norm)) return k;
  }
  return -1;
}

/** The role the subject of a running total names: the nearest role word before its cue. */
function subjectRole(ctx: FigureContext, cue: number, left: number): Found | undefined {
  for (let j = cue - 1; j >= Math.max(left, cue - ROLE_REACH); j--) {
    const role = roleAt(ctx, j);
    if (role) return { role, token: j };
  }
  return undefined;
}

/** Key of a place name starting at token `k` (`Киеве`, `Днепропетровской области`, `Moldova`). */
function placeKey(ctx: FigureContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  if (!t?.capitalised || t.script === 'digit') return undefined;
  const known = matchKnownName(ctx.tokens, k, (x) => stemFor(x, ctx.lang));
  if (known) return known[0].key;
  // An unknown acronym (`в ТЦ "Крокус"`) names a building or a body, not the place a count is limited to.
  return t.acronym || QUOTES.test(ctx.text.charAt(t.start - 1)) ? undefined : nameKey(t, ctx.lang);
}

/**
 * What a role noun is limited to, from the words right after it: `явка [на референдуме]`, `явка [в первом
 * раунде]`, `death toll [in Kyiv]`: the first noun after the preposition, as a place key or a concept.
 */
function roleNounScope(ctx: FigureContext, roleToken: number, end: number): string | undefined {
  const prep = ctx.tokens[roleToken + 1];
  if (!prep || !SCOPE_PREPOSITIONS.has(prep.norm) || roleToken + 2 >= end) return undefined;
  if (PHRASE_BREAK.test(ctx.text.slice((ctx.tokens[roleToken] as Token).end, prep.start))) return undefined;
  for (let k = roleToken + 2; k < Math.min(end, roleToken + 5); k++) {
    const t = ctx.tokens[k] as Token;
    if (STOPWORDS.has(t.norm) || t.script === 'digit') continue;
    if (CAUSAL.has(t.norm)) return undefined;
    if (t.capitalised) return placeKey(ctx, k);
    if (PLACE_ADJECTIVE.test(t.norm) && k + 1 < end) continue;
    const lang = tokenStemLanguage(t, ctx.lang);
    return lang ? (wordConcepts(t.norm, lang, ctx.lexicon)[0] ?? wordKey(t.norm, lang, ctx.lexicon)) : t.norm;
  }
  return undefined;
}

/**
 * The place a scope preposition at `k` opens: the name right after it, or after a place noun and the words
 * before it (`in the eastern town of Pokrovsk`, `в селе Яблоново`).
 */
function placeAfter(ctx: FigureContext, k: number, end: number): string | undefined {
  if (!SCOPE_PREPOSITIONS.has(ctx.tokens[k]?.norm ?? '')) return undefined;
  // `Жертв уже больше, чем в Норд-Ост`: the place compared with is not where the count is.
  if (k > 0 && COMPARISONS.has((ctx.tokens[k - 1] as Token).norm)) return undefined;
  let n = k + 1;
  let placeNoun = false;
  const last = Math.min(end - 1, k + PLACE_NOUN_REACH);
  for (let j = k + 1; j <= last; j++) {
    if (PLACE_NOUNS.has((ctx.tokens[j] as Token).norm)) {
      placeNoun = true;
      n = j + 1;
      break;
    }
  }
  if (placeNoun) while (n <= last && STOPWORDS.has((ctx.tokens[n] as Token).norm)) n++;
  return n < end ? placeKey(ctx, n) : undefined;
}

/**
 * The last place a sentence names after a scope preposition (`данные по погибшим в Бангкоке`), where a
 * clause of the next sentence opening with `Тут` finds it; undefined when it names none.
 */
export function lastPlaceNamed(ctx: FigureContext): { key: string; at: number } | undefined {
  for (let k = ctx.tokens.length - 2; k >= 0; k--) {
    const key = placeAfter(ctx, k, ctx.tokens.length);
    if (key) return { key, at: (ctx.tokens[k] as Token).start };
  }
  return undefined;
}

function scopeOf(ctx: FigureContext, p: Placed, left: number, right: number, afterCount: boolean): string | undefined {
  const end = ctx.tokens.length;
  const at = (k: number): string | undefined => placeAfter(ctx, k, end);
  for (let k = p.to; k < Math.min(right, p.to + SCOPE_REACH_AFTER); k++) {
    const key = at(k);
    if (key) return key;
  }
  for (let k = p.from - 2; k >= Math.max(left, p.from - SCOPE_REACH_BEFORE - 1); k--) {
    // `68 – на Дніпропетровщині, 82 – у столиці`: a place past a comma after another count is that count's.
    const countStart = ctx.tokens[p.from]?.start ?? ctx.text.length;
    if (afterCount && LIST_BREAK.test(ctx.text.slice((ctx.tokens[k] as Token).end, countStart))) break;
    const key = at(k);
    if (key) return key;
  }
  return undefined;
}

/**
 * Scopes counts left without one by the words around them: a count joined to a scoped one by `and`
 * (`по Україні вже 150 поранених та 33 загиблих`) has its place, and a place phrase opening the clause
 * (`У Києві наразі відомо про 8 загиблих`) is where every count of it happened.
 */
function shareScopes(ctx: FigureContext, placed: readonly Placed[], clauseFrom: number): void {
  const counts = placed.filter((p) => p.read.figure.noun !== '' && !DISTANCE_UNITS.has(p.read.figure.noun));
  const joined = (a: Placed, b: Placed): boolean =>
    b.from - a.to === 1 &&
    CONJUNCTIONS.has(ctx.tokens[a.to]?.norm ?? '') &&
    !PHRASE_BREAK.test(ctx.text.slice(ctx.tokens[a.to - 1]?.end ?? 0, ctx.tokens[b.from]?.start ?? 0));
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = (counts[i] as Placed).read.figure;
    const b = (counts[i + 1] as Placed).read.figure;
    if (!joined(counts[i] as Placed, counts[i + 1] as Placed) || (a.scope === undefined) === (b.scope === undefined)) {
      continue;
    }
    if (a.scope === undefined) a.scope = b.scope;
    else b.scope = a.scope;
  }
  // A body's name is no place (`У Слідчому комітеті … повідомили`): an adjective opens only a known place.
  const first = ctx.tokens[clauseFrom + 1];
  const known = first ? matchKnownName(ctx.tokens, clauseFrom + 1, (x) => stemFor(x, ctx.lang)) : null;
  const opener = ctx.tokens[clauseFrom]?.norm ?? '';
  // `Тут число погибших достигло 10 человек`: the place is the one the sentence before named.
  const opening = PLACE_ADVERBS.has(opener)
    ? ctx.previousPlace
    : first && SCOPE_PREPOSITIONS.has(opener) && (known || !PLACE_ADJECTIVE.test(first.norm))
      ? placeKey(ctx, clauseFrom + 1)
      : undefined;
  if (opening === undefined) return;
  for (const p of counts) {
    const f = p.read.figure;
    // People aboard a plane are not counted in a place.
    if (f.scope === undefined && f.role !== undefined && f.role !== 'aboard') f.scope = opening;
  }
}

function referenceOf(ctx: FigureContext, p: Placed, end: number): string | undefined {
  let depth = 0;
  for (let k = p.to; k < Math.min(end, p.to + REFERENCE_REACH); k++) {
    const t = ctx.tokens[k] as Token;
    const gap = ctx.text.slice((ctx.tokens[k - 1] as Token).end, t.start);
    if (OPEN_PAREN.test(gap)) depth++;
    if (gap.includes(')')) depth = Math.max(0, depth - 1);
    if (depth > 0 || !REFERENCE_PREPOSITIONS.has(t.norm)) continue;
    let n = k + 1;
    while (n < end && n <= k + 2 && PLACE_NOUNS.has(ctx.tokens[n]?.norm ?? '')) n++;
    const key = placeKey(ctx, n);
    if (key) return key;
  }
  return undefined;
}

/** Token index just past each `по состоянию на` / `станом на` / `as of` cue of the clause, with the time it names. */
function asOfCues(ctx: FigureContext, clauseFrom: number, clauseTo: number): { at: number; value: string }[] {
  const out: { at: number; value: string }[] = [];
  for (let k = clauseFrom; k < clauseTo; k++) {
    const cue = AS_OF_CUES.find((words) => matchesAt(ctx.tokens, k, words));
    if (!cue) continue;
    const cueEnd = (ctx.tokens[k + cue.length - 1] as Token).end;
    const date = ctx.dates?.find((d) => d.start >= cueEnd && d.start - cueEnd <= 12 && d.value.length >= 10);
    if (!date) continue;
    const time = CLOCK_TIME.exec(ctx.text.slice(cueEnd, date.end + 8));
    const clock = time ? `T${(time[1] as string).padStart(2, '0')}:${time[2]}` : '';
    out.push({ at: k + cue.length, value: `${date.value.slice(0, 10)}${clock}` });
  }
  return out;
}

function cueEndsAt(ctx: FigureContext, cues: readonly string[][], end: number, from: number): boolean {
  return cues.some((words) => end - words.length >= from && matchesAt(ctx.tokens, end - words.length, words));
}

const isPersonCount = (f: Figure): boolean =>
  f.noun === '@person' ||
  (f.senses?.includes('@person') ?? false) ||
  (f.role !== undefined && PERSON_ROLES.has(f.role));

export function readQuantities(ctx: FigureContext, span: TextSpan, read: ReadFigure[]): void {
  const { tokens } = ctx;
  if (read.length === 0) return;
  const clauseFrom = firstTokenAt(tokens, span.start);
  let clauseTo = firstTokenAt(tokens, span.end);
  while (clauseTo > clauseFrom && (tokens[clauseTo - 1] as Token).end > span.end) clauseTo--;
  const placed: Placed[] = read.map((r) => {
    const from = Math.min(firstTokenAt(tokens, r.figure.start), clauseTo);
    const to = Math.max(from, Math.min(firstTokenAt(tokens, r.figure.end), clauseTo));
    return { read: r, from, to, subset: false };
  });
  const cues = asOfCues(ctx, clauseFrom, clauseTo);
  placed.forEach((p, i) => {
    const f = p.read.figure;
    const left = i > 0 ? (placed[i - 1] as Placed).to : clauseFrom;
    const right = i + 1 < placed.length ? (placed[i + 1] as Placed).from : clauseTo;
    const nounWord = p.read.nounToken >= 0 ? (tokens[p.read.nounToken] as Token).norm : '';
    if (f.noun === 'score' || f.ordinal) return;
    // The counted noun may itself say what happened (`20 погибших`, `29 deaths`, `32 injuries`), or a word
    // between the number and it (`two killed hospital workers`, `трое раненых военных`).
    let role = nounWord ? roleOfWord(nounWord) : undefined;
    if (role && PERSON_ROLES.has(role)) {
      f.noun = '@person';
      delete f.senses;
    }
    // The noun then stays what is counted: two killed hospital workers are not the day's toll.
    for (let k = p.from + 1; role === undefined && k < p.read.nounToken; k++) role = roleAt(ctx, k);
    // A bare number that reads as a year (`23, 2024 (AFP)`) takes a role only from its own phrase.
    const yearLike = f.noun === '' && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100;
    // `The death toll … has risen to more than 1,700 as more bodies were pulled out`: a running total counts
    // what its subject names, before the verb that brings it to the number, whatever follows it.
    const totalCue = totalCueBefore(ctx, p.from, left);
    const found = role
      ? undefined
      : ((yearLike || totalCue < 0 ? undefined : subjectRole(ctx, totalCue, left)) ??
        nearestRole(ctx, p, left, right, true) ??
        (yearLike ? undefined : roleAfterInsertion(ctx, placed[i + 1], clauseTo)) ??
        nearestRole(ctx, p, left, right, yearLike, placed[i + 1]?.from));
    role ??= found?.role;
    if (found && found.token < p.from && f.noun === '%') {
      const limited = roleNounScope(ctx, found.token, p.from);
      if (limited) f.scope = limited;
    }
    p.subset = cueEndsAt(ctx, SUBSET_CUES, p.from, left);
    const prev = placed[i - 1]?.read.figure;
    if (!role && prev && (p.subset || f.noun === '')) role = (placed[i - 1] as Placed).heard;
    const prevTo = i > 0 ? (placed[i - 1] as Placed).to : p.from;
    if (
      f.noun === '' &&
      prev &&
      !p.subset &&
      prev.noun !== '' &&
      !UNIT_KEYS.has(prev.noun) &&
      (role === undefined || role === prev.role || (BALLOT.has(role) && BALLOT.has(prev.role ?? ''))) &&
      p.from - prevTo <= ELLIPSIS_GAP
    ) {
      // `11 на Дніпропетровщині та 22 – у Києві`, `«за» 749 719 избирателей, «против» – 739 155`: the
      // second count counts what the first does.
      f.noun = prev.noun;
      if (prev.senses) f.senses = prev.senses;
    }
    // A length, a time or a magnitude is never dead or injured (`The death toll from a 7.7-magnitude
    // earthquake has jumped to nearly 700`): the role passes on to the count after it.
    p.heard = role;
    if (role && !(UNIT_KEYS.has(f.noun) && (PERSON_ROLES.has(role) || THING_ROLES.has(role)))) f.role = role;
    if (f.noun === '' && role && PERSON_ROLES.has(role) && !yearLike) f.noun = '@person';
    // Increments and running totals.
    const before = tokens[p.from - 1];
    // `694 dead and another 1,670 injured`, `1644 погибших, 3408 ранены, ещё 139 пропавшими`: after a count of
    // people who met another fate, `another`/`ещё` adds a group to the list, not an increment to a toll, and so
    // does `more` after it (`44 were killed and 196 more … were wounded`).
    const listed = prev !== undefined && isPersonCount(prev) && role !== undefined && prev.role !== role;
    const newBefore = (before && NEW_BEFORE.has(before.norm)) || NEW_BEFORE.has(tokens[p.from]?.norm ?? '');
    if ((p.read.moreAfter || newBefore) && !listed) {
      f.count = 'new';
    } else if (totalCue >= 0) {
      f.count = 'total';
      // `зросла до 2 719`, `rose up to 133`: the new total, not an upper bound.
      if (f.qualifier === 'upto') f.qualifier = 'exact';
    }
    const asOf = cues.findLast((c) => c.at <= p.from)?.value;
    if (asOf) f.asOf = asOf;
    if (DISTANCE_UNITS.has(f.noun)) {
      const reference = referenceOf(ctx, p, clauseTo);
      if (reference) f.reference = reference;
    } else if (f.noun !== '' && f.scope === undefined) {
      const before = placed[i - 1]?.read.figure;
      const afterCount = before !== undefined && before.noun !== '' && !UNIT_KEYS.has(before.noun);
      const scope = scopeOf(ctx, p, left, right, afterCount);
      if (scope) f.scope = scope;
    }
  });
  shareScopes(ctx, placed, clauseFrom);
  // `пострадали 695 человек …, из них 144 погибли`: the first count holds the dead too.
  placed.forEach((p, i) => {
    const f = p.read.figure;
    if (f.role !== 'dead') return;
    const left = i > 0 ? (placed[i - 1] as Placed).to : clauseFrom;
    if (!cueEndsAt(ctx, SUPERSET_CUES, p.from, left) && !cueEndsAt(ctx, SUPERSET_CUES, p.from - 1, left)) return;
    for (let j = i - 1; j >= 0; j--) {
      const q = placed[j] as Placed;
      if (!isPersonCount(q.read.figure) || q.read.figure.role === 'dead') continue;
      q.read.figure.role = 'casualties';
      for (let s = j + 1; s < i; s++)
        if ((placed[s] as Placed).subset) (placed[s] as Placed).read.figure.role = 'casualties';
      if (!q.subset) break;
    }
  });
}
