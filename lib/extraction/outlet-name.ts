import { plainText } from './plain-text';

/** Subdomains that say nothing about who publishes. */
const GENERIC_SUBDOMAIN = /^(www\d*|m|mobile|amp|news|edition)\./i;

/** A readable publisher name from a host: `www.pravda.com.ua` → `pravda.com.ua`. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (!/^https?:$/.test(protocol) || !hostname) return null;
    const host = hostname.toLowerCase();
    // Strip a generic first label only when a real name remains (`news.example` stays as is).
    const stripped = host.replace(GENERIC_SUBDOMAIN, '');
    return stripped.includes('.') ? stripped : host;
  } catch {
    return null;
  }
}

/**
 * The outlet's name: the site's own (og:site_name or JSON-LD publisher, as Readability reads
 * them), or else a readable host name from the first usable URL. Some sites put their URL in
 * og:site_name; that becomes the host name too.
 */
export function outletName(siteName: string | null | undefined, urls: Array<string | null | undefined>): string | null {
  const name = plainText(siteName);
  if (name) return /^https?:\/\//i.test(name) ? (outletFromUrl(name) ?? name) : name;
  for (const url of urls) {
    const fromUrl = outletFromUrl(url);
    if (fromUrl) return fromUrl;
  }
  return null;
}
