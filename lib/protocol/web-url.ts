/** An address a reader's page can have: http(s) only, so no `javascript:` or `data:` URL ever becomes a link. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

/** The address a feed is followed under: http(s), no fragment, no credentials. */
export function normaliseFeedUrl(raw: string): string | null {
  const trimmed = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  url.hash = '';
  if (url.username || url.password) return null;
  return isWebUrl(url.href) && url.href.length <= 2048 ? url.href : null;
}

/** The match pattern that grants access to a URL's origin (ports are not part of host permissions). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
