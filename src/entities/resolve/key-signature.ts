// A name key's cheap signature: its number of spaces and the set of characters it uses (as bits).
// The misspelling search compares one unknown name with hundreds of known keys; most share
// neither its word count nor its letters, and the signature rules them out before the edit
// distance is computed. Signatures of a near-key bucket are computed once and kept beside it.

export interface BucketSignatures {
  /** The bucket's keys (their places in it) by number of spaces, each group in bucket order:
   *  a search for a key with s spaces reads order[first[s]] to order[first[s + 1] - 1] only. */
  order: Int32Array;
  /** The character set of the key at order[k], at k (the group is read in one sweep). */
  chars: Int32Array;
  /** Group starts by number of spaces, one past the largest. */
  first: Int32Array;
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
    const spaces = keys.map(spaceCount);
    let most = -1;
    for (const s of spaces) if (s > most) most = s;
    const first = new Int32Array(most + 2);
    for (const s of spaces) first[s + 1]++;
    for (let s = 1; s < first.length; s++) first[s] += first[s - 1];
    const next = first.slice();
    const order = new Int32Array(keys.length);
    const chars = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const k = next[spaces[i]]++;
      order[k] = i;
      chars[k] = charSet(keys[i]);
    }
    sig = { order, chars, first };
    BUCKETS.set(keys, sig);
  }
  return sig;
}

/** The range of sig.order holding the keys with `spaces` spaces (empty when none has). */
export function groupOf(sig: BucketSignatures, spaces: number): [number, number] {
  return spaces + 1 < sig.first.length ? [sig.first[spaces], sig.first[spaces + 1]] : [0, 0];
}

function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * The first place g in [from, to) of sig.order whose key may be within `max` edits of a key with
 * the character set `chars` (mayBeWithin), or `to`. The sweep is one small function: called for
 * every key from the search's larger loop, mayBeWithin was not inlined there, and the calls
 * cost more than the tests.
 */
export function nextMayBeWithin(sig: BucketSignatures, from: number, to: number, chars: number, max: number): number {
  const set = sig.chars;
  for (let g = from; g < to; g++) {
    const c = set[g];
    if (bits(chars & ~c) <= max && bits(c & ~chars) <= max) return g;
  }
  return to;
}

/** False when two strings with these character sets are surely more than `max` edits apart: each
 *  insertion, deletion or substitution adds at most one character to the set and removes at most
 *  one (a transposition changes neither), so each side's extra characters bound the distance. */
export function mayBeWithin(a: number, b: number, max: number): boolean {
  return bits(a & ~b) <= max && bits(b & ~a) <= max;
}
