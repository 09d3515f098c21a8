import { MAX_ELEMENTS } from './document-size';

/**
 * Some sites render their article inside web components (shadow roots) or a same-origin frame; a plain
 * clone of the document has none of that text. This builds a copy of the page as the reader sees it:
 * each shadow host holds its shadow content (with slots filled by the host's children), and, when asked,
 * each same-origin frame is replaced by its body. The live page is never changed.
 */

export interface ComposeOptions {
  /**
   * The shadow root of an element, open or closed. Content scripts can reach closed roots
   * (`chrome.dom.openOrClosedShadowRoot`, Firefox's `element.openOrClosedShadowRoot()`); by default
   * only open roots are read.
   */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /** Also inline same-origin frames (their documents are readable; other origins' are not). */
  frames?: boolean;
}

/** Frames inside frames are followed this deep, no deeper. */
const MAX_FRAME_DEPTH = 3;

const openShadowRoot = (element: Element): ShadowRoot | null => {
  try {
    return (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
  } catch {
    return null;
  }
};

function frameBody(element: Element): HTMLElement | null {
  if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return null;
  try {
    // Null (or a throw) for another origin's frame.
    return (element as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

function assignedNodes(slot: Element): Node[] {
  const assigned = (slot as Element & { assignedNodes?: (o?: { flatten?: boolean }) => Node[] }).assignedNodes;
  if (typeof assigned !== 'function') return [];
  try {
    return assigned.call(slot);
  } catch {
    return [];
  }
}

/** Whether the page has anything a plain clone would miss: a shadow root, or (with `frames`) a readable frame. */
export function needsComposition(doc: Document, options: ComposeOptions = {}): boolean {
  const rootOf = options.shadowRootOf ?? openShadowRoot;
  const all = doc.getElementsByTagName('*');
  const limit = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const element = all[i] as Element;
    if (rootOf(element) || (options.frames && frameBody(element))) return true;
  }
  return false;
}

interface Pair {
  from: Node;
  to: Node;
  frameDepth: number;
  inShadow: boolean;
}

/**
 * A copy of `doc` with shadow content and (optionally) same-origin frames inlined, as a separate
 * document for extraction to read. Stops adding content after MAX_ELEMENTS elements; the size check
 * that follows then refuses the page.
 */
export function composeDocument(doc: Document, options: ComposeOptions = {}): Document {
  const rootOf = options.shadowRootOf ?? openShadowRoot;
  const copy = doc.cloneNode(true) as Document;
  const from = doc.documentElement;
  const to = copy.documentElement;
  if (!from || !to) return copy;
  const stack: Pair[] = [{ from, to, frameDepth: 0, inShadow: false }];
  let budget = MAX_ELEMENTS * 2;
  const imported = (node: Node, frameDepth: number, inShadow: boolean): Node => {
    const clone = copy.importNode(node, true);
    stack.push({ from: node, to: clone, frameDepth, inShadow });
    return clone;
  };
  while (stack.length > 0 && budget-- > 0) {
    const pair = stack.pop() as Pair;
    if (pair.from.nodeType !== 1) continue;
    const element = pair.from as Element;
    const target = pair.to as Element;

    if (pair.inShadow && element.tagName === 'SLOT') {
      const assigned = assignedNodes(element);
      if (assigned.length > 0) {
        target.replaceWith(...assigned.map((n) => imported(n, pair.frameDepth, false)));
        continue;
      }
    }
    const body = options.frames && pair.frameDepth < MAX_FRAME_DEPTH ? frameBody(element) : null;
    if (body) {
      const holder = copy.createElement('div');
      holder.append(...Array.from(body.childNodes, (n) => imported(n, pair.frameDepth + 1, false)));
      target.replaceWith(holder);
      continue;
    }
    const shadow = rootOf(element);
    if (shadow) {
      // What the reader sees of a host is its shadow content; its own children show only through slots.
      target.replaceChildren(...Array.from(shadow.childNodes, (n) => imported(n, pair.frameDepth, true)));
      continue;
    }
    // Same structure on both sides: a deep clone keeps the children in order.
    const children = element.childNodes;
    const copies = target.childNodes;
    for (let i = 0; i < children.length && i < copies.length; i++) {
      stack.push({
        from: children[i] as Node,
        to: copies[i] as Node,
        frameDepth: pair.frameDepth,
        inShadow: pair.inShadow,
      });
    }
  }
  return copy;
}
