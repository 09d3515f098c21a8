import { describe, expect, it } from 'vitest';
import { replyForError } from '../../../lib/background/error-replies';
import { MAX_MARKS, ProtocolError, parseRequest, request } from '../../../lib/protocol/messages';
import { createRouter, isExtensionPage } from '../../../lib/protocol/router';
import { StorageError } from '../../../lib/storage/errors';

const OWN = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const trusted = isExtensionPage('ext-id', 'chrome-extension://ext-id/');

function router() {
  return createRouter(
    {
      'analyze-tab': async ({ tabId }) => {
        if (tabId === 13) throw new Error('boom');
        if (tabId === 7) throw new ProtocolError('no-access', 'Cannot read this tab.');
        return {
          tabId,
          extraction: { ok: false as const, reason: 'empty' as const, message: 'empty page' },
          comparison: null,
          documents: {},
          corpusSize: 0,
        };
      },
    },
    trusted,
  );
}

describe('message protocol', () => {
  it('accepts a well-formed analyze-tab request and normalises optional fields', () => {
    const parsed = parseRequest({ type: 'analyze-tab', payload: { tabId: 4 } });
    expect(parsed).toEqual({ ok: true, message: { type: 'analyze-tab', payload: { tabId: 4, refresh: false } } });
  });

  it.each([
    ['a string', 'analyze-tab'],
    ['null', null],
    ['a message without type', { payload: {} }],
    ['a negative tab id', { type: 'analyze-tab', payload: { tabId: -1 } }],
    ['a fractional tab id', { type: 'analyze-tab', payload: { tabId: 1.5 } }],
    ['a tab id given as text', { type: 'analyze-tab', payload: { tabId: '1' } }],
    ['extra fields on extract-page', { type: 'extract-page', payload: { evil: true } }],
  ])('rejects %s as a bad request', (_label, raw) => {
    const parsed = parseRequest(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('rejects more marks than a page can hold, before looking at any of them', () => {
    const mark = { text: 'Утверждение статьи.', kind: 'shared', note: 'Parallax' };
    const parsed = parseRequest({ type: 'mark-page', payload: { marks: Array(MAX_MARKS + 1).fill(mark) } });
    expect(parsed).toMatchObject({ ok: false, reply: { error: { code: 'bad-request' } } });
    expect(parseRequest({ type: 'mark-page', payload: { marks: [mark] } }).ok).toBe(true);
  });

  it('accepts a save of the shown article by its hash, and nothing else in its place', () => {
    expect(parseRequest({ type: 'save-tab', payload: { tabId: 2, contentHash: '0123456789abcdef' } })).toMatchObject({
      ok: true,
      message: { payload: { tabId: 2, contentHash: '0123456789abcdef' } },
    });
    for (const contentHash of ['', 'XYZ', 5, 'a'.repeat(65)]) {
      expect(parseRequest({ type: 'save-tab', payload: { tabId: 2, contentHash } }).ok).toBe(false);
    }
  });

  it('rejects an unknown type without echoing more than a short prefix of it', () => {
    const parsed = parseRequest({ type: `x${'y'.repeat(5000)}`, payload: {} });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && !parsed.reply.ok) {
      expect(parsed.reply.error.code).toBe('unknown-type');
      expect(parsed.reply.error.message.length).toBeLessThan(200);
    }
  });

  it('does not treat Object.prototype keys as message types', () => {
    const parsed = parseRequest({ type: 'constructor', payload: {} });
    expect(parsed).toMatchObject({ ok: false, reply: { error: { code: 'unknown-type' } } });
  });
});

describe('background router', () => {
  it('answers a valid request with the handler result', async () => {
    const reply = await router()({ type: 'analyze-tab', payload: { tabId: 3 } }, OWN);
    expect(reply).toMatchObject({ ok: true, data: { tabId: 3 } });
  });

  it('refuses messages from another extension or a web page', async () => {
    expect(await router()({ type: 'analyze-tab', payload: { tabId: 3 } }, { id: 'other', url: OWN.url })).toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );
    expect(
      await router()({ type: 'analyze-tab', payload: { tabId: 3 } }, { id: 'ext-id', url: 'https://evil.example/' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses its own content scripts, which speak from inside a web page', async () => {
    for (const sender of [
      { id: 'ext-id', tabId: 9 },
      { id: 'ext-id', tabId: 9, url: 'https://news.example/a' },
      // An origin that merely starts like ours is someone else's.
      { id: 'ext-id', url: 'chrome-extension://ext-id-evil/popup.html' },
    ]) {
      const reply = await router()({ type: 'analyze-tab', payload: { tabId: 1 } }, sender);
      expect(reply, JSON.stringify(sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('accepts an extension page opened in a tab (Firefox opens the popup as one in tests)', async () => {
    const reply = await router()(
      { type: 'analyze-tab', payload: { tabId: 1 } },
      { id: 'ext-id', tabId: 4, url: 'chrome-extension://ext-id/popup.html' },
    );
    expect(reply.ok).toBe(true);
  });

  it('turns a thrown error into an error reply instead of crashing', async () => {
    expect(await router()({ type: 'analyze-tab', payload: { tabId: 13 } }, OWN)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') },
    });
    expect(await router()({ type: 'analyze-tab', payload: { tabId: 7 } }, OWN)).toMatchObject({
      ok: false,
      error: { code: 'no-access', message: 'Cannot read this tab.' },
    });
  });

  it('answers a known type that this receiver does not serve with unknown-type', async () => {
    expect(await router()({ type: 'extract-page', payload: {} }, OWN)).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
  });
});

describe('request client', () => {
  it('returns data from an ok reply and throws the error of a failed one', async () => {
    const r = router();
    const send = (m: unknown) => r(m, OWN);
    await expect(request(send, 'analyze-tab', { tabId: 2 })).resolves.toMatchObject({ tabId: 2 });
    await expect(request(send, 'analyze-tab', { tabId: 7 })).rejects.toMatchObject({ code: 'no-access' });
    await expect(request(async () => undefined, 'analyze-tab', { tabId: 2 })).rejects.toThrow(/No answer/);
  });
});

describe('error replies the worker words', () => {
  const message = { type: 'analyze-tab', payload: { tabId: 1 } };
  const failing = (error: unknown, classify = replyForError) =>
    createRouter({ 'analyze-tab': async () => Promise.reject(error) }, () => true, classify);

  it('keeps a storage failure’s code so the UI can say it in the reader’s language', async () => {
    const reply = await failing(new StorageError('quota-exceeded', 'full'))(message, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage', reason: 'quota-exceeded' } });
  });

  it('calls anything else an internal error, and the router alone knows nothing of storage', async () => {
    const reply = await failing(new Error('boom'))(message, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    const plain = await failing(new StorageError('closed', 'x'), () => null)(message, {});
    expect(plain).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
