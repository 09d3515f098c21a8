import { errorMessage } from '../error-message';

/** The subset of `fetch` used here; the browser's in the extension, Node's in tests. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** A failed request, worded for the reader (the options page shows it next to the feed). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    /** Worth another try later (network, timeout, 5xx), as opposed to a page that is simply wrong. */
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export type Fetched =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      text: string;
      /** The address after redirects. */
      url: string;
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    };

export interface FetchOptions {
  kind: 'feed' | 'page';
  maxBytes: number;
  timeoutMs: number;
  /** Validators from the last successful fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

const FEED_TYPES =
  /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml|x-rss\+xml|feed\+json)|text\/(xml|plain|rss\+xml))$/;
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml)$/;

function mimeOf(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The declared charset: the header's, else an XML prolog's or a `<meta charset>` in the first bytes. */
function charsetOf(contentType: string, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const ascii = String.fromCharCode(...head.subarray(0, 1024));
  return (
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(ascii)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1] ??
    'utf-8'
  );
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/** Reads a body up to `maxBytes`, cancelling the download past it. */
async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`The ${what} is too large (${kb(declared)}; at most ${kb(maxBytes)} is read).`, false);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError(`The ${what} is too large (more than ${kb(maxBytes)}).`, false);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * One GET of a feed or an article page, bounded in time and size and checked for its type. Sends
 * no cookies and no referrer: the outlet learns nothing about the reader beyond an anonymous request.
 * Redirects are followed by the browser (a loop ends in a network error, reported as such).
 */
export async function fetchLimited(fetchFn: FetchFn, url: string, options: FetchOptions): Promise<Fetched> {
  const what = options.kind === 'feed' ? 'feed' : 'article page';
  const headers: Record<string, string> = {
    accept:
      options.kind === 'feed'
        ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'
        : 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'GET',
        headers,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        // Conditional headers already make this a revalidation; the HTTP cache must not answer for the server.
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new FetchError(`The ${what} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`, true);
      }
      throw new FetchError(
        `The ${what} could not be fetched: the network is down, the server refused, or it redirects in a loop (${errorMessage(error)}).`,
        true,
      );
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for the ${what}.`,
        response.status >= 500 || response.status === 429,
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = mimeOf(contentType);
    if (options.kind === 'page' && mime && !PAGE_TYPES.test(mime)) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The article address is not a web page (it is ${mime.slice(0, 60)}).`, false);
    }
    if (options.kind === 'feed' && mime && !FEED_TYPES.test(mime) && mime !== 'text/html') {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The address is not a feed (it is ${mime.slice(0, 60)}).`, false);
    }
    const bytes = await readCapped(response, options.maxBytes, what);
    return {
      status: 'ok',
      text: decode(bytes, charsetOf(contentType, bytes)),
      url: response.url || url,
      contentType: mime,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (controller.signal.aborted) {
      throw new FetchError(`The ${what} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`, true);
    }
    throw new FetchError(`The ${what} could not be read: ${errorMessage(error)}.`, true);
  } finally {
    clearTimeout(timer);
  }
}
