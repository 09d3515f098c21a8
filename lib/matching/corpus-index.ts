import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { crossScriptTerm } from './claim-similarity';
import { documentTerms } from './document-terms';
import { INDEX_ENTRY_FORMAT, type IndexEntry, type IndexRow, readIndexEntry } from './index-entry';
import { INDEX_FORMAT, type IndexSnapshot, pack, packedAt, readSnapshot } from './index-snapshot';
import { hashTable, TermDictionary } from './term-dictionary';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const {
  postedTerms,
  maxStoredTerms,
  queryTerms,
  commonShare,
  commonMinDocs,
  candidates: candidateLimit,
  crossCandidates,
  backgroundDocs,
} = MATCHER_TUNABLES.retrieve;

export interface Candidate {
  docId: string;
  /** Sum of idf × query weight over shared top terms; comparable only within one query. */
  score: number;
  published: string | null;
  contentHash: string;
}

export interface SearchOptions {
  /** At most this many candidates, best first (and up to `crossLimit` more, see search). */
  limit?: number;
  /** Candidates beyond `limit` met only through concepts and names: reports in another script. */
  crossLimit?: number;
  /** Leave out documents with this content hash (the compared article itself). */
  excludeHash?: string;
}

/** What the index holds of a document added in this session: enough to remove it again. */
interface SlotDetail {
  termIds: Int32Array;
  counts: Uint16Array;
  posted: number;
}

/**
 * How common a term is in news beyond this library (the lexicon's `background`: the share of articles
 * holding a frequent word). That share of the background documents holds the term, so in a new reader's
 * library of five seeds `said`, `year` and `country` already weigh less than the story's own words.
 */
export type TermBackground = ReadonlyMap<string, number>;
const NO_BACKGROUND: TermBackground = new Map();
const idfOf = (n: number, df: number, common: number): number =>
  Math.log((n + backgroundDocs + 1) / (df + backgroundDocs * common + 1)) + 1;

const day = (published: string | null): string | null => (published ? published.slice(0, 10) : null);

const NO_POSTINGS: Uint32Array = new Uint32Array(0);

/** A typed array at least `size` long, keeping `array`'s contents (capacity doubles, so growth is amortised). */
function grown<T extends Int32Array | Float64Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array;
  const next = make(Math.max(size, array.length * 2, 16));
  next.set(array);
  return next;
}

/**
 * Inverted index over the corpus's claim terms, updated one document at a time. Terms are interned to
 * integers (see TermDictionary) and a query walks only the postings of its own top terms.
 *
 * Two kinds of documents live side by side. Those loaded from a snapshot (see index-snapshot.ts) are
 * posted in packed arrays and the index keeps nothing else of them: to remove one, the caller passes
 * its entry (storage keeps it). Those added in this session keep their term ids, so they can be
 * removed by id alone; their postings are per-term lists. A removed snapshot document is only marked
 * gone (its packed postings are skipped) until the next snapshot leaves it out.
 */
export class CorpusIndex {
  private dict = new TermDictionary();
  /** Document frequency over each document's stored terms, by term id (capacity may exceed the dictionary). */
  private df: Int32Array = new Int32Array(0);
  /** Postings of the snapshot's terms: documents `basePostings[basePostingEnds[id - 1] .. basePostingEnds[id])`. */
  private basePostingEnds: Uint32Array = NO_POSTINGS;
  private basePostings: Uint32Array = NO_POSTINGS;
  /** Postings added in this session, by term id. */
  private readonly addedPostings: (number[] | undefined)[] = [];
  /** Document id per slot; undefined once removed. Slots are never reused. */
  private readonly slotDoc: (string | undefined)[] = [];
  private readonly slotHash: string[] = [];
  private readonly slotPublished: (string | null)[] = [];
  private readonly slotDetail: (SlotDetail | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Scratch score per slot for search, left zeroed after each query. */
  private scores: Float64Array = new Float64Array(0);
  private seen: Uint8Array = new Uint8Array(0);
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

  private dfOf(id: number | undefined): number {
    return id === undefined ? 0 : (this.df[id] ?? 0);
  }

  /** Smoothed inverse document frequency; unseen terms get the highest weight. */
  idf(term: string): number {
    return idfOf(this.size, this.dfOf(this.dict.id(term)), this.background.get(term) ?? 0);
  }

  /** Builds the index entry of a document from its analysed claims (weights use the current corpus). */
  entryFor(article: Pick<Article, 'published' | 'contentHash'>, claims: readonly Claim[]): IndexEntry {
    const weighted = [...documentTerms(claims)]
      .map(([term, count]) => ({ term, count, weight: (1 + Math.log(count)) * this.idf(term) }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, maxStoredTerms);
    return {
      format: INDEX_ENTRY_FORMAT,
      terms: weighted.map((w) => w.term),
      claimCounts: weighted.map((w) => w.count),
      postedCount: Math.min(postedTerms, weighted.length),
      publishedDay: day(article.published),
      contentHash: article.contentHash,
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
    const slot = this.slotDoc.length;
    const termIds = new Int32Array(entry.terms.length);
    const counts = new Uint16Array(entry.terms.length);
    entry.terms.forEach((term, i) => {
      const id = this.dict.intern(term);
      if (id >= this.df.length) this.df = grown(this.df, id + 1, (n) => new Int32Array(n));
      termIds[i] = id;
      counts[i] = Math.min(entry.claimCounts[i] ?? 1, 0xffff);
      this.df[id] = (this.df[id] as number) + 1;
      if (i < entry.postedCount) {
        const list = this.addedPostings[id];
        if (list) list.push(slot);
        else this.addedPostings[id] = [slot];
      }
    });
    this.slotDoc.push(docId);
    this.slotHash.push(entry.contentHash);
    this.slotPublished.push(entry.publishedDay);
    this.slotDetail.push({ termIds, counts, posted: entry.postedCount });
    this.slotOf.set(docId, slot);
    this.generation++;
  }

  /**
   * Removes a document. One loaded from a snapshot needs `storedEntry`, its entry as storage returns it
   * (read here through readIndexEntry), to take its terms out of the document frequencies; without a
   * readable one only the document goes (its terms keep counting it).
   */
  remove(docId: string, storedEntry?: unknown): boolean {
    const slot = this.slotOf.get(docId);
    if (slot === undefined) return false;
    const detail = this.slotDetail[slot];
    if (detail) {
      detail.termIds.forEach((id, i) => {
        this.df[id] = (this.df[id] ?? 1) - 1;
        if (i < detail.posted) {
          const list = this.addedPostings[id] as number[];
          const at = list.indexOf(slot);
          if (at >= 0) {
            // Order within a posting list does not matter: swap-remove is O(1) after the search.
            list[at] = list[list.length - 1] as number;
            list.pop();
          }
        }
      });
    } else if (storedEntry !== undefined) {
      for (const term of readIndexEntry(storedEntry)?.terms ?? []) {
        const id = this.dict.id(term);
        if (id !== undefined && (this.df[id] as number) > 0) this.df[id] = (this.df[id] as number) - 1;
      }
    }
    this.slotDoc[slot] = undefined;
    this.slotDetail[slot] = undefined;
    this.slotOf.delete(docId);
    this.generation++;
    return true;
  }

  /** The persisted entry of a document added in this session (one loaded from a snapshot is in storage). */
  entryOf(docId: string): IndexEntry | undefined {
    const slot = this.slotOf.get(docId);
    const detail = slot === undefined ? undefined : this.slotDetail[slot];
    if (slot === undefined || !detail) return undefined;
    return {
      format: INDEX_ENTRY_FORMAT,
      terms: Array.from(detail.termIds, (id) => this.dict.name(id)),
      claimCounts: Array.from(detail.counts),
      postedCount: detail.posted,
      publishedDay: this.slotPublished[slot] as string | null,
      contentHash: this.slotHash[slot] as string,
    };
  }

  /** Every document's entry; only for an index built in memory (a snapshot keeps no entries). */
  toEntries(): IndexRow[] {
    return this.ids().map((docId) => {
      const entry = this.entryOf(docId);
      if (!entry) throw new Error(`CorpusIndex: the entry of ${docId} came from a snapshot and is in storage`);
      return { docId, entry };
    });
  }

  /** An index of persisted rows; rows whose entry cannot be read (see readIndexEntry) are left out. */
  static fromEntries(rows: Iterable<{ docId: string; entry: unknown }>, background?: TermBackground): CorpusIndex {
    const index = new CorpusIndex(background);
    for (const row of rows) {
      const entry = readIndexEntry(row.entry);
      if (entry) index.addEntry(row.docId, entry);
    }
    return index;
  }

  /**
   * The index as a few packed records (see index-snapshot.ts): the terms still held by a document, their
   * postings and the documents, renumbered densely. An index loaded from it searches exactly like this one.
   */
  snapshot(): IndexSnapshot {
    const termCount = this.dict.size;
    const newTermId = new Int32Array(termCount).fill(-1);
    const names: string[] = [];
    for (let id = 0; id < termCount; id++) {
      // A term no document holds any more only widens a query; a cold rebuild from entries would drop it too.
      if ((this.df[id] ?? 0) > 0) {
        newTermId[id] = names.length;
        names.push(this.dict.name(id));
      }
    }
    const newSlot = new Int32Array(this.slotDoc.length).fill(-1);
    const ids: string[] = [];
    const hashes: string[] = [];
    const days: string[] = [];
    const dayIndex = new Map<string, number>();
    const dayOf: number[] = [];
    this.slotDoc.forEach((docId, slot) => {
      if (docId === undefined) return;
      newSlot[slot] = ids.length;
      ids.push(docId);
      hashes.push(this.slotHash[slot] as string);
      const published = this.slotPublished[slot] ?? null;
      if (published === null) dayOf.push(-1);
      else {
        let d = dayIndex.get(published);
        if (d === undefined) {
          d = days.length;
          days.push(published);
          dayIndex.set(published, d);
        }
        dayOf.push(d);
      }
    });
    const postingEnds = new Uint32Array(names.length);
    let total = 0;
    for (let id = 0; id < termCount; id++) {
      const to = newTermId[id] as number;
      if (to < 0) continue;
      total += this.livePostings(id, () => undefined);
      postingEnds[to] = total;
    }
    const slots = new Uint32Array(total);
    let at = 0;
    for (let id = 0; id < termCount; id++) {
      if ((newTermId[id] as number) < 0) continue;
      this.livePostings(id, (slot) => {
        slots[at++] = newSlot[slot] as number;
      });
    }
    const df = new Int32Array(names.length);
    newTermId.forEach((to, id) => {
      if (to >= 0) df[to] = this.df[id] as number;
    });
    const terms = pack(names);
    const packedIds = pack(ids);
    const packedHashes = pack(hashes);
    return {
      terms: {
        format: INDEX_FORMAT,
        text: terms.text,
        ends: terms.ends,
        table: hashTable(terms.text, terms.ends),
        df,
      },
      postings: { format: INDEX_FORMAT, ends: postingEnds, slots },
      docs: {
        format: INDEX_FORMAT,
        ids: packedIds.text,
        idEnds: packedIds.ends,
        hashes: packedHashes.text,
        hashEnds: packedHashes.ends,
        days,
        dayOf: Int32Array.from(dayOf),
      },
    };
  }

  /** Calls `each` with every live document posting term `id`; returns how many. */
  private livePostings(id: number, each: (slot: number) => void): number {
    let n = 0;
    if (id < this.dict.baseSize) {
      const from = id === 0 ? 0 : (this.basePostingEnds[id - 1] as number);
      const to = this.basePostingEnds[id] as number;
      for (let k = from; k < to; k++) {
        const slot = this.basePostings[k] as number;
        if (this.slotDoc[slot] === undefined) continue;
        each(slot);
        n++;
      }
    }
    for (const slot of this.addedPostings[id] ?? []) {
      each(slot);
      n++;
    }
    return n;
  }

  /** An index searching exactly as the one that wrote `parts`; null when they cannot be read (see readSnapshot). */
  static fromSnapshot(parts: unknown, background?: TermBackground): CorpusIndex | null {
    const snapshot = readSnapshot(parts);
    if (!snapshot) return null;
    const { terms, postings, docs } = snapshot;
    const index = new CorpusIndex(background);
    index.dict = new TermDictionary({ text: terms.text, ends: terms.ends, table: terms.table });
    index.df = terms.df;
    index.basePostingEnds = postings.ends;
    index.basePostings = postings.slots;
    for (let slot = 0; slot < docs.idEnds.length; slot++) {
      const docId = packedAt(docs.ids, docs.idEnds, slot);
      const dayIndex = docs.dayOf[slot] as number;
      index.slotDoc.push(docId);
      index.slotHash.push(packedAt(docs.hashes, docs.hashEnds, slot));
      index.slotPublished.push(dayIndex >= 0 ? (docs.days[dayIndex] ?? null) : null);
      index.slotDetail.push(undefined);
      index.slotOf.set(docId, slot);
    }
    return index;
  }

  /**
   * Documents sharing the most salient terms of `claims`, best first; then the best of the rest that share
   * none of its script's own terms (stems, cognates), only concepts and names. A report in another script
   * meets the query through those alone and scores below every same-script article that shares a few
   * common stems, so in a large library it would never be a candidate without places of its own.
   */
  search(claims: readonly Claim[], options: SearchOptions = {}): Candidate[] {
    const limit = options.limit ?? candidateLimit;
    const crossLimit = options.crossLimit ?? crossCandidates;
    const n = this.size;
    const commonCutoff = n >= commonMinDocs ? n * commonShare : Number.POSITIVE_INFINITY;
    const query = [...documentTerms(claims)]
      .map(([term, count]) => ({ term, id: this.dict.id(term), weight: (1 + Math.log(count)) * this.idf(term) }))
      .filter(
        (q): q is { term: string; id: number; weight: number } => q.id !== undefined && this.dfOf(q.id) <= commonCutoff,
      )
      .sort((a, b) => b.weight - a.weight)
      .slice(0, queryTerms);
    if (this.scores.length < this.slotDoc.length) {
      this.scores = grown(this.scores, this.slotDoc.length, (size) => new Float64Array(size));
      this.seen = new Uint8Array(this.scores.length);
    }
    const { scores, seen } = this;
    const touched: number[] = [];
    for (const q of query) {
      const add = q.weight * idfOf(n, this.dfOf(q.id), this.background.get(q.term) ?? 0);
      // `seen` is 1 for a document met so far only through concepts and names, 2 once through its own terms.
      const mark = crossScriptTerm(q.term) ? 1 : 2;
      this.livePostings(q.id, (slot) => {
        // Sums in query-term order, as a Map of running sums would: identical scores, without the Map.
        if (seen[slot] === 0) touched.push(slot);
        if ((seen[slot] as number) < mark) seen[slot] = mark;
        scores[slot] = (scores[slot] as number) + add;
      });
    }
    const found: { candidate: Candidate; onlyCross: boolean }[] = [];
    for (const slot of touched) {
      const score = scores[slot] as number;
      const onlyCross = seen[slot] === 1;
      scores[slot] = 0;
      seen[slot] = 0;
      const hash = this.slotHash[slot] as string;
      if (options.excludeHash && hash === options.excludeHash) continue;
      const docId = this.slotDoc[slot] as string;
      found.push({
        candidate: { docId, score, published: this.slotPublished[slot] ?? null, contentHash: hash },
        onlyCross,
      });
    }
    found.sort((a, b) => b.candidate.score - a.candidate.score || (a.candidate.docId < b.candidate.docId ? -1 : 1));
    const out = found.slice(0, limit).map((f) => f.candidate);
    for (let i = limit, extra = 0; i < found.length && extra < crossLimit; i++) {
      const f = found[i] as { candidate: Candidate; onlyCross: boolean };
      if (!f.onlyCross) continue;
      out.push(f.candidate);
      extra++;
    }
    return out;
  }
}
