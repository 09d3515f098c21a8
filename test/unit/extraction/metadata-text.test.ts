import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../lib/extraction/article-title';
import { outletFromUrl, outletName } from '../../../lib/extraction/outlet-name';
import { plainText } from '../../../lib/extraction/plain-text';

describe('plainText', () => {
  it('strips tags, script bodies and escaped markup, leaving readable text', () => {
    expect(plainText('<img src=x onerror=alert(1)>Заголовок<script>alert(2)</script>')).toBe('Заголовок');
    expect(plainText('&lt;b&gt;Иван&lt;/b&gt; Петров &amp; Ко')).toBe('Иван Петров & Ко');
    expect(plainText('AT&amp;T &#8212; 5 &lt; 7')).toBe('AT&T — 5 < 7');
  });
});

describe('outlet names', () => {
  it('makes a readable name from a host', () => {
    expect(outletFromUrl('https://www.pravda.com.ua/news/1')).toBe('pravda.com.ua');
    expect(outletFromUrl('https://news.example/a')).toBe('news.example');
    expect(outletFromUrl('about:blank')).toBeNull();
  });

  it('prefers the site name, turning a URL-valued site name into a host', () => {
    expect(outletName('УНН', ['https://unn.ua/x'])).toBe('УНН');
    expect(outletName('http://www.tmz.com', [])).toBe('tmz.com');
    expect(outletName(null, [null, 'https://www.rbc.ua/rus/news'])).toBe('rbc.ua');
    expect(outletName(null, [])).toBeNull();
  });
});

describe('titleFromText', () => {
  it('takes the first sentence, cut at a word when too long', () => {
    expect(titleFromText('Встреча пройдет в Париже. Подробности позже.')).toBe('Встреча пройдет в Париже.');
    const long = titleFromText(`${'очень длинное предложение '.repeat(20)}конец.`);
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/ …$/);
  });
});
