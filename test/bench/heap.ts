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
