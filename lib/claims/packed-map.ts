/**
 * A read-only map over `key:value` entries joined by `|` in one string, sorted by key (the lexicon's
 * on-disk form). Nothing is unpacked up front: the first lookup scans where each entry starts, and a
 * lookup is then a binary search comparing the key with the packed text in place. A worker that wakes
 * pays a few milliseconds, and about two bytes per character, for a dictionary of a hundred thousand
 * words instead of building (and keeping) a Map of as many strings; a map a page never needs (the
 * Russian words, for an English article) costs nothing.
 */
export class PackedMap<V> implements ReadonlyMap<string, V> {
  private offsets: { starts: Uint32Array; colons: Uint32Array } | null = null;
  /** Used instead when the entries turn out not to be sorted (never the shipped lexicon, whose builder sorts it). */
  private fallback: Map<string, V> | null = null;

  constructor(
    private readonly packed: string,
    private readonly decode: (value: string) => V,
  ) {}

  /** A malformed entry (no `:` or an empty key) is skipped; out of order or repeated keys make a plain Map (a later entry wins). */
  static from<V>(packed: string, decode: (value: string) => V): ReadonlyMap<string, V> {
    return new PackedMap(packed, decode);
  }

  private scan(): { starts: Uint32Array; colons: Uint32Array } {
    if (this.offsets) return this.offsets;
    const { packed } = this;
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
          sorted = compareIn(packed, starts[last] as number, colons[last] as number, packed, from, colon) < 0;
        }
        starts.push(from);
        colons.push(colon);
      }
      from = end + 1;
    }
    this.offsets = { starts: Uint32Array.from(starts), colons: Uint32Array.from(colons) };
    if (!sorted) {
      const map = new Map<string, V>();
      for (let i = 0; i < starts.length; i++) map.set(this.keyAt(i), this.valueAt(i));
      this.fallback = map;
    }
    return this.offsets;
  }

  get size(): number {
    const { starts } = this.scan();
    return this.fallback ? this.fallback.size : starts.length;
  }

  private find(key: string): number {
    const { starts, colons } = this.scan();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareIn(this.packed, starts[mid] as number, colons[mid] as number, key, 0, key.length);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private keyAt(i: number): string {
    const { starts, colons } = this.scan();
    return this.packed.slice(starts[i], colons[i]);
  }

  private valueAt(i: number): V {
    const colon = this.scan().colons[i] as number;
    const end = this.packed.indexOf('|', colon);
    return this.decode(this.packed.slice(colon + 1, end < 0 ? this.packed.length : end));
  }

  get(key: string): V | undefined {
    const i = this.find(key);
    if (this.fallback) return this.fallback.get(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  has(key: string): boolean {
    const i = this.find(key);
    return this.fallback ? this.fallback.has(key) : i >= 0;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[string, V]> {
    const { starts } = this.scan();
    if (this.fallback) {
      yield* this.fallback.entries();
      return;
    }
    for (let i = 0; i < starts.length; i++) yield [this.keyAt(i), this.valueAt(i)];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
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
