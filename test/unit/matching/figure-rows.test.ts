import { describe, expect, it } from 'vitest';
import type { Claim, Figure } from '../../../lib/claims/claim';
import type { AlignedClaim, StoryMatch } from '../../../lib/matching/comparison';
import { countedPhrase, type FigureRowsInput, figureRows } from '../../../lib/matching/figure-rows';
import { makeClaim } from './make-claim';

/** A figure placed where its text occurs in the claim, so spans can be checked. */
function placed(claim: string, text: string, value: number, noun: string, qualifier: Figure['qualifier'] = 'exact') {
  const start = claim.indexOf(text);
  if (start < 0) throw new Error(`“${text}” is not in “${claim}”`);
  return { value, noun, text, qualifier, start, end: start + text.length };
}

function claimWith(index: number, text: string, figures: Figure[], offset = 0): Claim {
  return makeClaim({
    index,
    text,
    start: offset,
    end: offset + text.length,
    figures: figures.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })),
  });
}

function aligned(hereIndex: number, thereIndex: number, verdict: AlignedClaim['verdict'] = 'agrees'): AlignedClaim {
  return {
    here: '',
    there: '',
    hereIndex,
    thereIndex,
    score: 1,
    verdict,
    differences: [],
    variants: [],
    sources: { here: [], there: [] },
  };
}

function story(id: string, outlet: string, published: string | null, claims: AlignedClaim[]): StoryMatch {
  return { id, outlet, title: id, lang: 'ru', published, score: 1, claims };
}

const HERE = 'До Президента України приєднаються понад 40 лідерів.';
const RBC = 'К президенту Украины присоединятся более 27 мировых лидеров.';
const UNN = 'До Президента України приєднаються понад 27 лідерів.';

function leaders(): { input: FigureRowsInput; here: Claim[]; there: Map<string, Claim[]> } {
  const here = [
    claimWith(0, 'Союзники встречаются в Париже.', []),
    claimWith(1, HERE, [placed(HERE, 'понад 40 лідерів', 40, 'лидер', 'more')], 40),
  ];
  const rbc = [claimWith(0, RBC, [placed(RBC, 'более 27 мировых лидеров', 27, 'лидер', 'more')])];
  const unn = [claimWith(0, 'x', []), claimWith(1, UNN, [placed(UNN, 'понад 27 лідерів', 27, 'лидер', 'more')])];
  return {
    input: {
      article: { outlet: 'Українські Новини', published: '2026-01-06' },
      stories: [
        story('seed:002', 'РБК-Украина', '2026-01-06', [aligned(1, 0, 'differs')]),
        story('seed:003', 'УНН', '2026-01-06', [aligned(1, 1, 'differs')]),
      ],
    },
    here,
    there: new Map([
      ['seed:002', rbc],
      ['seed:003', unn],
    ]),
  };
}

describe('figureRows', () => {
  it('puts 40 leaders here and 27 leaders at two outlets in one row, marked as a conflict', () => {
    const { input, here, there } = leaders();
    const rows = figureRows(input, here, there);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.key).toBe('лидер');
    expect(row?.counted).toBe('лідерів');
    expect(row?.conflict).toBe(true);
    expect(row?.values.map((v) => [v.value, v.qualifier, v.here])).toEqual([
      [27, 'more', false],
      [40, 'more', true],
    ]);
    expect(row?.values[0]?.mentions.map((m) => [m.outlet, m.documentId, m.text])).toEqual([
      ['РБК-Украина', 'seed:002', 'более 27 мировых лидеров'],
      ['УНН', 'seed:003', 'понад 27 лідерів'],
    ]);
  });

  it('gives each mention its claim index, text and the span of the figure in that text', () => {
    const { input, here, there } = leaders();
    const mine = figureRows(input, here, there)[0]?.values[1]?.mentions[0];
    expect(mine?.documentId).toBeNull();
    expect(mine?.outlet).toBe('Українські Новини');
    expect(mine?.published).toBe('2026-01-06');
    expect(mine?.claim.index).toBe(1);
    expect(mine?.claim.text).toBe(HERE);
    expect(mine?.claim.text.slice(mine.claim.start, mine.claim.end)).toBe('понад 40 лідерів');
    const theirs = figureRows(input, here, there)[0]?.values[0]?.mentions[1];
    expect(theirs?.claim.index).toBe(1);
    expect(theirs?.claim.text.slice(theirs.claim.start, theirs.claim.end)).toBe('понад 27 лідерів');
  });

  it('reports no conflict when every outlet gives a compatible value', () => {
    const { input, there } = leaders();
    const agreeing = [claimWith(0, 'x', []), claimWith(1, UNN, [placed(UNN, 'понад 27 лідерів', 27, 'лидер', 'more')])];
    const rows = figureRows(input, agreeing, there);
    expect(rows[0]?.conflict).toBe(false);
    expect(rows[0]?.values).toHaveLength(1);
    expect(rows[0]?.values[0]?.here).toBe(true);
    expect(rows[0]?.values[0]?.mentions.map((m) => m.documentId)).toEqual([null, 'seed:002', 'seed:003']);
  });

  it('ignores claims aligned only as related, figures without a counted noun, and ordinals', () => {
    const { input, here, there } = leaders();
    const related = { ...input, stories: input.stories.map((s) => ({ ...s, claims: [aligned(1, 0, 'related')] })) };
    expect(figureRows(related, here, there)).toEqual([]);
    const bare = (f: Figure): Figure => ({ ...f, noun: '' });
    const bareHere = here.map((c) => ({ ...c, figures: c.figures.map(bare) }));
    expect(figureRows(input, bareHere, there)).toEqual([]);
    const ordinalHere = here.map((c) => ({ ...c, figures: c.figures.map((f) => ({ ...f, ordinal: true })) }));
    expect(figureRows(input, ordinalHere, there)).toEqual([]);
  });

  it('skips a story whose claims are not given instead of failing', () => {
    const { input, here } = leaders();
    expect(figureRows(input, here, new Map())).toEqual([]);
  });

  it('joins a toll reported at three times into one row through the claims each report was aligned with', () => {
    const here = [claimWith(0, 'зросла до 2 719 осіб', [placed('зросла до 2 719 осіб', '2 719 осіб', 2719, 'осиб')])];
    const early = [claimWith(0, 'перевищила 140 осіб', [placed('перевищила 140 осіб', '140 осіб', 140, 'осиб')])];
    const later = [claimWith(0, 'щонайменше 1700 осіб', [placed('щонайменше 1700 осіб', '1700 осіб', 1700, 'осиб')])];
    const rows = figureRows(
      {
        article: { outlet: 'Інтерфакс-Україна', published: '2025-04-01' },
        stories: [
          story('a', 'Постфактум', '2025-03-28', [aligned(0, 0)]),
          story('b', 'Київ 24/7', '2025-03-31', [aligned(0, 0)]),
        ],
      },
      here,
      new Map([
        ['a', early],
        ['b', later],
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values.map((v) => v.value)).toEqual([140, 1700, 2719]);
    expect(rows[0]?.values.flatMap((v) => v.mentions.map((m) => m.published))).toEqual([
      '2025-03-28',
      '2025-03-31',
      '2025-04-01',
    ]);
  });

  it('pairs only agreeing values where a claim holds several counts of the same noun', () => {
    const text = 'погибли 694 человека, пострадали 1 670 человек';
    const here = [
      claimWith(0, text, [
        placed(text, '694 человека', 694, 'человек'),
        placed(text, '1 670 человек', 1670, 'человек'),
      ]),
    ];
    const otherText = 'погибли 1644 человека, пострадали 1670 человек';
    const other = [
      claimWith(0, otherText, [
        placed(otherText, '1644 человека', 1644, 'человек'),
        placed(otherText, '1670 человек', 1670, 'человек'),
      ]),
    ];
    const rows = figureRows(
      { article: { outlet: 'Here', published: null }, stories: [story('x', 'There', null, [aligned(0, 0)])] },
      here,
      new Map([['x', other]]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values.map((v) => v.value)).toEqual([1670]);
    expect(rows[0]?.conflict).toBe(false);
  });

  it('keeps the dead and the injured in separate rows, words a toll with no noun by its role, and ranges as values', () => {
    const role = (f: Figure, r: string): Figure => ({ ...f, role: r });
    const text = 'погибли 694 человека, пострадали 1 670 человек';
    const here = [
      claimWith(0, text, [
        role(placed(text, '694 человека', 694, '@person'), 'dead'),
        role(placed(text, '1 670 человек', 1670, '@person'), 'injured'),
      ]),
    ];
    const otherText = 'The toll rose to 1,644 and 3,408 were injured';
    const other = [
      claimWith(0, otherText, [
        role(placed(otherText, '1,644', 1644, '@person'), 'dead'),
        { ...role(placed(otherText, '3,408', 3408, '@person'), 'injured'), high: 3500 },
      ]),
    ];
    const rows = figureRows(
      { article: { outlet: 'Here', published: null }, stories: [story('x', 'There', null, [aligned(0, 0)])] },
      here,
      new Map([['x', other]]),
    );
    expect(rows.map((r) => [r.role, r.values.map((v) => [v.value, v.high ?? null])])).toEqual([
      [
        'dead',
        [
          [694, null],
          [1644, null],
        ],
      ],
      [
        'injured',
        [
          [1670, null],
          [3408, 3500],
        ],
      ],
    ]);
    expect(rows[0]?.counted).toBe('человека');
    const bare = [claimWith(0, 'risen to 93', [role(placed('risen to 93', '93', 93, '@person'), 'dead')])];
    const [row] = figureRows(
      { article: { outlet: 'Here', published: null }, stories: [story('x', 'There', null, [aligned(0, 0)])] },
      bare,
      new Map([['x', other]]),
    );
    expect(row).toMatchObject({ counted: '', role: 'dead', key: '@person' });
  });

  it('never puts an increment in one row with a total', () => {
    const more = [
      claimWith(0, '18 more bodies', [{ ...placed('18 more bodies', '18 more bodies', 18, '@bodi'), count: 'new' }]),
    ];
    const total = [
      claimWith(0, '133 bodies', [{ ...placed('133 bodies', '133 bodies', 133, '@bodi'), count: 'total' }]),
    ];
    const rows = figureRows(
      { article: { outlet: 'Here', published: null }, stories: [story('x', 'There', null, [aligned(0, 0)])] },
      more,
      new Map([['x', total]]),
    );
    expect(rows).toEqual([]);
  });

  it('lists conflicting rows before agreeing ones', () => {
    const { input, here, there } = leaders();
    const days = 'Встреча продлится 2 дня.';
    const withDays = [...here, claimWith(2, days, [placed(days, '2 дня', 2, 'day')])];
    const rbc = [...(there.get('seed:002') ?? []), claimWith(1, days, [placed(days, '2 дня', 2, 'day')])];
    const stories = [{ ...(input.stories[0] as StoryMatch), claims: [aligned(2, 1), aligned(1, 0, 'differs')] }];
    const rows = figureRows({ ...input, stories }, withDays, new Map([['seed:002', rbc]]));
    expect(rows.map((r) => [r.key, r.conflict])).toEqual([
      ['лидер', true],
      ['day', false],
    ]);
  });
});

describe('countedPhrase', () => {
  it('keeps the words after the number, its qualifier and its scale', () => {
    expect(countedPhrase('более 27 мировых лидеров')).toBe('мировых лидеров');
    expect(countedPhrase('понад 40 лідерів')).toBe('лідерів');
    expect(countedPhrase('2,7 тис. осіб')).toBe('осіб');
    expect(countedPhrase('at least 65 prisoners of war')).toBe('prisoners of war');
    expect(countedPhrase('двадцать семь лидеров')).toBe('лидеров');
  });

  it('is empty when the text has no word for what is counted', () => {
    expect(countedPhrase('$2 billion')).toBe('');
    expect(countedPhrase('71.6%')).toBe('');
  });
});
