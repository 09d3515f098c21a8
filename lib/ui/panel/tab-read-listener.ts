import { parseRequest } from '../../protocol/messages';

/** The fields of runtime.MessageSender the panel checks. */
export interface PanelSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * The side panel's runtime.onMessage listener. Extension pages hear every message any other extension
 * page sends (the popup's requests to the background too), so it answers nothing and returns
 * undefined: a reply here would pre-empt the background's. It acts on one message only, `tab-read`
 * from the extension's own background (its id, its origin, not a tab's content script), validated.
 */
export function tabReadListener(
  extensionId: string,
  extensionOrigin: string,
  onRead: (tabId: number) => void,
): (message: unknown, sender: PanelSender) => undefined {
  return (message, sender) => {
    if ((message as { type?: unknown } | null)?.type !== 'tab-read') return undefined;
    if (sender.id !== extensionId || sender.tab || !sender.url?.startsWith(extensionOrigin)) return undefined;
    const parsed = parseRequest(message);
    if (parsed.ok && parsed.message.type === 'tab-read') onRead(parsed.message.payload.tabId);
    return undefined;
  };
}
