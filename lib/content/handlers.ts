import { extractArticle } from '../extraction/extract-article';
import type { Handlers } from '../messages';
import { showClaimPanel } from './claim-panel';

/** What the content script answers, given the live document of the page it runs in. */
export function createContentHandlers(doc: Document): Handlers<'extract-page' | 'show-claim-panel'> {
  return {
    'extract-page': async () => extractArticle(doc, { url: doc.location?.href }),
    'show-claim-panel': async ({ check, strings }) => {
      showClaimPanel(doc, check, strings);
      return { shown: true };
    },
  };
}
