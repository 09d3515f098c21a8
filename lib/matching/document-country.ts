import type { Claim, Figure } from '../claims/claim';
import { COUNTRY_KEYS } from '../claims/known-names';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { countryMentions, countryLead } = MATCHER_TUNABLES.differences;

/**
 * The country a document's counts are of where a sentence names no place (`К этому часу число погибших
 * составило 1644 человека` in a report on Myanmar): the country its names and scoped counts give most
 * often, when one leads. Countries only: a town or region may lie inside another (Tynda in the Amur
 * region, Kyiv in Ukraine), and nothing here says which does.
 */
export function documentCountry(claims: readonly Claim[]): string | undefined {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    if (COUNTRY_KEYS.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const c of claims) {
    for (const e of c.entities) if (e.kind === 'place') add(e.key);
    for (const f of c.figures) if (f.scope !== undefined) add(f.scope);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < countryMentions || (second && second[1] * countryLead > first[1])) return undefined;
  return first[0];
}

/**
 * The country a claim's counts are of where they name no place: the one country the claim names
 * (`The earthquake also shook neighboring Thailand, killing six people`), else its document's.
 */
export function claimCountry(claim: Claim, document: string | undefined): string | undefined {
  const named = new Set<string>();
  for (const e of claim.entities) if (e.kind === 'place' && COUNTRY_KEYS.has(e.key)) named.add(e.key);
  if (named.size === 1) return [...named][0];
  return named.size === 0 ? document : undefined;
}

/**
 * A toll that names no place, read as a toll of `country` (its claim's or document's, see claimCountry)
 * when the figure it is compared with is limited to a country: it then never rivals another country's toll
 * (`десяти погибших` in Thailand against the 1,644 dead a report on Myanmar gives). Two figures naming no
 * place stay as they are, for two reports may lead with different places.
 */
export function inCountry(f: Figure, other: Figure, country: string | undefined): Figure {
  const limited = other.scope !== undefined && COUNTRY_KEYS.has(other.scope);
  return f.scope === undefined && f.role !== undefined && country !== undefined && limited
    ? { ...f, scope: country }
    : f;
}
