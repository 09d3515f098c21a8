import { LANGUAGE_PACKS, words, wordsOfEveryPack } from '../languages';
import { dateParserOf } from '../languages/date-parsers';
import { alternation } from '../languages/word-patterns';
import { DAY_MS } from '../text/day-ms';
import type { TextSpan } from '../text/sentences';
import type { ClaimDate } from './claim';

// Every language pack's date words (lib/languages/<code>/dates.json).
const all = (list: (d: (typeof LANGUAGE_PACKS)[number]['dates']) => string): string[] =>
  wordsOfEveryPack((p) => list(p.dates));
const phrases = (list: (d: (typeof LANGUAGE_PACKS)[number]['dates']) => readonly string[]): string =>
  alternation(LANGUAGE_PACKS.flatMap((p) => list(p.dates)));

/**
 * V8 interprets a regex the first time it runs and compiles it to machine code for the next run.
 * chrono's time-unit patterns are kilobytes of alternations: interpreted over a real sentence they cost
 * a cold worker 100–250 ms of its first comparison, interpreted over one character next to nothing. So
 * each language's parsers first run once on a single character (the result is discarded).
 */
const primed = new WeakSet<object>();
function dateParserFor(lang: string): ReturnType<typeof dateParserOf> {
  const parser = dateParserOf(lang);
  if (parser && !primed.has(parser)) {
    primed.add(parser);
    parser.parse('0', new Date(0));
  }
  return parser;
}

// Cheap pre-check so chrono only runs on clauses that can hold a date: a month or weekday name, a
// relative day word, a numeric date (`30.07.2025`) or a short month name and a day (`Mar 29`, `Sept. 3`); bare years
// are read below without chrono.
const DATE_CUE = new RegExp(
  String.raw`\d{1,4}[./-]\d{1,2}|${alternation(all((d) => d.dateCueStems))}|(?<!\p{L})${alternation(all((d) => d.dateCueWords))}(?!\p{L})`,
  'iu',
);
// …and a short month name before a day (`Mar 29`, `Nov. 28`), found from the digits: a clause without
// digits costs one scan, and the few words before a number are checked against the stems.
const MONTH_STEMS: readonly string[] = all((d) => d.monthStems);
const DAY_NUMBER = /(?<!\d)\d{1,2}(?!\d)/g;
const WORD_BEFORE = /(\p{L}+)\.?\s$/u;
function shortMonthDay(s: string): boolean {
  DAY_NUMBER.lastIndex = 0;
  for (let m = DAY_NUMBER.exec(s); m !== null; m = DAY_NUMBER.exec(s)) {
    const word = WORD_BEFORE.exec(s.slice(Math.max(0, m.index - 8), m.index))?.[1]?.toLowerCase();
    if (word && MONTH_STEMS.some((stem) => word.startsWith(stem) && word.length <= stem.length + 1)) return true;
  }
  return false;
}
const hasCue = (s: string): boolean => DATE_CUE.test(s) || shortMonthDay(s);
const MONTH_NAME = new RegExp(alternation(all((d) => d.monthStems)), 'i');
const DIGIT = /\d/;
// What a language's chrono parser reads as a date in its prose but is a verb or noun here (English `may`).
const FALSE_DATES: ReadonlyMap<string, RegExp> = new Map(
  LANGUAGE_PACKS.map((p) => [p.code, new RegExp(`^${alternation(words(p.dates.falseDates))}$`, 'i')]),
);

/** `в конце декабря`, `на початку січня`, `in late December`: the part of the period, kept as written. */
const PART_BEFORE = new RegExp(
  `(?:(?<end>${phrases((d) => d.partOfPeriod.end)})|(?<start>${phrases((d) => d.partOfPeriod.start)})|(?<mid>${phrases((d) => d.partOfPeriod.mid)}))\\s*$`,
  'iu',
);
// Parts of a day (`утром`, `вранці`, `morning`, `ночью`): chrono's Russian and Ukrainian lose a weekday after
// one (`утром в четверг` reads as no date), so they are blanked before parsing; a daytime one is kept on the
// date (see ClaimDate.daytime).
const dayPart = (list: (d: (typeof LANGUAGE_PACKS)[number]['dates']) => string, flags: string): RegExp =>
  new RegExp(String.raw`(?<!\p{L})${alternation(all(list))}(?!\p{L})`, flags);
const DAY_PARTS = dayPart((d) => `${d.dayParts.daytime} ${d.dayParts.night}`, 'giu');
const DAYTIME = dayPart((d) => d.dayParts.daytime, 'iu');
/** Characters either side of a weekday searched for a daytime word (`утром в четверг`, `Thursday morning`). */
const DAY_PART_REACH = 12;
const EVE = new RegExp(String.raw`(?<!\p{L})(${alternation(all((d) => d.eve))})(?!\p{L})`, 'giu');
const YEAR_WITH_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?=\s*${alternation(all((d) => d.yearWords))})`,
  'giu',
);
const YEAR_AFTER_IN = new RegExp(
  String.raw`(?<=(?<!\p{L})${alternation(all((d) => d.yearPrepositions))}\s)(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])`,
  'giu',
);

const pad = (n: number): string => String(n).padStart(2, '0');
// Characters before a weekday searched for its modifier (`минулого тижня в`, `минулої`).
const MODIFIER_REACH = 16;
const WEEK_DAYS = 7;

// `минулої п'ятниці`, `next Tuesday`: a word right before a weekday that puts it in the week before or after.
const LAST_WEEKDAY = new RegExp(String.raw`(?<!\p{L})${alternation(all((d) => d.lastWeekday))}\s+$`, 'iu');
const NEXT_WEEKDAY = new RegExp(String.raw`(?<!\p{L})${alternation(all((d) => d.nextWeekday))}\s+$`, 'iu');

/**
 * A weekday's day as its modifier says when the date parser did not read it (chrono's Ukrainian reads
 * `минулого`, not `минулої п'ятниці`, and puts the bare weekday in the coming week): the last such day before
 * the publication day, or the next after it.
 */
function weekdayShift(day: Date, before: string, reference: Date): Date {
  if (LAST_WEEKDAY.test(before)) {
    let d = day.getTime();
    while (d >= reference.getTime() - DAY_MS / 2) d -= WEEK_DAYS * DAY_MS;
    return new Date(d);
  }
  if (NEXT_WEEKDAY.test(before)) {
    let d = day.getTime();
    while (d <= reference.getTime() + DAY_MS / 2) d += WEEK_DAYS * DAY_MS;
    return new Date(d);
  }
  return day;
}

// A date right after a reporting verb is when something was said (`said Saturday`, `сообщил в субботу`).
const REPORTED_ON = new RegExp(
  String.raw`(?<!\p{L})${alternation(all((d) => d.reportedOn.verbs))}[\s,]+${alternation(all((d) => d.reportedOn.prepositions))}?\s*$`,
  'iu',
);
// …and so is one right before it (`Rescue workers at the scene Monday said`).
const REPORTED_AFTER = new RegExp(String.raw`^[\s,]*${alternation(all((d) => d.reportedOn.verbs))}(?!\p{L})`, 'iu');
// …and so is one in a trailing reporting clause (`…, сообщил Интерфакс со ссылкой на ГУ МЧС по Московской
// области в субботу`, `…, the ministry said in a statement on Sunday`): after a comma, a reporting verb before it.
const REPORTING_VERB = new RegExp(String.raw`(?<!\p{L})${alternation(all((d) => d.reportedOn.verbs))}(?!\p{L})`, 'iu');
// A relative clause the date stands in: a relative pronoun opening the stretch since the last comma.
const RELATIVE_OPENING = new RegExp(String.raw`^\s*${alternation(all((d) => d.relativePronouns))}(?!\p{L})`, 'iu');
// Where a clause inside a sentence begins, and how far back the two readers above look for it: a date's own
// clause, not the whole of a long one (a 1 MB line has dates all along it).
const CLAUSE_BOUNDARY = /[,;()\u2013\u2014]/g;
const CLAUSE_REACH = 200;

/** The stretch of the clause before a date: from the last comma, dash or bracket, and whether one was found. */
function clauseBefore(text: string, from: number, at: number): { stretch: string; afterBoundary: boolean } {
  const start = Math.max(from, at - CLAUSE_REACH);
  const before = text.slice(start, at);
  let cut = -1;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) cut = m.index;
  if (cut >= 0) return { stretch: before.slice(cut + 1), afterBoundary: true };
  // No boundary within reach: the clause starts at the span's start only if the span is that close.
  return { stretch: start === from ? before : '', afterBoundary: false };
}

// A dateline: the date a report was filed, before the agency's name or a dash (`Bangkok, Mar 29 (AP)`,
// `MOSCOW, March 23 (Reuters) -`).
const DATELINE_AFTER = /^\s*(?:\([^()]{1,24}\)|[-–—]\s)/u;
// Within this many characters of its claim's start a date followed by an agency or a dash is a dateline.
const DATELINE_REACH = 40;
// The time a count holds (`as of July 11`, `по состоянию на 15:30 8 июля`): the cue right before the date,
// perhaps with a clock time between.
const AS_OF_BEFORE = new RegExp(
  String.raw`(?<!\p{L})${alternation(LANGUAGE_PACKS.flatMap((p) => p.quantities.asOfCues))}\s*(?:\d{1,2}[:.]\d{2}\s*)?$`,
  'iu',
);

// Clock times (`15:30 8 июля`) and a short number after a month and comma (`8 July, 22 people`) mislead
// chrono into days and years: they are blanked (same length, so offsets hold) before it reads the clause.
const CLOCK_TIME = /(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)/g;
const MONTHS = alternation(all((d) => d.monthNames));
const COMMA_NUMBER = new RegExp(String.raw`(?<=${MONTHS}),\s*\d{1,2}(?=\s+\p{L})(?!\s+${MONTHS})`, 'giu');
const blank = (s: string): string => ' '.repeat(s.length);
// One character each, so offsets hold.
const APOSTROPHES = /[\u2019\u02BC]/g;

/** Noon UTC of the publication day, or null when the article gives none. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

const overlaps = (dates: readonly ClaimDate[], start: number, end: number): boolean =>
  dates.some((d) => start < d.end && end > d.start);

/**
 * Whether a sentence may hold a date chrono can read. A clause is a piece of its sentence cut at a joint
 * (`; `, `, and `), where the cue's word boundaries hold on both sides, so a clause has a cue only if
 * its sentence has one: a sentence without is read once instead of once per clause.
 */
export function hasDateCue(text: string, span: TextSpan): boolean {
  return hasCue(text.slice(span.start, span.end));
}

/** What the date reader takes of a chrono result. */
type Parsed = Pick<
  ReturnType<NonNullable<ReturnType<typeof dateParserOf>>['parse']>[number],
  'start' | 'text' | 'index'
>;
const certain = (r: Parsed): boolean =>
  r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month') || r.start.isCertain('year');

/**
 * chrono's Russian reads `Утром, 8 июля` as one mention in which neither the day nor the month is certain;
 * the date is read again from its first digit (`8 июля`), with its offset in `masked`.
 */
function withoutTimeOfDay(
  chrono: NonNullable<ReturnType<typeof dateParserOf>>,
  r: Parsed,
  masked: string,
  reference: Date | null,
): Parsed {
  if (certain(r)) return r;
  const digit = r.text.search(DIGIT);
  if (digit <= 0) return r;
  const [again] = chrono.parse(masked.slice(r.index + digit, r.index + r.text.length), reference ?? new Date());
  if (again?.index !== 0 || !certain(again)) return r;
  return { start: again.start, text: again.text, index: r.index + digit };
}

/**
 * Dates in `text.slice(span.start, span.end)`: chrono's ru/uk/en parsers resolved against the publication
 * day, plus what chrono misses (`накануне`, `в конце декабря`, a bare `2026 года`). Values keep the
 * precision the text gives: `2026`, `2026-12`, `2026-01-03`.
 */
export function extractDates(
  text: string,
  span: TextSpan,
  lang: string,
  reference: Date | null,
  /** False when the caller knows the span has no date cue (its sentence has none): chrono is not run. */
  cued = true,
): ClaimDate[] {
  const slice = text.slice(span.start, span.end);
  const out: ClaimDate[] = [];
  // Ukrainian is written with three apostrophes (`п'ятниці`, `п’ятниці`, `пʼятниці`); the parsers know one.
  const plain = slice.replace(APOSTROPHES, "'");
  const chrono = cued && hasCue(plain) ? dateParserFor(lang) : undefined;
  if (chrono) {
    const masked = plain.replace(CLOCK_TIME, blank).replace(COMMA_NUMBER, blank).replace(DAY_PARTS, blank);
    for (const parsed of chrono.parse(masked, reference ?? new Date())) {
      const r = withoutTimeOfDay(chrono, parsed, masked, reference);
      const s = r.start;
      const hasDay = s.isCertain('day');
      const hasWeekday = s.isCertain('weekday');
      const hasMonth = s.isCertain('month');
      const hasYear = s.isCertain('year');
      if (!hasDay && !hasWeekday && !hasMonth && !hasYear) continue;
      const lead = r.text.length - r.text.trimStart().length;
      const written = r.text.trim().replace(/[\s,.]+$/, '');
      if (FALSE_DATES.get(lang)?.test(written)) continue;
      const relative = !DIGIT.test(written) && !MONTH_NAME.test(written);
      // A weekday or `сегодня` is only a date when there is a publication day to resolve it against.
      if (relative && !reference) continue;
      let year = s.get('year') ?? 0;
      let month = s.get('month') ?? 1;
      let day = s.get('day') ?? 1;
      if (hasWeekday && !hasDay && reference) {
        const shifted = weekdayShift(
          new Date(Date.UTC(year, month - 1, day, 12)),
          masked.slice(Math.max(0, r.index + lead - MODIFIER_REACH), r.index + lead),
          reference,
        );
        year = shifted.getUTCFullYear();
        month = shifted.getUTCMonth() + 1;
        day = shifted.getUTCDate();
      }
      const value =
        hasDay || hasWeekday || relative
          ? `${year}-${pad(month)}-${pad(day)}`
          : hasMonth
            ? `${year}-${pad(month)}`
            : String(year);
      let start = span.start + r.index + lead;
      const part = PART_BEFORE.exec(slice.slice(0, r.index + lead));
      const date: ClaimDate = { value, text: '', start, end: start + written.length, relative };
      if (hasWeekday && !hasDay) {
        date.weekday = true;
        const around = plain.slice(
          Math.max(0, r.index + lead - DAY_PART_REACH),
          r.index + lead + written.length + DAY_PART_REACH,
        );
        if (DAYTIME.test(around)) date.daytime = true;
      }
      if (part?.groups && !hasDay) {
        start -= part[0].length;
        date.start = start;
        date.part = part.groups.end ? 'end' : part.groups.start ? 'start' : 'mid';
      }
      date.text = text.slice(date.start, date.end);
      out.push(date);
    }
  }
  if (reference) {
    EVE.lastIndex = 0;
    for (let m = EVE.exec(slice); m !== null; m = EVE.exec(slice)) {
      const eve = new Date(reference.getTime() - DAY_MS);
      const start = span.start + m.index;
      out.push({
        value: `${eve.getUTCFullYear()}-${pad(eve.getUTCMonth() + 1)}-${pad(eve.getUTCDate())}`,
        text: m[0],
        start,
        end: start + m[0].length,
        relative: true,
      });
    }
  }
  // Both year patterns need a digit; most clauses have none.
  const years = DIGIT.test(slice) ? [YEAR_WITH_WORD, YEAR_AFTER_IN] : [];
  for (const re of years) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      out.push({ value: m[0], text: m[0], start, end, relative: false });
    }
  }
  for (const d of out) {
    const clause = clauseBefore(text, span.start, d.start);
    const before = text.slice(Math.max(span.start, d.start - 40), d.start);
    const after = text.slice(d.end, Math.min(span.end, d.end + 40));
    if (
      REPORTED_ON.test(before) ||
      (clause.afterBoundary && REPORTING_VERB.test(clause.stretch)) ||
      REPORTED_AFTER.test(after) ||
      AS_OF_BEFORE.test(before) ||
      (d.start - span.start <= DATELINE_REACH && !d.relative && DATELINE_AFTER.test(after))
    ) {
      d.reporting = true;
    }
    if (RELATIVE_OPENING.test(clause.stretch)) d.background = true;
  }
  return out.sort((a, b) => a.start - b.start);
}
