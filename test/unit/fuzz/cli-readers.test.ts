import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFromFile, InputError } from '../../../lib/cli/article-from-file';
import { readArticle, readCorpus } from '../../../lib/cli/load-documents';
import type { Article } from '../../../lib/extraction/article';
import { CaseLog, hostileText, runs, timeBoundMs, timed } from './support';

const workDir = mkdtempSync(join(tmpdir(), 'parallax-fuzz-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const fileName = fc.constantFrom('a.txt', 'b.TXT', 'c.html', 'd.htm', 'e.json', 'f.JSON', 'g.jsonl', 'h', '.txt');
// Contents a user might point the CLI at by mistake or on purpose: prose, markup, JSON of any shape.
const content = fc.oneof(
  hostileText(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  hostileText().map(
    (t) => `<html><head><title>${t.slice(0, 40)}</title></head><body><article><p>${t}</p></article></body></html>`,
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        text: fc.oneof(hostileText(), fc.jsonValue()),
        title: fc.oneof(hostileText(10), fc.jsonValue()),
        lang: fc.oneof(fc.constantFrom('ru', 'en', 'xx', ''), fc.jsonValue()),
        contentHash: fc.oneof(fc.constant('0123456789abcdef'), fc.jsonValue()),
        published: fc.oneof(fc.constant('2026-01-06'), fc.jsonValue()),
        url: fc.oneof(fc.webUrl(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    .chain((article) =>
      fc.constantFrom(JSON.stringify(article), JSON.stringify({ type: 'parallax-document', article })),
    ),
);

/** The readers' contract: an Article, or an InputError whose message names the file; nothing else escapes. */
function readOrInputError(read: () => Article | unknown[]): void {
  try {
    const value = read();
    if (!Array.isArray(value)) expect((value as Article).text.trim()).not.toBe('');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: CLI file readers', () => {
  it('turn any file content into an article or an InputError, never another exception', () => {
    const log = new CaseLog('articleFromFile');
    fc.assert(
      fc.property(fileName, content, (name, text) => {
        const { ms } = timed(() => readOrInputError(() => articleFromFile(name, text)));
        log.record(text.length, ms);
        expect(ms).toBeLessThanOrEqual(timeBoundMs(text.length));
      }),
      { numRuns: runs(400) },
    );
    log.print();
  });

  it('read a corpus folder or .jsonl export of arbitrary files, listing the unreadable ones', () => {
    const log = new CaseLog('readCorpus / readArticle on disk');
    let caseNo = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fileName, content), { maxLength: 6 }), (files) => {
        const dir = join(workDir, `case-${caseNo++}`);
        mkdirSync(dir);
        for (const [i, [name, text]] of files.entries()) writeFileSync(join(dir, `${i}-${name}`), text);
        const skipped: string[] = [];
        readOrInputError(() => readCorpus(dir, skipped));
        for (const s of skipped) expect(typeof s).toBe('string');
        for (const [i, [name]] of files.entries()) {
          const path = join(dir, `${i}-${name}`);
          readOrInputError(() => readArticle(path));
          if (name.endsWith('.jsonl')) readOrInputError(() => readCorpus(path, []));
        }
        log.record(0, 0);
      }),
      { numRuns: runs(100) },
    );
    readOrInputError(() => readCorpus(join(workDir, 'missing'), []));
    readOrInputError(() => readArticle(workDir));
    log.print();
  });
});
