/**
 * The corpus index as it is persisted: a few records of typed arrays and packed strings, which
 * IndexedDB stores and returns as they are (a structured clone of a typed array is a memory copy). A
 * worker that wakes reads them and searches at once: no JSON, no entry per document, no rebuild.
 * Documents' own terms are not part of it; they stay in each document's index entry.
 */

/** Bumped whenever the layout below changes; a snapshot of another format is rebuilt from the entries. */
export const INDEX_FORMAT = 1;

/** The term dictionary with each term's document frequency. */
export interface TermsPart {
  format: typeof INDEX_FORMAT;
  /** Every term, one after the other; `ends[i]` is where term `i` ends. */
  text: string;
  ends: Uint32Array;
  /** Hash table of term ids (see TermDictionary). */
  table: Int32Array;
  /** Documents holding each term among their stored terms. */
  df: Int32Array;
}

/** The inverted index: for term `i`, the documents `slots[ends[i - 1] .. ends[i])` post it. */
export interface PostingsPart {
  format: typeof INDEX_FORMAT;
  ends: Uint32Array;
  slots: Uint32Array;
}

/** The indexed documents by slot: id, content hash and publication day. */
export interface DocsPart {
  format: typeof INDEX_FORMAT;
  ids: string;
  idEnds: Uint32Array;
  hashes: string;
  hashEnds: Uint32Array;
  /** Distinct publication days; `dayOf[slot]` indexes them, -1 for none. */
  days: string[];
  dayOf: Int32Array;
}

export interface IndexSnapshot {
  terms: TermsPart;
  postings: PostingsPart;
  docs: DocsPart;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether `ends` are offsets into a string of `length` characters: the last one ends it. */
const endsWithin = (ends: Uint32Array, length: number): boolean =>
  ends.length === 0 ? length === 0 : ends[ends.length - 1] === length;

/**
 * The snapshot in `parts` (as read back from storage), or null when a part is missing, of another
 * format or inconsistent: the caller then rebuilds the index from the documents' entries. Checks are
 * on types and sizes; values that are still out of range (a damaged posting) are skipped where used.
 */
export function readSnapshot(parts: unknown): IndexSnapshot | null {
  if (!isObject(parts)) return null;
  const { terms, postings, docs } = parts;
  if (!isObject(terms) || !isObject(postings) || !isObject(docs)) return null;
  if (terms.format !== INDEX_FORMAT || postings.format !== INDEX_FORMAT || docs.format !== INDEX_FORMAT) return null;
  if (
    typeof terms.text !== 'string' ||
    !(terms.ends instanceof Uint32Array) ||
    !(terms.table instanceof Int32Array) ||
    !(terms.df instanceof Int32Array)
  )
    return null;
  const count = terms.ends.length;
  const tableSize = terms.table.length;
  // A power of two larger than the number of terms, so every probe sequence meets an empty cell.
  if (tableSize <= count || (tableSize & (tableSize - 1)) !== 0) return null;
  if (terms.df.length !== count || !endsWithin(terms.ends, terms.text.length)) return null;
  if (!(postings.ends instanceof Uint32Array) || !(postings.slots instanceof Uint32Array)) return null;
  if (postings.ends.length !== count || !endsWithin(postings.ends, postings.slots.length)) return null;
  if (
    typeof docs.ids !== 'string' ||
    typeof docs.hashes !== 'string' ||
    !(docs.idEnds instanceof Uint32Array) ||
    !(docs.hashEnds instanceof Uint32Array) ||
    !Array.isArray(docs.days) ||
    !docs.days.every((d) => typeof d === 'string') ||
    !(docs.dayOf instanceof Int32Array)
  )
    return null;
  const size = docs.idEnds.length;
  if (docs.hashEnds.length !== size || docs.dayOf.length !== size) return null;
  if (!endsWithin(docs.idEnds, docs.ids.length) || !endsWithin(docs.hashEnds, docs.hashes.length)) return null;
  return { terms, postings, docs } as unknown as IndexSnapshot;
}

/** Piece `i` of a packed string. */
export function packedAt(text: string, ends: Uint32Array, i: number): string {
  return text.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
}

/** Packs strings into one text with end offsets. */
export function pack(values: readonly string[]): { text: string; ends: Uint32Array } {
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((v, i) => {
    at += v.length;
    ends[i] = at;
  });
  return { text: values.join(''), ends };
}
