import type { Article } from '../../lib/extraction/article';
import type { CorpusDocument, CorpusSource } from '../../lib/matching/compare';

/**
 * The stand-in for IndexedDB: each document is kept as UTF-8 JSON in a Buffer, which lives outside the
 * JS heap as an IndexedDB backing store does, and every read pays a JSON.parse as a structured-clone
 * read would. So heap figures measure what the engine keeps in memory, not the corpus itself.
 */
export class OffHeapStore implements CorpusSource {
  private readonly docs = new Map<string, Buffer>();
  private total = 0;

  get size(): number {
    return this.docs.size;
  }

  /** Bytes of serialised documents held. */
  get bytes(): number {
    return this.total;
  }

  put(id: string, doc: CorpusDocument): void {
    const buffer = Buffer.from(JSON.stringify(doc), 'utf8');
    this.total += buffer.byteLength - (this.docs.get(id)?.byteLength ?? 0);
    this.docs.set(id, buffer);
  }

  getDoc(id: string): CorpusDocument | undefined {
    const buffer = this.docs.get(id);
    return buffer ? (JSON.parse(buffer.toString('utf8')) as CorpusDocument) : undefined;
  }

  article(id: string): Article | undefined {
    return this.getDoc(id)?.article;
  }

  ids(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** Raw rows, for writing the corpus to disk for the cold-start child. */
  entries(): IterableIterator<[string, Buffer]> {
    return this.docs.entries();
  }
}
