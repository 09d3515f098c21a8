import { wordsOfEveryPack } from '../languages';

/** A span of the article text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Paragraph extends TextSpan {
  index: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let seg = segmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, seg);
  }
  return seg;
}

const LINE = /[^\n]+/g;
const NOT_SPACE = /\S/;

/** Non-blank lines of the text (the Article format separates paragraphs by `\n`), trimmed, numbered from 0. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span) out.push({ ...span, index: out.length });
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && !NOT_SPACE.test(text.charAt(s))) s++;
  while (e > s && !NOT_SPACE.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

// Abbreviations after which ICU breaks although the sentence goes on (`ст. 5`, `тыс. человек`, `Mr. Smith`),
// and titles, which stand before a name, so the next capital never opens a sentence (`Mr. Smith`, `проф.
// Иванов`): every language pack's (lib/languages/<code>/sentences.json).
const ABBREVIATIONS = new Set(wordsOfEveryPack((p) => p.sentences.abbreviations));
const TITLES = new Set(wordsOfEveryPack((p) => p.sentences.titles));
// A single capital letter is an initial: `В. Зеленский`, `М. Рютте`, `J. D. Vance`.
const ENDS_WITH_INITIAL = /(?:^|[\s(«"„])\p{Lu}\.$/u;
const INITIAL_AT_END = /[\s(«"„]\p{Lu}\.$/u;
const LETTER = /\p{L}/u;
const STARTS_LOWER_OR_DIGIT = /^\s*[\p{Ll}\p{N}]/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/** The word right before a final dot (`ст.` → `ст`), or '' — scanned from the end, not by regex. */
function lastWord(segment: string): string {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment.charAt(end - 1))) end--;
  if (segment.charAt(end - 1) !== '.') return '';
  let start = end - 1;
  while (start > 0 && LETTER.test(segment.charAt(start - 1))) start--;
  return segment.slice(start, end - 1).toLowerCase();
}

/**
 * Tested on the last few characters only: a merged segment keeps growing (`Mr. Mr. Mr. …`), and a
 * regex over all of it would make splitting quadratic in the paragraph.
 */
function endsWithInitial(segment: string): boolean {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment.charAt(end - 1))) end--;
  // An opening mark, a capital (two UTF-16 units when astral) and the dot: at most four units.
  const from = end - 8;
  return from <= 0 ? ENDS_WITH_INITIAL.test(segment.slice(0, end)) : INITIAL_AT_END.test(segment.slice(from, end));
}

function endsWithAbbreviation(segment: string): boolean {
  return endsWithInitial(segment) || ABBREVIATIONS.has(lastWord(segment)) || TITLES.has(lastWord(segment));
}

function endsWithInitialOrTitle(segment: string): boolean {
  return endsWithInitial(segment) || TITLES.has(lastWord(segment));
}

/**
 * V8's sentence segmenter spends time proportional to the string's length on every segment, so one
 * huge paragraph would take minutes; past this length it is segmented window by window.
 */
const SEGMENT_WINDOW = 5_000;

/**
 * ICU breaks sentences only after a terminator (`.`, `!`, `?`, `…`, `।`, `。`…) or a paragraph separator
 * (Unicode's sentence boundary rules SB4 and SB11): a chunk with none of them before its last character is
 * one sentence. Checked against ICU for every code point between letters.
 */
const BREAKS_BEFORE = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;

/**
 * ICU's sentence segments of `chunk`. A long chunk is read in windows; each window's last segment may
 * be cut by the window's end, so it is read again at the start of the next window.
 */
function* sentenceSegments(chunk: string, locale: string): Generator<{ index: number; segment: string }> {
  if (chunk.length > 0 && !BREAKS_BEFORE.test(chunk.slice(0, -1))) {
    // One segment, as ICU would find it: a third of a page's paragraphs (headings, list items, captions)
    // have no terminator but a final one, and asking ICU costs more per paragraph than reading it.
    yield { index: 0, segment: chunk };
    return;
  }
  const segmenter = segmenterFor(locale);
  let from = 0;
  let size = SEGMENT_WINDOW;
  while (from < chunk.length) {
    const to = Math.min(chunk.length, from + size);
    const segments = Array.from(segmenter.segment(chunk.slice(from, to)));
    if (to === chunk.length) {
      for (const s of segments) yield { index: from + s.index, segment: s.segment };
      return;
    }
    if (segments.length < 2) {
      // One sentence longer than the window: widen it rather than cut the sentence.
      size *= 2;
      continue;
    }
    for (const s of segments.slice(0, -1)) yield { index: from + s.index, segment: s.segment };
    from += (segments[segments.length - 1] as Intl.SegmentData).index;
    size = SEGMENT_WINDOW;
  }
}

// Where a glued sentence starts: a full stop before a capital and a lower-case letter, after two lower-case
// letters (not `U.S.`, `Mr.`, `e.g.`; see gluedAt). Found from the stop, which the engine scans for fast.
const GLUED = /[.!?](?=\p{Lu}\p{Ll})/gu;
const LOWER = /\p{Ll}/u;
const gluedAt = (s: string, stop: number): boolean => LOWER.test(s.charAt(stop - 1)) && LOWER.test(s.charAt(stop - 2));

/** Sentences of `text.slice(start, end)` (one paragraph), trimmed, with offsets into `text`. */
export function splitSentences(text: string, start: number, end: number, locale = 'ru'): TextSpan[] {
  const chunk = text.slice(start, end);
  const pieces: TextSpan[] = [];
  for (const s of sentenceSegments(chunk, locale)) {
    const piece = { start: s.index, end: s.index + s.segment.length };
    const prev = pieces[pieces.length - 1];
    if (prev) {
      const prevText = chunk.slice(prev.start, prev.end);
      // Re-join what ICU split after an initial or abbreviation, or before a lower-case continuation.
      if (STARTS_LOWER.test(s.segment) || (endsWithAbbreviation(prevText) && STARTS_LOWER_OR_DIGIT.test(s.segment))) {
        prev.end = piece.end;
        continue;
      }
      if (endsWithInitialOrTitle(prevText)) {
        prev.end = piece.end;
        continue;
      }
    }
    pieces.push(piece);
  }
  const out: TextSpan[] = [];
  for (const p of pieces) {
    // Sentences glued without a space (`were missing.The military had…`, paragraphs joined by a scraper):
    // ICU sees one; a full stop between a lower-case word and a capitalised one ends a sentence.
    // Searched in the piece alone, so a long paragraph is scanned once, not once per sentence.
    const pieceText = chunk.slice(p.start, p.end);
    let from = p.start;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(pieceText); m !== null; m = GLUED.exec(pieceText)) {
      if (!gluedAt(pieceText, m.index)) continue;
      const at = m.index + 1;
      const span = trimSpan(text, start + from, start + p.start + at);
      if (span) out.push(span);
      from = p.start + at;
    }
    const span = trimSpan(text, start + from, start + p.end);
    if (span) out.push(span);
  }
  return out;
}
