import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSeedPage } from '../support/seed-page';
import { seedText } from '../support/seeds';
import { ROOT } from './support/chromium';
import { useChromium } from './support/chromium-session';

const ru = JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', 'ru', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

/**
 * Words of English sentences: what the engine wrote into details, anomalies and marks before the UI
 * worded its data in the reader's language. None may show in a Russian UI comparing Russian and
 * Ukrainian articles (outlet names in Latin letters, like Reuters, are no sentence).
 */
const ENGLISH_SENTENCE_WORDS =
  /\b(the|is|are|after|before|vs|than|days?|publication|date|and|not|more|less|about|almost|exact|leaders?|here|there)\b/i;

describe('the popup in a Russian browser', () => {
  const session = useChromium('ru');

  it('words every difference, anomaly and count in Russian, with no English sentence from the engine', async () => {
    const raw = seedText('003').replace('понад 27 лідерів', 'понад 40 лідерів');
    const url = session.server.addPage(
      '/variant/003-forty-ru.html',
      renderSeedPage(raw, { outlet: 'Українські Новини', lang: 'uk' }),
    );
    const popup = await session.popupOn(url);
    expect(await popup.settledState()).toBe('stories');
    const differences = await popup.differences();
    expect(differences.some((d) => d.kind === 'number' && d.marks[0]?.includes('40 лідерів'))).toBe(true);
    const text = await popup.visibleText();
    // The Russian strings, not the English ones, and some of them (the UI is in Russian at all).
    expect(text).toContain(ru.popupOnlyDifferences?.message);
    const english = text.split('\n').filter((line) => ENGLISH_SENTENCE_WORDS.test(line));
    expect(english).toEqual([]);
  });
});
