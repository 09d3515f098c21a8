/** The packed form of a dictionary's terms, as an index snapshot stores it (see index-snapshot.ts). */
export interface PackedTerms {
  /** Every term, one after the other. */
  text: string;
  /** End offset in `text` of each term; term `i` starts where term `i - 1` ends. */
  ends: Uint32Array;
  /** Open-addressing hash table (linear probing) of term ids plus one; 0 is an empty cell. Its length is a power of two. */
  table: Int32Array;
}

/** FNV-1a over the UTF-16 code units: the same in every browser and in Node, so a stored table stays valid. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A hash table at most half full, so a lookup probes one or two cells. */
export function hashTable(text: string, ends: Uint32Array): Int32Array {
  let size = 8;
  while (size < ends.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  let start = 0;
  for (let id = 0; id < ends.length; id++) {
    const end = ends[id] as number;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    let cell = (h >>> 0) & mask;
    while (table[cell] !== 0) cell = (cell + 1) & mask;
    table[cell] = id + 1;
    start = end;
  }
  return table;
}

const EMPTY: PackedTerms = { text: '', ends: new Uint32Array(0), table: new Int32Array(8) };

/**
 * Terms ↔ dense integer ids. The terms of a loaded snapshot stay packed (one string, end offsets and a
 * stored hash table), so a worker that wakes reads half a million terms without building a Map of as
 * many strings; terms met since are kept in a Map beside them. Ids are never reused or renumbered
 * while the dictionary lives: a snapshot renumbers them (see CorpusIndex.snapshot).
 */
export class TermDictionary {
  private readonly base: PackedTerms;
  private readonly mask: number;
  private readonly added = new Map<string, number>();
  private readonly addedNames: string[] = [];

  constructor(base: PackedTerms = EMPTY) {
    this.base = base;
    this.mask = base.table.length - 1;
  }

  /** Terms in the dictionary (ids run from 0 to size - 1). */
  get size(): number {
    return this.base.ends.length + this.addedNames.length;
  }

  /** Terms that came from the snapshot; their ids come first. */
  get baseSize(): number {
    return this.base.ends.length;
  }

  id(term: string): number | undefined {
    return this.baseId(term) ?? this.added.get(term);
  }

  /** The term's id, adding it when new. */
  intern(term: string): number {
    let id = this.id(term);
    if (id === undefined) {
      id = this.size;
      this.added.set(term, id);
      this.addedNames.push(term);
    }
    return id;
  }

  name(id: number): string {
    const { ends, text } = this.base;
    if (id < ends.length) return text.slice(id === 0 ? 0 : ends[id - 1], ends[id]);
    return this.addedNames[id - ends.length] as string;
  }

  private baseId(term: string): number | undefined {
    const { ends, table, text } = this.base;
    if (ends.length === 0) return undefined;
    let cell = termHash(term) & this.mask;
    // Bounded, so even a damaged table cannot loop forever.
    for (let probes = 0; probes < table.length; probes++) {
      const entry = table[cell] as number;
      if (entry === 0) return undefined;
      const id = entry - 1;
      const end = ends[id];
      if (end !== undefined) {
        const start = id === 0 ? 0 : (ends[id - 1] as number);
        if (end - start === term.length && sameText(text, start, term)) return id;
      }
      cell = (cell + 1) & this.mask;
    }
    return undefined;
  }
}

function sameText(text: string, start: number, term: string): boolean {
  for (let i = 0; i < term.length; i++) if (text.charCodeAt(start + i) !== term.charCodeAt(i)) return false;
  return true;
}
