import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { type CompareOptions, type CorpusDocument, type CorpusSource, compare } from './compare';
import type { Comparison } from './comparison';
import { CorpusIndex, type TermBackground } from './corpus-index';

/** A corpus held in memory with its index: for the CLI and tests (the service worker keeps documents in IndexedDB). */
export class MemoryCorpus implements CorpusSource {
  readonly index: CorpusIndex;
  private readonly docs = new Map<string, CorpusDocument>();

  /** `background`: the lexicon's term background (see CorpusIndex), so a small corpus still knows common words. */
  constructor(background?: TermBackground) {
    this.index = new CorpusIndex(background);
  }

  get size(): number {
    return this.docs.size;
  }

  add(docId: string, article: Article, claims: Claim[]): void {
    this.docs.set(docId, { article, claims });
    this.index.add(docId, article, claims);
  }

  remove(docId: string): boolean {
    this.index.remove(docId);
    return this.docs.delete(docId);
  }

  getDoc(docId: string): CorpusDocument | undefined {
    return this.docs.get(docId);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  compare(article: Article, claims: Claim[], options?: CompareOptions): Promise<Comparison> {
    return compare(article, claims, this.index, this, options);
  }
}
