import type { FigureMention, FigureValue } from '../../matching/figure-rows';
import type { Translate } from '../i18n';

/** A figure's number in the UI locale (`2 719`, `2,719`, `7,7`). */
export function formatFigureNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A value with its qualifier in the reader's language (`more than 27`, `более 27`, `понад 27`). */
export function figureValueText(
  value: Pick<FigureMention, 'value' | 'qualifier'>,
  t: Translate,
  locale: string,
): string {
  const number = formatFigureNumber(value.value, locale);
  return value.qualifier === 'exact' ? number : t(`qualifier_${value.qualifier}`, number);
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
