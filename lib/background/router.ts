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
} from '../messages';
import { StorageError } from '../storage/errors';

/**
 * Turns a handler map into a runtime.onMessage listener body. Rejects messages from anyone but the
 * extension itself (its pages and its content scripts), validates the shape, and converts every
 * thrown error into an error reply so nothing a page sends can crash the worker.
 */
export function createRouter<K extends MessageType>(
  handlers: Partial<Handlers<K>>,
  isTrusted: (sender: SenderInfo) => boolean,
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
      if (error instanceof ProtocolError) return replyError(error.code, error.message);
      // Storage failures already carry a message written for the reader.
      if (error instanceof StorageError) return replyError('storage', error.message);
      return replyError('internal', `Parallax hit an unexpected error: ${errorMessage(error)}`);
    }
  };
}

/** A sender is ours when it carries our extension id and comes from our origin or from a tab we injected into. */
export function isOwnSender(extensionId: string, extensionOrigin: string): (sender: SenderInfo) => boolean {
  return (sender) =>
    sender.id === extensionId && (sender.tabId !== undefined || (sender.url?.startsWith(extensionOrigin) ?? false));
}
