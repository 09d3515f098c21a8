import type { Page } from 'puppeteer-core';

/**
 * What a web page can observe of Parallax, seen from the page's own world (where its scripts run): every
 * change to its DOM, and the CSS highlights registered on its document.
 */

/** Starts recording, in the page's own world, every change a page script could observe in its DOM. */
export async function watchPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { __seen: unknown[] }).__seen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        seen.push({
          type: r.type,
          attribute: r.attributeName,
          value: r.attributeName ? (r.target as Element).getAttribute(r.attributeName) : null,
          added: [...r.addedNodes].map((n) => ({
            name: n.nodeName,
            text: n.textContent,
            attributes: n instanceof Element ? [...n.attributes].map((a) => `${a.name}=${a.value}`) : [],
            shadow: n instanceof Element && n.shadowRoot ? n.shadowRoot.innerHTML : null,
          })),
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** What the page's observer recorded, minus a mark note's host coming and going (an empty closed box). */
export async function pageSaw(page: Page): Promise<unknown[]> {
  const seen = await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen);
  return seen.filter((r) => {
    const record = r as {
      type: string;
      added: { name: string; text: string; attributes: string[]; shadow: unknown }[];
    };
    return !(
      record.type === 'childList' &&
      record.added.every((n) => n.name === 'DIV' && n.text === '' && n.attributes.length === 0 && n.shadow === null)
    );
  });
}

/** The highlights registered on the page's document, by name, as the text of their ranges. */
export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries([...registry].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
  });
}

/** Where to point to hover the first range of a highlight (scrolled into view), or null. */
export async function highlightPoint(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((highlight) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...(registry.get(highlight) ?? [])][0];
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, name);
}
