import { DOMParser } from 'linkedom';

/** Default base URL when a caller has none: Readability resolves links against `baseURI`. */
const FALLBACK_URL = 'about:blank';

/**
 * Parses HTML into a DOM Document in Node (tests, CLI) with linkedom.
 *
 * linkedom is not a spec HTML parser, so two gaps are patched here rather than in the engine:
 * markup without an `<html>` element (a fragment, or an empty string) is wrapped so the
 * document always has a `documentElement` (linkedom's `body` getter throws without one), and
 * the document gets the real `baseURI`/`documentURI`/`URL`, which linkedom leaves undefined.
 */
export function parseHtml(html: string, url?: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = new DOMParser().parseFromString(wrapped, 'text/html') as unknown as Document;
  const documentUrl = url ?? FALLBACK_URL;
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  let baseUrl = documentUrl;
  if (base) {
    try {
      baseUrl = new URL(base, documentUrl).href;
    } catch {
      // An unparsable <base href> is ignored, as browsers do.
    }
  }
  for (const [key, value] of [
    ['baseURI', baseUrl],
    ['documentURI', documentUrl],
    ['URL', documentUrl],
  ] as const) {
    Object.defineProperty(doc, key, { value, configurable: true });
  }
  return doc;
}
