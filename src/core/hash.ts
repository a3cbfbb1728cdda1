// Small non-cryptographic hashes shared by feature hashing (NER, claims) and near-duplicate
// signatures (corpus): fast, deterministic across runs and machines.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function fnv1a(s: string): number {
  return fnv1aFrom(FNV_OFFSET, s) >>> 0;
}

/** The FNV-1a state after folding in the code units of s, from state h (a prefix already
 *  folded in, or FNV_OFFSET): lets a feature be hashed as prefix + value without the string. */
export function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit integers. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
