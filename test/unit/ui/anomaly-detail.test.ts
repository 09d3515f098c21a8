import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../../lib/matching/comparison';
import { anomalyDetail } from '../../../lib/report/anomaly-words';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** getMessage for one locale, with `$1`… substituted as the browser does. */
function translator(lang: string) {
  const table = JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (table[key]?.message ?? `MISSING:${key}`).replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  };
}

const ANOMALIES: Anomaly[] = [
  {
    kind: 'future-date',
    text: 'В конце декабря 2026 года',
    claim: 3,
    date: '2026-12',
    published: '2026-01-06',
    days: 349,
  },
  { kind: 'weekday', text: 'во вторник, 7 января', claim: 1, date: '2026-01-07', weekday: 3, named: 2 },
  { kind: 'self-contradiction', text: '43 / 40', claim: 2, values: [43, 40] },
];

describe('anomalies worded by the UI', () => {
  it('words each kind from its data in English, Russian and Ukrainian', () => {
    const en = ANOMALIES.map((a) => anomalyDetail(a, translator('en'), 'en'));
    expect(en).toEqual([
      'December 2026 is 349 days after the article was published (Jan 6, 2026)',
      'Jan 7, 2026 is a Wednesday, not a Tuesday',
      'the article gives 43 and 40 for the same count',
    ]);
    const ru = ANOMALIES.map((a) => anomalyDetail(a, translator('ru'), 'ru'));
    expect(ru[1]).toMatch(/среда, а не вторник/);
    expect(ru[2]).toContain('43');
    const uk = ANOMALIES.map((a) => anomalyDetail(a, translator('uk'), 'uk'));
    expect(uk[1]).toMatch(/середа, а не вівторок/);
    for (const text of [...ru, ...uk]) expect(text).toMatch(/[а-яіїєґ]/i);
  });
});
