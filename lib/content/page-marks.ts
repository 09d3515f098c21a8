import type { PageMark } from '../protocol/page-marks';
import { collapseSpaces } from '../text/normalise';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'TEMPLATE']);
/** Marks are looked for in the first 2M characters: enough for any article, bounded on hostile pages. */
const MAX_FLAT_CHARS = 2_000_000;

/** A stretch of the page's text: from an offset in one text node to an offset in another (or the same). */
export interface PageTextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

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
  const pieces: string[] = [];
  let length = 0;
  let lastSpace = true;
  // A separator we added between text nodes; a real space right after it takes its place in the map.
  let synthetic = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (length > MAX_FLAT_CHARS) break;
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
      pieces.push(space ? ' ' : ch);
      length++;
      flat.nodes.push(node);
      flat.offsets.push(i);
      lastSpace = space;
      synthetic = false;
    }
    if (!lastSpace) {
      // Text nodes in different blocks must not run together.
      pieces.push(' ');
      length++;
      flat.nodes.push(node);
      flat.offsets.push(value.length);
      lastSpace = true;
      synthetic = true;
    }
  }
  flat.text = pieces.join('');
  return flat;
}

const squash = collapseSpaces;

/** Where each mark's claim stands in the page's text; claims not found (or too short to be sure) are left out. */
export function locateClaims(doc: Document, marks: readonly PageMark[]): { mark: PageMark; span: PageTextSpan }[] {
  const flat = flatten(doc);
  const out: { mark: PageMark; span: PageTextSpan }[] = [];
  for (const mark of marks) {
    const needle = squash(mark.text);
    if (needle.length < 8) continue;
    const at = flat.text.indexOf(needle);
    if (at < 0) continue;
    const last = at + needle.length - 1;
    out.push({
      mark,
      span: {
        startNode: flat.nodes[at] as Text,
        startOffset: flat.offsets[at] as number,
        endNode: flat.nodes[last] as Text,
        endOffset: Math.min((flat.offsets[last] as number) + 1, (flat.nodes[last] as Text).data.length),
      },
    });
  }
  return out;
}

/** What drawing marks needs from the browser; `browserSurface` wires it to CSS.highlights. */
export interface MarkSurface {
  /** Shows these spans as highlights of each kind, replacing earlier ones; returns a handle to clear them. */
  draw(doc: Document, spans: { span: PageTextSpan; mark: PageMark }[]): void;
  clear(doc: Document): void;
}

const drawn = new WeakMap<Document, number>();

/**
 * Underlines claims in the live page without changing it: no element, attribute or text of the page is
 * touched. Returns how many claims were found and marked.
 */
export function markClaims(doc: Document, marks: readonly PageMark[], surface: MarkSurface): number {
  clearMarks(doc, surface);
  const found = locateClaims(doc, marks);
  surface.draw(doc, found);
  drawn.set(doc, found.length);
  return found.length;
}

/** Removes every mark; returns how many claims were marked. */
export function clearMarks(doc: Document, surface: MarkSurface): number {
  const count = drawn.get(doc) ?? 0;
  surface.clear(doc);
  drawn.delete(doc);
  return count;
}
