import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/claims/analyze';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { parseHtml } from '../../../lib/extraction/parse-html';
import { articleFromSeed } from '../../../lib/extraction/seed-article';
import { loadLexiconFromDisk } from '../../../lib/node/load-lexicon-from-disk';
import { expectOffsetsInside, timeBoundMs, timed } from './support';

/** Inputs the fuzzers found, kept as fixed cases so they stay fixed. */
const lexicon = loadLexiconFromDisk();
const PARAGRAPH =
  'Союзники Украины во вторник проведут встречу в Париже, чтобы определить свой вклад в будущие гарантии безопасности для Киева, сообщает Reuters.';
const articleBody = `<article><h1>Встреча в Париже</h1>${`<p>${PARAGRAPH}</p>`.repeat(8)}</article>`;

describe('fuzz regressions: one huge paragraph is analysed in linear time', () => {
  // Each took from 56 s to several minutes before: a scan from the sentence start per number
  // (figures), per capitalised word (names), and per ICU segment (sentences).
  // Sized so that the old code breaks the bound several times over (e.g. 500 KB of `Mr. ` took
  // about two minutes; 1 MB of short sentences over a minute and a half) while the new takes ~1 s.
  it.each([
    ['numbers', '1 2 3 ', 85_000],
    ['capitalised names', 'Зеленский заявил, что ', 23_000],
    ['titles before every word', 'Mr. ', 125_000],
    ['short sentences', 'Hello world. ', 80_000],
    // Clause joints with no full stop: each joint counted the quotes before it and the words after it.
    ['clause joints', 'они сказали об этом вчера утром; ', 5_000],
    // The same without a date word, so no date parser runs: each joint searched the rest of the sentence for
    // a quote, each reporting verb tested the sentence so far for a quote and a dash, and each clause looked
    // for its first token from the sentence's first (20,000 joints took 18 s; these 60,000 about 2 s).
    ['clause joints of reported speech', 'они сказали об этом утром; ', 60_000],
  ])('analyses a long line of %s within the linear bound', (_label, unit, times) => {
    const article = articleFromSeed('big.txt', unit.repeat(times));
    const { value: claims, ms } = timed(() => analyze(article, lexicon));
    console.log(`${_label}: ${article.text.length} chars, ${claims.length} claims in ${Math.round(ms)} ms`);
    expectOffsetsInside(article.text, claims);
    expect(ms).toBeLessThanOrEqual(timeBoundMs(article.text.length));
  });
});

describe('fuzz regressions: markup linkedom mis-parses', () => {
  it('reads an article that follows a stray </body>, as browsers do, instead of failing inside Readability', () => {
    const html = `<!doctype html><html><head><title>Встреча</title></head><body><nav>Меню</nav></body>${articleBody}</html>`;
    const result = extractArticle(parseHtml(html, 'https://news.example/a'));
    expect(result).toMatchObject({ ok: true });
  });

  it('reads an article that follows </html>', () => {
    const html = `<!doctype html><html><head><title>Встреча</title></head><body><nav>Меню</nav></body></html>${articleBody}`;
    expect(extractArticle(parseHtml(html, 'https://news.example/a'))).toMatchObject({ ok: true });
  });

  it('reads a fragment that mentions an <html> tag inside other markup', () => {
    const html = `<figure><math><p>x</p><html><head></head></html></math></figure>${articleBody}`;
    const result = extractArticle(parseHtml(html, 'https://news.example/a'));
    expect(result.ok || result.reason !== 'error').toBe(true);
  });

  it('finishes on an unclosed CDATA section followed by a doctype (Readability looped forever)', () => {
    const html = `<html><body>${articleBody}<p>"<![CDATA[--><!doctype m</p></body></html>`;
    const { value: result, ms } = timed(() => extractArticle(parseHtml(html, 'https://news.example/a')));
    expect(result).toMatchObject({ ok: true });
    expect(ms).toBeLessThan(5_000);
  });
});

describe('fuzz regressions: analysis of hostile text', () => {
  it('reads a count that ends the text, with no word after it, without looking past the last word', () => {
    // `1e309` is a number the size of Infinity at the very end: the place reader once asked for the word
    // after it.
    const text = '0 \u0300 A \u03001e309';
    const article = { ...articleFromSeed('fuzz.txt', text), title: text, lang: 'ru' };
    expectOffsetsInside(article.text, analyze(article, lexicon));
  });
});
