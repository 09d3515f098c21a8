import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/extraction/article';
import { contentHash } from '../../../lib/extraction/content-hash';
import { type ExportedDocument, formatDocument, formatHeader, parseJsonl, parseLine } from '../../../lib/storage/jsonl';
import { bigText, CaseLog, hostileText, runs, timeBoundMs, timed } from './support';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const shortText = (max: number) => hostileText(20).map((t) => t.slice(0, max));

/** A document that passes validation, with hostile strings in every free-text field. */
const validDocument: fc.Arbitrary<Omit<ExportedDocument, 'type' | 'version'>> = fc
  .record({
    title: shortText(1000),
    byline: fc.option(shortText(500)),
    outlet: shortText(300),
    url: fc.option(fc.webUrl()),
    published: fc.option(fc.constantFrom('2026-01-06', '2025-12-31T23:59:59Z', '2026-01-06T10:00:00+03:00')),
    lang: fc.constantFrom('ru', 'uk', 'en', 'und', 'pt-BR'),
    text: hostileText().filter((t) => t.trim() !== ''),
    excerpt: fc.option(shortText(5000)),
    source: fc.constantFrom('seed' as const, 'stored' as const),
    storedAt: isoDate,
  })
  .map(({ source, storedAt, url, ...fields }) => {
    const article: Article = { ...fields, url, canonicalUrl: url, contentHash: contentHash(fields.text) };
    return {
      article,
      source,
      storedAt,
      updatedAt: storedAt,
      history: [{ contentHash: article.contentHash, savedAt: storedAt, published: article.published }],
    };
  });

const lineCount = (text: string): number => text.split(/\r?\n/).length;

describe('fuzz: export file parsing', () => {
  it('never throws on arbitrary text and numbers every error with a line that exists', () => {
    const log = new CaseLog('parseJsonl(arbitrary text)');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      hostileText(),
      fc.array(fc.jsonValue().map((v) => JSON.stringify(v))).map((lines) => lines.join('\n')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const { value: parsed, ms } = timed(() => parseJsonl(input));
        log.record(input.length, ms);
        const lines = lineCount(input);
        for (const { line } of [...parsed.errors, ...parsed.documents]) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines);
        }
        expect(new Set(parsed.documents.map((d) => d.line)).size).toBe(parsed.documents.length);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(input.length));
      }),
      { numRuns: runs(500) },
    );
    log.print();
  });

  it('reads back every exported document exactly, whatever Unicode its fields hold', () => {
    const log = new CaseLog('formatDocument → parseJsonl round trip');
    fc.assert(
      fc.property(fc.array(validDocument, { maxLength: 5 }), isoDate, fc.boolean(), (docs, exportedAt, crlf) => {
        const text = [formatHeader(exportedAt), ...docs.map(formatDocument)].join(crlf ? '\r\n' : '\n');
        const parsed = parseJsonl(text);
        log.record(text.length, 0);
        expect(parsed.errors).toEqual([]);
        expect(parsed.header?.exportedAt).toBe(exportedAt);
        expect(parsed.documents.map((d) => d.document)).toEqual(
          docs.map((d) => ({ type: 'parallax-document', version: 1, ...d })),
        );
      }),
      { numRuns: runs(200) },
    );
    log.print();
  });

  it('rejects or accepts damaged and shape-shifted document lines without throwing', () => {
    const log = new CaseLog('parseLine(damaged document)');
    // A valid line cut, spliced with junk, or with one field replaced by any JSON value.
    const damaged = fc.oneof(
      fc
        .tuple(validDocument, fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 10 }))
        .map(([doc, a, b, junk]) => {
          const line = formatDocument(doc);
          const from = a % (line.length + 1);
          const to = from + (b % 20);
          return line.slice(0, from) + junk + line.slice(to);
        }),
      fc
        .tuple(
          validDocument,
          fc.constantFrom('article', 'source', 'storedAt', 'updatedAt', 'history', 'version', 'type'),
          fc.jsonValue(),
        )
        .map(([doc, key, value]) => JSON.stringify({ ...JSON.parse(formatDocument(doc)), [key]: value })),
      fc
        .tuple(
          validDocument,
          fc.constantFrom('title', 'byline', 'url', 'published', 'lang', 'text', 'contentHash', 'excerpt'),
          fc.jsonValue(),
        )
        .map(([doc, key, value]) => {
          const line = JSON.parse(formatDocument(doc)) as { article: Record<string, unknown> };
          line.article[key] = value;
          return JSON.stringify(line);
        }),
    );
    fc.assert(
      fc.property(damaged, (line) => {
        const result = parseLine(line);
        log.record(line.length, 0);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        else if (result.value.kind === 'document') expect(result.value.document.article.text.trim()).not.toBe('');
      }),
      { numRuns: runs(500) },
    );
    log.print();
  });

  it('parses a 1 MB text field and a 1 MB junk line in time proportional to their size', () => {
    const log = new CaseLog('parseJsonl(1 MB lines)');
    fc.assert(
      fc.property(validDocument, bigText(990_000, true), (doc, big) => {
        const text = [
          formatHeader('2026-01-06T00:00:00.000Z'),
          formatDocument({ ...doc, article: { ...doc.article, text: big, contentHash: contentHash(big) } }),
          big,
        ].join('\n');
        const { value: parsed, ms } = timed(() => parseJsonl(text));
        log.record(text.length, ms);
        expect(parsed.documents).toHaveLength(1);
        expect(parsed.errors.map((e) => e.line)).toEqual([3]);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(text.length));
      }),
      { numRuns: 3, endOnFailure: true },
    );
    log.print();
  });
});
