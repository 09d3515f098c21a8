import { describe, expect, it } from 'vitest';
import { formatDocument, formatHeader, parseJsonl, parseLine } from '../../../lib/storage/jsonl';
import { LIMITS } from '../../../lib/storage/validation';
import { makeArticle } from './helpers';

const article = makeArticle({ url: 'https://news.example/a', text: 'Строка один.\nСтрока два.' });
const doc = {
  article,
  source: 'stored' as const,
  storedAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  history: [{ contentHash: article.contentHash, savedAt: '2026-02-01T10:00:00.000Z', published: '2026-01-03' }],
};

function withArticle(patch: Record<string, unknown>): string {
  return JSON.stringify({ type: 'parallax-document', version: 1, ...doc, article: { ...article, ...patch } });
}

describe('JSONL codec', () => {
  it('writes one object per line even when the text contains newlines, and reads it back', () => {
    const line = formatDocument(doc);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ type: 'parallax-document', version: 1, source: 'stored' });
    const text = `${formatHeader('2026-02-02T00:00:00.000Z')}\n${line}\n`;
    const parsed = parseJsonl(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual({ type: 'parallax-export', version: 1, exportedAt: '2026-02-02T00:00:00.000Z' });
    expect(parsed.documents).toEqual([{ line: 2, document: { type: 'parallax-document', version: 1, ...doc } }]);
  });

  it.each([
    ['not JSON', '{"type":', /Not valid JSON/],
    ['an array', '[1,2]', /JSON object/],
    ['an unknown type', '{"type":"other"}', /Unknown line type "other"/],
    ['a future version', JSON.stringify({ type: 'parallax-document', version: 2 }), /format version 2/],
    ['a missing title', withArticle({ title: undefined }), /article\.title must be a string/],
    ['a numeric byline', withArticle({ byline: 5 }), /article\.byline must be a string/],
    ['a missing nullable field', withArticle({ excerpt: undefined }), /article\.excerpt is missing/],
    ['a relative URL', withArticle({ url: '/a' }), /article\.url is not an http\(s\) address/],
    [
      'a javascript: URL',
      withArticle({ url: 'javascript:alert(1)//https://x.example/' }),
      /article\.url is not an http\(s\) address/,
    ],
    [
      'a data: canonical URL',
      withArticle({ canonicalUrl: 'data:text/html,<script>1</script>' }),
      /canonicalUrl is not an http\(s\) address/,
    ],
    ['a bad date', withArticle({ published: 'вчера' }), /article\.published must be an ISO date/],
    ['a bad language', withArticle({ lang: 'Русский' }), /article\.lang must be a language tag/],
    ['an empty text', withArticle({ text: '  ' }), /article\.text is empty/],
    ['an overlong title', withArticle({ title: 'x'.repeat(LIMITS.title + 1) }), /title is too long/],
    ['a bad hash', withArticle({ contentHash: 'ABC' }), /contentHash must be a lowercase hex digest/],
    ['a bad source', JSON.stringify({ ...JSON.parse(formatDocument(doc)), source: 'web' }), /source must be/],
    [
      'a bad history entry',
      JSON.stringify({ ...JSON.parse(formatDocument(doc)), history: [{ contentHash: article.contentHash }] }),
      /history\[0\]\.savedAt must be a string/,
    ],
  ])('rejects %s with a clear message', (_name, line, message) => {
    const parsed = parseLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('drops unknown article fields and adds the current version to a history that lacks it', () => {
    const line = JSON.stringify({
      type: 'parallax-document',
      version: 1,
      article: { ...article, injected: '<script>' },
      source: 'stored',
      storedAt: '2026-01-01T00:00:00Z',
    });
    const parsed = parseLine(line);
    if (!parsed.ok || parsed.value.kind !== 'document') throw new Error('expected a document');
    expect(parsed.value.document.article).not.toHaveProperty('injected');
    expect(parsed.value.document.updatedAt).toBe('2026-01-01T00:00:00Z');
    expect(parsed.value.document.history).toEqual([
      { contentHash: article.contentHash, savedAt: '2026-01-01T00:00:00Z', published: '2026-01-03' },
    ]);
  });

  it('numbers errors by file line, skipping blank lines and CRLF endings', () => {
    const good = formatDocument(doc);
    const text = [
      formatHeader('2026-02-02T00:00:00Z'),
      good,
      '',
      'garbage',
      good,
      formatHeader('2026-02-03T00:00:00Z'),
    ].join('\r\n');
    const parsed = parseJsonl(text);
    expect(parsed.documents.map((d) => d.line)).toEqual([2, 5]);
    expect(parsed.errors).toEqual([
      { line: 4, kind: 'not-json', message: expect.stringMatching(/Not valid JSON/) },
      { line: 6, kind: 'misplaced-header', message: expect.stringMatching(/Unexpected export header/) },
    ]);
  });

  it('reports a missing header but still reads the documents', () => {
    const parsed = parseJsonl(`${formatDocument(doc)}\n`);
    expect(parsed.header).toBeNull();
    expect(parsed.errors).toEqual([
      { line: 1, kind: 'missing-header', message: expect.stringMatching(/Missing export header/) },
    ]);
  });

  it('numbers the lines of a part of a file from its first line and expects no header there', () => {
    const doc = {
      article: makeArticle({ text: 'Часть файла.' }),
      source: 'stored' as const,
      storedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      history: [],
    };
    const parsed = parseJsonl(`${formatDocument(doc)}\nnot json\n`, 201);
    expect(parsed.documents.map((d) => d.line)).toEqual([201]);
    expect(parsed.errors).toEqual([{ line: 202, kind: 'not-json', message: expect.stringMatching(/Not valid JSON/) }]);
    expect(parsed.documents).toHaveLength(1);
  });
});
