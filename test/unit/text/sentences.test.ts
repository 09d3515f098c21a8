import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../lib/text/clauses';
import { splitParagraphs, splitSentences } from '../../../lib/text/sentences';

const sentencesOf = (text: string): string[] =>
  splitParagraphs(text).flatMap((p) => splitSentences(text, p.start, p.end).map((s) => text.slice(s.start, s.end)));

describe('splitSentences', () => {
  it('does not break after initials or abbreviations', () => {
    const text = 'Президент В. Зеленский сослался на ст. 5 устава. Генсек М. Рютте согласился. Mr. Smith left.';
    expect(sentencesOf(text)).toEqual([
      'Президент В. Зеленский сослался на ст. 5 устава.',
      'Генсек М. Рютте согласился.',
      'Mr. Smith left.',
    ]);
  });

  it('splits sentences glued without a space, but not initials, titles or abbreviations', () => {
    const text = 'Another 3,400 were injured.The military had reported 1,644 dead. The U.S. said so. Mr.Smith left.';
    expect(sentencesOf(text)).toEqual([
      'Another 3,400 were injured.',
      'The military had reported 1,644 dead.',
      'The U.S. said so.',
      'Mr.Smith left.',
    ]);
  });

  it('numbers paragraphs by non-blank lines and trims them', () => {
    const text = '  Первый абзац.  \n\n Второй абзац. Ещё одно.\n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1]);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Первый абзац.', 'Второй абзац. Ещё одно.']);
    expect(sentencesOf(text)).toEqual(['Первый абзац.', 'Второй абзац.', 'Ещё одно.']);
  });
});

describe('splitClauses', () => {
  const clauses = (s: string): string[] =>
    splitClauses(s, { start: 0, end: s.length }).map((c) => s.slice(c.start, c.end));

  it('splits two claims joined by ", а также"', () => {
    const s =
      'К президенту во французской столице присоединятся более 27 мировых лидеров, а также высокопоставленные американские переговорщики Стив Уиткофф и Джаред Кушнер.';
    const parts = clauses(s);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe('К президенту во французской столице присоединятся более 27 мировых лидеров');
    expect(parts[1]?.startsWith('а также высокопоставленные')).toBe(true);
  });

  it('keeps an enumeration ending in "а также" whole', () => {
    const s =
      'На встрече будут премьер-министр Кир Стармер, другие европейские лидеры, генсек НАТО Марк Рютте, а также верховный главнокомандующий ОВС НАТО в Европе Алексус Гринкевич.';
    expect(clauses(s)).toEqual([s]);
  });

  it('does not split inside quotes or leave fragments of under five words', () => {
    expect(clauses('Он сказал: "мы готовы; они нет и никогда не будут готовы" вчера вечером.')).toHaveLength(1);
    expect(clauses('Пришли Иван, а также Пётр.')).toHaveLength(1);
  });
});
