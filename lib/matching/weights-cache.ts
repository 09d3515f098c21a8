import type { TermWeights } from './claim-similarity';

interface Entry<V> {
  weights: TermWeights;
  version: number;
  value: V;
}

/**
 * A cache of values computed from idf, per object (a claim, a document's claims), valid while the
 * index that gave the weights is unchanged: each comparison meets the same candidates again, and their
 * weights are the costliest part of it. Weights without a version are never cached.
 */
export function weightsCache<K extends object, V>(): (key: K, weights: TermWeights, make: () => V) => V {
  const entries = new WeakMap<K, Entry<V>>();
  return (key, weights, make) => {
    const version = weights.version;
    if (version === undefined) return make();
    const hit = entries.get(key);
    if (hit && hit.weights === weights && hit.version === version) return hit.value;
    const value = make();
    entries.set(key, { weights, version, value });
    return value;
  };
}
