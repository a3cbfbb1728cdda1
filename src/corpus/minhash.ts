// Near-duplicate detection: MinHash signatures over word shingles, indexed by LSH bands.
// Two texts whose shingle sets have Jaccard similarity J share at least one band with
// probability 1 - (1 - J^ROWS)^BANDS: about 0.99 at J = 0.8 and 0.05 at J = 0.3.
import { fmix32, fnv1a } from '../core/hash.js';

export const SHINGLE = 4;
export const PERMUTATIONS = 64;
export const BANDS = 16;
export const ROWS = PERMUTATIONS / BANDS;
/** Estimated Jaccard similarity at or above which two documents are near-duplicates. */
export const DUPLICATE_THRESHOLD = 0.6;
/** Texts with fewer shingles than this are too short to call anything a copy of them. */
export const MIN_SHINGLES = 8;
/** Shingles beyond this many words are ignored (bounds the work on huge inputs). */
const MAX_WORDS = 20000;

const SEEDS = (() => {
  const s = new Uint32Array(PERMUTATIONS);
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    s[i] = x;
  }
  return s;
})();


export function words(text: string): string[] {
  const out = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return out.length > MAX_WORDS ? out.slice(0, MAX_WORDS) : out;
}

/** The hashed word shingles of a text (a set). */
export function shingleHashes(text: string): Set<number> {
  const w = words(text);
  const set = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) set.add(fnv1a(w.join(' ')));
    return set;
  }
  // Each word hashed once; a shingle's hash mixes its words' hashes in order.
  const wh = w.map(fnv1a);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) h = fmix32(Math.imul(h ^ wh[i + k], 0x01000193) + k);
    set.add(h);
  }
  return set;
}

/** The MinHash signature of a text, or null when the text is too short to compare. */
export function signature(text: string): Uint32Array | null {
  const sh = shingleHashes(text);
  if (sh.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const h of sh) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = fmix32(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band: the band index in the high bits, a hash of its rows below (fits 53 bits). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h ^ sig[b * ROWS + r], 0x01000193));
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBuffer(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}

/**
 * Of the candidates that share a band with `sig`, the original this document copies: the
 * earliest stored document similar enough, followed to its own original if it is a copy.
 */
export function pickOriginal(
  sig: Uint32Array,
  candidates: { id: number; signature: Uint32Array; duplicateOf: number | null }[],
): number | null {
  let best: { id: number; root: number } | null = null;
  for (const c of candidates) {
    if (estimateJaccard(sig, c.signature) < DUPLICATE_THRESHOLD) continue;
    const root = c.duplicateOf ?? c.id;
    if (!best || root < best.root) best = { id: c.id, root };
  }
  return best ? best.root : null;
}
