/**
 * The one message protocol between the content script, the background worker and the UI pages.
 * Every message is `{ type, payload }` with `type` a key of `Protocol`; every answer is a `Reply`.
 * The receiver validates with `parseRequest` before acting: pages are untrusted, and a malformed
 * message gets an error reply, never a crash.
 */

import * as v from 'valibot';
import type { Article, ExtractionResult } from '../extraction/article';
import type { Comparison } from '../matching/comparison';
import { contentHashSchema } from './article-schema';
import type { ClaimCheck } from './claim-check';
import { parseSettings, type Settings } from './feed-settings';
import type { LineError } from './import-report';
import { DOCUMENT_SOURCES, type DocumentSource, type DocumentSummary } from './library';
import type { PageMark } from './page-marks';

/** Where a compared document lives: a URL for stored pages, the bundled reader view for seeds. */
export interface DocumentLink {
  source: DocumentSource;
  url: string | null;
  published: string | null;
  /** For a followed document: the title of the feed it came from. */
  feed?: string;
}

export interface TabAnalysis {
  tabId: number;
  extraction: ExtractionResult;
  /** null when the tab holds no article. */
  comparison: Comparison | null;
  documents: Record<string, DocumentLink>;
  /** How many documents the article was compared with. */
  corpusSize: number;
}

export interface SaveOutcome {
  status: 'created' | 'unchanged' | 'updated';
  id: string;
  title: string;
}

export interface LibraryListing {
  documents: DocumentSummary[];
  /** Rows that could not be read, listed so the reader can delete them. */
  corrupt: { id: string; message: string }[];
}

export interface LibraryEstimate {
  usageBytes: number | null;
  quotaBytes: number | null;
  documents: Record<DocumentSource, number>;
}

/** What one refresh of the followed feeds did. */
export interface FeedRunSummary {
  feeds: number;
  /** Articles stored by this run. */
  stored: number;
  /** Feeds that failed (their error is on the feed). */
  failedFeeds: number;
  /** Articles removed because they were older than the retention period. */
  expired: number;
  offline: boolean;
}

/** A followed feed as the options page shows it. */
export interface FeedStatus {
  id: string;
  url: string;
  title: string;
  lang: string | null;
  addedAt: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** The last run's error in words; null when it went well. */
  error: string | null;
  /** Origins of articles Parallax may not read yet (the reader can allow them). */
  blockedOrigins: string[];
  /** Followed articles from it in the library. */
  articles: number;
}

export interface FeedsOverview {
  feeds: FeedStatus[];
  refreshing: boolean;
}

export type { Settings };

export interface ImportOutcome {
  imported: number;
  unchanged: number;
  errors: LineError[];
  /** The line at which storage stopped the import (full or closed); the lines after it were not imported. */
  stoppedAt?: number;
}

export interface Protocol {
  /** UI → background: extract the article in a tab, injecting the content script on demand (cached per tab). */
  'read-tab': { request: { tabId: number }; response: ExtractionResult };
  /** UI → background: read the tab and compare its article with the library (cached per tab). */
  'analyze-tab': { request: { tabId: number; refresh?: boolean }; response: TabAnalysis };
  /** background → content script: extract the page's article. */
  'extract-page': { request: Record<string, never>; response: ExtractionResult };
  /**
   * UI → background: store the tab's article in the library. With `contentHash`, exactly the article the
   * UI showed is stored (kept since it was read, even if the tab has navigated since); if the worker no
   * longer has it and the tab now holds another text, the answer is a `page-changed` error.
   */
  'save-tab': { request: { tabId: number; contentHash?: string }; response: SaveOutcome };
  'list-documents': { request: { query?: string; source?: DocumentSource }; response: LibraryListing };
  'delete-documents': { request: { ids: string[] }; response: { deleted: number } };
  'get-document': { request: { id: string }; response: { id: string; source: DocumentSource; article: Article } };
  'library-estimate': { request: Record<string, never>; response: LibraryEstimate };
  'export-library': { request: Record<string, never>; response: { jsonl: string; count: number } };
  /**
   * UI → background: import a part of an export file. `firstLine` is the file line the text starts at
   * (1 for the whole file), so line numbers in errors are the file's; only part 1 carries the header.
   */
  'import-library': { request: { text: string; firstLine?: number }; response: ImportOutcome };
  /** UI → background: underline the tab's claims that others share or contradict (on), or remove the marks. */
  'mark-tab': { request: { tabId: number; on: boolean }; response: { marked: number } };
  /** UI → background: mark on the page this page's sentences giving one quantity of figures at a glance. */
  'mark-figure': { request: { tabId: number; row: number; value: number }; response: { marked: number } };
  /** background → extension pages: a tab has just been read (the reader opened the popup on it). */
  'tab-read': { request: { tabId: number }; response: { seen: boolean } };
  /** background → content script: draw these marks (replacing any), or clear them when empty. */
  'mark-page': { request: { marks: PageMark[] }; response: { marked: number } };
  /** UI → background: the last "Compare this claim" result for a tab, if recent. */
  'get-claim-check': { request: { tabId: number }; response: ClaimCheck | null };
  /** Options → background: the followed feeds with their state and article counts. */
  'list-feeds': { request: Record<string, never>; response: FeedsOverview };
  /** Options → background: follow a feed (the page has asked for access to its origin first). */
  'follow-feed': { request: { url: string; title?: string; lang?: string }; response: FeedStatus };
  'unfollow-feed': { request: { id: string }; response: { removed: boolean } };
  /** Options → background: fetch the followed feeds now (or only `ids`); answers when the run ends. */
  'refresh-feeds': { request: { ids?: string[] }; response: FeedRunSummary };
  'get-settings': { request: Record<string, never>; response: Settings };
  /** Options → background: change some settings; answers with all of them as stored. */
  'set-settings': { request: Partial<Settings>; response: Settings };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type Message = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

/**
 * What went wrong, for the UI to word in the reader's language (the `message` is English, for logs and
 * tests). `page-changed`: the tab no longer holds the article the UI showed. `disconnected`: no answer
 * came (the worker stopped mid-request); made by `request`, never sent.
 */
export type ErrorCode =
  | 'bad-request'
  | 'unknown-type'
  | 'forbidden'
  | 'not-article'
  | 'no-access'
  | 'storage'
  | 'page-changed'
  | 'disconnected'
  | 'internal';
/** `reason` refines a code: the storage failure (`quota-exceeded`, …) or the extraction failure (`too-large`, …). */
export type ReplyError = { code: ErrorCode; message: string; reason?: string };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };

export const replyOk = <T>(data: T): Reply<T> => ({ ok: true, data });
export const replyError = (code: ErrorCode, message: string, reason?: string): Reply<never> => ({
  ok: false,
  error: reason === undefined ? { code, message } : { code, message, reason },
});

type Validator<T> = (payload: unknown) => T | string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100_000;
const isBoundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isEmptyRecord = (p: unknown): p is Record<string, never> => isRecord(p) && Object.keys(p).length === 0;
const empty = (p: unknown): Record<string, never> | string =>
  isEmptyRecord(p) ? {} : 'payload must be an empty object';
const tabOnly = (p: unknown): { tabId: number } | string =>
  isRecord(p) && isTabId(p.tabId) ? { tabId: p.tabId } : 'payload.tabId must be a non-negative integer';
/** Marks drawn on one page: far more than an article's claims, bounded so one message stays small. */
export const MAX_MARKS = 5_000;
const SOURCES: readonly DocumentSource[] = DOCUMENT_SOURCES;
/** An import file is a whole library; bounded so one message cannot exhaust the worker. */
export const MAX_IMPORT_CHARS = 200_000_000;

const validators: { [K in MessageType]: Validator<RequestOf<K>> } = {
  'analyze-tab': (p) => {
    if (!isRecord(p) || !isTabId(p.tabId)) return 'payload.tabId must be a non-negative integer';
    if (p.refresh !== undefined && typeof p.refresh !== 'boolean') return 'payload.refresh must be a boolean';
    return { tabId: p.tabId, refresh: p.refresh === true };
  },
  'extract-page': empty,
  'read-tab': tabOnly,
  'save-tab': (p) => {
    if (!isRecord(p) || !isTabId(p.tabId)) return 'payload.tabId must be a non-negative integer';
    if (p.contentHash === undefined) return { tabId: p.tabId };
    if (!v.is(contentHashSchema, p.contentHash)) return 'payload.contentHash must be a hex digest';
    return { tabId: p.tabId, contentHash: p.contentHash };
  },
  'list-documents': (p) => {
    if (!isRecord(p)) return 'payload must be an object';
    if (p.query !== undefined && !isBoundedString(p.query, 500)) return 'payload.query must be a string';
    if (p.source !== undefined && !SOURCES.includes(p.source as DocumentSource)) return 'payload.source is unknown';
    return { query: p.query, source: p.source as DocumentSource | undefined };
  },
  'delete-documents': (p) =>
    isRecord(p) && Array.isArray(p.ids) && p.ids.length <= 100_000 && p.ids.every((id) => isBoundedString(id, 200))
      ? { ids: p.ids as string[] }
      : 'payload.ids must be a list of document ids',
  'get-document': (p) => (isRecord(p) && isBoundedString(p.id, 200) ? { id: p.id } : 'payload.id must be a string'),
  'library-estimate': empty,
  'export-library': empty,
  'get-claim-check': tabOnly,
  'mark-tab': (p) =>
    isRecord(p) && isTabId(p.tabId) && typeof p.on === 'boolean'
      ? { tabId: p.tabId, on: p.on }
      : 'payload must be { tabId, on }',
  'mark-figure': (p) =>
    isRecord(p) && isTabId(p.tabId) && isIndex(p.row) && isIndex(p.value)
      ? { tabId: p.tabId, row: p.row, value: p.value }
      : 'payload must be { tabId, row, value }',
  'tab-read': tabOnly,
  'mark-page': (p) =>
    isRecord(p) &&
    Array.isArray(p.marks) &&
    p.marks.length <= MAX_MARKS &&
    p.marks.every(
      (m) =>
        isRecord(m) &&
        isBoundedString(m.text, 20_000) &&
        isBoundedString(m.note, 5_000) &&
        (m.kind === 'shared' || m.kind === 'differs'),
    )
      ? { marks: p.marks as PageMark[] }
      : 'payload.marks must be a list of { text, kind, note }',
  'list-feeds': empty,
  'follow-feed': (p) => {
    if (!isRecord(p) || !isBoundedString(p.url, 2048) || p.url.trim() === '') return 'payload.url must be an address';
    if (p.title !== undefined && !isBoundedString(p.title, 300)) return 'payload.title must be a short string';
    if (p.lang !== undefined && !(isBoundedString(p.lang, 35) && /^[a-z]{2,3}$/.test(p.lang)))
      return 'payload.lang must be a language code';
    return { url: p.url, title: p.title as string | undefined, lang: p.lang as string | undefined };
  },
  'unfollow-feed': (p) => (isRecord(p) && isBoundedString(p.id, 200) ? { id: p.id } : 'payload.id must be a string'),
  'refresh-feeds': (p) => {
    if (!isRecord(p)) return 'payload must be an object';
    if (p.ids === undefined) return {};
    return Array.isArray(p.ids) && p.ids.length <= 1000 && p.ids.every((id) => isBoundedString(id, 200))
      ? { ids: p.ids as string[] }
      : 'payload.ids must be a list of feed ids';
  },
  'get-settings': empty,
  'set-settings': (p) => {
    if (!isRecord(p)) return 'payload must be an object';
    if (Array.isArray(p.neverKeep) && p.neverKeep.length > 5000) return 'payload.neverKeep is too long';
    // Only the fields sent are changed; parseSettings drops unknown fields and clamps numbers.
    const parsed = parseSettings(p);
    const out: Partial<Settings> = {};
    for (const key of ['refreshMinutes', 'retentionDays', 'keepReading', 'neverKeep'] as const) {
      if (key in p) (out as Record<string, unknown>)[key] = parsed[key];
    }
    return out;
  },
  'import-library': (p) => {
    if (!isRecord(p) || !isBoundedString(p.text, MAX_IMPORT_CHARS))
      return 'payload.text must be the text of a Parallax export';
    if (p.firstLine === undefined) return { text: p.text };
    if (!Number.isInteger(p.firstLine) || (p.firstLine as number) < 1) return 'payload.firstLine must be a line number';
    return { text: p.text, firstLine: p.firstLine as number };
  },
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
    readonly reason?: string,
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
  let reply: Reply<ResponseOf<K>> | undefined;
  try {
    reply = (await send({ type, payload } as Message)) as Reply<ResponseOf<K>> | undefined;
  } catch (error) {
    // The browser's own text ("message channel closed…", "Receiving end does not exist") is not for readers.
    throw new ProtocolError('disconnected', `No answer from Parallax’s background worker (${String(error)}).`);
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ProtocolError('disconnected', 'No answer from Parallax’s background worker.');
  }
  if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.message, reply.error.reason);
  return reply.data;
}

export type { Article };
