import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import { articleFromSeed } from '../../../lib/extraction/seed-article';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { splitParagraphs, splitSentences } from '../../../lib/text/sentences';
import { articleWith, bigText, CaseLog, expectOffsetsInside, hostileText, runs, timeBoundMs, timed } from './support';

const lexicon = loadLexiconFromDisk();

describe('fuzz: claim analysis', () => {
  it('never throws on arbitrary Unicode and keeps every claim, figure, date, name and attribution offset inside the text', () => {
    const log = new CaseLog('analyze(arbitrary article)');
    fc.assert(
      fc.property(articleWith(hostileText()), (article) => {
        const { value: claims, ms } = timed(() => analyze(article, lexicon));
        log.record(article.text.length, ms);
        expectOffsetsInside(article.text, claims);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(article.text.length));
      }),
      { numRuns: runs(400) },
    );
    log.print();
  });

  it('reads any seed file into an article whose text it can analyse', () => {
    const log = new CaseLog('articleFromSeed + analyze');
    const fileName = fc.oneof(
      fc.constantFrom('002_abc.txt', 'x', '', '.txt', 'a/b\\c.txt'),
      fc.string({ maxLength: 20 }),
    );
    const raw = fc.oneof(
      hostileText(),
      hostileText().map((t) => ` date 2026-01-06 ${t}`),
    );
    fc.assert(
      fc.property(fileName, raw, (name, text) => {
        const { value: article, ms } = timed(() => articleFromSeed(name, text));
        expect(article.contentHash).toMatch(/^[0-9a-f]{16}$/);
        expect(article.text).not.toMatch(/\n\s*\n/);
        expect(typeof article.title).toBe('string');
        const claims = analyze(article, lexicon);
        log.record(text.length, ms);
        expectOffsetsInside(article.text, claims);
      }),
      { numRuns: runs(300) },
    );
    log.print();
  });

  it('splits any paragraph into ordered, non-overlapping sentences inside it', () => {
    const log = new CaseLog('splitSentences');
    fc.assert(
      fc.property(hostileText(), fc.constantFrom('ru', 'uk', 'en'), (text, locale) => {
        log.record(text.length, 0);
        let last = 0;
        for (const p of splitParagraphs(text)) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          for (const s of splitSentences(text, p.start, p.end, locale)) {
            expect(s.start).toBeGreaterThanOrEqual(Math.max(last, p.start));
            expect(s.end).toBeLessThanOrEqual(p.end);
            expect(s.end).toBeGreaterThan(s.start);
            last = s.end;
          }
        }
      }),
      { numRuns: runs(300) },
    );
    log.print();
  });

  it('analyses a 1 MB single-line paragraph in time proportional to its size', () => {
    const log = new CaseLog('analyze(1 MB line)');
    fc.assert(
      fc.property(articleWith(bigText(1_000_000, true)), (article) => {
        const { value: claims, ms } = timed(() => analyze(article, lexicon));
        log.record(article.text.length, ms);
        expectOffsetsInside(article.text, claims);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(article.text.length));
      }),
      { numRuns: 2, endOnFailure: true },
    );
    log.print();
  });

  it('analyses 300 KB of many short paragraphs in time proportional to its size', () => {
    const log = new CaseLog('analyze(300 KB, many paragraphs)');
    fc.assert(
      fc.property(articleWith(bigText(300_000, false)), (article) => {
        const { value: claims, ms } = timed(() => analyze(article, lexicon));
        log.record(article.text.length, ms);
        expectOffsetsInside(article.text, claims);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(article.text.length));
      }),
      { numRuns: 2, endOnFailure: true },
    );
    log.print();
  });
});
