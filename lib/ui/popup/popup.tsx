import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../../extraction/article';
import type { TabAnalysis } from '../../messages';
import { formatDate, languageName, type Translate } from '../i18n';
import type { PopupClient } from './popup-client';

type State =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; analysis: TabAnalysis };

export interface PopupProps {
  client: PopupClient;
  t: Translate;
  locale: string;
}

export function Popup({ client, t, locale }: PopupProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const run = useCallback(
    async (refresh: boolean) => {
      setState({ kind: 'loading' });
      try {
        const tabId = await client.activeTabId();
        if (tabId === null) return setState({ kind: 'no-tab' });
        setState({ kind: 'done', analysis: await client.analyzeTab(tabId, refresh) });
      } catch (error) {
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [client],
  );

  useEffect(() => {
    void run(false);
  }, [run]);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header class="popup-header">
        <h1 class="brand">Parallax</h1>
      </header>
      {state.kind === 'loading' && (
        <p class="state state-loading" role="status">
          {t('popupLoading')}
        </p>
      )}
      {state.kind === 'no-tab' && <p class="state state-empty">{t('popupNoTab')}</p>}
      {state.kind === 'error' && (
        <div class="state state-error" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={() => void run(true)}>
            {t('popupRetry')}
          </button>
        </div>
      )}
      {state.kind === 'done' && !state.analysis.extraction.ok && (
        <div class="state state-not-article" role="status">
          <p class="state-title">{t('popupNotArticle')}</p>
          <p>{state.analysis.extraction.message}</p>
        </div>
      )}
      {state.kind === 'done' && state.analysis.extraction.ok && (
        <ArticleSummary article={state.analysis.extraction.article} t={t} locale={locale} />
      )}
    </main>
  );
}

function ArticleSummary({ article, t, locale }: { article: Article; t: Translate; locale: string }) {
  const date = formatDate(article.published, locale);
  return (
    <section class="article" aria-label={t('popupThisArticle')}>
      <h2 class="article-title" data-testid="article-title">
        {article.title}
      </h2>
      <p class="article-meta">
        <span class="outlet" data-testid="article-outlet">
          {article.outlet}
        </span>
        {date && <span> · {date}</span>}
        <span> · {languageName(article.lang, locale)}</span>
      </p>
    </section>
  );
}
