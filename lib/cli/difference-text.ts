import type { Difference, DifferenceFigure, DifferenceValue } from '../matching/comparison';
import type { FigureRow } from '../matching/figure-rows';

/**
 * The command-line report's English for figures and differences. The extension words the same data
 * through its locale files (lib/ui/figures/figure-words.ts, lib/ui/popup/difference-words.ts); the CLI,
 * English only and below the UI layer, keeps these few words itself.
 */
const QUALIFIER: Record<DifferenceFigure['qualifier'], string> = {
  exact: '',
  more: 'more than ',
  less: 'less than ',
  about: 'about ',
  almost: 'almost ',
  upto: 'up to ',
};
const ROLE: Record<string, string> = {
  dead: 'dead',
  injured: 'injured',
  missing: 'missing',
  bodies: 'bodies found',
  casualties: 'dead and injured',
  survivors: 'survivors',
  rescued: 'rescued',
  detained: 'detained',
  evacuated: 'evacuated',
  aboard: 'on board',
  'shot-down': 'shot down',
  yes: '“yes”',
  no: '“no”',
  turnout: 'turnout',
};

const number = (v: number): string => v.toLocaleString('en');

/** `more than 27`, `55–57`, `115-112`. */
export function figureText(f: Pick<DifferenceFigure, 'value' | 'high' | 'versus' | 'qualifier'>): string {
  const n =
    f.versus !== undefined
      ? `${number(f.value)}-${number(f.versus)}`
      : f.high !== undefined
        ? `${number(f.value)}–${number(f.high)}`
        : number(f.value);
  return `${QUALIFIER[f.qualifier]}${n}`;
}

/** What a row counts: as the page writes it, else its role, else its key. */
export function rowText(row: Pick<FigureRow, 'counted' | 'role' | 'key'>): string {
  return row.counted || (row.role ? (ROLE[row.role] ?? row.role) : '') || row.key;
}

function valueText(v: DifferenceValue): string {
  if (v.figure) {
    const f = v.figure;
    const counted = f.count === 'new' ? `${figureText(f)} more` : figureText(f);
    const role = f.role ? ` ${ROLE[f.role] ?? f.role}` : '';
    return `${counted}${role}${f.asOf ? `, as of ${f.asOf.replace('T', ' ')}` : ''}`;
  }
  if (v.date) return v.date;
  if (v.sources) return v.sources.join(' → ');
  return (v.names ?? []).join(', ');
}

/** `more than 60 dead (published 2024-03-22) vs 93 dead (published 2024-03-23)`. */
export function differenceText(d: Difference): string {
  const dated = d.published.here !== d.published.there;
  const side = (which: 'here' | 'there'): string => {
    const published = d.published[which];
    return `${valueText(d.values[which])}${dated && published ? ` (published ${published})` : ''}`;
  };
  return `${side('here')} vs ${side('there')}`;
}
