import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../../extraction/article';
import type { ClaimCheck } from '../../protocol/claim-check';
import { ProtocolError, type TabAnalysis } from '../../protocol/messages';
import { buildReport, type DocumentLinks } from '../../report/report';
import { formatDate, type Translate } from '../../report/translate';
import { errorText, notArticleText } from '../error-text';
import { FiguresAtAGlance } from '../figures/figures-at-a-glance';
import { countMessage, languageName } from '../i18n';
import { AnomalyList } from './anomaly-list';
import { ClaimCheckView } from './claim-check-view';
import { ComparisonView } from './comparison-view';
import { reportToJson, reportToMarkdown } from './export-comparison';
import type { PopupClient } from './popup-client';

type State =
  | { kind: 'reading' }
  | { kind: 'claim'; check: ClaimCheck }
  | { kind: 'comparing'; article: Article }
  | { kind: 'no-tab' }
  | { kind: 'error'; message: string; noAccess: boolean }
  | { kind: 'not-article'; message: string }
  | { kind: 'done'; article: Article; analysis: TabAnalysis };

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** How a view of a tab ended up, for the side panel that decides when to show it again. */
export type SettledState = 'results' | 'no-story' | 'not-article' | 'error' | 'no-access' | 'no-tab';

export interface PopupProps {
  client: PopupClient;
  t: Translate;
  locale: string;
  /** The same view serves the toolbar popup and the side panel; only a few words and buttons differ. */
  surface?: 'popup' | 'panel';
  /** Offered in the popup: keep this view open beside the page. */
  onOpenPanel?: () => void;
  onSettled?: (state: SettledState) => void;
}

const failed = (error: unknown, t: Translate): State => ({
  kind: 'error',
  message: errorText(error, t),
  noAccess: error instanceof ProtocolError && error.code === 'no-access',
});

/** The view of one tab's article and what other outlets say about it: the popup, and the side panel's body. */
export function Popup({ client, t, locale, surface = 'popup', onOpenPanel, onSettled }: PopupProps) {
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, setSaving] = useState(false);
  const [marked, setMarked] = useState(false);

  const run = useCallback(
    async (id: number, refresh: boolean) => {
      setState({ kind: 'reading' });
      try {
        // Both requests go at once: the background shares one extraction between them, and the
        // article shows as soon as it is read while the comparison is still running.
        const analysisPending = client.analyzeTab(id, refresh);
        analysisPending.catch(() => undefined); // reported below, once the extraction has been shown
        const extraction = await client.readTab(id);
        if (!extraction.ok) return setState({ kind: 'not-article', message: notArticleText(extraction.reason, t) });
        setState({ kind: 'comparing', article: extraction.article });
        const analysis = await analysisPending;
        if (!analysis.extraction.ok) {
          return setState({ kind: 'not-article', message: notArticleText(analysis.extraction.reason, t) });
        }
        setState({ kind: 'done', article: analysis.extraction.article, analysis });
      } catch (error) {
        setState(failed(error, t));
      }
    },
    [client, t],
  );

  useEffect(() => {
    if (!onSettled) return;
    if (state.kind === 'done') onSettled(state.analysis.comparison?.stories.length ? 'results' : 'no-story');
    else if (state.kind === 'error') onSettled(state.noAccess ? 'no-access' : 'error');
    else if (state.kind === 'not-article' || state.kind === 'no-tab') onSettled(state.kind);
  }, [state, onSettled]);

  useEffect(() => {
    (async () => {
      const id = await client.activeTabId();
      setTabId(id);
      if (id === null) return setState({ kind: 'no-tab' });
      // Opened for "Compare this claim": show that claim first; the whole article is one click away.
      const check = await client.claimCheck(id).catch(() => null);
      if (check) setState({ kind: 'claim', check });
      else await run(id, false);
    })().catch((error: unknown) => setState(failed(error, t)));
  }, [client, run, t]);

  const save = async (shown: Article) => {
    if (tabId === null) return;
    setSaving(true);
    try {
      // The article shown is the one stored, even if the page has moved on since it was read.
      const outcome = await client.saveTab(tabId, shown.contentHash);
      setNotice({ kind: 'ok', text: t(`saved_${outcome.status}`) });
      await run(tabId, true); // the saved page now takes part in matching
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, t) });
      // The tab holds another text now: show it, so the next Save stores what the reader sees.
      if (error instanceof ProtocolError && error.code === 'page-changed') await run(tabId, true);
    } finally {
      setSaving(false);
    }
  };

  const toggleMarks = async () => {
    if (tabId === null) return;
    try {
      const count = await client.markTab(tabId, !marked);
      setMarked(!marked);
      setNotice(marked ? null : { kind: 'ok', text: countMessage(t, locale, 'popupMarked', count) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, t) });
    }
  };

  /** Marks this page's sentences behind one value of figures at a glance, or removes the marks. */
  const showFigure = async (row: number, value: number | null) => {
    if (tabId === null) return;
    try {
      const count = value === null ? await client.markTab(tabId, false) : await client.markFigure(tabId, row, value);
      setMarked(false);
      setNotice(value === null ? null : { kind: 'ok', text: countMessage(t, locale, 'figuresMarked', count) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, t) });
    }
  };

  const links = (analysis: TabAnalysis): DocumentLinks =>
    Object.fromEntries(
      Object.entries(analysis.documents).map(([id, d]) => [id, { url: d.url, published: d.published }]),
    );

  const exportAs = async (format: 'markdown' | 'json', article: Article, analysis: TabAnalysis) => {
    if (!analysis.comparison) return;
    try {
      const report = buildReport(article, analysis.comparison, links(analysis));
      if (format === 'markdown') {
        await client.copyText(reportToMarkdown(report));
        setNotice({ kind: 'ok', text: t('popupCopied') });
      } else {
        client.download('parallax-comparison.json', reportToJson(report), 'application/json');
      }
    } catch {
      setNotice({ kind: 'error', text: t('popupCopyFailed') });
    }
  };

  const busy = state.kind === 'reading' || state.kind === 'comparing';
  const article = state.kind === 'comparing' || state.kind === 'done' ? state.article : null;

  return (
    <main class={surface === 'panel' ? 'popup side-panel' : 'popup'} aria-busy={busy}>
      <header class="popup-header">
        <h1 class="brand">Parallax</h1>
        <div class="header-actions">
          {onOpenPanel && (
            <button type="button" class="link" data-testid="open-panel" onClick={onOpenPanel}>
              {t('panelOpen')}
            </button>
          )}
          {article && (
            <button type="button" data-testid="save" disabled={saving} onClick={() => void save(article)}>
              {saving ? t('popupSaving') : t('popupSave')}
            </button>
          )}
        </div>
      </header>
      {notice && (
        <p
          class={notice.kind === 'ok' ? 'notice' : 'notice error'}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
          data-testid="notice"
        >
          {notice.text}
        </p>
      )}
      {state.kind === 'claim' && (
        <>
          <ClaimCheckView check={state.check} t={t} locale={locale} />
          <button type="button" data-testid="whole-article" onClick={() => tabId !== null && void run(tabId, false)}>
            {t('popupWholeArticle')}
          </button>
        </>
      )}
      {state.kind === 'reading' && (
        <p class="state state-loading" role="status">
          {t('popupReading')}
        </p>
      )}
      {state.kind === 'no-tab' && <p class="state state-empty">{t('popupNoTab')}</p>}
      {state.kind === 'error' && state.noAccess && surface === 'panel' && (
        <div class="state state-no-access" role="status" data-testid="no-access">
          <p class="state-title">{t('panelNoAccess')}</p>
          <p>{t('panelNoAccessHint')}</p>
          <button type="button" onClick={() => tabId !== null && void run(tabId, true)}>
            {t('popupRetry')}
          </button>
        </div>
      )}
      {state.kind === 'error' && !(state.noAccess && surface === 'panel') && (
        <div class="state state-error" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={() => tabId !== null && void run(tabId, true)}>
            {t('popupRetry')}
          </button>
        </div>
      )}
      {state.kind === 'not-article' && (
        <div class="state state-not-article" role="status">
          <p class="state-title">{t('popupNotArticle')}</p>
          <p>{state.message}</p>
        </div>
      )}
      {article && <ArticleSummary article={article} t={t} locale={locale} />}
      {state.kind === 'comparing' && (
        <p class="state state-loading" role="status">
          {t('popupComparing')}
        </p>
      )}
      {state.kind === 'done' && state.analysis.comparison && state.analysis.comparison.stories.length === 0 && (
        <>
          <div class="state state-no-story" role="status" data-testid="no-story">
            <p class="state-title">{t('popupNoStory')}</p>
            <p>{countMessage(t, locale, 'popupNoStoryHint', state.analysis.corpusSize)}</p>
          </div>
          {/* Slips inside the article itself are worth checking whoever else reports it. */}
          <AnomalyList comparison={state.analysis.comparison} t={t} locale={locale} />
        </>
      )}
      {state.kind === 'done' && state.analysis.comparison && state.analysis.comparison.stories.length > 0 && (
        <>
          <div class="toolbar">
            <label>
              <input
                type="checkbox"
                data-testid="only-differences"
                checked={onlyDifferences}
                onChange={() => setOnlyDifferences(!onlyDifferences)}
              />{' '}
              {t('popupOnlyDifferences')}
            </label>
            <button type="button" data-testid="mark-page" aria-pressed={marked} onClick={() => void toggleMarks()}>
              {marked ? t('popupUnmark') : t('popupMark')}
            </button>
            <button
              type="button"
              data-testid="copy-markdown"
              onClick={() => void exportAs('markdown', state.article, state.analysis)}
            >
              {t('popupCopyMarkdown')}
            </button>
            <button
              type="button"
              data-testid="download-json"
              onClick={() => void exportAs('json', state.article, state.analysis)}
            >
              {t('popupDownloadJson')}
            </button>
          </div>
          <FiguresAtAGlance
            rows={state.analysis.comparison.figures}
            t={t}
            locale={locale}
            onShow={(row, value) => void showFigure(row, value)}
          />
          <ComparisonView
            comparison={state.analysis.comparison}
            documents={state.analysis.documents}
            onlyDifferences={onlyDifferences}
            t={t}
            locale={locale}
            onOpen={(id, url) => client.openDocument(id, url)}
          />
        </>
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
