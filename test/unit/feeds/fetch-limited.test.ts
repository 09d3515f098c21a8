import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type FetchOptions, fetchLimited } from '../../../lib/feeds/fetch-limited';

/** A real HTTP server on 127.0.0.1 and Node's fetch: the limits are checked against real responses. */
describe('fetchLimited', () => {
  let server: Server;
  let origin = '';
  const seen: Record<string, string | undefined>[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({
        path: req.url,
        cookie: req.headers.cookie,
        referer: req.headers.referer,
        inm: req.headers['if-none-match'],
      });
      switch (req.url) {
        case '/feed':
          if (req.headers['if-none-match'] === '"v2"') return void res.writeHead(304).end();
          return void res
            .writeHead(200, {
              'content-type': 'application/rss+xml',
              etag: '"v2"',
              'last-modified': 'Tue, 06 Jan 2026 10:00:00 GMT',
            })
            .end('<rss/>');
        case '/cp1251':
          return void res
            .writeHead(200, { 'content-type': 'text/xml; charset=windows-1251' })
            .end(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]));
        case '/big-declared':
          return void res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(50_000_000) }).end('x');
        case '/big-streamed': {
          res.writeHead(200, { 'content-type': 'text/xml' });
          for (let i = 0; i < 40; i++) res.write('x'.repeat(100_000));
          return void res.end();
        }
        case '/pdf':
          return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
        case '/slow':
          return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss/>'), 2000);
        case '/loop':
          return void res.writeHead(302, { location: '/loop' }).end();
        case '/gone':
          return void res.writeHead(410, 'Gone').end();
        default:
          return void res.writeHead(500).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const feed: FetchOptions = { kind: 'feed', maxBytes: 1_000_000, timeoutMs: 1000 };
  const get = (path: string, options = feed) => fetchLimited((u, i) => fetch(u, i), origin + path, options);
  const failure = (path: string, options = feed) =>
    get(path, options).then(
      () => null,
      (e: unknown) => e as FetchError,
    );

  it('returns the text with its validators, then 304 for a conditional request, never sending cookies or a referrer', async () => {
    expect(await get('/feed')).toMatchObject({
      status: 'ok',
      text: '<rss/>',
      etag: '"v2"',
      lastModified: 'Tue, 06 Jan 2026 10:00:00 GMT',
    });
    expect(await get('/feed', { ...feed, etag: '"v2"' })).toEqual({ status: 'not-modified' });
    expect(seen.filter((s) => s.path === '/feed').map((s) => [s.inm, s.cookie, s.referer])).toEqual([
      [undefined, undefined, undefined],
      ['"v2"', undefined, undefined],
    ]);
  });

  it('decodes the declared charset (windows-1251 feeds exist)', async () => {
    expect(await get('/cp1251')).toMatchObject({ text: 'Привет' });
  });

  it('refuses bodies over the cap, declared or streamed, wrong types, slow servers, loops and errors', async () => {
    expect((await failure('/big-declared'))?.message).toMatch(/too large \(48,828 KB/);
    expect((await failure('/big-streamed'))?.message).toMatch(/too large \(more than 977 KB\)/);
    expect((await failure('/pdf'))?.message).toMatch(/not a feed \(it is application\/pdf\)/);
    expect((await failure('/feed', { kind: 'page', maxBytes: 1000, timeoutMs: 1000 }))?.message).toMatch(
      /not a web page/,
    );
    const slow = await failure('/slow');
    expect([slow?.message, slow?.transient]).toEqual(['The feed did not answer within 1 s.', true]);
    expect((await failure('/loop'))?.message).toMatch(/redirects in a loop/);
    expect(await failure('/gone')).toMatchObject({
      message: 'The server answered 410 Gone for the feed.',
      transient: false,
    });
    expect(await failure('/other')).toMatchObject({ transient: true });
    expect(await failure('/gone')).toBeInstanceOf(FetchError);
  });
});
