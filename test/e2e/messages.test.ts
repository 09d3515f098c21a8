import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchChromiumWithExtension, openPopupFor } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/**
 * The background worker's message boundary in real Chromium: malformed messages from our own pages
 * and from the content script's world get error replies and leave the worker answering; a web page
 * cannot reach the worker at all.
 */

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** Messages no sender of ours ever builds: wrong types, missing or mistyped payloads, prototype keys, oversize strings. */
const MALFORMED: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'list-documents'],
  ['a number', 42],
  ['an array', [{ type: 'list-documents', payload: {} }]],
  ['an empty object', {}],
  ['an unknown type', { type: 'nope', payload: {} }],
  ['a numeric type', { type: 42, payload: {} }],
  ['a prototype key as type', { type: '__proto__', payload: {} }],
  ['an inherited method as type', { type: 'toString', payload: {} }],
  ['constructor as type', { type: 'constructor', payload: {} }],
  ['a missing payload', { type: 'get-document' }],
  ['a numeric id', { type: 'get-document', payload: { id: 5 } }],
  ['a negative tab id', { type: 'analyze-tab', payload: { tabId: -1 } }],
  ['a fractional tab id', { type: 'save-tab', payload: { tabId: 1.5 } }],
  ['a string tab id', { type: 'read-tab', payload: { tabId: '1' } }],
  ['a non-boolean refresh', { type: 'analyze-tab', payload: { tabId: 1, refresh: 'yes' } }],
  ['a 1 MB search query', { type: 'list-documents', payload: { query: 'x'.repeat(1_000_000) } }],
  ['an unknown source', { type: 'list-documents', payload: { source: 'everything' } }],
  ['ids that are not a list', { type: 'delete-documents', payload: { ids: 'all' } }],
  ['import text that is not a string', { type: 'import-library', payload: { text: { evil: true } } }],
  ['a payload on an empty message', { type: 'export-library', payload: { all: true } }],
  ['a type this version no longer has', { type: 'show-claim-panel', payload: { strings: {} } }],
  ['a content-script-only type', { type: 'extract-page', payload: {} }],
];

/** Sends from an extension page; a reply that never comes is reported as such rather than hanging the test. */
async function sendFromExtensionPage(page: Page, message: unknown): Promise<Reply | { thrown: string }> {
  return page.evaluate(async (m) => {
    try {
      const timeout = new Promise<{ thrown: string }>((resolve) =>
        setTimeout(() => resolve({ thrown: 'no reply within 10 s' }), 10_000),
      );
      return await Promise.race([chrome.runtime.sendMessage(m) as Promise<Reply>, timeout]);
    } catch (error) {
      return { thrown: String(error) };
    }
  }, message);
}

function expectErrorReply(reply: Reply | { thrown: string } | undefined, label: string): void {
  expect(reply, label).toBeDefined();
  if (reply && 'thrown' in reply) {
    // The browser itself refused to send it (not serialisable): nothing reached the worker.
    console.log(`${label}: refused by the browser (${reply.thrown})`);
    return;
  }
  expect(reply?.ok, label).toBe(false);
  if (reply && !reply.ok) {
    expect(['bad-request', 'unknown-type'], `${label}: ${reply.error.message}`).toContain(reply.error.code);
    expect(reply.error.message.length, label).toBeLessThan(300);
  }
}

describe('message boundary in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    return page;
  }

  it('answers malformed messages from its own pages with error replies and keeps serving good ones', async () => {
    const options = await openOptions();
    for (const [label, message] of MALFORMED) expectErrorReply(await sendFromExtensionPage(options, message), label);
    // Built in the page: puppeteer cannot pass a value this deep as an argument.
    const deep = await options.evaluate(async () => {
      let payload: Record<string, unknown> = { id: 'x' };
      for (let i = 0; i < 1000; i++) payload = { id: payload };
      try {
        return (await chrome.runtime.sendMessage({ type: 'get-document', payload })) as Reply;
      } catch (error) {
        return { thrown: String(error) };
      }
    });
    expectErrorReply(deep, 'a payload nested 1000 deep');
    const good = await sendFromExtensionPage(options, { type: 'list-documents', payload: {} });
    expect(good).toMatchObject({ ok: true, data: { documents: expect.any(Array) } });
    const estimate = await sendFromExtensionPage(options, { type: 'library-estimate', payload: {} });
    expect(estimate).toMatchObject({ ok: true });
    // The worker itself is alive and is the same one (it did not crash and restart).
    const worker = await ext.worker();
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(ext.extensionId);
    await options.close();
  });

  it('survives a burst of concurrent malformed messages', async () => {
    const options = await openOptions();
    const replies = await options.evaluate(async () => {
      const junk = Array.from({ length: 200 }, (_, i) => ({
        type: i % 2 ? 'nope' : 'get-document',
        payload: { id: i },
      }));
      return Promise.all(junk.map((m) => chrome.runtime.sendMessage(m) as Promise<Reply>));
    });
    expect(replies.every((r) => r && r.ok === false)).toBe(true);
    expect(await sendFromExtensionPage(options, { type: 'list-documents', payload: {} })).toMatchObject({ ok: true });
    await options.close();
  });

  it('gives a web page no way to message the worker', async () => {
    const url = server.addPage('/plain.html', '<!doctype html><html><body><p>A page.</p></body></html>');
    const page = await ext.browser.newPage();
    await page.goto(url);
    const reach = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no chrome.runtime.sendMessage';
      try {
        const send = runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>;
        return `answered: ${JSON.stringify(await send(id, { type: 'list-documents', payload: {} }))}`;
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, ext.extensionId);
    console.log(`web page → worker: ${reach}`);
    expect(reach).not.toMatch(/^answered/);
    await page.close();
  });

  it('refuses every message from the content script world, library messages included, and changes nothing', async () => {
    const url = server.addPage(
      '/cs.html',
      '<!doctype html><html><body><p>A page for the content script.</p></body></html>',
    );
    const page = await ext.browser.newPage();
    await page.goto(url);
    // A click on the toolbar button grants activeTab, which lets the worker inject into this tab.
    const popup = await openPopupFor(ext, page);
    await popup.close();
    const options = await openOptions();
    const seeds = async () =>
      (
        (await sendFromExtensionPage(options, { type: 'list-documents', payload: { source: 'seed' } })) as {
          data: { documents: { id: string }[] };
        }
      ).data.documents.map((d) => d.id);
    const before = await seeds();
    expect(before.length).toBeGreaterThan(0);
    const worker = await ext.worker();
    const replies = await worker.evaluate(
      async (pageUrl, seedId) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        if (tab?.id === undefined) throw new Error(`no tab at ${pageUrl}`);
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          world: 'ISOLATED',
          args: [seedId, tab.id],
          func: async (seed: string, tabId: number) => {
            const send = async (m: unknown) => {
              try {
                return await chrome.runtime.sendMessage(m);
              } catch (error) {
                return { thrown: String(error) };
              }
            };
            return {
              exportLibrary: await send({ type: 'export-library', payload: {} }),
              importLibrary: await send({ type: 'import-library', payload: { text: '' } }),
              deleteSeed: await send({ type: 'delete-documents', payload: { ids: [seed] } }),
              listDocuments: await send({ type: 'list-documents', payload: {} }),
              getDocument: await send({ type: 'get-document', payload: { id: seed } }),
              analyzeTab: await send({ type: 'analyze-tab', payload: { tabId } }),
              saveTab: await send({ type: 'save-tab', payload: { tabId, contentHash: '0000000000000000' } }),
              unknown: await send({ type: 'nope' }),
              noType: await send({ payload: {} }),
            };
          },
        });
        return result?.result as Record<string, Reply>;
      },
      url,
      before[0] as string,
    );
    for (const [label, reply] of Object.entries(replies)) {
      expect(reply, label).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // The bundled seed the content script tried to delete is still there; the worker still serves its pages.
    expect(await seeds()).toEqual(before);
    // The page's own world sees no extension API and nothing leaked into it.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: object } }).chrome?.runtime)).toBe(
      'undefined',
    );
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(ext.extensionId);
    await options.close();
    await page.close();
  });
});
