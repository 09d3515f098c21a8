import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../extraction/article';
import { formatDate, type Translate } from '../../report/translate';
import { errorText } from '../error-text';
import { languageName } from '../i18n';

export interface ReaderProps {
  id: string;
  load(id: string): Promise<{ article: Article }>;
  t: Translate;
  locale: string;
}

/** A stored document shown as plain text: how seeds, which have no web address, are opened. */
export function Reader({ id, load, t, locale }: ReaderProps) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) {
      setError(t('readerNoDocument'));
      return;
    }
    load(id).then(
      (doc) => {
        setArticle(doc.article);
        document.title = `${doc.article.title} — Parallax`;
      },
      (e: unknown) => setError(errorText(e, t)),
    );
  }, [id, load, t]);

  if (error)
    return (
      <main class="reader">
        <p role="alert" class="error">
          {error}
        </p>
      </main>
    );
  if (!article)
    return (
      <main class="reader">
        <p role="status" class="muted">
          {t('readerLoading')}
        </p>
      </main>
    );
  return (
    <main class="reader" lang={article.lang === 'und' ? undefined : article.lang}>
      <p class="muted">
        {article.outlet}
        {article.published ? ` · ${formatDate(article.published, locale)}` : ''} · {languageName(article.lang, locale)}
      </p>
      <h1 data-testid="reader-title">{article.title}</h1>
      {article.text.split('\n').map((paragraph, i) => (
        // Paragraph order never changes within one document, so the index is a stable key.
        <p key={i}>{paragraph}</p>
      ))}
    </main>
  );
}
