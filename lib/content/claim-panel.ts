import type { ClaimCheck } from '../background/claim-check';
import type { ClaimPanelStrings } from '../messages';

const HOST_ID = 'parallax-claim-panel';
/** The Esc listener of the panel open in each document, removed with the panel. */
const escListeners = new WeakMap<Document, (event: KeyboardEvent) => void>();

const STYLE = `
:host { all: initial; }
.panel { position: fixed; top: 16px; right: 16px; z-index: 2147483647; width: min(420px, calc(100vw - 32px));
  max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.45 system-ui, sans-serif; background: #fff; color: #1d1f23; border: 1px solid #d9dde3;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { .panel { background: #1b1d21; color: #e6e8eb; border-color: #3a3f47; } }
h2 { font-size: 14px; margin: 0 24px 8px 0; }
.close { position: absolute; top: 8px; right: 8px; border: none; background: transparent; color: inherit; font-size: 18px; cursor: pointer; }
.close:focus-visible { outline: 2px solid #1d5fd6; }
.context { margin: 0 0 8px; font-style: italic; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 6px 0; padding-left: 8px; border-left: 3px solid #1f7a3a; }
li.differs { border-left-color: #b3261e; }
.outlet { font-weight: 600; }
mark { background: #fde7e5; color: inherit; outline: 1px solid #b3261e; border-radius: 3px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

/**
 * Shows a claim check in a Shadow DOM panel on the page, for browsers that cannot open the popup from
 * a menu click. Built with textContent only: page text is never parsed as HTML. Esc or × closes it.
 */
export function showClaimPanel(doc: Document, check: ClaimCheck, strings: ClaimPanelStrings): void {
  removeClaimPanel(doc);
  const host = el(doc, 'div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', STYLE);
  const panel = el(doc, 'section', undefined, 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', strings.title);
  const close = el(doc, 'button', '×', 'close');
  close.setAttribute('aria-label', strings.close);
  close.addEventListener('click', () => removeClaimPanel(doc));
  panel.append(close, el(doc, 'h2', strings.title), el(doc, 'p', `“${check.context}”`, 'context'));
  if (check.matches.length === 0) {
    panel.append(el(doc, 'p', strings.none));
  } else {
    const list = el(doc, 'ul');
    for (const m of check.matches) {
      const item = el(doc, 'li', undefined, m.aligned.verdict);
      item.append(
        el(
          doc,
          'span',
          `${m.outlet} · ${m.aligned.verdict === 'differs' ? strings.differs : strings.agrees}: `,
          'outlet',
        ),
        el(doc, 'span', m.aligned.there),
      );
      for (const d of m.aligned.differences) {
        const line = el(doc, 'div');
        line.append(el(doc, 'mark', d.here), doc.createTextNode(' ≠ '), el(doc, 'mark', d.there));
        item.append(line);
      }
      list.append(item);
    }
    panel.append(list);
  }
  root.append(style, panel);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') removeClaimPanel(doc);
  };
  doc.addEventListener('keydown', onKey, { capture: true });
  escListeners.set(doc, onKey);
  (doc.body ?? doc.documentElement).append(host);
  close.focus();
}

export function removeClaimPanel(doc: Document): void {
  const listener = escListeners.get(doc);
  if (listener) doc.removeEventListener('keydown', listener, { capture: true });
  escListeners.delete(doc);
  doc.getElementById(HOST_ID)?.remove();
}
