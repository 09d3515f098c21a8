import { extractArticle } from '../extraction/extract-article';
import type { Handlers } from '../protocol/messages';
import type { MarkSurface } from './page-marks';
import { clearMarks, markClaims } from './page-marks';

/**
 * What the content script answers, given the live document of the page it runs in and, where the
 * browser has the CSS Custom Highlight API, the surface marks are drawn on.
 */
export function createContentHandlers(
  doc: Document,
  marks: MarkSurface | null,
  shadowRootOf?: (element: Element) => ShadowRoot | null,
): Handlers<'extract-page' | 'mark-page'> {
  return {
    'extract-page': async () => extractArticle(doc, { url: doc.location?.href, shadowRootOf }),
    'mark-page': async ({ marks: wanted }) => {
      if (!marks) return { marked: 0 };
      if (wanted.length === 0) {
        clearMarks(doc, marks);
        return { marked: 0 };
      }
      return { marked: markClaims(doc, wanted, marks) };
    },
  };
}
