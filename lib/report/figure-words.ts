import type { FigureMention, FigureRow, FigureValue } from '../matching/figure-rows';
import type { Translate } from './translate';

/** A figure's number in the UI locale (`2 719`, `2,719`, `7,7`). */
export function formatFigureNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A value with its qualifier in the reader's language (`more than 27`, `более 27`, `понад 27`), a range
 * (`55–57`) or a scorecard (`115-112`).
 */
export function figureValueText(
  value: Pick<FigureMention, 'value' | 'qualifier' | 'high' | 'versus'>,
  t: Translate,
  locale: string,
): string {
  const number =
    value.versus !== undefined
      ? `${formatFigureNumber(value.value, locale)}-${formatFigureNumber(value.versus, locale)}`
      : value.high !== undefined
        ? `${formatFigureNumber(value.value, locale)}–${formatFigureNumber(value.high, locale)}`
        : formatFigureNumber(value.value, locale);
  return value.qualifier === 'exact' ? number : t(`qualifier_${value.qualifier}`, number);
}

/** A role's label in the reader's language (`dead`, `погибших`, `загиблих`); '' when there is none. */
export function roleLabel(role: string | undefined, t: Translate): string {
  return role ? t(`role_${role.replace(/-/g, '_')}`) : '';
}

/** What a row counts: as this page writes it, else the role in the reader's language, else its key. */
export function rowCounted(row: Pick<FigureRow, 'counted' | 'role' | 'key'>, t: Translate): string {
  return row.counted || roleLabel(row.role, t) || row.key;
}

/**
 * Who gives a value, each outlet once, this page first under its own name (`this page`, `УНН`).
 * Outlets are told apart by document: two articles of one outlet are one name.
 */
export function valueOutlets(value: FigureValue, thisPage: string): string[] {
  const names: string[] = [];
  for (const m of value.mentions) {
    const name = m.documentId === null ? thisPage : m.outlet;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
