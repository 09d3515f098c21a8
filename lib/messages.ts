/**
 * The one message protocol between the content script, the background worker and the UI pages.
 * Every message is `{ type, payload }` with `type` a key of `Protocol`; every answer is a `Reply`.
 * The receiver validates with `parseRequest` before acting: pages are untrusted, and a malformed
 * message gets an error reply, never a crash.
 */
import type { Article, ExtractionResult } from './extraction/article';

export interface TabAnalysis {
  tabId: number;
  extraction: ExtractionResult;
}

export interface Protocol {
  /** UI → background: extract the article in a tab (injecting the content script on demand) and compare it. */
  'analyze-tab': { request: { tabId: number; refresh?: boolean }; response: TabAnalysis };
  /** background → content script: extract the page's article. */
  'extract-page': { request: Record<string, never>; response: ExtractionResult };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type Message = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

export type ErrorCode = 'bad-request' | 'unknown-type' | 'forbidden' | 'not-article' | 'no-access' | 'internal';
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const replyOk = <T>(data: T): Reply<T> => ({ ok: true, data });
export const replyError = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } });

type Validator<T> = (payload: unknown) => T | string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

const validators: { [K in MessageType]: Validator<RequestOf<K>> } = {
  'analyze-tab': (p) => {
    if (!isRecord(p) || !isTabId(p.tabId)) return 'payload.tabId must be a non-negative integer';
    if (p.refresh !== undefined && typeof p.refresh !== 'boolean') return 'payload.refresh must be a boolean';
    return { tabId: p.tabId, refresh: p.refresh === true };
  },
  'extract-page': (p) => (isRecord(p) && Object.keys(p).length === 0 ? {} : 'payload must be an empty object'),
};

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(validators, type);
}

/** Validates an incoming message; returns the typed message or an error reply to send back. */
export function parseRequest(raw: unknown): { ok: true; message: Message } | { ok: false; reply: Reply<never> } {
  if (!isRecord(raw) || typeof raw.type !== 'string') {
    return { ok: false, reply: replyError('bad-request', 'A message must be an object with a string "type".') };
  }
  if (!isMessageType(raw.type)) {
    return { ok: false, reply: replyError('unknown-type', `Unknown message type "${raw.type.slice(0, 60)}".`) };
  }
  const result = (validators[raw.type] as Validator<unknown>)(raw.payload);
  if (typeof result === 'string') {
    return { ok: false, reply: replyError('bad-request', `Malformed "${raw.type}" message: ${result}.`) };
  }
  return { ok: true, message: { type: raw.type, payload: result } as Message };
}

/** The handlers a receiver registers: one per message type it serves. */
export type Handlers<K extends MessageType = MessageType> = {
  [P in K]: (payload: RequestOf<P>, sender: SenderInfo) => Promise<ResponseOf<P>>;
};

/** What the receiver knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tabId?: number;
}

/** A typed request function over any transport (`browser.runtime.sendMessage`, `tabs.sendMessage`). */
export type Send = (message: Message) => Promise<unknown>;

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export async function request<K extends MessageType>(
  send: Send,
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = (await send({ type, payload } as Message)) as Reply<ResponseOf<K>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ProtocolError('internal', 'No answer from Parallax’s background worker. Try again.');
  }
  if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.message);
  return reply.data;
}

export type { Article };
