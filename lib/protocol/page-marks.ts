/** A claim to mark in the page: its text as extracted, whether others share or contradict it, and a note. */
export interface PageMark {
  text: string;
  kind: 'shared' | 'differs';
  /** Plain text shown on hover: the outlets and the difference. Never written into the page's DOM. */
  note: string;
}

/**
 * Marks are drawn with the CSS Custom Highlight API: ranges over the page's own text nodes, painted by a
 * user style sheet the worker inserts (never an element or attribute in the page). The page can see
 * which passages are underlined in which colour, but nothing of the library: outlets and differences
 * stay in the content script's memory and show only in a closed shadow root on hover.
 */
export const HIGHLIGHT_NAMES = { shared: 'parallax-shared', differs: 'parallax-differs' } as const;
const COLORS = {
  shared: { line: '#1f7a3a', tint: 'rgba(31, 122, 58, 0.16)' },
  differs: { line: '#b3261e', tint: 'rgba(179, 38, 30, 0.16)' },
} as const;

/**
 * The user style sheet that paints the highlights (inserted with scripting.insertCSS, origin USER). A light
 * tint as well as the underline: Firefox 140 paints only colours in ::highlight, not text decorations.
 */
export const MARK_CSS = (['shared', 'differs'] as const)
  .map(
    (kind) =>
      `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${COLORS[kind].tint}; text-decoration: underline 2px ${COLORS[kind].line}; text-decoration-skip-ink: none; }`,
  )
  .join('\n');
