import { DOMParser } from 'linkedom';

/** Default base URL when a caller has none: Readability resolves links against `baseURI`. */
const FALLBACK_URL = 'about:blank';

/**
 * linkedom leaves whatever follows a stray `</body>` or `</html>` (or a second `<body>`) beside the
 * body, where browsers put it inside; Readability then walks up from an article outside `<body>` and
 * throws. Comments stay where they are, as in browsers.
 */
function moveStrayContentIntoBody(doc: Document): void {
  const root = doc.documentElement;
  const body = root ? Array.from(root.children).find((el) => el.tagName === 'BODY') : undefined;
  if (!root || !body) return;
  const stray = (after: Node): Node[] => {
    const out: Node[] = [];
    for (let node = after.nextSibling; node !== null; node = node.nextSibling) if (node.nodeType !== 8) out.push(node);
    return out;
  };
  for (const node of [...stray(body), ...stray(root)]) {
    if (node.nodeType === 1 && ['BODY', 'HTML'].includes((node as Element).tagName)) {
      body.append(...Array.from(node.childNodes));
      node.parentNode?.removeChild(node);
    } else {
      body.appendChild(node);
    }
  }
}

/**
 * Comments carry no text a reader sees, and linkedom keeps comments browsers never produce: an
 * unclosed `<![CDATA[` swallows the rest of the page, `-->` included. Readability serialises and
 * re-parses the page, that comment turns into stray markup, and it loops forever; so they go.
 */
function removeComments(doc: Document): void {
  // Iterative: documents may nest thousands of levels deep.
  const stack: Node[] = [doc];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (let child = node.firstChild; child !== null; ) {
      const next = child.nextSibling;
      if (child.nodeType === 8) node.removeChild(child);
      else if (child.firstChild) stack.push(child);
      child = next;
    }
  }
}

/**
 * Parses HTML into a DOM Document in Node (tests, CLI) with linkedom.
 *
 * linkedom is not a spec HTML parser, so its gaps are patched here rather than in the engine:
 * markup without an `<html>` element (a fragment, or an empty string) is wrapped so the
 * document always has a `documentElement` (linkedom's `body` getter throws without one), and
 * the document gets the real `baseURI`/`documentURI`/`URL`, which linkedom leaves undefined; content
 * after a stray `</body>` or `</html>` is put back into the body (see `moveStrayContentIntoBody`), and
 * comments are dropped (see `removeComments`).
 */
export function parseHtml(html: string, url?: string): Document {
  const wrap = (markup: string): string => `<!doctype html><html><head></head><body>${markup}</body></html>`;
  const parse = (markup: string): Document =>
    new DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
  let doc = parse(/<html[\s>]/i.test(html) ? html : wrap(html));
  // An `<html>` tag inside a fragment leaves linkedom without a proper root; read it as a fragment.
  const root = doc.documentElement;
  if (root?.tagName !== 'HTML' || !Array.from(root.children).some((el) => el.tagName === 'BODY'))
    doc = parse(wrap(html));
  moveStrayContentIntoBody(doc);
  removeComments(doc);
  const documentUrl = url ?? FALLBACK_URL;
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  let baseUrl = documentUrl;
  if (base) {
    try {
      baseUrl = new URL(base, documentUrl).href;
    } catch {
      // An unparsable <base href> is ignored, as browsers do.
    }
  }
  for (const [key, value] of [
    ['baseURI', baseUrl],
    ['documentURI', documentUrl],
    ['URL', documentUrl],
  ] as const) {
    Object.defineProperty(doc, key, { value, configurable: true });
  }
  return doc;
}
