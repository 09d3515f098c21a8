import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './chromium';

/**
 * Headless Chromium cannot open a native context menu, so the menu item's click is delivered to the
 * extension's real onClicked listener, with the info Chrome would pass.
 */
export async function clickMenuItem(
  ext: ExtensionBrowser,
  page: Page,
  menuItemId: string,
  selectionText?: string,
): Promise<void> {
  const worker = await ext.worker();
  const url = page.url();
  await worker.evaluate(
    async (pageUrl, id, text) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void };
      onClicked.dispatch({ menuItemId: id, selectionText: text, editable: false, pageUrl }, tab);
    },
    url,
    menuItemId,
    selectionText,
  );
}

/**
 * Text inside a closed shadow root (the in-page panel keeps its root closed to the page's scripts);
 * DevTools can still see it, as the user does.
 */
export async function closedShadowText(page: Page, hostSelector: string): Promise<string> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
    const texts: string[] = [];
    const walk = (n: typeof node): void => {
      if (n.nodeType === 3 && n.nodeValue.trim()) texts.push(n.nodeValue.trim());
      if (n.nodeName === 'STYLE') return;
      for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(child);
    };
    walk(node);
    return texts.join('\n');
  } finally {
    await cdp.detach();
  }
}
