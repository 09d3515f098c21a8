import { collapseSpaces } from '../text/normalise';

/** Elements that start a new line in rendered text; everything else flows inline. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Never shown to a reader as text. */
const SKIPPED_TAGS = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Renders an element's text as paragraphs separated by `\n`: block elements break lines so a
 * heading never runs into the paragraph after it (as `textContent` would). Whitespace inside a
 * paragraph is collapsed. Walks iteratively: deeply nested hostile markup must not overflow the stack.
 */
export function paragraphText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = collapseSpaces(line);
    if (text) paragraphs.push(text);
    line = '';
  };
  // Each entry is a node to enter, or a block element whose end must break the line.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node, leaving } = entry;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    // Upper-cased: HTML elements report upper case, but `svg` and XML documents do not.
    const tag = ((node as Element).tagName ?? '').toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return paragraphs.join('\n');
}
