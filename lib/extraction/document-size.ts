/**
 * Far above any real article page (the largest of 130 real pages in our fixtures, a long
 * Wikipedia article, has ~10,000 elements).
 */
export const MAX_ELEMENTS = 60_000;
/**
 * Real pages nest fewer than 40 levels and Chrome's HTML parser flattens anything beyond 512;
 * Readability and DOM cloning recurse over the tree and overflow the stack on deeper documents.
 */
export const MAX_DEPTH = 400;
/**
 * Readability's cost follows the number of element–ancestor pairs (the sum of all depths) more
 * than the element count: 59,000 elements 60 levels deep take it 8 s. The long Wikipedia page
 * has 120,000 pairs and takes 0.5 s; this allows 4 times that, under 3 s in our worst cases.
 */
export const MAX_ANCESTOR_PAIRS = 500_000;

export type SizeVerdict = { ok: true; elements: number } | { ok: false; message: string };

const TOO_LARGE = 'far more than an article page; it was not analysed.';

/** Measures the element tree iteratively, stopping as soon as a limit is passed. */
export function checkDocumentSize(root: Element): SizeVerdict {
  let elements = 0;
  let pairs = 0;
  const stack: Array<{ el: Element; depth: number }> = [{ el: root, depth: 1 }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    elements++;
    pairs += entry.depth;
    if (elements > MAX_ELEMENTS) {
      return {
        ok: false,
        message: `The page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, ${TOO_LARGE}`,
      };
    }
    if (entry.depth > MAX_DEPTH) {
      return { ok: false, message: `The page nests elements more than ${MAX_DEPTH} levels deep, ${TOO_LARGE}` };
    }
    if (pairs > MAX_ANCESTOR_PAIRS) {
      return {
        ok: false,
        message: `The page's elements are nested too deeply and too many to read quickly, ${TOO_LARGE}`,
      };
    }
    const children = entry.el.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) stack.push({ el: child, depth: entry.depth + 1 });
    }
  }
  return { ok: true, elements };
}
