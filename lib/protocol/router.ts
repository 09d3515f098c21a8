import { errorMessage } from '../error-message';
import {
  type Handlers,
  type MessageType,
  ProtocolError,
  parseRequest,
  type Reply,
  replyError,
  replyOk,
  type SenderInfo,
} from './messages';

/**
 * Turns a handler map into a runtime.onMessage listener body. Rejects messages from senders `isTrusted`
 * refuses, validates the shape, and converts every thrown error into an error reply so nothing a page
 * sends can crash the worker.
 */
export function createRouter<K extends MessageType>(
  handlers: Partial<Handlers<K>>,
  isTrusted: (sender: SenderInfo) => boolean,
  /** Turns an error the handlers' own layers throw (storage's, say) into a reply the UI can word; null for others. */
  replyFor: (error: unknown) => Reply<never> | null = () => null,
): (raw: unknown, sender: SenderInfo) => Promise<Reply<unknown>> {
  return async (raw, sender) => {
    if (!isTrusted(sender)) return replyError('forbidden', 'Messages are accepted only from Parallax itself.');
    const parsed = parseRequest(raw);
    if (!parsed.ok) return parsed.reply;
    const handler = (handlers as Record<string, ((p: unknown, s: SenderInfo) => Promise<unknown>) | undefined>)[
      parsed.message.type
    ];
    if (!handler) return replyError('unknown-type', `"${parsed.message.type}" is not handled here.`);
    try {
      return replyOk(await handler(parsed.message.payload, sender));
    } catch (error) {
      if (error instanceof ProtocolError) return replyError(error.code, error.message, error.reason);
      const known = replyFor(error);
      if (known) return known;
      return replyError('internal', `Parallax hit an unexpected error: ${errorMessage(error)}`);
    }
  };
}

/**
 * The worker serves extension pages only (popup, options, reader): they carry our id and an address on
 * our origin. A content script also carries our id, but it runs inside a web page and only ever answers
 * the worker, never asks it; a page that subverted it must not reach the library (export, import,
 * delete), so its messages are refused too.
 */
export function isExtensionPage(extensionId: string, extensionOrigin: string): (sender: SenderInfo) => boolean {
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return (sender) => sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(origin);
}
