import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DocumentSource } from '../../protocol/library';
import type { LibraryEstimate, LibraryListing } from '../../protocol/messages';
import { isWebUrl } from '../../protocol/web-url';
import { formatCount, formatDate, type Translate } from '../../report/translate';
import { errorText, lineErrorText, storageText } from '../error-text';
import { formatBytes } from '../format';
import { countMessage, languageName } from '../i18n';
import { type ImportRun, importFileProblem, importInParts, lineErrors, MAX_IMPORT_BYTES } from './import-in-parts';
import type { OptionsClient } from './options-client';

type Status = { kind: 'idle' } | { kind: 'busy'; label: string } | { kind: 'error'; message: string };

/** A failure already worded for the reader in the UI language. */
class ReaderFacingError extends Error {}

/** The reader's pages by where they came from; seeds are bundled, not listed. */
const LISTED_SOURCES = ['stored', 'kept', 'followed'] as const;

/** The reader's stored pages: list, search, delete, export and import. Seeds are bundled, not listed. */
export function LibrarySection({
  client,
  t,
  locale,
  version = 0,
}: {
  client: OptionsClient;
  t: Translate;
  locale: string;
  /** Changes when something outside this list added or removed pages (feeds, settings). */
  version?: number;
}) {
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<Exclude<DocumentSource, 'seed'>>('stored');
  const [listing, setListing] = useState<LibraryListing | null>(null);
  // Which source the shown listing is of (it arrives after the choice changes).
  const [listedSource, setListedSource] = useState<DocumentSource | null>(null);
  const [estimate, setEstimate] = useState<LibraryEstimate | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [imported, setImported] = useState<ImportRun | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [list, est] = await Promise.all([
        client.listDocuments({ query: query.trim() || undefined, source }),
        client.estimate(),
      ]);
      setListing(list);
      setListedSource(source);
      setEstimate(est);
      setSelected((prev) => new Set([...prev].filter((id) => list.documents.some((d) => d.id === id))));
    } catch (e) {
      setStatus({ kind: 'error', message: errorText(e, t) });
    }
  }, [client, query, source, t]);

  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  const act = async (label: string, work: () => Promise<void>) => {
    setStatus({ kind: 'busy', label });
    try {
      await work();
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof ReaderFacingError ? e.message : errorText(e, t) });
    }
    await refresh();
  };

  const remove = (ids: string[]) =>
    act(t('libraryDeleting'), async () => {
      await client.deleteDocuments(ids);
      setSelected(new Set());
    });

  const exportAll = () =>
    act(t('libraryExporting'), async () => {
      const { jsonl } = await client.exportLibrary();
      client.download(`parallax-library-${new Date().toISOString().slice(0, 10)}.jsonl`, jsonl, 'application/jsonl');
    });

  const importFile = (file: File) => {
    // A new import's report replaces the last one at once, so an old "Imported 200 pages" never
    // stands above a new failure.
    setImported(null);
    return act(t('libraryImporting'), async () => {
      const problem = await importFileProblem(file);
      if (problem === 'too-large') {
        throw new ReaderFacingError(
          t('libraryImportTooLarge', [formatBytes(file.size, locale), formatBytes(MAX_IMPORT_BYTES, locale)]),
        );
      }
      if (problem === 'not-text') throw new ReaderFacingError(t('libraryImportNotText'));
      const run = await importInParts(
        await file.text(),
        (part) => client.importLibrary(part.text, part.firstLine),
        (progress) =>
          setStatus({
            kind: 'busy',
            label: t('libraryImportProgress', [
              formatCount(progress.done, locale),
              formatCount(progress.total, locale),
            ]),
          }),
      );
      setImported(run);
    }).catch(() => undefined);
  };

  const docs = listing?.documents ?? [];
  const allSelected = docs.length > 0 && docs.every((d) => selected.has(d.id));

  return (
    <section class="card library" aria-labelledby="library-title">
      <h2 id="library-title">{t('libraryTitle')}</h2>
      {estimate && (
        <>
          <p class="library-usage" data-testid="library-usage">
            {t('libraryUsage', [
              formatCount(estimate.documents.stored, locale),
              estimate.usageBytes === null ? '?' : formatBytes(estimate.usageBytes, locale),
              estimate.quotaBytes === null ? '?' : formatBytes(estimate.quotaBytes, locale),
            ])}
          </p>
          <p class="library-sources muted" data-testid="library-sources">
            {t('librarySources', [
              formatCount(estimate.documents.stored, locale),
              formatCount(estimate.documents.kept, locale),
              formatCount(estimate.documents.followed, locale),
              formatCount(estimate.documents.seed, locale),
            ])}
          </p>
        </>
      )}
      <div class="library-tools">
        <label>
          <span class="visually-hidden">{t('libraryShow')}</span>
          <select
            data-testid="library-source"
            value={source}
            onChange={(e) => setSource((e.target as HTMLSelectElement).value as (typeof LISTED_SOURCES)[number])}
          >
            {LISTED_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`librarySource_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('librarySearch')}</span>
          <input
            type="search"
            placeholder={t('librarySearch')}
            value={query}
            data-testid="library-search"
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="button" data-testid="library-export" onClick={() => void exportAll()}>
          {t('libraryExport')}
        </button>
        <label class="button">
          {t('libraryImport')}
          <input
            type="file"
            accept=".jsonl,application/jsonl,application/x-ndjson,text/plain"
            class="visually-hidden"
            data-testid="library-import"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void importFile(file);
              input.value = '';
            }}
          />
        </label>
        <button
          type="button"
          data-testid="library-delete-selected"
          disabled={selected.size === 0}
          onClick={() => void remove([...selected])}
        >
          {t('libraryDeleteSelected', formatCount(selected.size, locale))}
        </button>
      </div>
      {status.kind === 'busy' && (
        <p role="status" class="muted">
          {status.label}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
      {imported && <ImportReport run={imported} t={t} locale={locale} />}
      {listing === null ? (
        <p role="status" class="muted">
          {t('libraryLoading')}
        </p>
      ) : docs.length === 0 ? (
        <p class="muted" data-testid="library-empty" data-source={listedSource ?? undefined}>
          {query ? t('libraryNoMatch') : t('libraryEmpty')}
        </p>
      ) : (
        <table class="library-table" data-testid="library-table" data-source={listedSource ?? undefined}>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('librarySelectAll')}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(docs.map((d) => d.id)))}
                />
              </th>
              <th scope="col">{t('libraryColTitle')}</th>
              <th scope="col">{t('libraryColOutlet')}</th>
              <th scope="col">{t('libraryColDate')}</th>
              <th scope="col">{t('libraryColLang')}</th>
              <th scope="col">{t('libraryColSize')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('libraryColActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} data-testid="library-row" data-id={d.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('librarySelect', d.title)}
                    checked={selected.has(d.id)}
                    onChange={() => {
                      const next = new Set(selected);
                      if (next.has(d.id)) next.delete(d.id);
                      else next.add(d.id);
                      setSelected(next);
                    }}
                  />
                </td>
                <td class="doc-title">
                  {d.url && isWebUrl(d.url) ? (
                    <a href={d.url} target="_blank" rel="noreferrer noopener">
                      {d.title}
                    </a>
                  ) : (
                    d.title
                  )}
                </td>
                <td>{d.outlet}</td>
                <td>{formatDate(d.published, locale) ?? '—'}</td>
                <td>{languageName(d.lang, locale)}</td>
                <td>{formatBytes(d.sizeBytes, locale)}</td>
                <td>
                  <button type="button" aria-label={t('libraryDeleteOne', d.title)} onClick={() => void remove([d.id])}>
                    {t('libraryDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listing && listing.corrupt.length > 0 && (
        <div class="error" role="alert">
          <p>{countMessage(t, locale, 'libraryCorrupt', listing.corrupt.length)}</p>
          <button type="button" onClick={() => void remove(listing.corrupt.map((c) => c.id))}>
            {t('libraryDeleteCorrupt')}
          </button>
        </div>
      )}
    </section>
  );
}

/** What an import did: counts, where it stopped and why, and each line left out, in the reader's words. */
function ImportReport({ run, t, locale }: { run: ImportRun; t: Translate; locale: string }) {
  const errors = lineErrors(run.errors);
  return (
    <div role="status" class="import-result" data-testid="import-result">
      <p>{countMessage(t, locale, 'libraryImported', run.imported, formatCount(run.unchanged, locale))}</p>
      {run.interrupted && (
        <p class="error" role="alert" data-testid="import-interrupted">
          {t('libraryImportInterrupted', [
            formatCount(run.interrupted.line, locale),
            formatCount(run.done, locale),
            formatCount(run.total, locale),
          ])}
        </p>
      )}
      {run.stoppedAt !== undefined && (
        <p class="error" role="alert" data-testid="import-stopped">
          {t('libraryImportStopped', [
            formatCount(run.stoppedAt, locale),
            storageText(errors.find((e) => e.line === run.stoppedAt)?.reason, t),
          ])}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="error">
          {errors.slice(0, 50).map((e) => (
            // The English detail stays available on hover for whoever needs the field name.
            <li key={`${e.line}-${e.kind}`} title={e.message}>
              {t(e.kind === 'missing-header' ? 'libraryImportLineNote' : 'libraryImportLineError', [
                formatCount(e.line, locale),
                lineErrorText(e, t),
              ])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
