import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../../lib/matching/comparison';
import { differenceDetail } from '../../../lib/report/difference-words';
import { englishT } from '../../../lib/report/english';
import type { Translate } from '../../../lib/report/translate';
import { differenceMarks, markedRanges } from '../../../lib/ui/popup/marked-text';

const ROOT = join(import.meta.dirname, '..', '..', '..');
function translate(lang: string): Translate {
  const messages = JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (key, subs) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
}

const toll: Difference = {
  kind: 'number',
  here: 'Более 60 человек',
  there: '93',
  spans: { here: { start: 0, end: 16 }, there: { start: 70, end: 72 } },
  values: {
    here: { figure: { value: 60, qualifier: 'more', noun: '@person', role: 'dead' } },
    there: {
      figure: {
        value: 93,
        qualifier: 'exact',
        noun: '@person',
        role: 'dead',
        count: 'total',
        asOf: '2024-03-23T09:00',
      },
    },
  },
  published: { here: '2024-03-22', there: '2024-03-23' },
};

describe('difference wording', () => {
  it('words both figures with their role, as-of time and publication date in the reader’s language', () => {
    const en = differenceDetail(toll, englishT, 'en');
    expect(en.here).toBe('more than 60 dead (published Mar 22, 2024)');
    expect(en.there).toBe('93 dead, as of Mar 23, 09:00 AM (published Mar 23, 2024)');
    const ru = differenceDetail(toll, translate('ru'), 'ru');
    expect(ru.here).toBe('более 60 погибших (опубликовано 22 мар. 2024 г.)');
    expect(ru.there).toBe('93 погибших, по состоянию на 23 мар., 09:00 (опубликовано 23 мар. 2024 г.)');
    const uk = differenceDetail(toll, translate('uk'), 'uk');
    expect(uk.here).toContain('понад 60 загиблих');
  });

  it('leaves the publication dates out when both articles are of one day, and words ranges, scorecards and sources', () => {
    const same: Difference = {
      ...toll,
      values: {
        here: { figure: { value: 55, high: 57, qualifier: 'exact', noun: '%', role: 'no' } },
        there: { figure: { value: 114, versus: 112, qualifier: 'exact', noun: 'score' } },
      },
      published: { here: '2024-10-21', there: '2024-10-21' },
    };
    expect(differenceDetail(same, englishT, 'en')).toEqual({ here: '55–57 “no”', there: '114-112' });
    const sources: Difference = {
      ...toll,
      kind: 'attribution',
      values: { here: { sources: ['Bloomberg', 'источники'] }, there: { sources: ['Politico'] } },
      published: { here: null, there: null },
    };
    expect(differenceDetail(sources, englishT, 'en')).toEqual({ here: 'Bloomberg → источники', there: 'Politico' });
  });
});

describe('marking the differing phrase', () => {
  it('marks the figure at its span, not the first equal phrase in the sentence', () => {
    const text = '11 погибли в Днепре и 11 в Киеве';
    const d: Difference = { ...toll, here: '11', spans: { here: { start: 22, end: 24 }, there: null } };
    expect(markedRanges(text, differenceMarks([d], 'here'))).toEqual([{ start: 22, end: 24 }]);
  });

  it('falls back to the phrase where the span does not index the text, and merges overlapping marks', () => {
    const context = 'Перед этим: 11 в Киеве.';
    const d: Difference = { ...toll, here: '11 в Киеве', spans: { here: { start: 22, end: 32 }, there: null } };
    expect(markedRanges(context, differenceMarks([d], 'here'))).toEqual([{ start: 12, end: 22 }]);
    expect(
      markedRanges('более 27 мировых лидеров', [
        { phrase: 'более 27', range: { start: 0, end: 8 } },
        { phrase: '27 мировых', range: { start: 6, end: 16 } },
      ]),
    ).toEqual([{ start: 0, end: 16 }]);
  });
});
