// A name key's cheap signature: its number of spaces and the set of characters it uses (as bits).
// The misspelling search compares one unknown name with hundreds of known keys; most share
// neither its word count nor its letters, and the signature rules them out before the edit
// distance is computed. Signatures of a near-key bucket are computed once and kept beside it.

export interface BucketSignatures {
  spaces: Int32Array;
  chars: Int32Array;
}

const BUCKETS = new WeakMap<readonly string[], BucketSignatures>();

/** The spaces in s. */
export function spaceCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** The characters of s as a 32-bit set: a-z own a bit each, every other character shares one of
 *  six by its code, so the set is only ever coarser than the true one. */
export function charSet(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6);
    m |= 1 << bit;
  }
  return m;
}

/** The signatures of a bucket's keys, computed on first use. */
export function bucketSignatures(keys: readonly string[]): BucketSignatures {
  let sig = BUCKETS.get(keys);
  if (!sig) {
    sig = { spaces: new Int32Array(keys.length), chars: new Int32Array(keys.length) };
    for (let i = 0; i < keys.length; i++) {
      sig.spaces[i] = spaceCount(keys[i]);
      sig.chars[i] = charSet(keys[i]);
    }
    BUCKETS.set(keys, sig);
  }
  return sig;
}

function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** False when two strings with these character sets are surely more than `max` edits apart: each
 *  insertion, deletion or substitution adds at most one character to the set and removes at most
 *  one (a transposition changes neither), so each side's extra characters bound the distance. */
export function mayBeWithin(a: number, b: number, max: number): boolean {
  return bits(a & ~b) <= max && bits(b & ~a) <= max;
}
