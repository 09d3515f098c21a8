import fc from 'fast-check';
import { expect } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Article } from '../../../lib/extraction/article';
import { contentHash } from '../../../lib/extraction/content-hash';

/**
 * Arbitraries and checks shared by the fuzz suite. Inputs mix what real pages contain (Cyrillic and
 * Latin news prose, figures, dates, attributions) with what breaks text code: lone surrogates,
 * zero-width and bidi controls, combining marks, RTL scripts, astral characters, odd line breaks.
 */

const fromCodes = (codes: number[]): fc.Arbitrary<string> =>
  fc.constantFrom(...codes.map((c) => String.fromCharCode(c)));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
// ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, LRM/RLM, bidi embeddings and isolates.
export const invisible = fromCodes([
  0x200b,
  0x200c,
  0x200d,
  0x2060,
  0xfeff,
  0x00ad,
  0x200e,
  0x200f,
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
]);
export const combining = fromCodes([...range(0x0300, 0x036f), ...range(0x0483, 0x0489), 0x20dd, 0x1ab0]);
const rtl = fc.constantFrom('مرحبا بالعالم', 'قال الرئيس', 'שלום עולם', 'דובר הצבא אמר', '١٢٣', 'ـــ');
const space = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\u2029',
  '\u3000',
);
const punctuation = fc.constantFrom(
  '.',
  '. ',
  '!',
  '?',
  '…',
  ',',
  ';',
  ':',
  ' — ',
  '-',
  '«',
  '»',
  '„',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  '%',
  '$',
  '€',
  '₴',
  '₽',
  '/',
  '\\',
);
// Words the engine reacts to: names, outlets, reporting verbs, abbreviations, qualifiers, number words.
const words = fc.constantFrom(
  'Зеленский',
  'Зеленского',
  'Макрон',
  'Трамп',
  'Reuters',
  'Bloomberg',
  'РБК-Украина',
  'Офиса президента',
  'Коалиции желающих',
  'сообщает',
  'со ссылкой на',
  'по его словам',
  'заявил',
  'said',
  'according to',
  'told',
  'повідомляє',
  'за словами',
  'более',
  'около',
  'понад',
  'more than',
  'about',
  'лидеров',
  'лідерів',
  'leaders',
  'человек',
  'людей',
  'тыс.',
  'млн',
  'billion',
  'million',
  'двадцать',
  'сорок',
  'thirty',
  'Mr.',
  'ст.',
  'В.',
  'J. D.',
  'проф.',
  'NATO',
  'США',
  'Киев',
  'Київ',
  'Kyiv',
  'во вторник',
  'накануне',
  'сегодня',
  'yesterday',
  '6 января',
  '2026 года',
  'в конце декабря',
  'on Tuesday',
  'Jan. 5',
  '1 p.m.',
  'the',
  'и',
  'в',
  'на',
);
const numbers = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '30 000',
    '1,998',
    '8,8',
    '8.8',
    '$5',
    '27-й',
    '65-й',
    '6th',
    '8.8-magnitude',
    '07:05',
    '30.07.2025',
    '1e309',
    '00',
    '٣',
  ),
);
const cyrillic = fc.string({
  unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ'.split('')),
  minLength: 1,
  maxLength: 12,
});
const latin = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });

/** One piece of text; weighted towards prose so sentences, figures and names actually form. */
export const textPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: space, weight: 6 },
  { arbitrary: punctuation, weight: 4 },
  { arbitrary: numbers, weight: 3 },
  { arbitrary: cyrillic, weight: 3 },
  { arbitrary: latin, weight: 2 },
  { arbitrary: rtl, weight: 1 },
  { arbitrary: invisible, weight: 1 },
  { arbitrary: combining, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
);

/** Arbitrary Unicode text of up to `maxPieces` pieces (a few KB at most). */
export const hostileText = (maxPieces = 120): fc.Arbitrary<string> =>
  fc.array(textPiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/**
 * A big input: a generated stretch repeated up to about `chars` characters. With `oneLine` every
 * line break is dropped, giving one paragraph (a 1 MB line) — the worst case for sentence splitting.
 */
export const bigText = (chars: number, oneLine: boolean): fc.Arbitrary<string> =>
  fc.array(textPiece, { minLength: 20, maxLength: 80 }).map((pieces) => {
    let unit = pieces.join('');
    if (oneLine) unit = unit.replace(/[\n\r\u2028\u2029]/g, ' ');
    if (unit.trim() === '') unit = 'Зеленский заявил 27 лидеров. ';
    return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  });

export const languageTag = fc.oneof(
  fc.constantFrom('ru', 'uk', 'en', 'und', 'fr', 'de', 'zh'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
export const publishedDate = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2026-01-06', '2025-12-31T23:59:59Z', '0000-00-00', '2026-02-30', '9999-12-31', '1970-01-01T00:00'),
  fc.string({ maxLength: 30 }),
);

/** An Article as the engine receives it, with a fuzzed text, language and date. */
export const articleWith = (text: fc.Arbitrary<string>): fc.Arbitrary<Article> =>
  fc
    .record({ text, lang: languageTag, published: publishedDate, outlet: fc.string({ maxLength: 20 }) })
    .map(({ text: t, lang, published, outlet }) => ({
      title: t.slice(0, 80),
      byline: null,
      outlet,
      url: null,
      canonicalUrl: null,
      published,
      lang,
      text: t,
      excerpt: null,
      contentHash: contentHash(t),
    }));

/** Every offset the analysis reports points into the text and spells what it claims to. */
export function expectOffsetsInside(text: string, claims: readonly Claim[]): void {
  const spans = (claim: Claim) => [
    { what: 'claim', ...claim },
    ...claim.figures.map((f) => ({ what: 'figure', ...f })),
    ...claim.dates.map((d) => ({ what: 'date', ...d })),
    ...claim.entities.map((e) => ({ what: 'entity', ...e })),
    ...claim.attributions.map((a) => ({ what: 'attribution', ...a })),
  ];
  let previous = -1;
  for (const claim of claims) {
    expect(claim.index).toBe(previous + 1);
    previous = claim.index;
    for (const span of spans(claim)) {
      const where = `${span.what} ${JSON.stringify(span.text)} at ${span.start}–${span.end}`;
      expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
      expect(span.start >= 0 && span.start <= span.end && span.end <= text.length, where).toBe(true);
      expect(text.slice(span.start, span.end), where).toBe(span.text);
    }
    for (const f of claim.figures) expect(typeof f.value, `figure ${f.text}`).toBe('number');
  }
}

/**
 * Generous linear bound, 50 ms per KB plus 1 s: far above the 1–3 ms/KB measured, so a slow or busy
 * machine passes (the constant absorbs JIT warm-up and GC pauses on small inputs), while anything
 * quadratic fails on the 1 MB cases (a minute or more where the bound allows about 50 s).
 */
export const timeBoundMs = (chars: number): number => 50 * (chars / 1024) + 1000;

export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** Counts cases, the slowest case and the worst time per KB on big inputs, and prints them. */
export class CaseLog {
  private cases = 0;
  private slowest = 0;
  private worstPerKb = 0;

  constructor(private readonly name: string) {}

  record(chars: number, ms: number): void {
    this.cases++;
    this.slowest = Math.max(this.slowest, ms);
    // Only big inputs say anything per KB; on small ones fixed costs dominate.
    if (chars >= 64 * 1024) this.worstPerKb = Math.max(this.worstPerKb, ms / (chars / 1024));
  }

  print(): void {
    const timing = this.slowest > 0 ? `, slowest ${Math.round(this.slowest)} ms` : '';
    const perKb = this.worstPerKb > 0 ? `, worst ${this.worstPerKb.toFixed(3)} ms/KB on inputs ≥ 64 KB` : '';
    console.log(`fuzz ${this.name}: ${this.cases} cases${timing}${perKb}`);
  }
}

/** Cases per property; `FUZZ_RUNS=5000 npx vitest run test/unit/fuzz` digs deeper than the default run. */
export const runs = (defaultRuns: number): number => Number(process.env.FUZZ_RUNS ?? defaultRuns);
