import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../lib/extraction/paragraph-text';
import { parseHtml } from '../../../lib/extraction/parse-html';

const textOf = (html: string): string => paragraphText(parseHtml(`<html><body>${html}</body></html>`).body);

describe('paragraphText', () => {
  it('breaks lines at block elements and <br>, keeps inline elements in the line', () => {
    expect(textOf('<h2>Заголовок</h2><p>Первый <b>абзац</b>.</p><div>Второй<br>третий</div>')).toBe(
      'Заголовок\nПервый абзац.\nВторой\nтретий',
    );
  });

  it('collapses whitespace and drops empty blocks', () => {
    expect(textOf('<p>  много \n\t пробелов </p><p> </p><ul><li>пункт</li></ul>')).toBe('много пробелов\nпункт');
  });

  it('skips scripts, styles and templates', () => {
    expect(textOf('<p>текст</p><script>var x = 1;</script><style>p{}</style><template><p>нет</p></template>')).toBe(
      'текст',
    );
  });

  it('walks a tree 20,000 levels deep without overflowing the stack', () => {
    const deep = `${'<span>'.repeat(20_000)}глубоко${'</span>'.repeat(20_000)}`;
    expect(textOf(deep)).toBe('глубоко');
  });
});
