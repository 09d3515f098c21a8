import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/**
 * Full garbage collection without requiring `node --expose-gc`: the flag can be set at run time, and a
 * fresh V8 context then exposes `gc`, so `npm run bench` needs no special node flags.
 */
export function collectGarbage(): void {
  if (!gc) {
    const global = (globalThis as { gc?: () => void }).gc;
    if (typeof global === 'function') gc = global;
    else {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
  }
  // Twice: the first pass can leave objects whose finalisers free more on the second.
  gc();
  gc();
}

/** JS heap in use after a full collection, in MB (2^20 bytes). Buffers live outside it. */
export function heapUsedMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * What the process holds after a full collection, in MB: the JS heap plus ArrayBuffer memory (typed
 * arrays, Buffers), which lives outside the heap. The index is mostly typed arrays, so leaving them out
 * would flatter it; `offHeapBytes` subtracts what stands in for IndexedDB's own storage.
 */
export function memoryMb(offHeapBytes = 0): { totalMb: number; heapMb: number; arraysMb: number } {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  const arrays = Math.max(0, arrayBuffers - offHeapBytes);
  return { totalMb: (heapUsed + arrays) / 2 ** 20, heapMb: heapUsed / 2 ** 20, arraysMb: arrays / 2 ** 20 };
}
