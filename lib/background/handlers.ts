import type { ExtractionResult } from '../extraction/article';
import { type Handlers, ProtocolError, request, type TabAnalysis } from '../messages';
import type { TabAccess } from './tab-access';

export interface BackgroundDeps {
  tabs: TabAccess;
}

/** Every message the background serves, as one map (registered by `createRouter`). */
export interface BackgroundService {
  handlers: Handlers<'analyze-tab'>;
  /** Drops what is known about a tab when it navigates or closes. */
  forgetTab(tabId: number): void;
}

export function createBackground(deps: BackgroundDeps): BackgroundService {
  // Results are kept per tab so reopening the popup is instant.
  const results = new Map<number, TabAnalysis>();

  async function extractFromTab(tabId: number): Promise<ExtractionResult> {
    try {
      await deps.tabs.injectContentScript(tabId);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ProtocolError(
        'no-access',
        `Parallax cannot read this tab (browser pages, the extension store and PDF viewers are off-limits). ${detail}`,
      );
    }
    return request((message) => deps.tabs.sendToTab(tabId, message), 'extract-page', {});
  }

  const handlers: BackgroundService['handlers'] = {
    'analyze-tab': async ({ tabId, refresh }) => {
      const cached = results.get(tabId);
      if (cached && !refresh) return cached;
      const analysis: TabAnalysis = { tabId, extraction: await extractFromTab(tabId) };
      results.set(tabId, analysis);
      return analysis;
    },
  };
  return { handlers, forgetTab: (tabId) => results.delete(tabId) };
}
