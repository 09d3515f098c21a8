import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CORPORA, type CorpusName, corpusAvailable, corpusRecords, corpusText } from '../../support/corpora';
import { renderSeedPage } from '../../support/seed-page';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Serves fixture pages on 127.0.0.1 at a free port:
 *   /seed/<name>.html      a seed from seeds/ rendered as a news page (?outlet=&lang= override metas)
 *   /pages/<slug>.html     test/pages/<slug>/source.html
 *   /corpus/<corpus>/<file>.html  a real excerpt of ../shared/corpus-dev or corpus-dev2 rendered as a news page,
 *                          with the outlet and language its index.json gives
 *   anything a test registers with `addPage`
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface FixtureServer {
  origin: string;
  addPage(path: string, html: string): string;
  /** Serves `path` with a handler of the test's own (status, headers, delays); returns its URL. */
  addRoute(path: string, handler: RouteHandler): string;
  /** Every request so far: path with query, and the conditional headers it carried. */
  readonly requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; cookie?: string }[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const extra = new Map<string, string>();
  const routes = new Map<string, RouteHandler>();
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    // The Host header carries the port, so rendered pages' canonical links are the addresses really served.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    requests.push({
      path: url.pathname + url.search,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
      cookie: req.headers.cookie,
    });
    try {
      const route = routes.get(url.pathname);
      if (route) {
        await route(req, res, url);
        return;
      }
      const html = await resolve(url, extra);
      if (html === null) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    addPage(path, html) {
      extra.set(path, html);
      return origin + path;
    },
    addRoute(path, handler) {
      routes.set(path, handler);
      return origin + path;
    },
    requests,
    close: () =>
      new Promise((done) => {
        // Held-open responses (a test's slow route) must not keep the server from closing.
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

async function resolve(url: URL, extra: Map<string, string>): Promise<string | null> {
  const added = extra.get(url.pathname);
  if (added !== undefined) return added;
  const seed = url.pathname.match(/^\/seed\/(\d{3})\.html$/);
  if (seed) {
    const file = (await readdir(join(ROOT, 'seeds'))).find((f) => f.startsWith(`${seed[1]}_`));
    if (!file) return null;
    const raw = await readFile(join(ROOT, 'seeds', file), 'utf8');
    return renderSeedPage(raw, {
      outlet: url.searchParams.get('outlet') ?? undefined,
      lang: url.searchParams.get('lang') ?? undefined,
      url: url.href,
    });
  }
  const corpusPage = url.pathname.match(/^\/corpus\/([\w-]+)\/([\w.-]+)\.html$/);
  if (corpusPage) {
    const name = corpusPage[1] as CorpusName;
    if (!CORPORA.includes(name) || !corpusAvailable(name)) return null;
    const record = corpusRecords(name).find((r) => r.file === `${corpusPage[2]}.txt`);
    if (!record) return null;
    return renderSeedPage(corpusText(name, record.file), { outlet: record.outlet, lang: record.lang, url: url.href });
  }
  const page = url.pathname.match(/^\/pages\/([\w.-]+)\.html$/);
  if (page) return readFile(join(ROOT, 'test', 'pages', page[1] as string, 'source.html'), 'utf8');
  return null;
}
