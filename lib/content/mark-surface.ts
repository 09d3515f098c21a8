import { HIGHLIGHT_NAMES, type PageMark } from '../protocol/page-marks';
import type { MarkSurface, PageTextSpan } from './page-marks';

/** The parts of the CSS Custom Highlight API the marks use (Chrome 105+, Firefox 140+). */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: Range[]): unknown;
}

const TOOLTIP_STYLE = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483647; max-width: min(380px, calc(100vw - 24px)); box-sizing: border-box;
  padding: 6px 9px; border-radius: 6px; font: 13px/1.4 system-ui, sans-serif; white-space: pre-line;
  background: #1d1f23; color: #f3f4f6; box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: none; }
`;
/** How far below and right of the pointer the note opens. */
const OFFSET = 14;

interface Marked {
  range: Range;
  note: string;
}

/**
 * The note of the marked claim under the pointer, in a closed shadow root: the page sees an anonymous
 * element come and go while the reader hovers a mark, but cannot read what it says. Built with
 * textContent only.
 */
class MarkNotes {
  private host: HTMLElement | null = null;
  private text: HTMLElement | null = null;
  private shownFor: Marked | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly doc: Document,
    private readonly marked: Marked[],
  ) {
    doc.addEventListener('mousemove', this.onMove, { capture: true, passive: true });
    doc.addEventListener('scroll', this.hide, { capture: true, passive: true });
  }

  dispose(): void {
    this.doc.removeEventListener('mousemove', this.onMove, { capture: true });
    this.doc.removeEventListener('scroll', this.hide, { capture: true });
    const view = this.doc.defaultView;
    if (this.frame && view) view.cancelAnimationFrame(this.frame);
    this.hide();
  }

  private readonly onMove = (event: MouseEvent): void => {
    this.pointer = { x: event.clientX, y: event.clientY };
    const view = this.doc.defaultView;
    if (!view || this.frame) return;
    // One hit test per frame, however fast the pointer moves.
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  };

  private readonly hide = (): void => {
    this.host?.remove();
    this.shownFor = null;
  };

  /** The marked claim whose text is under the point, if any. */
  private hit(x: number, y: number): Marked | null {
    const doc = this.doc as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?(x: number, y: number): Range | null;
    };
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const position = doc.caretPositionFromPoint(x, y);
      node = position?.offsetNode ?? null;
      offset = position?.offset ?? 0;
    } else if (doc.caretRangeFromPoint) {
      const range = doc.caretRangeFromPoint(x, y);
      node = range?.startContainer ?? null;
      offset = range?.startOffset ?? 0;
    }
    if (!node) return null;
    for (const m of this.marked) {
      let inside = false;
      try {
        inside = m.range.isPointInRange(node, offset);
      } catch {
        inside = false; // a node from another document
      }
      // The caret snaps to the nearest text; the claim's boxes say whether the pointer is really on it.
      if (
        inside &&
        [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
      ) {
        return m;
      }
    }
    return null;
  }

  private update(): void {
    const { x, y } = this.pointer;
    const target = this.hit(x, y);
    if (!target) {
      this.hide();
      return;
    }
    if (!this.host || !this.text) {
      this.host = this.doc.createElement('div');
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = TOOLTIP_STYLE;
      this.text = this.doc.createElement('div');
      this.text.className = 'note';
      root.append(style, this.text);
    }
    if (this.shownFor !== target) {
      this.text.textContent = target.note;
      this.shownFor = target;
    }
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    this.text.style.left = `${Math.min(x + OFFSET, Math.max(0, width - 390))}px`;
    this.text.style.top = `${y + OFFSET + 60 > height ? Math.max(0, y - OFFSET - 60) : y + OFFSET}px`;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }
}

const notes = new WeakMap<Document, MarkNotes>();

function toRange(doc: Document, span: PageTextSpan): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
    return range;
  } catch {
    return null; // the page changed the text since it was read
  }
}

/** Draws marks as CSS highlights in a real browser, with the notes on hover. */
export function browserSurface(api: HighlightApi): MarkSurface {
  return {
    draw(doc, found) {
      const byKind: Record<PageMark['kind'], Range[]> = { shared: [], differs: [] };
      const marked: Marked[] = [];
      for (const { mark, span } of found) {
        const range = toRange(doc, span);
        if (!range) continue;
        byKind[mark.kind].push(range);
        marked.push({ range, note: mark.note });
      }
      for (const kind of ['shared', 'differs'] as const) {
        if (byKind[kind].length > 0) api.registry.set(HIGHLIGHT_NAMES[kind], api.create(byKind[kind]));
      }
      notes.set(doc, new MarkNotes(doc, marked));
    },
    clear(doc) {
      api.registry.delete(HIGHLIGHT_NAMES.shared);
      api.registry.delete(HIGHLIGHT_NAMES.differs);
      notes.get(doc)?.dispose();
      notes.delete(doc);
    },
  };
}

/** The page's highlight registry as the content script sees it, or null where the API is missing. */
export function highlightApi(scope: typeof globalThis): HighlightApi | null {
  const css = (scope as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Highlight = (scope as { Highlight?: new () => { add(range: Range): unknown } }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  const registry = css.highlights;
  return {
    registry,
    create: (ranges) => {
      const highlight = new Highlight();
      for (const range of ranges) highlight.add(range);
      return highlight;
    },
  };
}
