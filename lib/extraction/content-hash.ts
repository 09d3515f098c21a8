import { collapseSpaces } from '../text/normalise';
/** Case, Unicode composition and spacing differences between copies of a text must not change its hash. */
export function normaliseForHash(text: string): string {
  return collapseSpaces(text.normalize('NFC').toLowerCase());
}

const TWO_32 = 2 ** 32;

/**
 * 64-bit FNV-1a over the UTF-8 bytes of the normalised text, as 16 hex digits.
 * Synchronous (unlike SubtleCrypto) and identical in Node and browsers, which is all
 * de-duplication needs; it is not a cryptographic hash. The 64-bit state is kept as two
 * 32-bit halves because BigInt arithmetic is ~10× slower on megabyte texts.
 */
export function contentHash(text: string): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(normaliseForHash(text))) {
    lo ^= byte;
    const loProduct = (lo >>> 0) * 0x1b3;
    hi = (hi * 0x1b3 + (lo >>> 0) * 256 + Math.floor(loProduct / TWO_32)) >>> 0;
    lo = loProduct >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
