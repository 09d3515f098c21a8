import { describe, expect, it } from 'vitest';
import { clearMarks, locateClaims, type MarkSurface, markClaims, type TextSpan } from '../../../lib/content/page-marks';
import { parseHtml } from '../../../lib/extraction/parse-html';
import type { PageMark } from '../../../lib/protocol/page-marks';

const PAGE = `<!doctype html><html><body><article>
<h1>Встреча в Париже</h1>
<p>К президенту Украины во французской столице присоединятся <b>более 27</b> мировых лидеров.</p>
<p>Встреча является частью более широких усилий.</p>
<script>var x = "более 27 мировых лидеров";</script>
</article></body></html>`;

/** The text a span covers, read back from the nodes it names (what a Range over it would hold). */
function spanText(doc: Document, span: TextSpan): string {
  const walker = doc.createTreeWalker(doc.body, 4);
  let out = '';
  let on = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const from = node === span.startNode ? span.startOffset : 0;
    if (node === span.startNode) on = true;
    if (!on) continue;
    const to = node === span.endNode ? span.endOffset : node.data.length;
    out += node.data.slice(from, to);
    if (node === span.endNode) break;
  }
  return out;
}

/** A surface that records what it was asked to draw, as the browser's highlight registry would hold it. */
function recordingSurface() {
  const drawn: { kind: string; note: string; span: TextSpan }[] = [];
  const surface: MarkSurface = {
    draw: (_doc, found) => {
      for (const { mark, span } of found) drawn.push({ kind: mark.kind, note: mark.note, span });
    },
    clear: () => {
      drawn.length = 0;
    },
  };
  return { surface, drawn };
}

const LEADERS: PageMark = {
  text: 'К президенту Украины во французской столице присоединятся более 27 мировых лидеров.',
  kind: 'differs',
  note: 'Parallax\nУНН: более 27 ≠ понад 40',
};

describe('in-page marks', () => {
  it('finds a claim that spans several elements, from its first to its last character', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const [found] = locateClaims(doc, [LEADERS]);
    expect(found).toBeDefined();
    expect(spanText(doc, found?.span as TextSpan)).toBe(LEADERS.text);
    // It starts in one paragraph's first text node and ends in the text after <b>.
    expect(found?.span.startNode).not.toBe(found?.span.endNode);
  });

  it('marks without changing anything in the page: no element, attribute or text is added', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const html = doc.body.outerHTML;
    const { surface, drawn } = recordingSurface();
    const marked = markClaims(
      doc,
      [
        LEADERS,
        { text: 'Встреча является частью более широких усилий.', kind: 'shared', note: 'Parallax\nOBOZ.UA: agrees' },
      ],
      surface,
    );
    expect(marked).toBe(2);
    expect(drawn.map((d) => d.kind)).toEqual(['differs', 'shared']);
    expect(doc.body.outerHTML).toBe(html);
    expect(doc.documentElement.outerHTML).not.toContain('УНН');
    expect(clearMarks(doc, surface)).toBe(2);
    expect(drawn).toEqual([]);
    expect(doc.body.outerHTML).toBe(html);
  });

  it('skips claims it cannot find, claims too short to be sure of, and text inside scripts', () => {
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const found = locateClaims(doc, [
      { text: 'Этого предложения на странице нет вовсе.', kind: 'shared', note: '' },
      { text: 'Встреча', kind: 'shared', note: '' },
    ]);
    expect(found).toEqual([]);
    const inScript = locateClaims(doc, [{ text: 'var x = "более 27 мировых лидеров"', kind: 'shared', note: '' }]);
    expect(inScript).toEqual([]);
  });
});
