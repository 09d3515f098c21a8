/**
 * Words for the engine's data in a language. The strings come from the locale files (`_locales`): the
 * browser's `i18n.getMessage` in the extension's pages, the English file itself for the CLI and the
 * exports (english.ts), a table in tests.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** An ISO date at the precision it has (`2026-01-06`, `2026-01`, `2026`), in the locale's words. */
export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const parts = iso.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!parts) return iso;
  const [, y, m, d] = parts;
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Counts in the locale (`1 000` in Russian, `1,000` in English). */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
