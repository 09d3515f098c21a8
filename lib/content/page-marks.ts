/** A claim to mark in the page: its text as extracted, whether others share or contradict it, and a note. */
export interface PageMark {
  text: string;
  kind: 'shared' | 'differs';
  /** Plain-text tooltip: the outlets and the difference. */
  note: string;
}

const TAG = 'parallax-mark';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'TEMPLATE', TAG.toUpperCase()]);
const COLORS = { shared: '#1f7a3a', differs: '#b3261e' } as const;
/** Marks are looked for in the first 2M characters: enough for any article, bounded on hostile pages. */
const MAX_FLAT_CHARS = 2_000_000;

interface FlatText {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/** The page's visible text with whitespace runs collapsed, mapped back to its text nodes. */
function flatten(doc: Document): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return flat;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let pieces = '';
  let lastSpace = true;
  // A separator we added between text nodes; a real space right after it takes its place in the map.
  let synthetic = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (pieces.length > MAX_FLAT_CHARS) break;
    if (node.parentElement && SKIP.has(node.parentElement.tagName)) continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      const space = /\s/.test(ch);
      if (space && lastSpace) {
        if (synthetic) {
          flat.nodes[flat.nodes.length - 1] = node;
          flat.offsets[flat.offsets.length - 1] = i;
          synthetic = false;
        }
        continue;
      }
      pieces += space ? ' ' : ch;
      flat.nodes.push(node);
      flat.offsets.push(i);
      lastSpace = space;
      synthetic = false;
    }
    if (!lastSpace) {
      // Text nodes in different blocks must not run together.
      pieces += ' ';
      flat.nodes.push(node);
      flat.offsets.push(value.length);
      lastSpace = true;
      synthetic = true;
    }
  }
  flat.text = pieces;
  return flat;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text.splitText, written out because DOM shims without it (linkedom) run this code in Node too. */
function splitAt(doc: Document, node: Text, offset: number): Text {
  const tail = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(tail, node.nextSibling);
  return tail;
}

/**
 * Underlines claims in the live page. Each piece of text is wrapped in an inline custom element that
 * only draws an underline, so the page's text and layout stay as they were; the tooltip is a plain
 * `title`. Returns how many claims were found and marked.
 */
export function markClaims(doc: Document, marks: readonly PageMark[]): number {
  clearMarks(doc);
  const flat = flatten(doc);
  let marked = 0;
  for (const mark of marks) {
    const needle = squash(mark.text);
    if (needle.length < 8) continue;
    const at = flat.text.indexOf(needle);
    if (at < 0) continue;
    // Wrap per text node, from the last piece backwards so earlier offsets stay valid.
    const pieces = new Map<Text, { start: number; end: number }>();
    for (let i = at; i < at + needle.length; i++) {
      const node = flat.nodes[i] as Text;
      const offset = flat.offsets[i] as number;
      const piece = pieces.get(node);
      if (piece) piece.end = Math.max(piece.end, offset + 1);
      else pieces.set(node, { start: offset, end: offset + 1 });
    }
    for (const [node, { start, end }] of [...pieces].reverse()) {
      const length = Math.min(end, node.data.length) - start;
      if (length <= 0 || !node.parentNode) continue;
      const middle = start > 0 ? splitAt(doc, node, start) : node;
      if (length < middle.data.length) splitAt(doc, middle, length);
      const wrapper = doc.createElement(TAG);
      wrapper.setAttribute('title', mark.note);
      wrapper.setAttribute('data-kind', mark.kind);
      wrapper.setAttribute(
        'style',
        `text-decoration: underline 2px ${COLORS[mark.kind]}; text-underline-offset: 3px; text-decoration-skip-ink: none;`,
      );
      middle.parentNode?.insertBefore(wrapper, middle);
      wrapper.appendChild(middle);
    }
    marked += 1;
  }
  return marked;
}

/** Removes every mark and joins the text nodes back, leaving the page as it was. */
export function clearMarks(doc: Document): number {
  const wrappers = [...doc.querySelectorAll(TAG)];
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parent.normalize();
  }
  return wrappers.length;
}
