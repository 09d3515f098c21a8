import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
export interface FixtureServer {
  origin: string;
  addPage(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const extra = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
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
    close: () => new Promise((done) => server.close(() => done())),
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
