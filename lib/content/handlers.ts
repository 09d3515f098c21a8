import { extractArticle } from '../extraction/extract-article';
import type { Handlers } from '../messages';

/** What the content script answers, given the live document of the page it runs in. */
export function createContentHandlers(doc: Document): Handlers<'extract-page'> {
  return {
    'extract-page': async () => extractArticle(doc, { url: doc.location?.href }),
  };
}
