import { extractArticle } from '../extraction/extract-article';
import type { Handlers } from '../messages';
import { showClaimPanel } from './claim-panel';
import { clearMarks, markClaims } from './page-marks';

/** What the content script answers, given the live document of the page it runs in. */
export function createContentHandlers(doc: Document): Handlers<'extract-page' | 'show-claim-panel' | 'mark-page'> {
  return {
    'extract-page': async () => extractArticle(doc, { url: doc.location?.href }),
    'show-claim-panel': async ({ check, strings }) => {
      showClaimPanel(doc, check, strings);
      return { shown: true };
    },
    'mark-page': async ({ marks }) => {
      if (marks.length === 0) {
        clearMarks(doc);
        return { marked: 0 };
      }
      return { marked: markClaims(doc, marks) };
    },
  };
}
