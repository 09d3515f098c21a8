import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { documentTerms } from './document-terms';

/**
 * What the index keeps of one document, compact and JSON-able so storage can persist `{docId, entry}`
 * rows and a cold service worker rebuilds the index from them without re-analysing any text.
 */
export interface IndexEntry {
  v: 1;
  /** Distinct terms, most salient (tf·idf when added) first, at most MAX_STORED_TERMS. */
  t: string[];
  /** Number of claims holding each term of `t`. */
  c: number[];
  /** The first `k` terms of `t` are posted in the inverted index (the document's top terms). */
  k: number;
  /** Publication day (YYYY-MM-DD) or null. */
  p: string | null;
  /** Content hash of the article, so an identical copy of the compared article can be left out. */
  h: string;
}

export interface IndexRow {
  docId: string;
  entry: IndexEntry;
}

export interface Candidate {
  docId: string;
  /** Sum of idf × query weight over shared top terms; comparable only within one query. */
  score: number;
  published: string | null;
  contentHash: string;
}

export interface SearchOptions {
  /** At most this many candidates, best first. */
  limit?: number;
  /** Leave out documents with this content hash (the compared article itself). */
  excludeHash?: string;
}

/**
 * Top terms per document posted in the index. The prototype found other outlets' articles at recall
 * 0.99 among 10,000 documents with each document's top terms; 160 covers every term of a news excerpt
 * and the salient part of a long article, and bounds the postings at 1.6M for 10k documents.
 */
export const POSTED_TERMS = 160;
/** Terms kept for document frequencies (idf), beyond those posted. */
export const MAX_STORED_TERMS = 400;
/** Query terms looked up; the rest add little but cost a postings walk each. */
const QUERY_TERMS = 80;
/** Terms in more than this share of a large corpus are function-like and skipped when retrieving. */
const COMMON_SHARE = 0.4;
const COMMON_MIN_DOCS = 50;
const DEFAULT_LIMIT = 40;

interface Slot {
  id: string;
  termIds: Int32Array;
  counts: Uint16Array;
  posted: number;
  published: string | null;
  hash: string;
}

/**
 * Pseudo-documents without the term added to the corpus size: in a corpus of five articles on one event
 * every name is in every document and plain idf would ignore it; a background makes idf behave as in a
 * larger news stream and fades as the corpus grows. On the seed alignment gold file it lifts recall from 0.38 to 0.69 (at the
 * threshold then used); 100 or more adds nothing there and admits more false same-story pairs on corpus-dev.
 */
const BACKGROUND_DOCS = 50;
/**
 * How common a term is in news beyond this library (the lexicon's `background`: the share of articles
 * holding a frequent word). That share of the background documents holds the term, so in a new reader's
 * library of five seeds `said`, `year` and `country` already weigh less than the story's own words.
 */
export type TermBackground = ReadonlyMap<string, number>;
const NO_BACKGROUND: TermBackground = new Map();
const idfOf = (n: number, df: number, common: number): number =>
  Math.log((n + BACKGROUND_DOCS + 1) / (df + BACKGROUND_DOCS * common + 1)) + 1;

const day = (published: string | null): string | null => (published ? published.slice(0, 10) : null);

/**
 * Inverted index over the corpus's claim terms, updated one document at a time. Terms are interned to
 * integers and postings are plain arrays of document slots, so 10k documents fit in a few MB and a
 * query walks only the postings of its own top terms.
 */
export class CorpusIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  /** Document frequency over each document's stored terms. */
  private readonly df: number[] = [];
  private readonly postings: number[][] = [];
  private readonly slots: (Slot | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private generation = 0;

  constructor(private readonly background: TermBackground = NO_BACKGROUND) {}

  get size(): number {
    return this.slotOf.size;
  }

  /** Changes whenever a document is added or removed, so weights computed from idf can be cached until then. */
  get version(): number {
    return this.generation;
  }

  has(docId: string): boolean {
    return this.slotOf.has(docId);
  }

  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  /** Smoothed inverse document frequency; unseen terms get the highest weight. */
  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : (this.df[id] ?? 0);
    return idfOf(this.size, df, this.background.get(term) ?? 0);
  }

  /** Builds the index entry of a document from its analysed claims (weights use the current corpus). */
  entryFor(article: Pick<Article, 'published' | 'contentHash'>, claims: readonly Claim[]): IndexEntry {
    const weighted = [...documentTerms(claims)]
      .map(([term, count]) => ({ term, count, weight: (1 + Math.log(count)) * this.idf(term) }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_STORED_TERMS);
    return {
      v: 1,
      t: weighted.map((w) => w.term),
      c: weighted.map((w) => w.count),
      k: Math.min(POSTED_TERMS, weighted.length),
      p: day(article.published),
      h: article.contentHash,
    };
  }

  /** Adds (or replaces) a document; returns the entry to persist. */
  add(docId: string, article: Pick<Article, 'published' | 'contentHash'>, claims: readonly Claim[]): IndexEntry {
    const entry = this.entryFor(article, claims);
    this.addEntry(docId, entry);
    return entry;
  }

  /** Adds (or replaces) a document from a persisted entry. */
  addEntry(docId: string, entry: IndexEntry): void {
    if (this.slotOf.has(docId)) this.remove(docId);
    const slotNumber = this.free.pop() ?? this.slots.length;
    const termIds = new Int32Array(entry.t.length);
    const counts = new Uint16Array(entry.t.length);
    entry.t.forEach((term, i) => {
      const id = this.intern(term);
      termIds[i] = id;
      counts[i] = Math.min(entry.c[i] ?? 1, 0xffff);
      this.df[id] = (this.df[id] ?? 0) + 1;
      if (i < entry.k) (this.postings[id] as number[]).push(slotNumber);
    });
    this.slots[slotNumber] = { id: docId, termIds, counts, posted: entry.k, published: entry.p, hash: entry.h };
    this.slotOf.set(docId, slotNumber);
    this.generation++;
  }

  remove(docId: string): boolean {
    const slotNumber = this.slotOf.get(docId);
    if (slotNumber === undefined) return false;
    const slot = this.slots[slotNumber] as Slot;
    slot.termIds.forEach((id, i) => {
      this.df[id] = (this.df[id] ?? 1) - 1;
      if (i < slot.posted) {
        const list = this.postings[id] as number[];
        const at = list.indexOf(slotNumber);
        if (at >= 0) {
          // Order within a posting list does not matter: swap-remove is O(1) after the search.
          list[at] = list[list.length - 1] as number;
          list.pop();
        }
      }
    });
    this.slots[slotNumber] = undefined;
    this.free.push(slotNumber);
    this.slotOf.delete(docId);
    this.generation++;
    return true;
  }

  entryOf(docId: string): IndexEntry | undefined {
    const slotNumber = this.slotOf.get(docId);
    const slot = slotNumber === undefined ? undefined : this.slots[slotNumber];
    if (!slot) return undefined;
    return {
      v: 1,
      t: Array.from(slot.termIds, (id) => this.termNames[id] as string),
      c: Array.from(slot.counts),
      k: slot.posted,
      p: slot.published,
      h: slot.hash,
    };
  }

  toEntries(): IndexRow[] {
    return this.ids().map((docId) => ({ docId, entry: this.entryOf(docId) as IndexEntry }));
  }

  static fromEntries(rows: Iterable<IndexRow>, background?: TermBackground): CorpusIndex {
    const index = new CorpusIndex(background);
    for (const row of rows) {
      if (isIndexEntry(row.entry)) index.addEntry(row.docId, row.entry);
    }
    return index;
  }

  /** Documents sharing the most salient terms of `claims`, best first. */
  search(claims: readonly Claim[], options: SearchOptions = {}): Candidate[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const n = this.size;
    const commonCutoff = n >= COMMON_MIN_DOCS ? n * COMMON_SHARE : Number.POSITIVE_INFINITY;
    const query = [...documentTerms(claims)]
      .map(([term, count]) => ({ id: this.termIds.get(term), weight: (1 + Math.log(count)) * this.idf(term) }))
      .filter((q): q is { id: number; weight: number } => q.id !== undefined && (this.df[q.id] ?? 0) <= commonCutoff)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, QUERY_TERMS);
    const scores = new Map<number, number>();
    for (const q of query) {
      const idf = idfOf(n, this.df[q.id] ?? 0, this.background.get(this.termNames[q.id] as string) ?? 0);
      for (const slotNumber of this.postings[q.id] as number[]) {
        scores.set(slotNumber, (scores.get(slotNumber) ?? 0) + q.weight * idf);
      }
    }
    const out: Candidate[] = [];
    for (const [slotNumber, score] of scores) {
      const slot = this.slots[slotNumber] as Slot;
      if (options.excludeHash && slot.hash === options.excludeHash) continue;
      out.push({ docId: slot.id, score, published: slot.published, contentHash: slot.hash });
    }
    return out.sort((a, b) => b.score - a.score || (a.docId < b.docId ? -1 : 1)).slice(0, limit);
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.df.push(0);
      this.postings.push([]);
    }
    return id;
  }
}

/** Rows come from storage, which may hold entries of an older format: check before trusting them. */
export function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<IndexEntry>;
  return (
    e.v === 1 &&
    Array.isArray(e.t) &&
    Array.isArray(e.c) &&
    e.t.length === e.c.length &&
    typeof e.k === 'number' &&
    (e.p === null || typeof e.p === 'string') &&
    typeof e.h === 'string'
  );
}
