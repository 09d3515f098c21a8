/** Shapes of the reader's library that the UI and the worker share (storage keeps these rows). */

export type DocumentSource = 'seed' | 'stored' | 'followed' | 'kept';
export const DOCUMENT_SOURCES: readonly DocumentSource[] = ['seed', 'stored', 'followed', 'kept'];

/** Row for library listings: no text, no claims. */
export interface DocumentSummary {
  id: string;
  source: DocumentSource;
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  lang: string;
  sizeBytes: number;
  storedAt: string;
  updatedAt: string;
}
