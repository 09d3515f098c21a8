import { describe, expect, it } from 'vitest';
import { clearMarks, markClaims } from '../../../lib/content/page-marks';
import { parseHtml } from '../../../lib/extraction/parse-html';

const PAGE = `<!doctype html><html><body><article>
<h1>Встреча в Париже</h1>
<p>К президенту Украины во французской столице присоединятся <b>более 27</b> мировых лидеров.</p>
<p>Встреча является частью более широких усилий.</p>
<script>var x = "более 27 мировых лидеров";</script>
</article></body></html>`;

describe('in-page marks', () => {
  it('underlines a claim that spans several elements without changing the page text', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const before = doc.body.textContent;
    const marked = markClaims(doc, [
      {
        text: 'К президенту Украины во французской столице присоединятся более 27 мировых лидеров.',
        kind: 'differs',
        note: 'Parallax — УНН: более 27 ≠ понад 30',
      },
    ]);
    expect(marked).toBe(1);
    expect(doc.body.textContent).toBe(before);
    const marks = [...doc.querySelectorAll('parallax-mark')];
    expect(marks.length).toBeGreaterThanOrEqual(3); // text before <b>, inside it, and after it
    expect(marks.map((m) => m.textContent).join('')).toBe(
      'К президенту Украины во французской столице присоединятся более 27 мировых лидеров.',
    );
    expect(marks.every((m) => m.getAttribute('title')?.includes('понад 30'))).toBe(true);
    expect(doc.querySelector('script')?.innerHTML).not.toContain('parallax-mark');
  });

  it('skips claims it cannot find and removes every mark on request, leaving the markup as it was', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const html = doc.body.innerHTML;
    const marked = markClaims(doc, [
      { text: 'Встреча является частью более широких усилий.', kind: 'shared', note: 'Parallax — OBOZ.UA: same' },
      { text: 'Этого предложения на странице нет вовсе.', kind: 'shared', note: '' },
    ]);
    expect(marked).toBe(1);
    expect(clearMarks(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('puts page text in the tooltip as an attribute value, never as markup', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    markClaims(doc, [
      {
        text: 'Встреча является частью более широких усилий.',
        kind: 'shared',
        note: '<img src=x onerror="window.__pwned=1">',
      },
    ]);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('parallax-mark')?.getAttribute('title')).toBe('<img src=x onerror="window.__pwned=1">');
  });
});
