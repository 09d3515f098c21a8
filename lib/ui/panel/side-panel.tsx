import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../report/translate';
import { Popup, type SettledState } from '../popup/popup';
import type { PopupClient } from '../popup/popup-client';

/** The tab events the side panel follows; wired to `browser.tabs` and runtime messages in `entrypoints/sidepanel`. */
export interface PanelTabs {
  /** The active tab of the window the panel is in, or null when there is none. */
  activeTabId(): Promise<number | null>;
  /** Another tab became active in the panel's window. Returns a function that stops listening. */
  onActivated(listener: (tabId: number) => void): () => void;
  /** A tab started loading a page, or finished. */
  onLoading(listener: (tabId: number, status: 'loading' | 'complete') => void): () => void;
  /** The background has just read a tab (the reader clicked Parallax on it, granting access). */
  onRead(listener: (tabId: number) => void): () => void;
}

export interface SidePanelProps {
  tabs: PanelTabs;
  /** Everything the tab view needs but the tab, which the panel chooses. */
  client: Omit<PopupClient, 'activeTabId'>;
  t: Translate;
  locale: string;
}

interface Shown {
  tabId: number | null;
  /** Bumped to read the tab again (it navigated, or access was just granted). */
  generation: number;
  loading: boolean;
}

/**
 * The side panel: the popup's view of a tab, kept open beside the page. It shows the window's active
 * tab, switches when another tab becomes active, and reads the page again when the tab navigates.
 * Access is the browser's: a tab the reader clicked Parallax on (activeTab), or any tab once all-sites
 * access is allowed; otherwise the panel says how to grant it and waits.
 */
export function SidePanel({ tabs, client, t, locale }: SidePanelProps) {
  const [shown, setShown] = useState<Shown>({ tabId: null, generation: 0, loading: true });
  const settled = useRef<SettledState | null>(null);
  const current = useRef<number | null>(null);

  const show = useCallback((tabId: number | null, loading = false) => {
    settled.current = null;
    current.current = tabId;
    setShown((s) => ({ tabId, generation: s.generation + 1, loading }));
  }, []);

  useEffect(() => {
    let live = true;
    tabs
      .activeTabId()
      .then((id) => live && show(id))
      .catch(() => live && show(null));
    const stops = [
      tabs.onActivated((tabId) => show(tabId)),
      tabs.onLoading((tabId, status) => {
        if (tabId === current.current) show(tabId, status === 'loading');
      }),
      tabs.onRead((tabId) => {
        // Access was just granted to a tab the panel could not read, or is still failing to read (its
        // refusal may arrive after this news on a loaded machine): read it now.
        const waiting = settled.current === null || settled.current === 'no-access' || settled.current === 'error';
        if (tabId === current.current && waiting) show(tabId);
      }),
    ];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, [tabs, show]);

  const tabId = shown.tabId;
  const tabClient = useMemo<PopupClient>(() => ({ ...client, activeTabId: async () => tabId }), [client, tabId]);
  const onSettled = useCallback((state: SettledState) => {
    settled.current = state;
  }, []);

  if (shown.loading) {
    return (
      <main class="popup side-panel" aria-busy="true">
        <header class="popup-header">
          <h1 class="brand">Parallax</h1>
        </header>
        <p class="state state-loading" role="status" data-testid="panel-waiting">
          {shown.tabId === null && shown.generation === 0 ? t('popupReading') : t('panelPageLoading')}
        </p>
      </main>
    );
  }
  return (
    <Popup
      key={`${tabId}-${shown.generation}`}
      client={tabClient}
      t={t}
      locale={locale}
      surface="panel"
      onSettled={onSettled}
    />
  );
}
