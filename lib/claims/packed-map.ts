/**
 * A read-only map over `key:value` entries joined by `|` in one string, sorted by key (the lexicon's
 * on-disk form). Nothing is unpacked up front: one scan records where each entry starts, and a lookup
 * is a binary search comparing the key with the packed text in place. A worker that wakes thus pays a
 * few milliseconds and about two bytes per character for a dictionary of a hundred thousand words,
 * instead of building (and keeping) a Map of as many strings.
 */
export class PackedMap<V> implements ReadonlyMap<string, V> {
  /** Offset of each entry's first character, in key order. */
  private readonly starts: Uint32Array;
  /** Offset of each entry's `:`. */
  private readonly colons: Uint32Array;

  private constructor(
    private readonly packed: string,
    starts: number[],
    colons: number[],
    private readonly decode: (value: string) => V,
  ) {
    this.starts = Uint32Array.from(starts);
    this.colons = Uint32Array.from(colons);
  }

  /**
   * Reads `packed`; a malformed entry (no `:` or an empty key) is skipped. Entries out of order or
   * repeated cannot be searched in place, so such input becomes a plain Map (a later entry wins).
   */
  static from<V>(packed: string, decode: (value: string) => V): ReadonlyMap<string, V> {
    const starts: number[] = [];
    const colons: number[] = [];
    let sorted = true;
    let from = 0;
    while (from < packed.length) {
      let end = packed.indexOf('|', from);
      if (end < 0) end = packed.length;
      const colon = packed.indexOf(':', from);
      if (colon > from && colon < end) {
        const last = starts.length - 1;
        if (last >= 0 && sorted) {
          const lastStart = starts[last] as number;
          sorted = compareIn(packed, lastStart, colons[last] as number, packed, from, colon) < 0;
        }
        starts.push(from);
        colons.push(colon);
      }
      from = end + 1;
    }
    if (sorted) return new PackedMap(packed, starts, colons, decode);
    const map = new Map<string, V>();
    starts.forEach((start, i) => {
      const colon = colons[i] as number;
      const end = packed.indexOf('|', colon);
      map.set(packed.slice(start, colon), decode(packed.slice(colon + 1, end < 0 ? packed.length : end)));
    });
    return map;
  }

  get size(): number {
    return this.starts.length;
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareIn(this.packed, this.starts[mid] as number, this.colons[mid] as number, key, 0, key.length);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private keyAt(i: number): string {
    return this.packed.slice(this.starts[i], this.colons[i]);
  }

  private valueAt(i: number): V {
    const colon = this.colons[i] as number;
    const end = this.packed.indexOf('|', colon);
    return this.decode(this.packed.slice(colon + 1, end < 0 ? this.packed.length : end));
  }

  get(key: string): V | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.starts.length; i++) callback.call(thisArg, this.valueAt(i), this.keyAt(i), this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.starts.length; i++) yield [this.keyAt(i), this.valueAt(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.starts.length; i++) yield this.keyAt(i);
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.starts.length; i++) yield this.valueAt(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** Code-unit order of `a[aFrom, aTo)` and `b[bFrom, bTo)`, as `<` orders strings. */
function compareIn(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const n = Math.min(aTo - aFrom, bTo - bFrom);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(aFrom + k) - b.charCodeAt(bFrom + k);
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}
