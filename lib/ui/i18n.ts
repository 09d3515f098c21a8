/** UI strings come from `_locales` through the browser (`i18n.getMessage`); tests pass a table instead. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Falls back to the key so a missing string is visible, never an empty label. */
export function createTranslate(getMessage: (key: string, subs?: string | string[]) => string): Translate {
  return (key, subs) => getMessage(key, subs) || key;
}

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

export function languageName(tag: string, locale: string): string {
  if (tag === 'und') return '?';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
