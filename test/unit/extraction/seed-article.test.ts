import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromSeed, parseSeedText } from '../../../lib/extraction/seed-article';
import { outletFromText } from '../../../lib/extraction/seed-outlet';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => articleFromSeed(f, readFileSync(join(SEEDS, f), 'utf8')));

describe('articleFromSeed', () => {
  it('reads the outlet from what each seed says about itself, or labels it by number', () => {
    expect(seeds.map((a) => a.outlet)).toEqual(['Главред', 'Seed 001', 'РБК-Украина', 'УНН', 'OBOZ.UA']);
  });

  it('dates each seed from its prefix and detects its language', () => {
    expect(seeds.map((a) => a.published)).toEqual(Array(5).fill('2026-01-06'));
    expect(seeds.map((a) => a.lang)).toEqual(['ru', 'ru', 'ru', 'uk', 'ru']);
  });

  it('keeps the text as paragraphs without the date prefix, titled by its first sentence', () => {
    const [first] = seeds;
    expect(first?.text.startsWith('Переговоры будут сосредоточены')).toBe(true);
    expect(first?.text).not.toContain('date 2026');
    expect(first?.text.split('\n').length).toBeGreaterThan(10);
    expect(first?.title.startsWith('Переговоры будут сосредоточены на том')).toBe(true);
    expect(first?.contentHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('parses a seed without a date prefix as undated', () => {
    expect(parseSeedText('Просто текст.\n\nВторой абзац.')).toEqual({
      date: null,
      paragraphs: ['Просто текст.', 'Второй абзац.'],
    });
    expect(articleFromSeed('007_x.txt', 'Просто текст без даты, источника и всего прочего.').published).toBeNull();
  });
});

describe('outletFromText', () => {
  it('takes the citing outlet, not the source it cites', () => {
    expect(outletFromText('Об этом сообщает Интерфакс-Украина со ссылкой на Reuters.')).toBe('Интерфакс-Украина');
    expect(outletFromText('Про це повідомляє Reuters, пише Укрінформ.')).toBe('Укрінформ');
  });

  it('does not take a source that is only cited', () => {
    expect(outletFromText('Как пишет Bloomberg, переговоры продолжатся.')).toBeNull();
    expect(outletFromText('Об этом сообщает Reuters.')).toBeNull();
    expect(outletFromText('Так, Bloomberg со ссылкой на источники пишет, что встреча состоится.')).toBeNull();
  });

  it('reads self-references and collage credits, but not agency photo credits', () => {
    expect(outletFromText('Як повідомляв Главком, зустріч відбудеться.')).toBe('Главком');
    expect(outletFromText('Коллаж: Главред, фото: Reuters')).toBe('Главред');
    expect(outletFromText('Фото: Reuters')).toBeNull();
  });
});
